#include "activityindex.h"

#include "fulltextquery.h"

#include "extract/dateextractor.h"
#include "store/listcolumn.h"
#include "store/sqliteconnection.h"
#include "store/sqlitestatement.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace evaw {

namespace {

// Names that repeat row after row (reporting entity, measure, period) become indices into
// a table; the previous row's name is checked first, as a file's rows share it in runs.
class Interner
{
public:
    explicit Interner(QStringList *table)
        : m_table(table)
    {
    }
    int indexOf(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return -1;
        if (m_last >= 0 && utf8 == QByteArrayView(m_lastBytes))
            return m_last;
        m_lastBytes = utf8.toByteArray();
        auto it = m_lookup.constFind(m_lastBytes);
        if (it == m_lookup.constEnd()) {
            m_table->append(QString::fromUtf8(utf8));
            it = m_lookup.insert(m_lastBytes, int(m_table->size()) - 1);
        }
        m_last = it.value();
        return m_last;
    }

private:
    QStringList *m_table;
    QHash<QByteArray, int> m_lookup;
    QByteArray m_lastBytes;
    int m_last = -1;
};

// Order of the kinds in an activity's run of links.
int linkSlot(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Country:
        return 0;
    case EntityKind::Place:
        return 1;
    case EntityKind::Agency:
    case EntityKind::Partner:
        return 2;
    case EntityKind::Theme:
        return 3;
    case EntityKind::Programme:
        return 4;
    case EntityKind::Region:
        break;
    }
    return -1;
}

} // namespace

void ActivityIndex::clear()
{
    const int rowsWorthAThread = m_rowsWorthAThread; // a setting, not data
    *this = ActivityIndex{};
    m_rowsWorthAThread = rowsWorthAThread;
}

bool ActivityIndex::load(const QSqlDatabase &db, QString *error)
{
    clear();
    m_db = db;
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle) {
        *error = QStringLiteral("not an SQLite store");
        return false;
    }

    // Links and dates are most of the rows, and need nothing from the activities to be read:
    // a connection of their own reads them on another core meanwhile. A store without a
    // file (":memory:") reads them after, on the one connection.
    LinkAndDateRows side;
    const QString path = db.databaseName();
    std::optional<SqliteConnection> second;
    if (!path.isEmpty() && path != QLatin1String(":memory:"))
        second.emplace(path);
    std::unique_ptr<QThread> sideReader;
    if (second && second->handle()) {
        sideReader.reset(QThread::create([&side, &second] { side.read(second->handle()); }));
        sideReader->start();
    }
    QString failure;
    const bool loaded = loadEntitiesAndActivities(handle, &failure);
    if (sideReader)
        sideReader->wait();
    else if (loaded)
        side.read(handle);
    if (!loaded || !side.error.isEmpty()) {
        *error = loaded ? side.error : failure;
        clear();
        return false;
    }
    placeLinks(side.links);
    placeDates(side.dates);
    pointIntoArrays();
    m_regionOfEntity.assign(std::size_t(m_entities.size()), -1); // no regions until a scheme is set
    return true;
}

void LinkAndDateRows::read(sqlite3 *handle)
{
    // Id order, which is also the order the activities are read in.
    SqliteStatement rows(handle, "SELECT id, entity_ids, date_spans FROM activities ORDER BY id");
    std::vector<qint64> ids;
    QList<DateMention> spans;
    while (rows.next()) {
        const qint64 activity = rows.int64(0);
        ids.clear();
        spans.clear();
        if (!ListColumn::decodeIds(rows.utf8(1), &ids) || !ListColumn::decodeDates(rows.utf8(2), &spans)) {
            error = QStringLiteral("activity %1: malformed list of entities or dates").arg(activity);
            return;
        }
        for (std::size_t i = 0; i < ids.size(); ++i)
            links.push_back(Link{activity, ids[i] <= std::numeric_limits<int>::max() ? int(ids[i]) : -1, int(i)});
        for (const DateMention &d : std::as_const(spans)) {
            if (!d.isTarget())
                dates.push_back(Date{activity, d.year, d.month, d.endYear, d.start, d.length});
        }
    }
    if (!rows.isValid() || rows.failed())
        error = rows.error();
}

