#include "importer.h"

#include "activityqueue.h"
#include "database.h"
#include "extract/entityextractor.h"
#include "filechecksum.h"
#include "listcolumn.h"
#include "sourcecatalog.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

#include <sqlite3.h>

namespace evaw {

// Writes activities into the store as the parser finds them, with prepared statements
// on the raw SQLite handle, inside the file's transaction.
class Importer::Writer final
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
        , m_handle(SqliteStatement::handle(db))
        , m_activity(m_handle,
              "INSERT INTO activities(id, source_id, line, end_line, byte_offset, byte_length,"
              " section, measure, period, reporting_entity, text, hash, entity_ids, mention_spans, date_spans)"
              " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , m_entity(m_handle, "INSERT INTO entities(key, kind, name, code, country) VALUES(?, ?, ?, ?, ?)")
        , m_occurrence(m_handle,
              "INSERT INTO occurrences(activity_id, source_id, line, end_line, byte_offset, byte_length,"
              " context_known, section, measure, period, reporting_entity) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , m_reporter(m_handle,
              "UPDATE activities SET reporting_entity = ?, reporter_from_repeat = 1 WHERE id = ?"
              " AND (reporting_entity IS NULL OR reporting_entity = '')")
    {
    }

    bool prepare()
    {
        for (const SqliteStatement *statement : {&m_activity, &m_entity, &m_occurrence, &m_reporter}) {
            if (!statement->isValid()) {
                m_error = m_handle ? statement->error() : QStringLiteral("not an SQLite store");
                return false;
            }
        }
        return true;
    }

    /// Called as a file's transaction begins: the entities a rolled-back file added went
    /// with it, so the ids are read again.
    bool startFile(qint64 sourceId)
    {
        m_sourceId = sourceId;
        return loadEntities();
    }
    QString error() const { return m_error; }

    bool addActivity(const Activity &a)
    {
        m_entityIds.clear();
        for (const EntityRef &ref : a.entities) {
            m_entityIds.push_back(entityId(ref));
            if (m_entityIds.back() < 0)
                return false;
        }
        m_mentions.clear();
        for (const Mention &m : a.mentions) {
            m_mentions.push_back(ListColumn::MentionSpan{entityId(m.entity), m.start, m.length});
            if (m_mentions.back().entityId < 0)
                return false;
        }
        m_activity.bind(1, a.id);
        m_activity.bind(2, m_sourceId);
        m_activity.bind(3, a.source.line);
        m_activity.bind(4, a.source.endLine);
        m_activity.bind(5, a.source.byteOffset);
        m_activity.bind(6, a.source.byteLength);
        // A record's activities share these: SQLite keeps a value bound from row to row.
        bindChanged(7, a.section, &m_boundSection);
        bindChanged(8, a.measure, &m_boundMeasure);
        bindChanged(9, a.period, &m_boundPeriod);
        bindChanged(10, a.reportingEntity, &m_boundReportingEntity);
        m_activity.bind(11, a.text);
        m_activity.bindBlob(12, a.textHash);
        m_activity.bindUtf8(13, ListColumn::encodeIds(m_entityIds));
        m_activity.bindUtf8(14, ListColumn::encodeMentions(m_mentions));
        m_activity.bindUtf8(15, ListColumn::encodeDates(a.dates));
        return run(m_activity);
    }

    bool addOccurrence(qint64 id, const Occurrence &occurrence)
    {
        m_occurrence.bind(1, id);
        m_occurrence.bind(2, m_sourceId);
        m_occurrence.bind(3, occurrence.line);
        m_occurrence.bind(4, occurrence.endLine);
        m_occurrence.bind(5, occurrence.byteOffset);
        m_occurrence.bind(6, occurrence.byteLength);
        m_occurrence.bind(7, occurrence.contextKnown ? 1 : 0);
        m_occurrence.bind(8, occurrence.section);
        m_occurrence.bind(9, occurrence.measure);
        m_occurrence.bind(10, occurrence.period);
        m_occurrence.bind(11, occurrence.reportingEntity);
        if (!run(m_occurrence))
            return false;
        if (!occurrence.givesReportingEntity)
            return true;
        m_reporter.bind(1, occurrence.reportingEntity);
        m_reporter.bind(2, id);
        return run(m_reporter);
    }

private:
    void bindChanged(int index, const QString &value, std::optional<QString> *bound)
    {
        if (*bound && **bound == value)
            return;
        m_activity.bind(index, value);
        *bound = value;
    }

    bool run(SqliteStatement &statement)
    {
        if (statement.run())
            return true;
        m_error = statement.error();
        return false;
    }

    bool loadEntities()
    {
        m_idOfEntity.clear();
        m_idOfKeyAddress.clear();
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT key, id FROM entities"))) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next())
            m_idOfEntity.insert(query.value(0).toString(), query.value(1).toLongLong());
        return true;
    }

    qint64 entityId(const EntityRef &ref)
    {
        // The parser's refs share their key's characters with the gazetteer, so where the
        // characters are (and how many) finds the id without reading them: hashing every
        // key cost a twentieth of the writing.
        const QChar *address = ref.key.constData();
        const auto known = m_idOfKeyAddress.constFind(address);
        if (known != m_idOfKeyAddress.constEnd() && known->key.size() == ref.key.size())
            return known->id;
        const qint64 id = storedEntityId(ref);
        if (id >= 0)
            m_idOfKeyAddress.insert(address, KeyAtAddress{ref.key, id});
        return id;
    }

    qint64 storedEntityId(const EntityRef &ref)
    {
        const auto known = m_idOfEntity.constFind(ref.key);
        if (known != m_idOfEntity.constEnd())
            return known.value();
        m_entity.bind(1, ref.key);
        m_entity.bind(2, entityKindName(ref.kind));
        m_entity.bind(3, ref.name);
        m_entity.bind(4, ref.code);
        m_entity.bind(5, ref.country);
        if (!run(m_entity))
            return -1;
        const qint64 id = m_entity.lastInsertId();
        m_idOfEntity.insert(ref.key, id);
        return id;
    }

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    SqliteStatement m_activity, m_entity, m_occurrence, m_reporter;
    QHash<QString, qint64> m_idOfEntity;
    /// Holding each key keeps its characters where they are: no other key can come to
    /// have an address while it is here.
    struct KeyAtAddress {
        QString key;
        qint64 id;
    };
    QHash<const QChar *, KeyAtAddress> m_idOfKeyAddress;
    // Reused from activity to activity, so that the lists cost no allocation each.
    std::vector<qint64> m_entityIds;
    std::vector<ListColumn::MentionSpan> m_mentions;
    std::optional<QString> m_boundSection, m_boundMeasure, m_boundPeriod, m_boundReportingEntity;
    qint64 m_sourceId = 0;
    QString m_error;
};

namespace {

// Sets an integer pragma of a connection for as long as it lives, then puts back the value
// the connection had.
class PragmaForAWhile
{
public:
    PragmaForAWhile(const QSqlDatabase &db, const QString &pragma, int value)
        : m_db(db)
        , m_pragma(pragma)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA ") + m_pragma) && query.next())
            m_previous = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_pragma).arg(value));
    }
    ~PragmaForAWhile()
    {
        if (m_previous)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA %1 = %2").arg(m_pragma).arg(*m_previous));
    }
    PragmaForAWhile(const PragmaForAWhile &) = delete;
    PragmaForAWhile &operator=(const PragmaForAWhile &) = delete;

