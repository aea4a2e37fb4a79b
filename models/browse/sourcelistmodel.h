#pragma once

#include "store/sourcecatalog.h"

#include <QAbstractTableModel>

namespace evaw {

/// The files a store holds, one row each in the order they were imported: what the
/// window lists when the user chooses a file to take out of the store. The row's id is
/// under SourceIdRole (roles.h).
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)

public:
    enum Column { FileColumn, ImportedColumn, SizeColumn, ActivitiesColumn, RepeatsColumn, ColumnCount };

    explicit SourceListModel(QObject *parent = nullptr);

    void setSources(const QList<StoredSource> &sources);
    const StoredSource *source(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const StoredSource &source, int column) const;

    QList<StoredSource> m_sources;
};

} // namespace evaw
