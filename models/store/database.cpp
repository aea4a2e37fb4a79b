#include "database.h"

#include "corpus/corpusparser.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

#include <sqlite3.h>

namespace evaw {

namespace {

// The views that give an activity's lists (see ListColumn) the shape of the tables they
// replaced, for anyone reading the store with SQL: made by schema 3, and again by schema 7
// around the copy of the table they read.
QStringList activityListViews()
{
    return {
        QStringLiteral("CREATE VIEW activity_entities(activity_id, entity_id, position) AS"
                       " SELECT a.id, j.value, j.key FROM activities AS a, json_each(a.entity_ids) AS j"),
        QStringLiteral("CREATE VIEW mentions(activity_id, entity_id, start, length) AS"
                       " SELECT a.id, j.value ->> 0, j.value ->> 1, j.value ->> 2"
                       " FROM activities AS a, json_each(a.mention_spans) AS j"),
        QStringLiteral("CREATE VIEW dates(activity_id, year, month, day, end_year, kind, start, length) AS"
                       " SELECT a.id, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4,"
                       " j.value ->> 5, j.value ->> 6 FROM activities AS a, json_each(a.date_spans) AS j"),
    };
}

// Migration N brings a store from schema N-1 to N. Stores are never migrated down.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            QStringLiteral("CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL, name TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL UNIQUE, encoding TEXT NOT NULL, bytes INTEGER NOT NULL,"
                           " imported_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE activities(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id),"
                " line INTEGER NOT NULL, end_line INTEGER NOT NULL, byte_offset INTEGER NOT NULL,"
                " byte_length INTEGER NOT NULL, section TEXT, measure TEXT, period TEXT,"
                " reporting_entity TEXT, text TEXT NOT NULL, hash BLOB NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE occurrences(activity_id INTEGER NOT NULL REFERENCES activities(id),"
                           " source_id INTEGER NOT NULL REFERENCES sources(id), line INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX occurrences_by_activity ON occurrences(activity_id)"),
            QStringLiteral("CREATE TABLE entities(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
                           " name TEXT NOT NULL, code TEXT NOT NULL, country TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE activity_entities(activity_id INTEGER NOT NULL REFERENCES activities(id),"
                           " entity_id INTEGER NOT NULL REFERENCES entities(id), position INTEGER NOT NULL,"
                           " PRIMARY KEY(activity_id, entity_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX activity_entities_by_entity ON activity_entities(entity_id, activity_id)"),
            QStringLiteral("CREATE TABLE mentions(activity_id INTEGER NOT NULL REFERENCES activities(id),"
                           " entity_id INTEGER NOT NULL REFERENCES entities(id), start INTEGER NOT NULL,"
                           " length INTEGER NOT NULL, surface TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX mentions_by_activity ON mentions(activity_id)"),
            QStringLiteral(
                "CREATE TABLE dates(activity_id INTEGER NOT NULL REFERENCES activities(id), year INTEGER NOT NULL,"
                " month INTEGER NOT NULL, day INTEGER NOT NULL, end_year INTEGER NOT NULL, kind TEXT NOT NULL,"
                " text TEXT NOT NULL, sentence TEXT NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX dates_by_activity ON dates(activity_id)"),
            QStringLiteral("CREATE INDEX dates_by_year ON dates(year)"),
            QStringLiteral("CREATE TABLE variants(activity_id INTEGER NOT NULL REFERENCES activities(id),"
                           " variant_id INTEGER NOT NULL REFERENCES activities(id),"
                           " PRIMARY KEY(activity_id, variant_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE activity_text USING fts5(text, content='activities', content_rowid='id')"),
        },
        // 2: nothing looks links up by entity or dates by year (the explorer keeps its own
        // index in memory), and every import paid for keeping both up to date.
        {
            QStringLiteral("DROP INDEX IF EXISTS activity_entities_by_entity"),
            QStringLiteral("DROP INDEX IF EXISTS dates_by_year"),
        },
        // 3: an activity's links, mentions and dates move into JSON lists in its own row
        // (see ListColumn): an import wrote some six rows per activity into three more
        // tables, and that was most of its time. Views keep the old tables' shape for
        // anyone reading the store with SQL.
        QStringList{
            QStringLiteral("ALTER TABLE activities ADD COLUMN entity_ids TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE activities ADD COLUMN mention_spans TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE activities ADD COLUMN date_spans TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral(
                "UPDATE activities SET"
                " entity_ids = (SELECT json_group_array(entity_id) FROM (SELECT entity_id FROM activity_entities"
                "  WHERE activity_id = activities.id ORDER BY position)),"
                " mention_spans = (SELECT json_group_array(json_array(entity_id, start, length)) FROM"
                "  (SELECT entity_id, start, length FROM mentions WHERE activity_id = activities.id"
                "  ORDER BY start, rowid)),"
                " date_spans = (SELECT json_group_array(json_array(year, month, day, end_year, kind, start, length))"
                "  FROM (SELECT * FROM dates WHERE activity_id = activities.id ORDER BY start, rowid))"),
            QStringLiteral("DROP TABLE activity_entities"),
            QStringLiteral("DROP TABLE mentions"),
            QStringLiteral("DROP TABLE dates"),
        } + activityListViews(),
        // 4: variants become one list per activity: writing both directions of every pair
        // as a row of its own took longer than finding the pairs. The lists get a table of
        // their own, because they are known only once a whole import has been read, and
        // adding them to the activity rows then would rewrite every row.
        {
            QStringLiteral("CREATE TABLE variant_lists(activity_id INTEGER PRIMARY KEY REFERENCES activities(id),"
                           " variant_ids TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO variant_lists SELECT activity_id, json_group_array(variant_id) FROM"
                           " (SELECT activity_id, variant_id FROM variants ORDER BY activity_id, variant_id)"
                           " GROUP BY activity_id"),
            QStringLiteral("DROP TABLE variants"),
            QStringLiteral("CREATE VIEW variants(activity_id, variant_id) AS"
                           " SELECT v.activity_id, j.value FROM variant_lists AS v, json_each(v.variant_ids) AS j"),
        },
        // 5: variants are looked for after an import's activities are stored, so that the
        // store is browsable sooner. A source remembers whether its activities have been
        // compared with the rest, and one the application stopped before comparing is
        // compared at the next start. Sources of earlier versions were compared on import.
        {
            QStringLiteral("ALTER TABLE sources ADD COLUMN variants_linked INTEGER NOT NULL DEFAULT 1"),
        },
        // 6: a statement that a later one repeats and extends is now its variant too, so
        // every store is compared again, once, at the next start. The lists it holds are
        // kept and gain what the comparison finds.
        {
            QStringLiteral("UPDATE sources SET variants_linked = 0"),
        },
        // 7: the UNIQUE constraint on an activity's hash goes, and with it the index SQLite
        // kept for it: every row an import wrote was also sorted into that index at a random
        // place, which was two fifths of the writing, while nothing looks a hash up in the
        // store. An import already leaves out the texts the store holds: it reads their
        // hashes first. SQLite drops such an index only with its table, so the table is
        // copied; the views that read it go and come back around the copy.
        QStringList{
            QStringLiteral("DROP VIEW activity_entities"),
            QStringLiteral("DROP VIEW mentions"),
            QStringLiteral("DROP VIEW dates"),
            QStringLiteral("CREATE TABLE activities_copy(id INTEGER PRIMARY KEY,"
                           " source_id INTEGER NOT NULL REFERENCES sources(id), line INTEGER NOT NULL,"
                           " end_line INTEGER NOT NULL, byte_offset INTEGER NOT NULL, byte_length INTEGER NOT NULL,"
                           " section TEXT, measure TEXT, period TEXT, reporting_entity TEXT, text TEXT NOT NULL,"
                           " hash BLOB NOT NULL, entity_ids TEXT NOT NULL DEFAULT '[]',"
                           " mention_spans TEXT NOT NULL DEFAULT '[]', date_spans TEXT NOT NULL DEFAULT '[]')"),
            QStringLiteral("INSERT INTO activities_copy SELECT id, source_id, line, end_line, byte_offset,"
                           " byte_length, section, measure, period, reporting_entity, text, hash, entity_ids,"
                           " mention_spans, date_spans FROM activities ORDER BY id"),
            QStringLiteral("DROP TABLE activities"),
            QStringLiteral("ALTER TABLE activities_copy RENAME TO activities"),
        } + activityListViews(),
        // 8: a text's hash is now XXH3's (see CorpusParser::textKey), which an import
        // computes in a fraction of the time. The stored ones are computed again, so that
        // an import still knows the texts the store holds.
        {
            QStringLiteral("UPDATE activities SET hash = evaw_text_hash(text)"),
        },
        // 9: a repeat keeps its lines and bytes as the first place does, so that when the
        // file first read is taken out of the store, a repeat in another file can become the
        // activity's source. Repeats stored before are known by their first line only.
        {
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN end_line INTEGER"),
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN byte_offset INTEGER NOT NULL DEFAULT -1"),
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN byte_length INTEGER NOT NULL DEFAULT 0"),
        },
        // 10: a repeat keeps what its own headings and header say of the text, so that when
        // the file first read is taken out, the activity says what the file left says: its
        // section, measure, period and reporting entity. An activity remembers whether its
        // reporting entity came from a repeat, the first place giving none, so that it gives
        // it back when that repeat's file is taken out. Repeats stored before are unknown.
        {
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN context_known INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN section TEXT"),
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN measure TEXT"),
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN period TEXT"),
            QStringLiteral("ALTER TABLE occurrences ADD COLUMN reporting_entity TEXT"),
            QStringLiteral("ALTER TABLE activities ADD COLUMN reporter_from_repeat INTEGER NOT NULL DEFAULT 0"),
        },
        // 11: each file remembers which reading of the engine read it (0: one before this
        // migration), so that importing it again under a later reading reads it again.
        {
            QStringLiteral("ALTER TABLE sources ADD COLUMN reading INTEGER NOT NULL DEFAULT 0"),
        },
    };
    return steps;
}

