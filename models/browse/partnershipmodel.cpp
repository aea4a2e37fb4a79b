#include "partnershipmodel.h"

#include "explorerstate.h"
#include "roles.h"

#include <QHash>

#include <algorithm>

namespace evaw {

PartnershipModel::PartnershipModel(const ExplorerState &state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    // Pairs come and go with every filter: the rows are rebuilt, not patched.
    connect(&m_state, &ExplorerState::aboutToReload, this, [this] { beginResetModel(); });
    connect(&m_state, &ExplorerState::reloaded, this, [this] {
        recount();
        endResetModel();
    });
    connect(&m_state, &ExplorerState::resultChanged, this, [this] {
        if (m_active)
            rebuild();
    });
}

void PartnershipModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    rebuild();
}

void PartnershipModel::setIncludesPartners(bool include)
{
    if (include == m_withPartners)
        return;
    m_withPartners = include;
    rebuild();
}

// The rows are only the pairs: the flags above change nothing a view reads until here.
void PartnershipModel::rebuild()
{
    beginResetModel();
    recount();
    endResetModel();
}

void PartnershipModel::findCounted()
{
    const QList<EntityRef> &entities = m_state.index().entities();
    m_roles.assign(std::size_t(entities.size()), Role::None);
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const EntityKind kind = entities[i].kind;
        if (kind == EntityKind::Agency)
            m_roles[std::size_t(i)] = Role::Agency;
        else if (kind == EntityKind::Partner && m_withPartners)
            m_roles[std::size_t(i)] = Role::Partner;
    }
}

QString PartnershipModel::name(int entity) const
{
    return m_state.index().entities()[entity].name;
}

void PartnershipModel::recount()
{
    m_pairs.clear();
    if (!m_active)
        return;
    findCounted();
    QHash<quint64, int> counts;
    std::vector<int> named;
    const ActivityIndex &index = m_state.index();
    for (const int row : m_state.result().rows) {
        named.clear();
        for (const int entity : index.at(row).agencies) {
            if (m_roles[std::size_t(entity)] != Role::None)
                named.push_back(entity);
        }
        // Each pair once, whichever order the text names them in.
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        for (std::size_t a = 0; a < named.size(); ++a) {
            for (std::size_t b = a + 1; b < named.size(); ++b) {
                if (roleOf(named[a]) == Role::Agency || roleOf(named[b]) == Role::Agency)
                    ++counts[(quint64(quint32(named[a])) << 32) | quint32(named[b])];
            }
        }
    }
    m_pairs.reserve(std::size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        int first = int(it.key() >> 32);
        int second = int(it.key() & 0xFFFFFFFFu);
        // The agency first, and of two agencies the one whose name sorts first.
        const bool partnerFirst = roleOf(first) == Role::Partner;
        const bool agencyAfter = roleOf(second) == Role::Agency;
        if ((partnerFirst && agencyAfter)
            || (roleOf(first) == roleOf(second) && name(second).localeAwareCompare(name(first)) < 0))
            std::swap(first, second);
        m_pairs.push_back(Pair{first, second, it.value()});
    }
    std::sort(m_pairs.begin(), m_pairs.end(), [this](const Pair &a, const Pair &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.first != b.first)
            return name(a.first).localeAwareCompare(name(b.first)) < 0;
        return name(a.second).localeAwareCompare(name(b.second)) < 0;
    });
}

int PartnershipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int PartnershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pair &pair = m_pairs[std::size_t(index.row())];
    const int entity = index.column() == Partner ? pair.second : pair.first;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Activities ? QVariant(pair.count) : QVariant(name(entity));
    case Qt::DecorationRole:
    case ColourRole:
        return index.column() == Activities ? QVariant() : QVariant(m_state.palette().colour(name(entity)));
    case Qt::TextAlignmentRole:
        return index.column() == Activities ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 and %2 are named together in %n activities under the filters", nullptr, pair.count)
            .arg(name(pair.first), name(pair.second));
    case CountRole:
        return pair.count;
    case PairKeysRole: {
        const QList<EntityRef> &entities = m_state.index().entities();
        return QStringList{entities[pair.first].key, entities[pair.second].key};
    }
    default:
        return {};
    }
}

QVariant PartnershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agency:
        return tr("Agency");
    case Partner:
        return tr("With");
    case Activities:
        return tr("Activities");
    default:
        return {};
    }
}

} // namespace evaw
