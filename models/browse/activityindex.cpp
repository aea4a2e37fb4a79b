#include "activityindex.h"

#include "extract/dateextractor.h"
#include "store/sqlitestatement.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>

namespace evaw {

namespace {

int internedIndex(QStringList &table, QHash<QString, int> &lookup, const QString &value)
{
    if (value.isEmpty())
        return -1;
    const auto it = lookup.constFind(value);
    if (it != lookup.constEnd())
        return it.value();
    table.append(value);
    lookup.insert(value, int(table.size()) - 1);
    return int(table.size()) - 1;
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
    auto query = [&](const char *sql) { return std::make_unique<SqliteStatement>(handle, sql); };
    auto failed = [&](const SqliteStatement &statement) {
        *error = statement.error();
        return false;
    };

    std::vector<int> entityOfId; // dense ids again, as for rows

    auto entities = query("SELECT id, key, kind, name, code, country FROM entities ORDER BY id");
    if (!entities->isValid())
        return failed(*entities);
    while (entities->next()) {
        EntityRef ref;
        entityKindFromName(entities->text(2), &ref.kind);
        ref.key = entities->text(1);
        ref.name = entities->text(3);
        ref.code = entities->text(4);
        ref.country = entities->text(5);
        const auto id = std::size_t(entities->int64(0));
        if (id >= entityOfId.size())
            entityOfId.resize(id + 1, -1);
        entityOfId[id] = int(m_entities.size());
        m_entityOfKey.insert(ref.key, int(m_entities.size()));
        m_entities.append(ref);
    }

    // Reporting entities are named in words; they share the index of the agency or
    // programme of that name, or get one of their own.
    QHash<QString, int> reporterOfName;
    for (int i = 0; i < m_entities.size(); ++i) {
        const EntityRef &ref = m_entities[i];
        if (ref.kind == EntityKind::Agency || ref.kind == EntityKind::Programme)
            reporterOfName.insert(ref.name, i);
    }
    QHash<qint64, QString> sources;
    auto sourceRows = query("SELECT id, path FROM sources");
    if (!sourceRows->isValid())
        return failed(*sourceRows);
    while (sourceRows->next())
        sources.insert(sourceRows->int64(0), sourceRows->text(1));

    QHash<QString, int> measureLookup;
    QHash<QString, int> periodLookup;
    auto activities = query("SELECT id, reporting_entity, measure, period, text, source_id, line, end_line"
                            " FROM activities ORDER BY id");
    if (!activities->isValid())
        return failed(*activities);
    while (activities->next()) {
        IndexedActivity activity;
        activity.id = activities->int64(0);
        const QString reporter = activities->text(1);
        if (!reporter.isEmpty()) {
            auto it = reporterOfName.constFind(reporter);
            if (it == reporterOfName.constEnd()) {
                EntityRef ref{
                    EntityKind::Agency, QStringLiteral("reporter:") + reporter, reporter, QString(), QString()};
                m_entityOfKey.insert(ref.key, int(m_entities.size()));
                m_entities.append(ref);
                it = reporterOfName.insert(reporter, int(m_entities.size()) - 1);
            }
            activity.reporter = it.value();
        }
        activity.measure = internedIndex(m_measures, measureLookup, activities->text(2));
        activity.period = internedIndex(m_periods, periodLookup, activities->text(3));
        activity.text = activities->text(4);
        activity.sourceFile = sources.value(activities->int64(5));
        activity.line = int(activities->int64(6));
        activity.endLine = int(activities->int64(7));
        if (std::size_t(activity.id) >= m_rowOfId.size())
            m_rowOfId.resize(std::size_t(activity.id) + 1, -1);
        m_rowOfId[std::size_t(activity.id)] = int(m_activities.size());
        m_activities.append(std::move(activity));
    }
    auto rowOf = [this](qint64 id) { return this->rowOf(id); };
    auto entityOf = [&entityOfId](qint64 id) {
        return id >= 0 && std::size_t(id) < entityOfId.size() ? entityOfId[std::size_t(id)] : -1;
    };

    auto links = query("SELECT activity_id, entity_id FROM activity_entities ORDER BY activity_id, position");
    if (!links->isValid())
        return failed(*links);
    while (links->next()) {
        const int row = rowOf(links->int64(0));
        const int entity = entityOf(links->int64(1));
        if (row < 0 || entity < 0)
            continue;
        IndexedActivity &activity = m_activities[row];
        switch (m_entities[entity].kind) {
        case EntityKind::Country:
            activity.countries.append(entity);
            break;
        case EntityKind::Place:
            activity.places.append(entity);
            break;
        case EntityKind::Agency:
        case EntityKind::Partner:
            activity.agencies.append(entity);
            break;
        case EntityKind::Theme:
            activity.themes.append(entity);
            break;
        case EntityKind::Region:
        case EntityKind::Programme:
            break;
        }
    }

    auto dates
        = query("SELECT activity_id, year, month, end_year, text, sentence FROM dates ORDER BY activity_id, start");
    if (!dates->isValid())
        return failed(*dates);
    while (dates->next()) {
        const int row = rowOf(dates->int64(0));
        if (row < 0)
            continue;
        const int year = int(dates->int64(1));
        const int endYear = int(dates->int64(3));
        QList<int> &years = m_activities[row].years;
        for (int y = year; y <= std::max(year, endYear) && y - year <= 30; ++y) {
            if (!years.contains(y))
                years.append(y);
        }
        m_milestones.append(Milestone{row, year, int(dates->int64(2)), dates->text(4), dates->text(5)});
    }
    for (IndexedActivity &activity : m_activities)
        std::sort(activity.years.begin(), activity.years.end());
    // Milestones in date order once, so the timeline takes the first N that pass a filter.
    std::stable_sort(m_milestones.begin(), m_milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.year != b.year ? a.year < b.year : a.month < b.month; });
    return true;
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
    rowMatches->assign(std::size_t(m_activities.size()), 0);
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

    for (int row = 0; row < m_activities.size(); ++row) {
        const IndexedActivity &activity = m_activities[row];
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