private:
    QSqlDatabase m_db;
    QString m_pragma;
    std::optional<int> m_previous;
};

// Copies the write-ahead log into the store's file on a thread and connection of its own,
// from construction until wait() or destruction. A big import leaves hundreds of MB in the
// log; copied at the next commit, they held up the variants' commit for seconds, while
// loading the activities for linking keeps only one of the two cores busy. A copy that
// fails is only late: the next commit that finds the log long makes it.
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(const QString &path)
    {
        if (path == QLatin1String(":memory:"))
            return; // nothing is logged
        m_thread = std::thread([path] {
            static std::atomic_int connections{0};
            Database db(QStringLiteral("evaw-checkpoint-%1").arg(++connections));
            if (db.open(path))
                QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        });
    }
    ~BackgroundCheckpoint() { wait(); }
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

// Reading every stored activity, as the start of a file and variant linking do, goes
// through the page cache, which would fill with pages read once and never again: tens of
// MiB on a big store. A small cache while reading keeps the import's memory to what the
// new file needs; 16 MiB still holds the tables' inner pages.
constexpr int kScanningCache = -16384; // KiB, as SQLite counts a negative cache_size

// SQLite writes a transaction's pages to the log when its cache is full, or at the commit.
// With the store's 64 MiB, a file's pages all waited for the commit, which wrote them while
// nothing else ran (7 ms of the 52 ms a 1 MB file took). A small cache while the file is
// written sends them to the log as they fill, on the writer's core, which has time to
// spare: the parser is the slower of the two. Rows are appended, so the pages an insert
// needs, the right edge of each table, stay in even this cache.
constexpr int kWritingCache = -512;

} // namespace

