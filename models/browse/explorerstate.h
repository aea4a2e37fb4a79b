#pragma once

#include "activityindex.h"
#include "agencypalette.h"
#include "filter.h"
#include "namelocalizer.h"

#include <QObject>

namespace evaw {

class Gazetteer;

/// The one place the explorer's state lives: the loaded corpus, the filter, and what the
/// filter leaves. Models observe it; the main window is the only one that changes it.
class ExplorerState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerState)

public:
    enum class RegionScheme { M49, UnWomen };

    explicit ExplorerState(const Gazetteer &gazetteer, QObject *parent = nullptr);

    /// Loads (or reloads) the corpus from @p db and re-applies the current filter.
    bool load(const QSqlDatabase &db, QString *error);

    const Gazetteer &gazetteer() const { return m_gazetteer; }
    const ActivityIndex &index() const { return m_index; }
    const Filter &filter() const { return m_filter; }
    const FacetResult &result() const { return m_result; }
    const AgencyPalette &palette() const { return m_palette; }
    /// Why the search matched nothing, when the query was malformed; empty otherwise.
    QString searchError() const { return m_searchError; }

    RegionScheme regionScheme() const { return m_scheme; }
    void setRegionScheme(RegionScheme scheme);
    /// The region (of the current scheme) a country belongs to; empty when none.
    QString regionOf(const QString &countryCode) const { return m_regionOfCountry.value(countryCode); }
    QString regionName(const QString &regionCode) const;

    /// Shows country, place and region names in @p language ("en", "fr", "es", "ar").
    bool setLanguage(const QString &language, QString *error);
    QString language() const { return m_localizer.language(); }
    const NameLocalizer &localizer() const { return m_localizer; }

    /// Applies @p filter; nothing happens when it equals the current one.
    void setFilter(const Filter &filter);
    /// The full-text index has caught up with new activities: a search runs again.
    void searchIndexUpdated();

    /// The filter in words, for the status bar and exported subtitles:
    /// "UNFPA and UNICEF · Mozambique · 2016–2022".
    QString describeFilter() const;
    /// The name of a country, place or agency from its code or key.
    QString nameOf(const QString &codeOrKey) const;

Q_SIGNALS:
    void aboutToReload();
    void reloaded();
    void resultChanged();

private:
    void buildRegionScheme();
    void evaluate();

    const Gazetteer &m_gazetteer;
    ActivityIndex m_index;
    Filter m_filter;
    FacetResult m_result;
    AgencyPalette m_palette;
    NameLocalizer m_localizer;
    QString m_searchError;
    RegionScheme m_scheme = RegionScheme::M49;
    QHash<QString, QString> m_regionOfCountry;
};

} // namespace evaw