bool ActivityIndex::loadEntitiesAndActivities(sqlite3 *handle, QString *error)
{
    auto failed = [&](const SqliteStatement &statement) {
        *error = statement.error();
        return false;
    };
    SqliteStatement entities(handle, "SELECT id, key, kind, name, code, country FROM entities ORDER BY id");
    while (entities.next()) {
        EntityRef ref;
        entityKindFromName(entities.text(2), &ref.kind);
        ref.key = entities.text(1);
        ref.name = entities.text(3);
        ref.code = entities.text(4);
        ref.country = entities.text(5);
        const auto id = std::size_t(entities.int64(0));
        if (id >= m_entityOfId.size())
            m_entityOfId.resize(id + 1, -1);
        m_entityOfId[id] = int(m_entities.size());
        m_entityOfKey.insert(ref.key, int(m_entities.size()));
        m_entities.append(ref);
    }
    if (!entities.isValid() || entities.failed())
        return failed(entities);

    QHash<qint64, QString> sources;
    SqliteStatement sourceRows(handle, "SELECT id, path FROM sources");
    while (sourceRows.next())
        sources.insert(sourceRows.int64(0), sourceRows.text(1));
    if (!sourceRows.isValid() || sourceRows.failed())
        return failed(sourceRows);

    SqliteStatement activities(handle,
        "SELECT id, reporting_entity, measure, period, source_id, line, end_line, text FROM activities ORDER BY id");
    if (!activities.isValid() || !loadActivities(activities, sources))
        return failed(activities);
    return true;
}

bool ActivityIndex::loadActivities(SqliteStatement &query, const QHash<qint64, QString> &sources)
{
    // Reporting entities are named in words; they share the index of the agency or
    // programme of that name, or get one of their own.
    QHash<QString, int> entityOfName;
    for (int i = 0; i < m_entities.size(); ++i) {
        const EntityRef &ref = m_entities[i];
        if (ref.kind == EntityKind::Agency || ref.kind == EntityKind::Programme)
            entityOfName.insert(ref.name, i);
    }
    QStringList reporterNames;
    Interner reporters(&reporterNames);
    std::vector<int> entityOfReporter;
    Interner measures(&m_measures);
    Interner periods(&m_periods);

    m_textStart.push_back(0);
    while (query.next()) {
        IndexedActivity activity;
        activity.id = query.int64(0);
        const int reporter = reporters.indexOf(query.utf8(1));
        if (reporter >= 0) {
            while (int(entityOfReporter.size()) <= reporter) {
                const QString &name = reporterNames[qsizetype(entityOfReporter.size())];
                auto it = entityOfName.constFind(name);
                if (it == entityOfName.constEnd()) {
                    const EntityRef ref{
                        EntityKind::Agency, QStringLiteral("reporter:") + name, name, QString(), QString()};
                    m_entityOfKey.insert(ref.key, int(m_entities.size()));
                    m_entities.append(ref);
                    it = entityOfName.insert(name, int(m_entities.size()) - 1);
                }
                entityOfReporter.push_back(it.value());
            }
            activity.reporter = entityOfReporter[std::size_t(reporter)];
        }
        activity.measure = measures.indexOf(query.utf8(2));
        activity.period = periods.indexOf(query.utf8(3));
        activity.sourceFile = sources.value(query.int64(4));
        activity.line = int(query.int64(5));
        activity.endLine = int(query.int64(6));
        const QByteArrayView text = query.utf8(7);
        if (m_texts.capacity() < m_texts.size() + text.size()) // doubling: QByteArray grows by less
            m_texts.reserve(std::max(2 * m_texts.capacity(), m_texts.size() + text.size()));
        m_texts.append(text);
        m_textStart.push_back(m_texts.size());
        if (std::size_t(activity.id) >= m_rowOfId.size())
            m_rowOfId.resize(std::size_t(activity.id) + 1, -1);
        m_rowOfId[std::size_t(activity.id)] = int(m_activities.size());
        m_activities.push_back(std::move(activity));
    }
    return !query.failed();
}