Importer::Importer(Database &database, const EntityExtractor &extractor)
    : m_database(database)
    , m_extractor(extractor)
{
}

void Importer::setProgressHandler(std::function<void(int, qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

QString Importer::bundledCorpusPath()
{
    return QStringLiteral(":/seeds/000_bd1bf16eedc4ea7f.txt");
}

// The same statement often comes back in a later period's report, which a later import
// brings: new activities are compared with the stored ones too. The linker keeps only the
// buckets of those compared before, and asks for the words of those a new activity meets
// (fetchStoredWords).
bool Importer::loadForLinking(VariantLinker &variants, const QSet<qint64> &newSources, QString *error)
{
    sqlite3 *const handle = SqliteStatement::handle(m_database.connection());
    SqliteStatement count(handle, "SELECT count(*) FROM activities");
    if (!count.next()) {
        *error = count.error();
        return false;
    }
    variants.reserve(qsizetype(count.int64(0)));
    // The linker takes the activities compared before first. In id order, those of earlier
    // imports come first, so the new ones are read again from the first of them on.
    SqliteStatement all(handle, "SELECT id, source_id, text FROM activities ORDER BY id");
    SqliteStatement fresh(handle, "SELECT id, source_id, text FROM activities WHERE id >= ? ORDER BY id");
    qint64 firstNew = -1;
    while (all.next()) {
        if (newSources.contains(all.int64(1))) {
            if (firstNew < 0)
                firstNew = all.int64(0);
        } else {
            variants.addStored(all.int64(0), all.text(2));
        }
    }
    fresh.bind(1, firstNew);
    while (firstNew >= 0 && fresh.next()) {
        if (newSources.contains(fresh.int64(1)))
            variants.add(fresh.int64(0), fresh.text(2));
    }
    for (const SqliteStatement *statement : {&all, &fresh}) {
        if (statement->failed() || !statement->isValid()) {
            *error = statement->error();
            return false;
        }
    }
    return true;
}

bool Importer::fetchStoredWords(VariantLinker &variants, QString *error)
{
    const QList<qint64> ids = variants.storedNeedingWords();
    SqliteStatement text(SqliteStatement::handle(m_database.connection()), "SELECT text FROM activities WHERE id = ?");
    for (const qint64 id : ids) {
        text.bind(1, id);
        if (text.next())
            variants.setStoredWords(id, text.text(0));
        if (text.failed() || !text.isValid()) {
            *error = text.error();
            return false;
        }
        text.reset();
    }
    return true;
}

bool Importer::loadKnownTexts(CorpusParser &parser)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT hash, id, COALESCE(reporting_entity, '') <> '' FROM activities")))
        return false;
    qint64 highest = 0;
    while (query.next()) {
        const qint64 id = query.value(1).toLongLong();
        parser.addKnownText(query.value(0).toByteArray(), id, query.value(2).toBool());
        highest = std::max(highest, id);
    }
    parser.setNextId(highest + 1);
    return true;
}

QList<FileImport> Importer::importFiles(const QStringList &paths)
{
    QList<FileImport> results;
    {
        // A checkpoint copies the write-ahead log into the store's file. SQLite runs one at
        // any commit that leaves the log long, so a big import would copy everything it
        // wrote before the store could be browsed. Held off while the files are written,
        // the copy happens at the next commit, in the work that follows, or when the
        // connection closes.
        const PragmaForAWhile heldOff(m_database.connection(), QStringLiteral("wal_autocheckpoint"), 0);
        Writer writer(m_database.connection());
        if (!writer.prepare()) {
            for (const QString &path : paths)
                results.append(
                    FileImport{path, false, false, m_database.path() + QStringLiteral(": ") + writer.error(), 0, 0});
            return results;
        }
        for (int i = 0; i < paths.size(); ++i) {
            m_currentFile = i;
            results.append(importFile(writer, paths[i]));
            if (m_cancel && m_cancel->load())
                break;
        }
    }
    if (m_followUpLeftToCaller)
        return results;
    QString error;
    if (!linkVariants(&error)) {
        for (FileImport &result : results) {
            if (result.ok && !result.alreadyImported && result.error.isEmpty())
                result.error
                    = tr("%1: variants could not be stored (%2)").arg(QFileInfo(result.path).fileName(), error);
        }
    }
    if (!indexNewTexts(&error)) {
        for (FileImport &result : results) {
            if (result.ok && !result.alreadyImported && result.error.isEmpty())
                result.error = tr("%1: its text could not be indexed for search (%2)")
                                   .arg(QFileInfo(result.path).fileName(), error);
        }
    }
    return results;
}

bool Importer::linkVariants(QString *error)
{
    QSet<qint64> newSources;
    if (!sourcesNotLinked(&newSources, error))
        return false;
    if (newSources.isEmpty())
        return true;
    // Cancelled (the application is closing), the sources stay as they are, to be compared
    // at the next start; each step is a few seconds at most on a big store.
    auto cancelled = [&] {
        const bool stop = m_cancel && m_cancel->load();
        if (stop)
            *error = tr("cancelled");
        return stop;
    };
    // The import filled the page cache with pages linking reads once at most: handing
    // them back first keeps a big import's peak of memory some 40 MB lower.
    sqlite3_db_release_memory(SqliteStatement::handle(m_database.connection()));
    const PragmaForAWhile scanning(m_database.connection(), QStringLiteral("cache_size"), kScanningCache);
    VariantLinker variants;
    BackgroundCheckpoint checkpoint(m_database.path());
    if (cancelled() || !loadForLinking(variants, newSources, error) || cancelled()
        || !fetchStoredWords(variants, error))
        return false;
    checkpoint.wait(); // the comparisons take both cores
    Links links = variants.links();
    variants = VariantLinker{}; // its memory before the lists are written
    return !cancelled() && storeVariants(std::move(links), newSources, error);
}

bool Importer::sourcesNotLinked(QSet<qint64> *sources, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM sources WHERE NOT variants_linked"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        sources->insert(query.value(0).toLongLong());
    return true;
}

bool Importer::variantsAreBehind()
{
    QSet<qint64> sources;
    QString error;
    return sourcesNotLinked(&sources, &error) && !sources.isEmpty();
}

bool Importer::indexNewTexts(QString *error)
{
    // Activities are indexed in id order, so the highest indexed id says where to go on.
    QSqlDatabase db = m_database.connection();
    QSqlQuery index(db);
    const bool indexed = db.transaction()
        && index.exec(QStringLiteral("INSERT INTO activity_text(rowid, text) SELECT id, text FROM activities"
                                     " WHERE id > (SELECT coalesce(max(id), 0) FROM activity_text_docsize)"
                                     " ORDER BY id"))
        && db.commit();
    if (!indexed) {
        *error = index.lastError().isValid() ? index.lastError().text() : db.lastError().text();
        db.rollback();
    }
    return indexed;
}

bool Importer::textIndexIsBehind()
{
    QSqlQuery behind(m_database.connection());
    return behind.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM activities)"
                                      " > (SELECT coalesce(max(id), 0) FROM activity_text_docsize)"))
        && behind.next() && behind.value(0).toBool();
}

