#include "explorerstate.h"

#include "extract/gazetteer.h"

#include <QStringList>

namespace evaw {

namespace {

// "A", "A and B", "A, B and C" (or "or" for any-of).
QString joinedInWords(QStringList names, const QString &conjunction)
{
    names.sort(Qt::CaseInsensitive);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + u' ' + conjunction + u' ' + last;
}

} // namespace

ExplorerState::ExplorerState(const Gazetteer &gazetteer, QObject *parent)
    : QObject(parent)
    , m_gazetteer(gazetteer)
{
    buildRegionScheme();
}

bool ExplorerState::load(const QSqlDatabase &db, QString *error)
{
    Q_EMIT aboutToReload();
    const bool loaded = m_index.load(db, error);
    m_index.setRegionScheme(m_regionOfCountry);
    m_index.renameEntities([this](const EntityRef &ref) { return m_localizer.name(ref); });

    // Colours go to reporting entities and agencies by how often they appear overall,
    // so they stay put while the user filters. Counted by entity index, then by name.
    std::vector<int> byEntity(std::size_t(m_index.entities().size()), 0);
    for (int row = 0; row < m_index.size(); ++row) {
        const IndexedActivity &activity = m_index.at(row);
        if (activity.reporter >= 0)
            ++byEntity[std::size_t(activity.reporter)];
        for (const int agency : activity.agencies)
            ++byEntity[std::size_t(agency)];
    }
    QHash<QString, int> frequency;
    for (std::size_t entity = 0; entity < byEntity.size(); ++entity) {
        if (byEntity[entity] > 0)
            frequency[m_index.entities()[qsizetype(entity)].name] += byEntity[entity];
    }
    QList<QString> names = frequency.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return frequency[a] != frequency[b] ? frequency[a] > frequency[b] : a < b;
    });
    m_palette.assign(names);
    evaluate();
    Q_EMIT reloaded();
    Q_EMIT resultChanged();
    return loaded;
}

bool ExplorerState::setLanguage(const QString &language, QString *error)
{
    Q_EMIT aboutToReload();
    const bool loaded = m_localizer.load(language, error);
    m_index.renameEntities([this](const EntityRef &ref) { return m_localizer.name(ref); });
    evaluate();
    Q_EMIT reloaded();
    Q_EMIT resultChanged();
    return loaded;
}

void ExplorerState::setRegionScheme(RegionScheme scheme)
{
    if (scheme == m_scheme)
        return;
    Q_EMIT aboutToReload();
    m_scheme = scheme;
    buildRegionScheme();
    m_index.setRegionScheme(m_regionOfCountry);
    evaluate();
    Q_EMIT reloaded();
    Q_EMIT resultChanged();
}

// Country -> region of the scheme, from CLDR's containment (M49: the country's direct
// container; UN Women: the first regional office whose members contain the country or
// one of its containers).
void ExplorerState::buildRegionScheme()
{
    m_regionOfCountry.clear();
    QHash<QString, QStringList> containers;
    const QStringList m49Groups{QStringLiteral("002"), QStringLiteral("009"), QStringLiteral("019"),
        QStringLiteral("142"), QStringLiteral("150")};
    QStringList pending = m49Groups;
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString group = pending.takeFirst();
        if (seen.contains(group))
            continue;
        seen.insert(group);
        for (const QString &member : m_gazetteer.regionMembers(group)) {
            containers[member].append(group);
            if (!member.isEmpty() && member.at(0).isDigit())
                pending.append(member);
        }
    }
    const QStringList unWomen{QStringLiteral("unw-as"), QStringLiteral("unw-esa"), QStringLiteral("unw-wca"),
        QStringLiteral("unw-eca"), QStringLiteral("unw-ap"), QStringLiteral("unw-ac")};
    for (int i = 0; i < m_gazetteer.size(); ++i) {
        const EntityRef &ref = m_gazetteer.entry(i).ref;
        if (ref.kind != EntityKind::Country)
            continue;
        if (m_scheme == RegionScheme::M49) {
            const QString region = containers.value(ref.code).value(0);
            if (!region.isEmpty())
                m_regionOfCountry.insert(ref.code, region);
            continue;
        }
        QStringList lineage{ref.code};
        for (int k = 0; k < lineage.size() && k < 6; ++k)
            lineage += containers.value(lineage[k]);
        for (const QString &office : unWomen) {
            const QStringList members = m_gazetteer.regionMembers(office);
            const bool inOffice = std::any_of(
                lineage.cbegin(), lineage.cend(), [&](const QString &code) { return members.contains(code); });
            if (inOffice) {
                m_regionOfCountry.insert(ref.code, office);
                break;
            }
        }
    }
}

