#include "agencymodel.h"

#include "explorerstate.h"
#include "roles.h"

#include <QCollator>
#include <QSet>

#include <limits>

namespace evaw {

namespace {
// Group rows carry this instead of an entity: their internal id is kGroupId.
constexpr quintptr kGroupId = ~quintptr(0);
} // namespace

AgencyModel::AgencyModel(const ExplorerState &state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_state(state)
{
    connect(&m_state, &ExplorerState::aboutToReload, this, [this] { beginResetModel(); });
    connect(&m_state, &ExplorerState::reloaded, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&m_state, &ExplorerState::resultChanged, this, &AgencyModel::refresh);
    rebuild();
}

void AgencyModel::rebuild()
{
    m_groups.clear();
    const ActivityIndex &index = m_state.index();
    const bool byReporter = m_state.filter().agencyRole() == Filter::AgencyRole::ReportedBy;
    m_role = int(m_state.filter().agencyRole());
    QSet<int> un;
    QSet<int> partners;
    for (int row = 0; row < index.size(); ++row) {
        const IndexedActivity &activity = index.at(row);
        if (byReporter) {
            if (activity.reporter >= 0)
                un.insert(activity.reporter);
            continue;
        }
        for (const int a : activity.agencies)
            (index.entities()[a].kind == EntityKind::Partner ? partners : un).insert(a);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto sortedByName = [&](const QSet<int> &set) {
        QList<int> list(set.begin(), set.end());
        std::sort(list.begin(), list.end(),
            [&](int a, int b) { return collator.compare(index.entities()[a].name, index.entities()[b].name) < 0; });
        return list;
    };
    m_groups.append(Group{byReporter ? tr("Reporting entities") : tr("UN system"), sortedByName(un)});
    if (!byReporter)
        m_groups.append(Group{tr("Partners outside the UN"), sortedByName(partners)});
}

void AgencyModel::refresh()
{
    if (m_role != int(m_state.filter().agencyRole())) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        if (!m_groups[g].entities.isEmpty())
            Q_EMIT dataChanged(index(0, 0, group), index(int(m_groups[g].entities.size()) - 1, ColumnCount - 1, group),
                {Qt::DisplayRole, Qt::CheckStateRole, CountRole});
    }
    Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, CountRole});
}

QModelIndex AgencyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex AgencyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupId);
}

int AgencyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() > 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups[parent.row()].entities.size());
}

int AgencyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const Group &group = m_groups[index.row()];
        if (role == Qt::DisplayRole && index.column() == Name)
            return group.title;
        if (role == SortRole)
            return std::numeric_limits<int>::max() - index.row(); // groups keep their order when sorted by count
        if (role == KindRole)
            return QStringLiteral("group");
        return {};
    }
    const int entity = m_groups[int(index.internalId())].entities[index.row()];
    const EntityRef &ref = m_state.index().entities()[entity];
    const int count = m_state.result().agencyCounts.value(entity);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(ref.name) : QVariant(count);
    case Qt::CheckStateRole:
        return index.column() == Name
            ? QVariant(m_state.filter().agencies().contains(ref.key) ? Qt::Checked : Qt::Unchecked)
            : QVariant();
    case Qt::DecorationRole:
    case ColourRole:
        return index.column() == Name ? QVariant(m_state.palette().colour(ref.name)) : QVariant();
    case Qt::ToolTipRole: {
        const QString fullName = m_state.localizer().agencyFullName(ref.key);
        const QString title = fullName.isEmpty() ? ref.name : ref.name + QStringLiteral(" \u2014 ") + fullName;
        return tr("%1: %n activities under the other filters", nullptr, count).arg(title);
    }
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CountRole:
        return count;
    case SortRole:
        return count;
    case KeyRole:
        return ref.key;
    case KindRole:
        return entityKindName(ref.kind);
    default:
        return {};
    }
}

bool AgencyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Name || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.internalId() == kGroupId)
        return false;
    const QString key = data(index, KeyRole).toString();
    QSet<QString> keys = m_state.filter().agencies();
    if (value.value<Qt::CheckState>() == Qt::Checked)
        keys.insert(key);
    else
        keys.remove(key);
    Q_EMIT checkedChanged(keys);
    return true;
}

Qt::ItemFlags AgencyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AgencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Agency") : tr("Activities");
}

QModelIndex AgencyModel::indexOfKey(const QString &key) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int i = 0; i < m_groups[g].entities.size(); ++i) {
            if (m_state.index().entities()[m_groups[g].entities[i]].key == key)
                return index(i, 0, index(g, 0));
        }
    }
    return {};
}

} // namespace evaw
