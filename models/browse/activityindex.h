#pragma once

#include "extract/entity.h"
#include "filter.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace evaw {

/// An activity as the explorer needs it in memory: names interned as indices.
struct IndexedActivity {
    qint64 id = 0;
    int reporter = -1; ///< entity index of the reporting entity
    int measure = -1; ///< index into ActivityIndex::measures()
    int period = -1; ///< index into ActivityIndex::periods()
    QString text;
    QList<int> countries; ///< entity indices
    QList<int> places;
    QList<int> agencies; ///< UN agencies and non-UN partners the text names
    QList<int> themes;
    QList<int> years;
    QString sourceFile; ///< shared between the activities of one file
    int line = 0;
    int endLine = 0;
};

/// A dated event, shown as a milestone on the timeline.
struct Milestone {
    int row = 0; ///< the activity's row in the index
    int year = 0;
    int month = 0;
    QString text;
    QString sentence;
};

/// What a filter leaves, and the faceted counts: each dimension counted over the
/// activities that pass every *other* dimension, as a library catalogue does.
struct FacetResult {
    QList<int> rows; ///< rows passing every dimension, in index order
    // Counts by entity index are arrays the size of the entity table: a filter change
    // increments millions of them, and an array index beats a hash lookup every time.
    QList<int> countryCounts; ///< by entity index
    QList<int> placeCounts;
    QHash<QString, int> regionCounts; ///< by region code of the current scheme
    int noCountryCount = 0;
    QList<int> agencyCounts; ///< by entity index, for the filter's agency role
    QList<int> measureCounts; ///< by measure index
    QList<int> periodCounts; ///< by period index
};

/// The whole corpus in memory for browsing, loaded once from the store, with one-pass
/// faceted evaluation of a Filter. Full text search goes to the store's FTS5 index.
class ActivityIndex
{
public:
    /// Loads every activity of @p db; false with @p error on a store that cannot be read.
    /// Reads through the raw SQLite handle: a million link rows through QSqlQuery take seconds.
    bool load(const QSqlDatabase &db, QString *error);

    int size() const { return int(m_activities.size()); }
    const IndexedActivity &at(int row) const { return m_activities.at(row); }
    /// The opening sentence of an activity's text, found when asked: the list shows a
    /// screenful of rows, so computing it for every activity at load would be wasted.
    static QString firstSentence(const QString &text);
    int rowOf(qint64 id) const
    {
        return id >= 0 && std::size_t(id) < m_rowOfId.size() ? m_rowOfId[std::size_t(id)] : -1;
    }

    const QList<EntityRef> &entities() const { return m_entities; }
    int entityIndex(const QString &key) const { return m_entityOfKey.value(key, -1); }
    const QStringList &measures() const { return m_measures; }
    const QStringList &periods() const { return m_periods; }
    const QList<Milestone> &milestones() const { return m_milestones; } ///< earliest first

    /// Renames entities for display (the reader's language), always from their stored names.
    void renameEntities(const std::function<QString(const EntityRef &)> &name);

    /// Maps each country code to its region code in the scheme the tree shows.
    void setRegionScheme(const QHash<QString, QString> &regionOfCountry);

    /// Rows whose text matches an FTS5 query (phrases, prefix*, AND/OR/NOT). A malformed
    /// query returns false with @p error in words.
    bool search(const QString &query, std::vector<char> *rowMatches, QString *error) const;

    /// Evaluates @p filter; @p searchMatches is the result of search() when it searches.
    FacetResult evaluate(const Filter &filter, const std::vector<char> &searchMatches) const;

private:
    unsigned passedDimensions(const IndexedActivity &activity, int row, const Filter &filter,
        const std::vector<char> &countryFlags, const std::vector<char> &placeFlags,
        const std::vector<char> &agencyFlags, const std::vector<char> &measureFlags,
        const std::vector<char> &periodFlags, const std::vector<char> &searchMatches, int agenciesWanted) const;

    QSqlDatabase m_db;
    QList<IndexedActivity> m_activities;
    // Store ids are dense from 1, so an array maps them to rows: a hash would cost a lookup
    // per link row while loading (over a million at 200,000 activities).
    std::vector<int> m_rowOfId;
    QList<EntityRef> m_entities;
    QStringList m_storedNames; ///< entity names as stored, the base of every renaming
    QHash<QString, int> m_entityOfKey;
    QStringList m_measures;
    QStringList m_periods;
    QList<Milestone> m_milestones;
    QStringList m_regions; ///< region codes of the current scheme
    std::vector<int> m_regionOfEntity; ///< per entity: index in m_regions, or -1
};

} // namespace evaw
