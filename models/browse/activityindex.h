#pragma once

#include "extract/entity.h"
#include "filter.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

struct sqlite3;

namespace evaw {

class SqliteStatement;

/// A run of ints of one activity (entity indices, years), viewed in the index's flat
/// arrays: one allocation for the whole corpus instead of five per activity, and a facet
/// pass that reads memory in order.
class IndexRange
{
public:
    IndexRange() = default;
    IndexRange(const int *begin, const int *end)
        : m_begin(begin)
        , m_end(end)
    {
    }
    const int *begin() const { return m_begin; }
    const int *end() const { return m_end; }
    int size() const { return int(m_end - m_begin); }
    bool isEmpty() const { return m_begin == m_end; }
    int first() const { return *m_begin; }
    int last() const { return *(m_end - 1); }
    bool contains(int value) const { return std::find(m_begin, m_end, value) != m_end; }
    QList<int> toList() const { return QList<int>(m_begin, m_end); }

private:
    const int *m_begin = nullptr;
    const int *m_end = nullptr;
};

/// An activity as the explorer needs it in memory: names interned as indices. The text
/// stays in the index as UTF-8 and is decoded when asked (ActivityIndex::text()).
struct IndexedActivity {
    qint64 id = 0;
    int reporter = -1; ///< entity index of the reporting entity
    int measure = -1; ///< index into ActivityIndex::measures()
    int period = -1; ///< index into ActivityIndex::periods()
    IndexRange countries; ///< entity indices, in order of appearance
    IndexRange places;
    IndexRange agencies; ///< UN agencies and non-UN partners the text names
    IndexRange themes;
    IndexRange programmes; ///< programmes and mechanisms
    IndexRange years; ///< ascending
    QString sourceFile; ///< shared between the activities of one file
    int line = 0;
    int endLine = 0;
};

/// A dated event, shown as a milestone on the timeline.
struct Milestone {
    int row = 0; ///< the activity's row in the index
    int year = 0;
    int month = 0;
    int start = 0; ///< where the date's words stand in the activity's text
    int length = 0;
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
    int noYearCount = 0; ///< rows passing every dimension that state no year
    QList<int> agencyCounts; ///< by entity index, for the filter's agency role
    QList<int> measureCounts; ///< by measure index
    QList<int> periodCounts; ///< by period index
    QList<int> themeCounts; ///< by entity index
    QList<int> programmeCounts; ///< by entity index
    /// The rows passing every dimension counted by year stated and reporting entity, so the
    /// timeline needs no pass of its own: one row per year from yearsFrom(), one column per
    /// entity index plus one (column 0: no reporting entity).
    std::vector<int> yearReporterCounts;
    int firstYear = 0; ///< the earliest year a passing row states, 0 when none states one
    int lastYear = 0;
};

/// The links of activities to entities, and their dates, from the activities' list columns
/// (see ListColumn): read apart from the rest of the activities, on a connection and thread
/// of their own when the store has a file.
struct LinkAndDateRows {
    struct Link {
        qint64 activityId;
        int entityId;
        int position;
    };
    struct Date {
        qint64 activityId;
        int year;
        int month;
        int endYear;
        int start;
        int length;
    };
    std::vector<Link> links;
    std::vector<Date> dates;
    QString error; ///< empty when every activity's lists were read whole

    void read(sqlite3 *handle);
};

/// The whole corpus in memory for browsing, loaded once from the store, with one-pass
/// faceted evaluation of a Filter. Full text search goes to the store's FTS5 index.
class ActivityIndex
{
public:
    ActivityIndex() = default;
    // Activities point into the index's own arrays: a copy would point into the original.
    ActivityIndex(const ActivityIndex &) = delete;
    ActivityIndex &operator=(const ActivityIndex &) = delete;
    ActivityIndex(ActivityIndex &&) = default;
    ActivityIndex &operator=(ActivityIndex &&) = default;

    /// Loads every activity of @p db; false with @p error on a store that cannot be read.
    /// Reads through the raw SQLite handle: a million link rows through QSqlQuery take seconds.
    bool load(const QSqlDatabase &db, QString *error);

    int size() const { return int(m_activities.size()); }
    const IndexedActivity &at(int row) const { return m_activities[std::size_t(row)]; }
    QString text(int row) const;
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
    /// The first year any activity states: row 0 of FacetResult::yearReporterCounts.
    int yearsFrom() const { return m_yearsFrom; }
    int yearCount() const { return m_yearCount; }
    /// The words that state a milestone's date ("Since 2008") and the sentence around them.
    QString milestoneText(const Milestone &milestone) const;
    QString milestoneSentence(const Milestone &milestone) const;

    /// Renames entities for display (the reader's language), always from their stored names.
    void renameEntities(const std::function<QString(const EntityRef &)> &name);

    /// Maps each country code to its region code in the scheme the tree shows.
    void setRegionScheme(const QHash<QString, QString> &regionOfCountry);

    /// Rows whose text matches an FTS5 query (phrases, prefix*, AND/OR/NOT). A malformed
    /// query returns false with @p error in words.
    bool search(const QString &query, std::vector<char> *rowMatches, QString *error) const;

    /// From how many activities on evaluate() counts in two halves at once, on two cores. A
    /// thread costs more than a small corpus's whole pass.
    void setRowsWorthAThread(int rows) { m_rowsWorthAThread = rows; }

    /// Evaluates @p filter; @p searchMatches is the result of search() when it searches.
    FacetResult evaluate(const Filter &filter, const std::vector<char> &searchMatches) const;

private:
    struct Criteria;
    struct Tally;
    void tally(const Criteria &criteria, int begin, int end, Tally *tally) const;
    Criteria criteriaOf(const Filter &filter, const std::vector<char> &searchMatches) const;
    static unsigned passedDimensions(const IndexedActivity &activity, int row, const Criteria &criteria);

    void clear();
    bool loadEntitiesAndActivities(sqlite3 *handle, QString *error);
    bool loadActivities(SqliteStatement &query, const QHash<qint64, QString> &sources);
    void placeLinks(std::vector<LinkAndDateRows::Link> &links);
    void placeDates(const std::vector<LinkAndDateRows::Date> &dates);
    void pointIntoArrays();

    QSqlDatabase m_db;
    std::vector<IndexedActivity> m_activities;
    QByteArray m_texts; ///< every activity's text in UTF-8, back to back
    std::vector<qsizetype> m_textStart; ///< per row, and one past the last
    std::vector<int> m_links; ///< per row: countries, places, agencies, themes, programmes
    std::vector<std::array<int, 6>> m_linkBounds; ///< per row: where each kind starts, and the end
    std::vector<int> m_years;
    std::vector<int> m_yearStart; ///< per row, and one past the last
    int m_rowsWorthAThread = 50000;
    int m_yearsFrom = 0;
    int m_yearCount = 0;
    // Store ids are dense from 1, so an array maps them to rows: a hash would cost a lookup
    // per link row while loading (over a million at 200,000 activities).
    std::vector<int> m_rowOfId;
    std::vector<int> m_entityOfId; ///< store id to entity index, dense as rows are
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