void ActivityIndex::placeLinks(std::vector<LinkAndDateRows::Link> &links)
{
    // Rows become row indices and entity ids entity indices; links the index does not
    // facet on (regions) drop out.
    using Link = LinkAndDateRows::Link;
    std::vector<int> slotOfEntity(std::size_t(m_entities.size()));
    for (int i = 0; i < m_entities.size(); ++i)
        slotOfEntity[std::size_t(i)] = linkSlot(m_entities[i].kind);
    std::size_t kept = 0;
    for (const Link &link : links) {
        const int row = rowOf(link.activityId);
        const int entity = link.entityId >= 0 && std::size_t(link.entityId) < m_entityOfId.size()
            ? m_entityOfId[std::size_t(link.entityId)]
            : -1;
        if (row >= 0 && entity >= 0 && slotOfEntity[std::size_t(entity)] >= 0)
            links[kept++] = Link{row, entity, link.position};
    }
    links.resize(kept);
    auto byRow = [](const Link &a, const Link &b) { return a.activityId < b.activityId; };
    if (!std::is_sorted(links.begin(), links.end(), byRow))
        std::stable_sort(links.begin(), links.end(), byRow);

    m_linkBounds.assign(m_activities.size(), {});
    m_links.reserve(links.size());
    for (std::size_t first = 0; first < links.size();) {
        std::size_t last = first;
        while (last < links.size() && links[last].activityId == links[first].activityId)
            ++last;
        // Within an activity: kind by kind, each in order of appearance.
        auto slot = [&](const Link &link) { return slotOfEntity[std::size_t(link.entityId)]; };
        std::sort(links.begin() + qsizetype(first), links.begin() + qsizetype(last), [&](const Link &a, const Link &b) {
            return slot(a) != slot(b) ? slot(a) < slot(b) : a.position < b.position;
        });
        std::array<int, 6> &bounds = m_linkBounds[std::size_t(links[first].activityId)];
        std::size_t at = first;
        for (int kind = 0; kind < 5; ++kind) {
            bounds[std::size_t(kind)] = int(m_links.size());
            for (; at < last && slot(links[at]) == kind; ++at)
                m_links.push_back(links[at].entityId);
        }
        bounds[5] = int(m_links.size());
        first = last;
    }
}

void ActivityIndex::placeDates(const std::vector<LinkAndDateRows::Date> &dates)
{
    std::vector<std::pair<int, int>> rowYears;
    for (const LinkAndDateRows::Date &date : dates) {
        const int row = rowOf(date.activityId);
        if (row < 0)
            continue;
        for (int y = date.year; y <= std::max(date.year, date.endYear) && y - date.year <= 30; ++y)
            rowYears.emplace_back(row, y);
        m_milestones.append(Milestone{row, date.year, date.month, date.start, date.length});
    }
    std::sort(rowYears.begin(), rowYears.end());
    rowYears.erase(std::unique(rowYears.begin(), rowYears.end()), rowYears.end());
    m_yearStart.assign(m_activities.size() + 1, 0);
    m_years.reserve(rowYears.size());
    std::size_t at = 0;
    for (std::size_t row = 0; row < m_activities.size(); ++row) {
        m_yearStart[row] = int(m_years.size());
        for (; at < rowYears.size() && rowYears[at].first == int(row); ++at)
            m_years.push_back(rowYears[at].second);
    }
    m_yearStart[m_activities.size()] = int(m_years.size());
    if (!m_years.empty()) {
        const auto [first, last] = std::minmax_element(m_years.begin(), m_years.end());
        m_yearsFrom = *first;
        m_yearCount = *last - *first + 1;
    }
    // Milestones in date order once, so the timeline takes the first N that pass a filter.
    std::stable_sort(m_milestones.begin(), m_milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.year != b.year ? a.year < b.year : a.month < b.month; });
}

