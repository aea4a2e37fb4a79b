#include "activityindex.h"

#include "extract/dateextractor.h"
#include "store/sqliteconnection.h"
#include "store/sqlitestatement.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
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
    case EntityKind::Region:
    case EntityKind::Programme:
        break;
    }
    return -1;
}

} // namespace

bool ActivityIndex::load(const QSqlDatabase &db, QString *error)
{
    *this = ActivityIndex{};
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
        *this = ActivityIndex{};
        return false;
    }
    placeLinks(side.links);
    placeDates(side.dates);
    pointIntoArrays();
    return true;
}

void LinkAndDateRows::read(sqlite3 *handle)
{
    // The primary key's order: rows of one activity together, without a sort.
    SqliteStatement linkRows(handle, "SELECT activity_id, entity_id, position FROM activity_entities");
    while (linkRows.next())
        links.push_back(Link{linkRows.int64(0), int(linkRows.int64(1)), int(linkRows.int64(2))});
    SqliteStatement dateRows(handle, "SELECT activity_id, year, month, end_year, start, length FROM dates");
    while (dateRows.next()) {
        dates.push_back(Date{dateRows.int64(0), int(dateRows.int64(1)), int(dateRows.int64(2)), int(dateRows.int64(3)),
            int(dateRows.int64(4)), int(dateRows.int64(5))});
    }
    for (const SqliteStatement *statement : {&linkRows, &dateRows}) {
        if (error.isEmpty() && (!statement->isValid() || statement->failed()))
            error = statement->error();
    }
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
        m_texts.append(query.utf8(7));
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
    // facet on (regions, programmes) drop out.
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
        std::array<int, 5> &bounds = m_linkBounds[std::size_t(links[first].activityId)];
        std::size_t at = first;
        for (int kind = 0; kind < 4; ++kind) {
            bounds[std::size_t(kind)] = int(m_links.size());
            for (; at < last && slot(links[at]) == kind; ++at)
                m_links.push_back(links[at].entityId);
        }
        bounds[4] = int(m_links.size());
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
        const std::array<int, 5> &b = m_linkBounds[row];
        activity.countries = IndexRange(links + b[0], links + b[1]);
        activity.places = IndexRange(links + b[1], links + b[2]);
        activity.agencies = IndexRange(links + b[2], links + b[3]);
        activity.themes = IndexRange(links + b[3], links + b[4]);
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
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT rowid FROM activity_text WHERE activity_text MATCH ?"));
    sql.addBindValue(query);
    if (!sql.exec()) {
        // SQLite says "fts5: syntax error near ..."; the user needs only the part after it.
        QString message = sql.lastError().databaseText();
        message.remove(QRegularExpression(QStringLiteral("^fts5: ")));
        *error = message.isEmpty() ? sql.lastError().text() : message;
        return false;
    }
    while (sql.next()) {
        const int row = rowOf(sql.value(0).toLongLong());
        if (row >= 0)
            (*rowMatches)[std::size_t(row)] = 1;
    }
    return true;
}

unsigned ActivityIndex::passedDimensions(const IndexedActivity &activity, int row, const Filter &filter,
    const std::vector<char> &countryFlags, const std::vector<char> &placeFlags, const std::vector<char> &agencyFlags,
    const std::vector<char> &measureFlags, const std::vector<char> &periodFlags, const std::vector<char> &searchMatches,
    int agenciesWanted) const
{
    unsigned passed = 0;
    auto pass = [&passed](Filter::Dimension d) { passed |= 1u << d; };

    if (!filter.constrains(Filter::Countries)) {
        pass(Filter::Countries);
    } else {
        bool hit = activity.countries.isEmpty() && filter.countries().contains(QString());
        for (const int c : activity.countries)
            hit = hit || countryFlags[std::size_t(c)];
        for (const int p : activity.places)
            hit = hit || placeFlags[std::size_t(p)];
        if (hit)
            pass(Filter::Countries);
    }

    if (!filter.constrains(Filter::Agencies)) {
        pass(Filter::Agencies);
    } else {
        int found = 0;
        if (filter.agencyRole() == Filter::AgencyRole::ReportedBy) {
            found = activity.reporter >= 0 && agencyFlags[std::size_t(activity.reporter)] ? 1 : 0;
        } else {
            for (const int a : activity.agencies)
                found += agencyFlags[std::size_t(a)] ? 1 : 0;
        }
        const bool all = filter.agencyMode() == Filter::AgencyMode::All;
        if (all ? found >= agenciesWanted : found > 0)
            pass(Filter::Agencies);
    }

    if (!filter.constrains(Filter::Measures) || (activity.measure >= 0 && measureFlags[std::size_t(activity.measure)]))
        pass(Filter::Measures);
    if (!filter.constrains(Filter::Periods) || (activity.period >= 0 && periodFlags[std::size_t(activity.period)]))
        pass(Filter::Periods);
    if (!filter.constrains(Filter::Years)) {
        pass(Filter::Years);
    } else {
        for (const int year : activity.years) {
            if (filter.admitsYear(year)) {
                pass(Filter::Years);
                break;
            }
        }
    }
    if (!filter.constrains(Filter::Search) || (row < int(searchMatches.size()) && searchMatches[std::size_t(row)]))
        pass(Filter::Search);
    return passed;
}

