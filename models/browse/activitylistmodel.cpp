#include "activitylistmodel.h"

#include "explorerstate.h"
#include "roles.h"

#include <QCollator>

#include <algorithm>

namespace evaw {

ActivityListModel::ActivityListModel(const ExplorerState &state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(&m_state, &ExplorerState::resultChanged, this, &ActivityListModel::reset);
    m_rows = m_state.result().rows;
}

void ActivityListModel::reset()
{
    beginResetModel();
    m_rows = m_state.result().rows;
    applySort();
    endResetModel();
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityListModel::cellText(int indexRow, int column) const
{
    const ActivityIndex &index = m_state.index();
    const IndexedActivity &activity = index.at(indexRow);
    auto names = [&](const IndexRange &entities) {
        QStringList list;
        for (const int entity : entities)
            list.append(index.entities()[entity].name);
        return list.join(QStringLiteral(", "));
    };
    switch (column) {
    case ReportingEntity:
        return activity.reporter >= 0 ? index.entities()[activity.reporter].name : QString();
    case Measure:
        return activity.measure >= 0 ? m_state.localizer().measureName(index.measures()[activity.measure]) : QString();
    case Agencies:
        return names(activity.agencies);
    case Countries:
        return names(activity.countries);
    case Years: {
        QStringList years;
        for (const int year : activity.years)
            years.append(QString::number(year));
        return years.join(QStringLiteral(", "));
    }
    case FirstSentence:
        return ActivityIndex::firstSentence(index.text(indexRow));
    default:
        return {};
    }
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int indexRow = m_rows.at(index.row());
    const IndexedActivity &activity = m_state.index().at(indexRow);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(indexRow, index.column());
    case Qt::ToolTipRole:
        return index.column() == FirstSentence ? m_state.index().text(indexRow) : cellText(indexRow, index.column());
    case SortRole:
        if (index.column() == Years)
            return activity.years.isEmpty() ? 0 : activity.years.first();
        return cellText(indexRow, index.column());
    case ActivityIdRole:
        return activity.id;
    case FullTextRole:
        return m_state.index().text(indexRow);
    case ColourRole:
        return index.column() == ReportingEntity
            ? QVariant(m_state.palette().colour(cellText(indexRow, ReportingEntity)))
            : QVariant();
    default:
        return {};
    }
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReportingEntity:
        return tr("Reported by");
    case Measure:
        return tr("Measure");
    case Agencies:
        return tr("Agencies");
    case Countries:
        return tr("Countries");
    case Years:
        return tr("Years");
    case FirstSentence:
        return tr("Activity");
    default:
        return {};
    }
}

void ActivityListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> rowsBefore;
    for (const QModelIndex &index : before)
        rowsBefore.append(m_rows.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(this->index(int(m_rows.indexOf(rowsBefore[i])), before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ActivityListModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    const ActivityIndex &index = m_state.index();
    // Keys are computed once per row, not once per comparison.
    if (m_sortColumn == Years) {
        auto firstYear = [&](int row) { return index.at(row).years.isEmpty() ? 0 : index.at(row).years.first(); };
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return firstYear(a) < firstYear(b); });
    } else {
        QHash<int, QString> keys;
        keys.reserve(m_rows.size());
        for (const int row : std::as_const(m_rows))
            keys.insert(row, cellText(row, m_sortColumn));
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(m_rows.begin(), m_rows.end(),
            [&](int a, int b) { return collator.compare(keys.value(a), keys.value(b)) < 0; });
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_rows.begin(), m_rows.end());
}

int ActivityListModel::rowOfActivity(qint64 id) const
{
    const int indexRow = m_state.index().rowOf(id);
    return indexRow < 0 ? -1 : int(m_rows.indexOf(indexRow));
}

qint64 ActivityListModel::activityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_state.index().at(m_rows[row]).id : -1;
}

} // namespace evaw
