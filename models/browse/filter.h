#pragma once

#include <QSet>
#include <QString>
#include <QVariantMap>

namespace evaw {

/// What the user has narrowed the corpus to: a plain value, compared and stored whole.
///
/// Countries are ISO codes (the empty code means "no country stated"), places ISO 3166-2
/// codes, agencies, forms of violence and programmes entity keys ("agency:unfpa",
/// "partner:eu", "theme:fgm", "programme:spotlight"). Setters return whether
/// anything changed, so that one user action causes at most one re-filter.
class Filter
{
public:
    enum class AgencyMode { Any, All };
    enum class AgencyRole { Mentioned, ReportedBy };

    /// The dimensions a filter constrains; facet counts leave their own dimension out.
    enum Dimension { Countries = 0, Agencies, Measures, Periods, Themes, Programmes, Years, Search, DimensionCount };

    const QSet<QString> &countries() const { return m_countries; }
    const QSet<QString> &places() const { return m_places; }
    const QSet<QString> &agencies() const { return m_agencies; }
    AgencyMode agencyMode() const { return m_agencyMode; }
    AgencyRole agencyRole() const { return m_agencyRole; }
    const QSet<QString> &measures() const { return m_measures; }
    const QSet<QString> &periods() const { return m_periods; }
    const QSet<QString> &themes() const { return m_themes; } ///< any of them
    const QSet<QString> &programmes() const { return m_programmes; } ///< any of them
    int fromYear() const { return m_fromYear; } ///< 0: no lower bound
    int toYear() const { return m_toYear; } ///< 0: no upper bound
    const QString &search() const { return m_search; }

    bool setCountries(const QSet<QString> &codes);
    bool setPlaces(const QSet<QString> &codes);
    bool setAgencies(const QSet<QString> &keys);
    bool setAgencyMode(AgencyMode mode);
    bool setAgencyRole(AgencyRole role);
    bool setMeasures(const QSet<QString> &measures);
    bool setPeriods(const QSet<QString> &periods);
    bool setThemes(const QSet<QString> &keys);
    bool setProgrammes(const QSet<QString> &keys);
    bool setYears(int from, int to);
    bool setSearch(const QString &query);

    bool isEmpty() const;
    bool constrains(Dimension dimension) const;
    /// True when the year range admits @p year.
    bool admitsYear(int year) const;

    QVariantMap toVariant() const;
    static Filter fromVariant(const QVariantMap &map);

    bool operator==(const Filter &other) const;
    bool operator!=(const Filter &other) const { return !(*this == other); }

private:
    QSet<QString> m_countries;
    QSet<QString> m_places;
    QSet<QString> m_agencies;
    AgencyMode m_agencyMode = AgencyMode::Any;
    AgencyRole m_agencyRole = AgencyRole::Mentioned;
    QSet<QString> m_measures;
    QSet<QString> m_periods;
    QSet<QString> m_themes;
    QSet<QString> m_programmes;
    int m_fromYear = 0;
    int m_toYear = 0;
    QString m_search;
};

} // namespace evaw