// The stored file with these bytes that the engine's current reading read, or else the
// id of one an earlier reading read (negative), or 0.
qint64 Importer::storedReading(const QString &sha256)
{
    QSqlQuery seen(m_database.connection());
    seen.prepare(QStringLiteral("SELECT id, reading FROM sources WHERE sha256 = ? ORDER BY reading DESC LIMIT 1"));
    seen.addBindValue(sha256);
    if (!seen.exec() || !seen.next())
        return 0;
    const qint64 id = seen.value(0).toLongLong();
    return seen.value(1).toInt() >= CorpusParser::kReading ? id : -id;
}

FileImport Importer::importFile(Writer &writer, const QString &path)
{
    FileImport result;
    result.path = path;
    const QString label = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();

    // Checked before parsing, so that nothing of an imported file is read twice.
    const QString checksum = FileChecksum::sha256(path);
    const qint64 stored = checksum.isEmpty() ? 0 : storedReading(checksum);
    if (stored > 0) {
        result.ok = true;
        result.alreadyImported = true;
        return result;
    }

    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        result.error = label + QStringLiteral(": ") + db.lastError().text();
        return result;
    }
    if (stored < 0) {
        // An earlier reading's activities go in the transaction that stores the new ones:
        // a failure or a cancel keeps the earlier reading whole.
        SourceCatalog earlier(db);
        earlier.setCancelFlag(m_cancel);
        if (!earlier.removeWithin(-stored)) {
            result.error = label + QStringLiteral(": ") + earlier.error();
            db.rollback();
            return result;
        }
        result.readAgain = true;
    }
    // A parser per file: its memory of known texts must not outlive a rolled-back file.
    CorpusParser parser(m_extractor);
    parser.setCancelFlag(m_cancel);
    parser.setProgressHandler([this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress(m_currentFile, done, total);
    });
    QSqlQuery source(db);
    source.prepare(QStringLiteral("INSERT INTO sources(path, name, sha256, encoding, bytes, imported_at,"
                                  " variants_linked, reading) VALUES(?, ?, ?, '', 0, ?, 0, ?)"));
    source.addBindValue(label);
    source.addBindValue(QFileInfo(path).fileName());
    // An unreadable file has no checksum; the parse below fails on it, and says why.
    source.addBindValue(checksum.isEmpty() ? QStringLiteral("") : checksum);
    source.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    source.addBindValue(CorpusParser::kReading);
    {
        const PragmaForAWhile scanning(db, QStringLiteral("cache_size"), kScanningCache);
        if (!loadKnownTexts(parser)) {
            result.error = label + QStringLiteral(": ") + db.lastError().text();
            db.rollback();
            return result;
        }
    }
    if (!source.exec()) {
        result.error = label + QStringLiteral(": ") + source.lastError().text();
        db.rollback();
        return result;
    }
    const qint64 sourceId = source.lastInsertId().toLongLong();
    if (!writer.startFile(sourceId)) {
        result.error = label + QStringLiteral(": ") + writer.error();
        db.rollback();
        return result;
    }

    ParseResult parsed;
    {
        const PragmaForAWhile writing(db, QStringLiteral("cache_size"), kWritingCache);
        parsed = parseWhileWriting(parser, path, label, writer);
    }
    if (!parsed.ok) {
        result.error
            = writer.error().isEmpty() ? parsed.error : parsed.error + QStringLiteral(" (") + writer.error() + u')';
        db.rollback();
        return result;
    }
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("UPDATE sources SET encoding = ?, bytes = ? WHERE id = ?"));
    finish.addBindValue(parsed.encoding);
    finish.addBindValue(parsed.bytes);
    finish.addBindValue(sourceId);
    if (!(finish.exec() && db.commit())) {
        result.error = label + QStringLiteral(": ")
            + (finish.lastError().isValid() ? finish.lastError().text() : db.lastError().text());
        db.rollback();
        return result;
    }
    result.ok = true;
    result.activities = parsed.activities;
    result.duplicates = parsed.duplicates;
    return result;
}

