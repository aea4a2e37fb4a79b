#include "sourcelistmodel.h"

#include "roles.h"

#include <QLocale>

namespace evaw {

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SourceListModel::setSources(const QList<StoredSource> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

const StoredSource *SourceListModel::source(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources[row] : nullptr;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::display(const StoredSource &source, int column) const
{
    const QLocale locale;
    switch (column) {
    case FileColumn:
        return source.name;
    case ImportedColumn:
        return locale.toString(source.importedAt.toLocalTime(), QLocale::ShortFormat);
    case SizeColumn:
        return locale.formattedDataSize(source.bytes);
    case ActivitiesColumn:
        return locale.toString(source.activities);
    case RepeatsColumn:
        return locale.toString(source.repeats);
    }
    return {};
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredSource &source = m_sources[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(source, index.column());
    case Qt::ToolTipRole:
        // The bundled corpus has no path on disk to show.
        return source.path.startsWith(u':') ? tr("Compiled into the application") : source.path;
    case Qt::TextAlignmentRole:
        return index.column() == FileColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SourceIdRole:
        return source.id;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ImportedColumn:
        return tr("Imported");
    case SizeColumn:
        return tr("Size");
    case ActivitiesColumn:
        return tr("Activities");
    case RepeatsColumn:
        return tr("Repeats");
    }
    return {};
}

} // namespace evaw