void ActivityIndex::pointIntoArrays()
{
    const int *links = m_links.data();
    const int *years = m_years.data();
    for (std::size_t row = 0; row < m_activities.size(); ++row) {
        IndexedActivity &activity = m_activities[row];
        const std::array<int, 6> &b = m_linkBounds[row];
        activity.countries = IndexRange(links + b[0], links + b[1]);
        activity.places = IndexRange(links + b[1], links + b[2]);
        activity.agencies = IndexRange(links + b[2], links + b[3]);
        activity.themes = IndexRange(links + b[3], links + b[4]);
        activity.programmes = IndexRange(links + b[4], links + b[5]);
        activity.years = IndexRange(years + m_yearStart[row], years + m_yearStart[row + 1]);
    }
    m_linkBounds = {};
}

QString ActivityIndex::text(int row) const
{
    const auto at = std::size_t(row);
    return QString::fromUtf8(m_texts.constData() + m_textStart[at], m_textStart[at + 1] - m_textStart[at]);
}

QString ActivityIndex::milestoneText(const Milestone &milestone) const
{
    return text(milestone.row).mid(milestone.start, milestone.length);
}

QString ActivityIndex::milestoneSentence(const Milestone &milestone) const
{
    return DateExtractor::sentenceAround(text(milestone.row), milestone.start);
}

QString ActivityIndex::firstSentence(const QString &text)
{
    const QString sentence = DateExtractor::sentenceAround(text, 0);
    return sentence.isEmpty() ? text : sentence;
}

void ActivityIndex::renameEntities(const std::function<QString(const EntityRef &)> &name)
{
    if (m_storedNames.size() != m_entities.size()) {
        m_storedNames.clear();
        for (const EntityRef &ref : std::as_const(m_entities))
            m_storedNames.append(ref.name);
    }
    for (int i = 0; i < m_entities.size(); ++i) {
        EntityRef stored = m_entities[i];
        stored.name = m_storedNames[i];
        m_entities[i].name = name(stored);
    }
}

void ActivityIndex::setRegionScheme(const QHash<QString, QString> &regionOfCountry)
{
    m_regions.clear();
    m_regionOfEntity.assign(std::size_t(m_entities.size()), -1);
    for (int i = 0; i < m_entities.size(); ++i) {
        if (m_entities[i].kind != EntityKind::Country)
            continue;
        const QString region = regionOfCountry.value(m_entities[i].code);
        if (region.isEmpty())
            continue;
        qsizetype at = m_regions.indexOf(region);
        if (at < 0) {
            m_regions.append(region);
            at = m_regions.size() - 1;
        }
        m_regionOfEntity[std::size_t(i)] = int(at);
    }
}

bool ActivityIndex::search(const QString &query, std::vector<char> *rowMatches, QString *error) const
{
    rowMatches->assign(m_activities.size(), 0);
    SqliteStatement sql(SqliteStatement::handle(m_db), "SELECT rowid FROM activity_text WHERE activity_text MATCH ?");
    if (sql.isValid())
        sql.bind(1, FullTextQuery::toFts5(query));
    while (sql.isValid() && sql.next()) {
        const int row = rowOf(sql.int64(0));
        if (row >= 0)
            (*rowMatches)[std::size_t(row)] = 1;
    }
    if (!sql.isValid() || sql.failed()) {
        // SQLite says "fts5: syntax error near ..."; the user needs only the part after it.
        *error = sql.error();
        error->remove(QRegularExpression(QStringLiteral("^fts5: ")));
        rowMatches->assign(m_activities.size(), 0);
        return false;
    }
    return true;
}