// evaw_text_hash(text): the hash an import keeps for an activity's text, for migrations.
void textHashFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *units = static_cast<const char16_t *>(sqlite3_value_text16(arguments[0]));
    const qsizetype length = sqlite3_value_bytes16(arguments[0]) / qsizetype(sizeof(char16_t));
    const QByteArray hash = CorpusParser::textHash(QStringView(units, units ? length : 0));
    sqlite3_result_blob(context, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
}

// SQLite counts every allocation under a lock of the whole process for sqlite3_status(),
// which nothing here reads, and an import allocates a dozen times a row. It can only be
// told before its first connection opens: the first store opened decides, and a later
// call is refused without harm.
void stopCountingSqliteMemory()
{
    static const bool stopped = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(stopped);
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::fail(const QString &message)
{
    m_error = message;
    return false;
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("evaw-explorer.sqlite"));
}

bool Database::exec(const QString &statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return fail(m_path + QStringLiteral(": ") + query.lastError().text());
    return true;
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_isNew = false;
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (info.isDir())
            return fail(path + tr(": is a folder, not a database"));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(path + tr(": its folder cannot be created"));
    }
    stopCountingSqliteMemory();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(path + QStringLiteral(": ") + db.lastError().text());
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle
        || sqlite3_create_function_v2(handle, "evaw_text_hash", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
               textHashFunction, nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return fail(path + tr(": its SQLite connection cannot be extended"));
    // A file that is not SQLite opens fine and fails at the first read: read now.
    QString readError;
    const int version = readSchemaVersion(&readError);
    if (version < 0)
        return fail(path + tr(": is not a readable EVAW Explorer database (%1)").arg(readError));
    if (version > latestSchemaVersion())
        return fail(path
            + tr(": was written by a newer EVAW Explorer (schema %1; this version reads up to %2)")
                  .arg(version)
                  .arg(latestSchemaVersion()));
    m_isNew = version == 0;
    // A larger page cache keeps the indexes of a big import in memory (64 MiB; SQLite's
    // default is 2 MiB). Write-ahead logging lets the window read while an import writes.
    // Foreign keys are enforced once the schema is the latest: a migration may copy a table
    // that others refer to, and drop the original before the copy takes its name.
    return exec(QStringLiteral("PRAGMA cache_size = -65536")) && exec(QStringLiteral("PRAGMA temp_store = MEMORY"))
        && exec(QStringLiteral("PRAGMA journal_mode = WAL")) && exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        && migrate() && exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

int Database::schemaVersion() const
{
    return readSchemaVersion(nullptr);
}

int Database::readSchemaVersion(QString *error) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool Database::migrate()
{
    const int from = schemaVersion();
    if (from == latestSchemaVersion())
        return true;
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(m_path + QStringLiteral(": ") + db.lastError().text());
    for (int step = from; step < latestSchemaVersion(); ++step) {
        for (const QString &statement : migrations().at(step)) {
            if (!exec(statement)) {
                db.rollback();
                return false;
            }
        }
    }
    // Migrations run without foreign keys enforced: what they moved must still hold.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
        const QString reason = check.lastError().isValid()
            ? check.lastError().text()
            : tr("a row of %1 refers to one that is gone").arg(check.value(0).toString());
        check.finish();
        db.rollback();
        return fail(m_path + QStringLiteral(": ") + reason);
    }
    check.finish();
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()))) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(m_path + QStringLiteral(": ") + db.lastError().text());
    return true;
}

} // namespace evaw