QString ExplorerState::regionName(const QString &regionCode) const
{
    const int index = m_gazetteer.indexOf(QStringLiteral("region:") + regionCode);
    return index < 0 ? regionCode : m_localizer.name(m_gazetteer.entry(index).ref);
}

void ExplorerState::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    evaluate();
    Q_EMIT resultChanged();
}

void ExplorerState::searchIndexUpdated()
{
    if (!m_filter.constrains(Filter::Search))
        return;
    evaluate();
    Q_EMIT resultChanged();
}

void ExplorerState::evaluate()
{
    std::vector<char> matches;
    m_searchError.clear();
    if (m_filter.constrains(Filter::Search) && !m_index.search(m_filter.search(), &matches, &m_searchError))
        matches.assign(std::size_t(m_index.size()), 0);
    m_result = m_index.evaluate(m_filter, matches);
}

QString ExplorerState::nameOf(const QString &codeOrKey) const
{
    if (codeOrKey.isEmpty())
        return tr("No country stated");
    int index = m_index.entityIndex(codeOrKey);
    if (index < 0)
        index = m_index.entityIndex(QStringLiteral("country:") + codeOrKey);
    if (index < 0)
        index = m_index.entityIndex(QStringLiteral("place:") + codeOrKey);
    if (index >= 0)
        return m_index.entities()[index].name;
    // A name the corpus does not use (yet): the gazetteer knows it by key or country code.
    int known = m_gazetteer.indexOf(codeOrKey);
    if (known < 0)
        known = m_gazetteer.indexOf(QStringLiteral("country:") + codeOrKey);
    return known >= 0 ? m_localizer.name(m_gazetteer.entry(known).ref) : codeOrKey;
}

QString ExplorerState::describeFilter() const
{
    QStringList parts;
    if (m_filter.constrains(Filter::Agencies)) {
        QStringList names;
        for (const QString &key : m_filter.agencies())
            names.append(nameOf(key));
        const bool all = m_filter.agencyMode() == Filter::AgencyMode::All;
        QString agencies = joinedInWords(names, all ? tr("and") : tr("or"));
        if (m_filter.agencyRole() == Filter::AgencyRole::ReportedBy)
            agencies = tr("reported by %1").arg(agencies);
        parts.append(agencies);
    }
    if (m_filter.constrains(Filter::Countries)) {
        QStringList names;
        for (const QString &code : m_filter.countries())
            names.append(nameOf(code));
        for (const QString &code : m_filter.places())
            names.append(nameOf(code));
        parts.append(joinedInWords(names, tr("or")));
    }
    if (m_filter.constrains(Filter::Measures)) {
        QStringList names;
        for (const QString &measure : m_filter.measures())
            names.append(m_localizer.measureName(measure));
        parts.append(joinedInWords(names, tr("or")));
    }
    if (m_filter.constrains(Filter::Periods))
        parts.append(joinedInWords(QStringList(m_filter.periods().begin(), m_filter.periods().end()), tr("or")));
    for (const QSet<QString> *keys : {&m_filter.themes(), &m_filter.programmes()}) {
        if (keys->isEmpty())
            continue;
        QStringList names;
        for (const QString &key : *keys)
            names.append(nameOf(key));
        parts.append(joinedInWords(names, tr("or")));
    }
    if (m_filter.constrains(Filter::Years)) {
        const int from = m_filter.fromYear();
        const int to = m_filter.toYear();
        if (from > 0 && to > 0)
            parts.append(from == to ? QString::number(from) : QStringLiteral("%1\u2013%2").arg(from).arg(to));
        else
            parts.append(from > 0 ? tr("from %1").arg(from) : tr("until %1").arg(to));
    }
    if (m_filter.constrains(Filter::Search))
        parts.append(QStringLiteral("\u201c%1\u201d").arg(m_filter.search()));
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace evaw