// The filter turned into flags by index, once per evaluation, so that the pass over the
// activities indexes arrays and compares ints, and never looks up a name.
struct ActivityIndex::Criteria {
    bool constrains[Filter::DimensionCount] = {};
    bool wantsNoCountry = false;
    bool byReporter = false;
    bool allAgencies = false;
    int agenciesWanted = 0;
    int fromYear = 0;
    int toYear = 0;
    std::vector<char> countries; ///< by entity index
    std::vector<char> places;
    std::vector<char> agencies;
    std::vector<char> themes;
    std::vector<char> programmes;
    std::vector<char> measures; ///< by measure index
    std::vector<char> periods;
    const std::vector<char> *searchMatches = nullptr; ///< by row
};

ActivityIndex::Criteria ActivityIndex::criteriaOf(const Filter &filter, const std::vector<char> &searchMatches) const
{
    Criteria criteria;
    for (int d = 0; d < Filter::DimensionCount; ++d)
        criteria.constrains[d] = filter.constrains(Filter::Dimension(d));
    criteria.wantsNoCountry = filter.countries().contains(QString());
    criteria.byReporter = filter.agencyRole() == Filter::AgencyRole::ReportedBy;
    criteria.allAgencies = filter.agencyMode() == Filter::AgencyMode::All;
    criteria.fromYear = filter.fromYear();
    criteria.toYear = filter.toYear();
    const std::size_t entityCount = std::size_t(m_entities.size());
    criteria.countries.assign(entityCount, 0);
    criteria.places.assign(entityCount, 0);
    criteria.agencies.assign(entityCount, 0);
    criteria.themes.assign(entityCount, 0);
    criteria.programmes.assign(entityCount, 0);
    for (std::size_t i = 0; i < entityCount; ++i) {
        const EntityRef &ref = m_entities[qsizetype(i)];
        criteria.countries[i] = ref.kind == EntityKind::Country && filter.countries().contains(ref.code);
        criteria.places[i]
            = ref.kind == EntityKind::Place && filter.places().contains(ref.code.isEmpty() ? ref.key : ref.code);
        criteria.agencies[i] = filter.agencies().contains(ref.key);
        criteria.agenciesWanted += criteria.agencies[i];
        criteria.themes[i] = ref.kind == EntityKind::Theme && filter.themes().contains(ref.key);
        criteria.programmes[i] = ref.kind == EntityKind::Programme && filter.programmes().contains(ref.key);
    }
    criteria.measures.assign(std::size_t(m_measures.size()), 0);
    for (int i = 0; i < m_measures.size(); ++i)
        criteria.measures[std::size_t(i)] = filter.measures().contains(m_measures[i]);
    criteria.periods.assign(std::size_t(m_periods.size()), 0);
    for (int i = 0; i < m_periods.size(); ++i)
        criteria.periods[std::size_t(i)] = filter.periods().contains(m_periods[i]);
    criteria.searchMatches = &searchMatches;
    return criteria;
}

