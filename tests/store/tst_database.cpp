#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using evaw::Database;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldCreateTheLatestSchemaInMemory()
    {
        Database db(QStringLiteral("memory"));
        QVERIFY2(db.open(QStringLiteral(":memory:")), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList tables;
        while (query.next())
            tables.append(query.value(0).toString());
        for (const char *table : {"activities", "activity_entities", "activity_text", "dates", "entities", "mentions",
                 "occurrences", "sources", "variants"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void shouldReopenAFileWithoutMigratingTwice()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/store.sqlite"));
        {
            Database db(QStringLiteral("first"));
            QVERIFY2(db.open(path), qPrintable(db.error()));
            QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO entities(key, kind, name, code, country)"
                                     " VALUES('agency:x', 'agency', 'X', '', '')"));
        }
        Database again(QStringLiteral("second"));
        QVERIFY2(again.open(path), qPrintable(again.error()));
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM entities")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void shouldMigrateAVersionOneStoreKeepingItsRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("version1.sqlite"));
        {
            // A store as version 1 left it: its tables, its two lookup indexes, one link.
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (const char *statement :
                {"CREATE TABLE activity_entities(activity_id INTEGER NOT NULL, entity_id INTEGER NOT NULL,"
                 " position INTEGER NOT NULL, PRIMARY KEY(activity_id, entity_id)) WITHOUT ROWID",
                    "CREATE INDEX activity_entities_by_entity ON activity_entities(entity_id, activity_id)",
                    "CREATE TABLE dates(activity_id INTEGER NOT NULL, year INTEGER NOT NULL)",
                    "CREATE INDEX dates_by_year ON dates(year)", "INSERT INTO activity_entities VALUES(1, 2, 0)",
                    "PRAGMA user_version = 1"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version1"));

        Database db(QStringLiteral("migrated"));
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), 2);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                          " AND name IN ('activity_entities_by_entity', 'dates_by_year')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM activity_entities")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
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
