#pragma once

#include <QAbstractTableModel>

namespace evaw {

class ExplorerState;

/// The activities the filter leaves, one row each: reporting entity, measure, agencies,
/// countries, years and first sentence. Serves only the rows a view asks for, and sorts
/// itself on raw values (so a proxy never copies 200,000 rows).
class ActivityListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityListModel)

public:
    enum Column { ReportingEntity, Measure, Agencies, Countries, Years, FirstSentence, ColumnCount };

    explicit ActivityListModel(const ExplorerState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The list row showing activity @p id, or -1 when the filter hides it.
    int rowOfActivity(qint64 id) const;
    qint64 activityAt(int row) const;

private:
    void reset();
    QString cellText(int indexRow, int column) const;
    void applySort();

    const ExplorerState &m_state;
    QList<int> m_rows; ///< index rows, in display order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace evaw
