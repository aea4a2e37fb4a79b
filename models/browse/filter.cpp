#include "filter.h"

#include <QStringList>

namespace evaw {

namespace {

template<typename T> bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

QStringList sortedList(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QSet<QString> toSet(const QVariant &value)
{
    const QStringList list = value.toStringList();
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

bool Filter::setCountries(const QSet<QString> &codes)
{
    return assign(m_countries, codes);
}
bool Filter::setPlaces(const QSet<QString> &codes)
{
    return assign(m_places, codes);
}
bool Filter::setAgencies(const QSet<QString> &keys)
{
    return assign(m_agencies, keys);
}
bool Filter::setAgencyMode(AgencyMode mode)
{
    return assign(m_agencyMode, mode);
}
bool Filter::setAgencyRole(AgencyRole role)
{
    return assign(m_agencyRole, role);
}
bool Filter::setMeasures(const QSet<QString> &measures)
{
    return assign(m_measures, measures);
}
bool Filter::setPeriods(const QSet<QString> &periods)
{
    return assign(m_periods, periods);
}
bool Filter::setThemes(const QSet<QString> &keys)
{
    return assign(m_themes, keys);
}
bool Filter::setProgrammes(const QSet<QString> &keys)
{
    return assign(m_programmes, keys);
}
bool Filter::setSearch(const QString &query)
{
    return assign(m_search, query.trimmed());
}

bool Filter::setYears(int from, int to)
{
    if (from > 0 && to > 0 && from > to)
        std::swap(from, to);
    const bool changed = from != m_fromYear || to != m_toYear;
    m_fromYear = from;
    m_toYear = to;
    return changed;
}

bool Filter::constrains(Dimension dimension) const
{
    switch (dimension) {
    case Countries:
        return !m_countries.isEmpty() || !m_places.isEmpty();
    case Agencies:
        return !m_agencies.isEmpty();
    case Measures:
        return !m_measures.isEmpty();
    case Periods:
        return !m_periods.isEmpty();
    case Themes:
        return !m_themes.isEmpty();
    case Programmes:
        return !m_programmes.isEmpty();
    case Years:
        return m_fromYear > 0 || m_toYear > 0;
    case Search:
        return !m_search.isEmpty();
    case DimensionCount:
        break;
    }
    return false;
}

bool Filter::isEmpty() const
{
    for (int d = 0; d < DimensionCount; ++d) {
        if (constrains(Dimension(d)))
            return false;
    }
    return true;
}

bool Filter::admitsYear(int year) const
{
    return (m_fromYear == 0 || year >= m_fromYear) && (m_toYear == 0 || year <= m_toYear);
}

QVariantMap Filter::toVariant() const
{
    return {{QStringLiteral("countries"), sortedList(m_countries)}, {QStringLiteral("places"), sortedList(m_places)},
        {QStringLiteral("agencies"), sortedList(m_agencies)},
        {QStringLiteral("agencyMode"), m_agencyMode == AgencyMode::All ? QStringLiteral("all") : QStringLiteral("any")},
        {QStringLiteral("agencyRole"),
            m_agencyRole == AgencyRole::ReportedBy ? QStringLiteral("reported") : QStringLiteral("mentioned")},
        {QStringLiteral("measures"), sortedList(m_measures)}, {QStringLiteral("periods"), sortedList(m_periods)},
        {QStringLiteral("themes"), sortedList(m_themes)}, {QStringLiteral("programmes"), sortedList(m_programmes)},
        {QStringLiteral("fromYear"), m_fromYear}, {QStringLiteral("toYear"), m_toYear},
        {QStringLiteral("search"), m_search}};
}

Filter Filter::fromVariant(const QVariantMap &map)
{
    Filter filter;
    filter.m_countries = toSet(map.value(QStringLiteral("countries")));
    filter.m_places = toSet(map.value(QStringLiteral("places")));
    filter.m_agencies = toSet(map.value(QStringLiteral("agencies")));
    filter.m_agencyMode = map.value(QStringLiteral("agencyMode")).toString() == QLatin1String("all") ? AgencyMode::All
                                                                                                     : AgencyMode::Any;
    filter.m_agencyRole = map.value(QStringLiteral("agencyRole")).toString() == QLatin1String("reported")
        ? AgencyRole::ReportedBy
        : AgencyRole::Mentioned;
    filter.m_measures = toSet(map.value(QStringLiteral("measures")));
    filter.m_periods = toSet(map.value(QStringLiteral("periods")));
    filter.m_themes = toSet(map.value(QStringLiteral("themes")));
    filter.m_programmes = toSet(map.value(QStringLiteral("programmes")));
    filter.setYears(map.value(QStringLiteral("fromYear")).toInt(), map.value(QStringLiteral("toYear")).toInt());
    filter.m_search = map.value(QStringLiteral("search")).toString();
    return filter;
}

bool Filter::operator==(const Filter &other) const
{
    return m_countries == other.m_countries && m_places == other.m_places && m_agencies == other.m_agencies
        && m_agencyMode == other.m_agencyMode && m_agencyRole == other.m_agencyRole && m_measures == other.m_measures
        && m_periods == other.m_periods && m_themes == other.m_themes && m_programmes == other.m_programmes
        && m_fromYear == other.m_fromYear && m_toYear == other.m_toYear && m_search == other.m_search;
}

} // namespace evaw
