#pragma once

#include <QAbstractItemModel>
#include <QSet>

namespace evaw {

class ExplorerState;

/// Agencies in two groups — UN system entities, and partners outside the UN — each with
/// its faceted count, check box and colour. In "reported by" mode the entities are the
/// ones that report entries. Checking emits checkedChanged; the filter stays the truth.
class AgencyModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgencyModel)

public:
    enum Column { Name, Count, ColumnCount };

    explicit AgencyModel(const ExplorerState &state, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfKey(const QString &key) const;

Q_SIGNALS:
    void checkedChanged(const QSet<QString> &keys);

private:
    struct Group {
        QString title;
        QList<int> entities; ///< entity indices, by name
    };
    void rebuild();
    void refresh();

    const ExplorerState &m_state;
    QList<Group> m_groups;
    int m_role = -1; ///< the agency role the groups were built for
};

} // namespace evaw