unsigned ActivityIndex::passedDimensions(const IndexedActivity &activity, int row, const Criteria &criteria)
{
    unsigned passed = 0;
    auto pass = [&passed](Filter::Dimension d, bool hit) { passed |= unsigned(hit) << d; };

    if (!criteria.constrains[Filter::Countries]) {
        pass(Filter::Countries, true);
    } else {
        bool hit = activity.countries.isEmpty() && criteria.wantsNoCountry;
        for (const int c : activity.countries)
            hit = hit || criteria.countries[std::size_t(c)];
        for (const int p : activity.places)
            hit = hit || criteria.places[std::size_t(p)];
        pass(Filter::Countries, hit);
    }

    if (!criteria.constrains[Filter::Agencies]) {
        pass(Filter::Agencies, true);
    } else {
        int found = 0;
        if (criteria.byReporter) {
            found = activity.reporter >= 0 && criteria.agencies[std::size_t(activity.reporter)] ? 1 : 0;
        } else {
            for (const int a : activity.agencies)
                found += criteria.agencies[std::size_t(a)];
        }
        pass(Filter::Agencies, criteria.allAgencies ? found >= criteria.agenciesWanted : found > 0);
    }

    pass(Filter::Measures,
        !criteria.constrains[Filter::Measures]
            || (activity.measure >= 0 && criteria.measures[std::size_t(activity.measure)]));
    pass(Filter::Periods,
        !criteria.constrains[Filter::Periods]
            || (activity.period >= 0 && criteria.periods[std::size_t(activity.period)]));
    // Any of the checked forms of violence, and any of the checked programmes.
    auto namesAny = [](const IndexRange &entities, const std::vector<char> &wanted) {
        return std::any_of(entities.begin(), entities.end(), [&](int e) { return wanted[std::size_t(e)] != 0; });
    };
    pass(Filter::Themes, !criteria.constrains[Filter::Themes] || namesAny(activity.themes, criteria.themes));
    pass(Filter::Programmes,
        !criteria.constrains[Filter::Programmes] || namesAny(activity.programmes, criteria.programmes));
    if (!criteria.constrains[Filter::Years]) {
        pass(Filter::Years, true);
    } else {
        const int from = criteria.fromYear > 0 ? criteria.fromYear : std::numeric_limits<int>::min();
        const int to = criteria.toYear > 0 ? criteria.toYear : std::numeric_limits<int>::max();
        pass(Filter::Years, std::any_of(activity.years.begin(), activity.years.end(), [&](int year) {
            return year >= from && year <= to;
        }));
    }
    const std::vector<char> &matches = *criteria.searchMatches;
    pass(Filter::Search,
        !criteria.constrains[Filter::Search] || (std::size_t(row) < matches.size() && matches[std::size_t(row)]));
    return passed;
}

// What one stretch of rows contributes to a FacetResult.
struct ActivityIndex::Tally {
    QList<int> rows;
    std::vector<int> countries; ///< by entity index
    std::vector<int> places;
    std::vector<int> agencies;
    std::vector<int> measures;
    std::vector<int> periods;
    std::vector<int> themes;
    std::vector<int> programmes;
    std::vector<int> regions;
    std::vector<int> yearReporters;
    int noCountry = 0;
    int noYear = 0;
    int firstYear = std::numeric_limits<int>::max();
    int lastYear = std::numeric_limits<int>::min();

    void add(const Tally &other)
    {
        rows.append(other.rows);
        auto sum = [](std::vector<int> &into, const std::vector<int> &from) {
            std::transform(into.begin(), into.end(), from.begin(), into.begin(), std::plus<int>());
        };
        sum(countries, other.countries);
        sum(places, other.places);
        sum(agencies, other.agencies);
        sum(measures, other.measures);
        sum(periods, other.periods);
        sum(themes, other.themes);
        sum(programmes, other.programmes);
        sum(regions, other.regions);
        sum(yearReporters, other.yearReporters);
        noCountry += other.noCountry;
        noYear += other.noYear;
        firstYear = std::min(firstYear, other.firstYear);
        lastYear = std::max(lastYear, other.lastYear);
    }
};

