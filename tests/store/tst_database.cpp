#include "corpus/corpusparser.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using evaw::Database;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Names of the schema's objects of one type ("table", "view", "index"), but SQLite's
    // own and the full-text index's shadow tables.
    static QStringList namesOf(const Database &db, const char *type)
    {
        return column(db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' AND name NOT LIKE 'sqlite_%'"
                           " AND name NOT LIKE 'activity_text_%' ORDER BY name")
                .arg(QLatin1String(type))
                .toLatin1()
                .constData());
    }

    static QString hexHash(const QString &text)
    {
        return QString::fromLatin1(evaw::CorpusParser::textHash(text).toHex().toUpper());
    }

    static QStringList column(const Database &db, const char *sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QString::fromLatin1(sql)))
            return {query.lastError().text()};
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private Q_SLOTS:
    void shouldCreateTheLatestSchemaInMemory()
    {
        Database db(QStringLiteral("memory"));
        QVERIFY2(db.open(QStringLiteral(":memory:")), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(namesOf(db, "table"),
            QStringList({"activities", "activity_text", "entities", "occurrences", "sources", "variant_lists"}));
        // An activity's lists live in its row; the tables they replaced are views of them.
        QCOMPARE(namesOf(db, "view"), QStringList({"activity_entities", "dates", "mentions", "variants"}));
        QCOMPARE(column(db, "SELECT count(*) FROM pragma_index_list('activities')"), QStringList({"0"}));
    }

    void shouldReopenAFileWithoutMigratingTwice()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/store.sqlite"));
        {
            Database db(QStringLiteral("first"));
            QVERIFY2(db.open(path), qPrintable(db.error()));
            QVERIFY(db.isNew());
            QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO entities(key, kind, name, code, country)"
                                     " VALUES('agency:x', 'agency', 'X', '', '')"));
        }
        Database again(QStringLiteral("second"));
        QVERIFY2(again.open(path), qPrintable(again.error()));
        // A store found again is not new, even with no file in it: the app does not fill it.
        QVERIFY(!again.isNew());
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM entities")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void shouldMigrateAVersionOneStoreKeepingItsRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("version1.sqlite"));
        {
            // The tables a version 1 store kept an activity's lists in, with two activities:
            // one with links, mentions (stored out of order) and a date, one with none; each
            // is the other's variant.
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (const char *statement : {
                     "CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL, name TEXT NOT NULL,"
                     " sha256 TEXT NOT NULL UNIQUE, encoding TEXT NOT NULL, bytes INTEGER NOT NULL,"
                     " imported_at TEXT NOT NULL)",
                     "INSERT INTO sources VALUES(1, '/corpus/a.txt', 'a.txt', 'ab12', 'UTF-8', 120, '2026-01-01')",
                     "CREATE TABLE activities(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL"
                     " REFERENCES sources(id), line INTEGER NOT NULL, end_line INTEGER NOT NULL,"
                     " byte_offset INTEGER NOT NULL, byte_length INTEGER NOT NULL, section TEXT, measure TEXT,"
                     " period TEXT, reporting_entity TEXT, text TEXT NOT NULL, hash BLOB NOT NULL UNIQUE)",
                     "CREATE TABLE occurrences(activity_id INTEGER NOT NULL REFERENCES activities(id),"
                     " source_id INTEGER NOT NULL REFERENCES sources(id), line INTEGER NOT NULL)",
                     "INSERT INTO occurrences VALUES(1, 1, 7)",
                     "CREATE TABLE activity_entities(activity_id INTEGER NOT NULL, entity_id INTEGER NOT NULL,"
                     " position INTEGER NOT NULL, PRIMARY KEY(activity_id, entity_id)) WITHOUT ROWID",
                     "CREATE INDEX activity_entities_by_entity ON activity_entities(entity_id, activity_id)",
                     "CREATE TABLE mentions(activity_id INTEGER NOT NULL, entity_id INTEGER NOT NULL,"
                     " start INTEGER NOT NULL, length INTEGER NOT NULL, surface TEXT NOT NULL)",
                     "CREATE INDEX mentions_by_activity ON mentions(activity_id)",
                     "CREATE TABLE dates(activity_id INTEGER NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL,"
                     " day INTEGER NOT NULL, end_year INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
                     " sentence TEXT NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL)",
                     "CREATE INDEX dates_by_year ON dates(year)",
                     "CREATE TABLE variants(activity_id INTEGER NOT NULL, variant_id INTEGER NOT NULL,"
                     " PRIMARY KEY(activity_id, variant_id)) WITHOUT ROWID",
                     "INSERT INTO variants VALUES(2, 1), (1, 2)",
                     "INSERT INTO activities VALUES(1, 1, 2, 2, 10, 37, NULL, NULL, NULL, 'UNFPA',"
                     " 'Since 2008 UNFPA works in Mozambique.', x'0102'), (2, 1, 4, 4, 60, 8, NULL, NULL, NULL, NULL,"
                     " 'Nothing.', x'0304')",
                     "INSERT INTO activity_entities VALUES(1, 9, 1), (1, 4, 0)",
                     "INSERT INTO mentions VALUES(1, 9, 25, 10, 'Mozambique'), (1, 4, 11, 5, 'UNFPA')",
                     "INSERT INTO dates VALUES(1, 2008, 0, 0, 0, 'since', 'Since 2008', 'Since 2008 UNFPA works in"
                     " Mozambique.', 0, 10)",
                     "PRAGMA user_version = 1",
                 })
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version1"));

        Database db(QStringLiteral("migrated"));
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // Nothing looks an activity up by its hash: the index kept for it is gone (schema 7).
        QCOMPARE(namesOf(db, "index"), QStringList());
        QCOMPARE(column(db, "SELECT count(*) FROM pragma_index_list('activities')"), QStringList({"0"}));
        // The hashes are those an import computes now (schema 8), so that it knows the texts.
        const QString first = QStringLiteral("Since 2008 UNFPA works in Mozambique.");
        const QString second = QStringLiteral("Nothing.");
        QCOMPARE(column(db,
                     "SELECT id || ' ' || coalesce(reporting_entity, '-') || ' ' || hex(hash) || ' ' || text"
                     " FROM activities"),
            QStringList({QStringLiteral("1 UNFPA %1 %2").arg(hexHash(first), first),
                QStringLiteral("2 - %1 %2").arg(hexHash(second), second)}));
        QCOMPARE(column(db, "SELECT activity_id || ':' || line FROM occurrences"), QStringList({"1:7"}));
        // What the repeat's own headings said was not kept then (schema 10); the reporting
        // entity is the first place's.
        QCOMPARE(column(db, "SELECT context_known || coalesce(reporting_entity, '-') FROM occurrences"),
            QStringList({"0-"}));
        QCOMPARE(column(db, "SELECT reporter_from_repeat FROM activities"), QStringList({"0", "0"}));
        QCOMPARE(column(db, "SELECT entity_ids || mention_spans || date_spans FROM activities"),
            QStringList({"[4,9][[4,11,5],[9,25,10]][[2008,0,0,0,\"since\",0,10]]", "[][][]"}));
        QCOMPARE(
            column(db, "SELECT activity_id || ':' || variant_ids FROM variant_lists"), QStringList({"1:[2]", "2:[1]"}));
        // Read through the views, the rows are those the tables held.
        QCOMPARE(column(db, "SELECT activity_id || ':' || entity_id || '@' || position FROM activity_entities"),
            QStringList({"1:4@0", "1:9@1"}));
        QCOMPARE(column(db, "SELECT entity_id || ':' || start || '+' || length FROM mentions"),
            QStringList({"4:11+5", "9:25+10"}));
        QCOMPARE(column(db, "SELECT year || ' ' || kind || ' ' || start || '+' || length FROM dates"),
            QStringList({"2008 since 0+10"}));
        QCOMPARE(column(db, "SELECT activity_id || '~' || variant_id FROM variants"), QStringList({"1~2", "2~1"}));
        // Its variants were looked for when it was imported, but not yet for statements that
        // others extend (schema 6): it is to be compared again.
        QCOMPARE(column(db, "SELECT name || ':' || variants_linked FROM sources"), QStringList({"a.txt:0"}));
    }

    void shouldRefuseAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Database db(QStringLiteral("corrupt"));
        QVERIFY(!db.open(path));
        QVERIFY2(
            db.error().contains(QLatin1String("is not a readable EVAW Explorer database")), qPrintable(db.error()));
        // Nothing was written over the user's file.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
    }

    void shouldRefuseAStoreFromANewerVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db(QStringLiteral("writer"));
            QVERIFY(db.open(path));
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        Database db(QStringLiteral("reader"));
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(QLatin1String("newer EVAW Explorer (schema 99")), qPrintable(db.error()));
    }

    void shouldRefuseAFolder()
    {
        Database db(QStringLiteral("folder"));
        QVERIFY(!db.open(m_dir.path()));
        QVERIFY(db.error().endsWith(QLatin1String("is a folder, not a database")));
    }

    void shouldLiveInTheAppDataFolderByDefault()
    {
        QVERIFY(Database::defaultPath().endsWith(QLatin1String("evaw-explorer.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