FacetResult ActivityIndex::evaluate(const Filter &filter, const std::vector<char> &searchMatches) const
{
    // The filter's names become flags by index once, so the pass below only indexes arrays.
    const std::size_t entityCount = std::size_t(m_entities.size());
    std::vector<char> countryFlags(entityCount, 0);
    std::vector<char> placeFlags(entityCount, 0);
    std::vector<char> agencyFlags(entityCount, 0);
    for (std::size_t i = 0; i < entityCount; ++i) {
        const EntityRef &ref = m_entities[qsizetype(i)];
        countryFlags[i] = ref.kind == EntityKind::Country && filter.countries().contains(ref.code);
        placeFlags[i]
            = ref.kind == EntityKind::Place && filter.places().contains(ref.code.isEmpty() ? ref.key : ref.code);
        agencyFlags[i] = filter.agencies().contains(ref.key);
    }
    std::vector<char> measureFlags(std::size_t(m_measures.size()), 0);
    for (int i = 0; i < m_measures.size(); ++i)
        measureFlags[std::size_t(i)] = filter.measures().contains(m_measures[i]);
    std::vector<char> periodFlags(std::size_t(m_periods.size()), 0);
    for (int i = 0; i < m_periods.size(); ++i)
        periodFlags[std::size_t(i)] = filter.periods().contains(m_periods[i]);
    int agenciesWanted = 0;
    for (const char flag : agencyFlags)
        agenciesWanted += flag;

    FacetResult result;
    result.countryCounts.fill(0, m_entities.size());
    result.placeCounts.fill(0, m_entities.size());
    result.agencyCounts.fill(0, m_entities.size());
    result.measureCounts.fill(0, m_measures.size());
    result.periodCounts.fill(0, m_periods.size());
    constexpr unsigned kAll = (1u << Filter::DimensionCount) - 1;
    auto passesAllBut = [](unsigned passed, Filter::Dimension d) { return (passed | (1u << d)) == kAll; };
    const bool byReporter = filter.agencyRole() == Filter::AgencyRole::ReportedBy;
    std::vector<int> regionCounts(std::size_t(m_regions.size()), 0);

    for (int row = 0; row < size(); ++row) {
        const IndexedActivity &activity = m_activities[std::size_t(row)];
        const unsigned passed = passedDimensions(activity, row, filter, countryFlags, placeFlags, agencyFlags,
            measureFlags, periodFlags, searchMatches, agenciesWanted);
        if (passed == kAll)
            result.rows.append(row);
        if (passesAllBut(passed, Filter::Countries)) {
            if (activity.countries.isEmpty())
                ++result.noCountryCount;
            QVarLengthArray<int, 8> regions;
            for (const int c : activity.countries) {
                ++result.countryCounts[c];
                const int region = m_regionOfEntity[std::size_t(c)];
                if (region >= 0 && !regions.contains(region))
                    regions.append(region);
            }
            for (const int region : std::as_const(regions))
                ++regionCounts[std::size_t(region)];
            for (const int p : activity.places)
                ++result.placeCounts[p];
        }
        if (passesAllBut(passed, Filter::Agencies)) {
            if (byReporter) {
                if (activity.reporter >= 0)
                    ++result.agencyCounts[activity.reporter];
            } else {
                for (const int a : activity.agencies)
                    ++result.agencyCounts[a];
            }
        }
        if (passesAllBut(passed, Filter::Measures) && activity.measure >= 0)
            ++result.measureCounts[activity.measure];
        if (passesAllBut(passed, Filter::Periods) && activity.period >= 0)
            ++result.periodCounts[activity.period];
    }
    for (int region = 0; region < m_regions.size(); ++region) {
        if (regionCounts[std::size_t(region)] > 0)
            result.regionCounts.insert(m_regions[region], regionCounts[std::size_t(region)]);
    }
    return result;
}

} // namespace evaw