void ActivityIndex::tally(const Criteria &criteria, int begin, int end, Tally *tally) const
{
    const std::size_t entityCount = std::size_t(m_entities.size());
    const std::size_t reporterColumns = entityCount + 1;
    tally->countries.assign(entityCount, 0);
    tally->places.assign(entityCount, 0);
    tally->agencies.assign(entityCount, 0);
    tally->measures.assign(std::size_t(m_measures.size()), 0);
    tally->periods.assign(std::size_t(m_periods.size()), 0);
    tally->themes.assign(entityCount, 0);
    tally->programmes.assign(entityCount, 0);
    tally->regions.assign(std::size_t(m_regions.size()), 0);
    tally->yearReporters.assign(std::size_t(m_yearCount) * reporterColumns, 0);
    constexpr unsigned kAll = (1u << Filter::DimensionCount) - 1;
    auto passesAllBut = [](unsigned passed, Filter::Dimension d) { return (passed | (1u << d)) == kAll; };

    for (int row = begin; row < end; ++row) {
        const IndexedActivity &activity = m_activities[std::size_t(row)];
        const unsigned passed = passedDimensions(activity, row, criteria);
        if (passed == kAll) {
            tally->rows.append(row);
            if (activity.years.isEmpty()) {
                ++tally->noYear;
            } else {
                tally->firstYear = std::min(tally->firstYear, activity.years.first());
                tally->lastYear = std::max(tally->lastYear, activity.years.last());
                for (const int year : activity.years)
                    ++tally->yearReporters[std::size_t(year - m_yearsFrom) * reporterColumns
                        + std::size_t(activity.reporter + 1)];
            }
        }
        if (passesAllBut(passed, Filter::Countries)) {
            if (activity.countries.isEmpty())
                ++tally->noCountry;
            QVarLengthArray<int, 8> regions;
            for (const int c : activity.countries) {
                ++tally->countries[std::size_t(c)];
                const int region = m_regionOfEntity[std::size_t(c)];
                if (region >= 0 && !regions.contains(region))
                    regions.append(region);
            }
            for (const int region : std::as_const(regions))
                ++tally->regions[std::size_t(region)];
            for (const int p : activity.places)
                ++tally->places[std::size_t(p)];
        }
        if (passesAllBut(passed, Filter::Agencies)) {
            if (criteria.byReporter) {
                if (activity.reporter >= 0)
                    ++tally->agencies[std::size_t(activity.reporter)];
            } else {
                for (const int a : activity.agencies)
                    ++tally->agencies[std::size_t(a)];
            }
        }
        if (passesAllBut(passed, Filter::Measures) && activity.measure >= 0)
            ++tally->measures[std::size_t(activity.measure)];
        if (passesAllBut(passed, Filter::Periods) && activity.period >= 0)
            ++tally->periods[std::size_t(activity.period)];
        if (passesAllBut(passed, Filter::Themes)) {
            for (const int t : activity.themes)
                ++tally->themes[std::size_t(t)];
        }
        if (passesAllBut(passed, Filter::Programmes)) {
            for (const int p : activity.programmes)
                ++tally->programmes[std::size_t(p)];
        }
    }
}

FacetResult ActivityIndex::evaluate(const Filter &filter, const std::vector<char> &searchMatches) const
{
    const Criteria criteria = criteriaOf(filter, searchMatches);
    Tally whole;
    if (size() < m_rowsWorthAThread || size() < 2) {
        tally(criteria, 0, size(), &whole);
    } else {
        Tally second;
        const int middle = size() / 2;
        std::unique_ptr<QThread> helper(
            QThread::create([this, &criteria, &second, middle] { tally(criteria, middle, size(), &second); }));
        helper->start();
        tally(criteria, 0, middle, &whole);
        helper->wait();
        whole.add(second);
    }

    FacetResult result;
    result.rows = std::move(whole.rows);
    result.countryCounts = QList<int>(whole.countries.begin(), whole.countries.end());
    result.placeCounts = QList<int>(whole.places.begin(), whole.places.end());
    result.agencyCounts = QList<int>(whole.agencies.begin(), whole.agencies.end());
    result.measureCounts = QList<int>(whole.measures.begin(), whole.measures.end());
    result.periodCounts = QList<int>(whole.periods.begin(), whole.periods.end());
    result.themeCounts = QList<int>(whole.themes.begin(), whole.themes.end());
    result.programmeCounts = QList<int>(whole.programmes.begin(), whole.programmes.end());
    result.noCountryCount = whole.noCountry;
    result.noYearCount = whole.noYear;
    result.yearReporterCounts = std::move(whole.yearReporters);
    if (whole.lastYear >= whole.firstYear) {
        result.firstYear = whole.firstYear;
        result.lastYear = whole.lastYear;
    }
    for (int region = 0; region < m_regions.size(); ++region) {
        if (whole.regions[std::size_t(region)] > 0)
            result.regionCounts.insert(m_regions[region], whole.regions[std::size_t(region)]);
    }
    return result;
}

} // namespace evaw
