#include "partnershipmodel.h"

#include "explorerstate.h"
#include "roles.h"

#include <QHash>

#include <algorithm>
#include <limits>

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
    numberCountries();
    QHash<quint64, Tally> tallies;
    std::vector<int> named;
    const ActivityIndex &index = m_state.index();
    for (const int row : m_state.result().rows) {
        const IndexedActivity &activity = index.at(row);
        named.clear();
        for (const int entity : activity.agencies) {
            if (m_roles[std::size_t(entity)] != Role::None)
                named.push_back(entity);
        }
        // Each pair once, whichever order the text names them in.
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        const int year = activity.years.size() > 0 ? *activity.years.begin() : 0; // ascending
        for (std::size_t a = 0; a < named.size(); ++a) {
            for (std::size_t b = a + 1; b < named.size(); ++b) {
                if (roleOf(named[a]) != Role::Agency && roleOf(named[b]) != Role::Agency)
                    continue;
                Tally &tally = tallies[(quint64(quint32(named[a])) << 32) | quint32(named[b])];
                ++tally.count;
                if (year > 0 && (tally.since == 0 || year < tally.since))
                    tally.since = year;
                if (activity.countries.size() > 0 && tally.byCountry.empty())
                    tally.byCountry.resize(m_slotCountry.size());
                for (const int country : activity.countries) {
                    if (const int slot = m_countrySlot[std::size_t(country)]; slot >= 0)
                        ++tally.byCountry[std::size_t(slot)];
                }
            }
        }
    }
    m_pairs.reserve(std::size_t(tallies.size()));
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        m_pairs.push_back(pairOf(it.key(), it.value()));
    std::sort(m_pairs.begin(), m_pairs.end(), [this](const Pair &a, const Pair &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.first != b.first)
            return name(a.first).localeAwareCompare(name(b.first)) < 0;
        return name(a.second).localeAwareCompare(name(b.second)) < 0;
    });
}

void PartnershipModel::numberCountries()
{
    const QList<EntityRef> &entities = m_state.index().entities();
    m_slotCountry.clear();
    for (qsizetype i = 0; i < entities.size(); ++i) {
        if (entities[i].kind == EntityKind::Country)
            m_slotCountry.push_back(int(i));
    }
    std::sort(m_slotCountry.begin(), m_slotCountry.end(),
        [&](int a, int b) { return entities[a].name.localeAwareCompare(entities[b].name) < 0; });
    m_countrySlot.assign(std::size_t(entities.size()), -1);
    for (std::size_t slot = 0; slot < m_slotCountry.size(); ++slot)
        m_countrySlot[std::size_t(m_slotCountry[slot])] = int(slot);
}

PartnershipModel::Pair PartnershipModel::pairOf(quint64 key, const Tally &tally) const
{
    int first = int(key >> 32);
    int second = int(key & 0xFFFFFFFFu);
    // The agency first, and of two agencies the one whose name sorts first.
    const bool partnerFirst = roleOf(first) == Role::Partner;
    const bool agencyAfter = roleOf(second) == Role::Agency;
    if ((partnerFirst && agencyAfter)
        || (roleOf(first) == roleOf(second) && name(second).localeAwareCompare(name(first)) < 0))
        std::swap(first, second);
    Pair pair{first, second, tally.count, tally.since, {}};
    for (std::size_t slot = 0; slot < tally.byCountry.size(); ++slot) {
        if (tally.byCountry[slot] > 0)
            pair.countries.emplace_back(m_slotCountry[slot], tally.byCountry[slot]);
    }
    // By name already: the stable sort keeps that order among countries named as often.
    std::stable_sort(
        pair.countries.begin(), pair.countries.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return pair;
}

QString PartnershipModel::countryNames(const Pair &pair) const
{
    QStringList names;
    names.reserve(qsizetype(pair.countries.size()));
    for (const auto &[country, activities] : pair.countries)
        names.append(name(country));
    return names.join(QLatin1String(", "));
}

QString PartnershipModel::countryTally(const Pair &pair) const
{
    QStringList lines;
    for (const auto &[country, activities] : pair.countries)
        lines.append(tr("%1: %n activities", nullptr, activities).arg(name(country)));
    return lines.join(u'\n');
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
    const int column = index.column();
    const bool namesAgency = column == Agency || column == Partner;
    const int entity = column == Partner ? pair.second : pair.first;
    switch (role) {
    case Qt::DisplayRole:
        return display(pair, column);
    case SortRole:
        // Pairs that state no year go after every dated one when the earliest come first.
        if (column == Since)
            return pair.since > 0 ? pair.since : std::numeric_limits<int>::max();
        return column == Countries ? QVariant(int(pair.countries.size())) : display(pair, column);
    case Qt::DecorationRole:
    case ColourRole:
        return namesAgency ? QVariant(m_state.palette().colour(name(entity))) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Activities || column == Since ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == Countries && !pair.countries.empty())
            return countryTally(pair);
        if (column == Since)
            return pair.since > 0 ? tr("The earliest year stated by an activity naming both: %1").arg(pair.since)
                                  : tr("None of the activities naming both states a year");
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

QVariant PartnershipModel::display(const Pair &pair, int column) const
{
    switch (column) {
    case Agency:
        return name(pair.first);
    case Partner:
        return name(pair.second);
    case Activities:
        return pair.count;
    case Since:
        // Written as the activity list writes years, whatever digits the language counts in.
        return pair.since > 0 ? QVariant(QString::number(pair.since)) : QVariant();
    case Countries:
        return countryNames(pair);
    default:
        return {};
    }
}

QVariant PartnershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Since)
        return tr("The earliest year that an activity naming both agencies states");
    if (role == Qt::ToolTipRole && section == Countries)
        return tr("The countries that the activities naming both agencies name, the most often named first");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agency:
        return tr("Agency");
    case Partner:
        return tr("With");
    case Activities:
        return tr("Activities");
    case Since:
        return tr("Since");
    case Countries:
        return tr("Countries");
    default:
        return {};
    }
}

} // namespace evaw