// The parser runs on a thread of its own and hands batches to this one, which writes them:
// extraction and SQLite each take a core instead of taking turns on one.
ParseResult Importer::parseWhileWriting(CorpusParser &parser, const QString &path, const QString &label, Writer &writer)
{
    ActivityQueue queue;
    ParseResult parsed;
    std::unique_ptr<QThread> parsing(QThread::create([&] {
        parsed = parser.parseFile(path, label, &queue);
        queue.finish();
    }));
    parsing->start();
    std::vector<ActivityQueue::Item> batch;
    bool written = true;
    while (queue.take(&batch)) {
        for (const ActivityQueue::Item &item : batch) {
            if (!written)
                break;
            written = item.occurrenceOf > 0 ? writer.addOccurrence(item.occurrenceOf, item.occurrence)
                                            : writer.addActivity(item.activity);
        }
        if (!written)
            queue.stop();
        queue.giveBack(std::move(batch));
    }
    parsing->wait();
    if (!written && parsed.ok) { // the last batch failed after the parser had finished
        parsed.ok = false;
        parsed.error = label + QCoreApplication::translate("evaw::CorpusParser", ": could not be stored");
    }
    return parsed;
}

bool Importer::storeVariants(Links links, const QSet<qint64> &linkedSources, QString *error) // lower id first, sorted
{
    // Each activity's variants gather in one array by offset from the lowest id linked, in
    // ascending order, because the links come sorted by their lower id (a list gets its
    // lower ids first, then its higher).
    const qint64 first = links.isEmpty() ? 0 : links.front().first;
    qint64 last = first;
    for (const auto &link : std::as_const(links))
        last = std::max(last, link.second);
    std::vector<int> begin(links.isEmpty() ? 1 : std::size_t(last - first + 2), 0);
    for (const auto &[lower, higher] : std::as_const(links)) {
        ++begin[std::size_t(lower - first) + 1];
        ++begin[std::size_t(higher - first) + 1];
    }
    for (std::size_t i = 1; i < begin.size(); ++i)
        begin[i] += begin[i - 1];
    std::vector<int> filled(begin.cbegin(), begin.cend() - 1);
    std::vector<int> neighbours(std::size_t(begin.back())); // offsets from first, as begin's
    for (const auto &[lower, higher] : std::as_const(links)) {
        neighbours[std::size_t(filled[std::size_t(lower - first)]++)] = int(higher - first);
        neighbours[std::size_t(filled[std::size_t(higher - first)]++)] = int(lower - first);
    }
    links = {};

    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // An activity of an earlier import may have variants already: its list gains the new ones.
    SqliteStatement insert(SqliteStatement::handle(db),
        "INSERT INTO variant_lists(activity_id, variant_ids) VALUES(?, ?)"
        " ON CONFLICT(activity_id) DO UPDATE SET variant_ids = (SELECT json_group_array(value) FROM"
        " (SELECT value FROM json_each(variant_lists.variant_ids)"
        " UNION SELECT value FROM json_each(excluded.variant_ids) ORDER BY value))");
    std::vector<qint64> ids;
    for (std::size_t offset = 0; offset + 1 < begin.size(); ++offset) {
        if (begin[offset] == begin[offset + 1])
            continue;
        ids.clear();
        for (int k = begin[offset]; k < begin[offset + 1]; ++k)
            ids.push_back(first + neighbours[std::size_t(k)]);
        insert.bind(1, first + qint64(offset));
        insert.bindUtf8(2, ListColumn::encodeIds(ids));
        if (!insert.run()) {
            *error = insert.error();
            db.rollback();
            return false;
        }
    }
    SqliteStatement linked(SqliteStatement::handle(db), "UPDATE sources SET variants_linked = 1 WHERE id = ?");
    for (const qint64 source : linkedSources) {
        linked.bind(1, source);
        if (!linked.run()) {
            *error = linked.error();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace evaw
