#include "corpus/corpusparser.h"
#include "store/activityreader.h"
#include "store/database.h"
#include "store/importer.h"
#include "store/sourcecatalog.h"
#include "store/sqlitestatement.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace evaw;

namespace {

const QByteArray kJudges("UN Women trained 40 judges in Moldova on domestic violence in 2019.\n");
const QByteArray kYemen("UNFPA leads the GBV AoR in Yemen with UNHCR.\n");
const QByteArray kPeru("ILO ran a gender forum in Peru.\n");

} // namespace

// Taking a file out of the store: what goes, what stays, and what moves to another file.
class TestSourceCatalog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_first;
    QString m_second;

    // Two reports: the second repeats one paragraph of the first word for word, and
    // states its FGM figure with another number (a variant).
    void importBoth()
    {
        m_first = test::writeFile(
            m_dir, QStringLiteral("first.txt"), kJudges + kYemen + test::fgmStatement("18 countries"));
        m_second
            = test::writeFile(m_dir, QStringLiteral("second.txt"), kPeru + kYemen + test::fgmStatement("17 countries"));
        Importer importer(*m_db, test::extractor());
        for (const FileImport &result : importer.importFiles({m_first, m_second}))
            QVERIFY2(result.ok, qPrintable(result.error));
    }

    qint64 searchHits(const QString &word) const
    {
        return test::scalar(
            *m_db, QStringLiteral("SELECT count(*) FROM activity_text WHERE activity_text MATCH '%1'").arg(word));
    }

    qint64 activityStating(const QString &word) const
    {
        return test::scalar(*m_db, QStringLiteral("SELECT id FROM activities WHERE text LIKE '%%1%'").arg(word));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_db->open(QStringLiteral(":memory:")));
    }

    void cleanup() { m_db.reset(); }

    void shouldListEachFileWithWhatWasFirstReadInIt()
    {
        importBoth();
        SourceCatalog catalog(m_db->connection());
        const QList<StoredSource> sources = catalog.sources();
        QVERIFY2(catalog.error().isEmpty(), qPrintable(catalog.error()));
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[0].name, QStringLiteral("first.txt"));
        QCOMPARE(sources[0].path, QFileInfo(m_first).absoluteFilePath());
        QCOMPARE(sources[0].activities, 3);
        QCOMPARE(sources[0].repeats, 0);
        QCOMPARE(sources[0].bytes, QFileInfo(m_first).size());
        QVERIFY(sources[0].importedAt.isValid());
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT reading FROM sources WHERE name = 'first.txt'")),
            CorpusParser::kReading);
        QVERIFY(!catalog.holdsReadEarlier(sources[0].path));
        QSqlQuery earlier(m_db->connection());
        QVERIFY(earlier.exec(QStringLiteral("UPDATE sources SET reading = 0 WHERE name = 'first.txt'")));
        QVERIFY(catalog.holdsReadEarlier(sources[0].path));
        QVERIFY(!catalog.holdsReadEarlier(sources[1].path));
        QCOMPARE(sources[1].name, QStringLiteral("second.txt"));
        QCOMPARE(sources[1].activities, 2);
        QCOMPARE(sources[1].repeats, 1);
    }

    void shouldRemoveWhatOnlyTheFileStates()
    {
        importBoth();
        const qint64 judges = activityStating(QStringLiteral("judges"));
        QCOMPARE(searchHits(QStringLiteral("judges")), 1);
        SourceCatalog catalog(m_db->connection());
        QVERIFY2(catalog.remove(catalog.sources().first().id), qPrintable(catalog.error()));

        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 1);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 3);
        QVERIFY(!ActivityReader(m_db->connection()).activity(judges));
        QCOMPARE(searchHits(QStringLiteral("judges")), 0);
        QCOMPARE(searchHits(QStringLiteral("Peru")), 1);
        // Moldova was named by the judges' paragraph alone; Yemen is still named.
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM entities WHERE code = 'MD'")), 0);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM entities WHERE code = 'YE'")), 1);
    }

    void shouldMoveARepeatedActivityToTheFileThatRepeatsIt()
    {
        importBoth();
        const qint64 yemen = activityStating(QStringLiteral("Yemen"));
        SourceCatalog catalog(m_db->connection());
        QVERIFY2(catalog.remove(catalog.sources().first().id), qPrintable(catalog.error()));

        const std::optional<Activity> moved = ActivityReader(m_db->connection()).activity(yemen);
        QVERIFY(moved);
        QCOMPARE(moved->source.file, QFileInfo(m_second).absoluteFilePath());
        QCOMPARE(moved->source.line, 2);
        QCOMPARE(moved->source.endLine, 2);
        QCOMPARE(moved->source.byteOffset, qint64(kPeru.size()));
        QCOMPARE(moved->source.byteLength, qint64(kYemen.size() - 1));
        QVERIFY(moved->duplicates.isEmpty());
        QCOMPARE(searchHits(QStringLiteral("Yemen")), 1);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM occurrences")), 0);
    }

    // The same paragraph under two entries: once the first entry's file is out, the
    // paragraph is the second entry's, as if that file had been imported alone.
    void shouldTakeWhatTheRepeatsOwnEntrySays()
    {
        const QByteArray radio("Religious leaders in Kenya spoke out against FGM on radio.\n");
        m_first = test::writeFile(m_dir, QStringLiteral("first.txt"),
            "Prevention, Including Awareness Raising and Advocacy\nMar 2010 - Sept 2010 | UNFPA\n" + radio);
        m_second = test::writeFile(m_dir, QStringLiteral("second.txt"),
            "Training and Capacity Building\nJan 2020 - Dec 2020 | UN Women\n" + radio);
        Importer importer(*m_db, test::extractor());
        for (const FileImport &result : importer.importFiles({m_first, m_second}))
            QVERIFY2(result.ok, qPrintable(result.error));
        const qint64 id = activityStating(QStringLiteral("radio"));
        ActivityReader reader(m_db->connection());
        QCOMPARE(reader.activity(id)->reportingEntity, QStringLiteral("UNFPA"));

        SourceCatalog catalog(m_db->connection());
        QVERIFY2(catalog.remove(catalog.sources().first().id), qPrintable(catalog.error()));
        const std::optional<Activity> moved = reader.activity(id);
        QVERIFY(moved);
        QCOMPARE(moved->source.line, 3);
        QCOMPARE(moved->reportingEntity, QStringLiteral("UN Women"));
        QCOMPARE(moved->period, QStringLiteral("Jan 2020 - Dec 2020"));
        QCOMPARE(moved->measure, QStringLiteral("Training and Capacity Building"));
        QCOMPARE(moved->section, QStringLiteral("Training and Capacity Building"));
    }

    // A result that its first page left without a reporting entity took the one a later
    // page gave; with that page's file out, no page says whose it is any more.
    void shouldGiveBackAReportingEntityOnlyARemovedFileGave()
    {
        const QByteArray kenya("In Kenya, 500 survivors received legal aid.\n");
        m_first = test::writeFile(
            m_dir, QStringLiteral("measures.txt"), "Measures\nUNRWA ran prevention sessions in Gaza.\n" + kenya);
        m_second = test::writeFile(
            m_dir, QStringLiteral("search.txt"), "Search\nUNHCR trained 300 staff in 2015.\n" + kenya);
        const QString third
            = test::writeFile(m_dir, QStringLiteral("more.txt"), "Search\nUNICEF trained 40 social workers.\n" + kenya);
        Importer importer(*m_db, test::extractor());
        for (const FileImport &result : importer.importFiles({m_first, m_second, third}))
            QVERIFY2(result.ok, qPrintable(result.error));
        const qint64 id = activityStating(QStringLiteral("legal aid"));
        ActivityReader reader(m_db->connection());
        QCOMPARE(reader.activity(id)->reportingEntity, QStringLiteral("UNHCR"));

        // The second page's file goes: the third page still says whose it is.
        SourceCatalog catalog(m_db->connection());
        QVERIFY2(catalog.remove(catalog.sources().at(1).id), qPrintable(catalog.error()));
        QCOMPARE(reader.activity(id)->reportingEntity, QStringLiteral("UNICEF"));
        QCOMPARE(reader.activity(id)->source.file, QFileInfo(m_first).absoluteFilePath());
        // The third goes too: the first page, its source, never said.
        QVERIFY2(catalog.remove(catalog.sources().at(1).id), qPrintable(catalog.error()));
        QCOMPARE(reader.activity(id)->reportingEntity, QString());
        QCOMPARE(
            test::scalar(*m_db, QStringLiteral("SELECT reporter_from_repeat FROM activities WHERE id = %1").arg(id)),
            0);
        // A page that says it, imported again, gives it again.
        QVERIFY(importer.importFiles({third}).value(0).ok);
        QCOMPARE(reader.activity(id)->reportingEntity, QStringLiteral("UNICEF"));
    }

    void shouldDropTheRemovedActivitiesFromTheirVariantsLists()
    {
        importBoth();
        const qint64 kept = activityStating(QStringLiteral("17 countries"));
        QCOMPARE(ActivityReader(m_db->connection()).activity(kept)->variants.size(), 1);
        SourceCatalog catalog(m_db->connection());
        QVERIFY2(catalog.remove(catalog.sources().first().id), qPrintable(catalog.error()));
        QVERIFY(ActivityReader(m_db->connection()).activity(kept)->variants.isEmpty());
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM variant_lists")), 0);
    }

    void shouldImportARemovedFileAgain()
    {
        importBoth();
        SourceCatalog catalog(m_db->connection());
        QVERIFY2(catalog.remove(catalog.sources().first().id), qPrintable(catalog.error()));
        Importer importer(*m_db, test::extractor());
        const QList<FileImport> again = importer.importFiles({m_first});
        QVERIFY2(again.value(0).ok, qPrintable(again.value(0).error));
        QVERIFY(!again[0].alreadyImported);
        QCOMPARE(again[0].activities, 2); // Yemen's paragraph is the second file's now
        QCOMPARE(again[0].duplicates, 1);
        QCOMPARE(searchHits(QStringLiteral("judges")), 1);
        QCOMPARE(ActivityReader(m_db->connection())
                     .activity(activityStating(QStringLiteral("17 countries")))
                     ->variants.size(),
            1);
    }

    void shouldLeaveTheStoreUnchangedWhenCancelled()
    {
        importBoth();
        std::atomic_bool cancel{true};
        SourceCatalog catalog(m_db->connection());
        catalog.setCancelFlag(&cancel);
        QVERIFY(!catalog.remove(catalog.sources().first().id));
        QVERIFY2(catalog.error().contains(QStringLiteral("cancelled")), qPrintable(catalog.error()));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 2);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 5);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM occurrences")), 1);
        QCOMPARE(searchHits(QStringLiteral("judges")), 1);
    }

    // Cancel pressed while a statement runs: SQLite is interrupted at its next check, and
    // everything the removal did before goes back. The flag is set from inside the
    // statement, by a trigger on the rows it deletes, so the moment is the same every run.
    void shouldUndoEverythingWhenCancelledInTheMiddleOfAStatement()
    {
        QByteArray paragraphs;
        for (int i = 0; i < 3000; ++i)
            paragraphs += QStringLiteral("UNFPA trained %1 midwives in Yemen.\n").arg(i).toUtf8();
        m_first = test::writeFile(m_dir, QStringLiteral("first.txt"), paragraphs);
        m_second = test::writeFile(m_dir, QStringLiteral("second.txt"), kPeru + paragraphs);
        Importer importer(*m_db, test::extractor());
        for (const FileImport &result : importer.importFiles({m_first, m_second}))
            QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM occurrences")), 3000);

        struct Press {
            std::atomic_bool cancel{false};
            int rowsDeleted = 0;
        } press;
        sqlite3 *handle = SqliteStatement::handle(m_db->connection());
        QVERIFY(handle);
        auto pressCancel = [](sqlite3_context *context, int, sqlite3_value **) {
            auto *pressed = static_cast<Press *>(sqlite3_user_data(context));
            pressed->cancel.store(true);
            ++pressed->rowsDeleted;
            sqlite3_result_null(context);
        };
        QCOMPARE(sqlite3_create_function(handle, "press_cancel", 0, SQLITE_UTF8, &press, pressCancel, nullptr, nullptr),
            SQLITE_OK);
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("CREATE TEMP TRIGGER cancel_midway AFTER DELETE ON main.occurrences"
                                         " BEGIN SELECT press_cancel(); END")));

        SourceCatalog catalog(m_db->connection());
        catalog.setCancelFlag(&press.cancel);
        QVERIFY(!catalog.remove(catalog.sources().first().id));
        // Stopped within the statement, long before its 3000 rows were deleted.
        QVERIFY2(press.rowsDeleted > 0 && press.rowsDeleted < 3000, qPrintable(QString::number(press.rowsDeleted)));
        QCOMPARE(catalog.error(), QStringLiteral("cancelled; the store is unchanged"));
        // The sources, the activities and where they stand, as before.
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 2);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 3001);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM occurrences")), 3000);
        QCOMPARE(test::scalar(*m_db,
                     QStringLiteral("SELECT count(*) FROM activities AS a JOIN sources AS s ON s.id = a.source_id"
                                    " WHERE s.name = 'first.txt'")),
            3000);
    }

    void shouldRefuseAFileTheStoreDoesNotHold()
    {
        importBoth();
        SourceCatalog catalog(m_db->connection());
        QVERIFY(!catalog.remove(99));
        QCOMPARE(catalog.error(), QStringLiteral("the store holds no file 99"));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 5);
    }

    // The search index may lag behind the newest activities (a session stopped before
    // indexing them): taking those out must not touch rows the index never held.
    void shouldRemoveActivitiesNotIndexedYet()
    {
        m_first = test::writeFile(m_dir, QStringLiteral("first.txt"), kJudges);
        m_second = test::writeFile(m_dir, QStringLiteral("second.txt"), kPeru);
        Importer importer(*m_db, test::extractor());
        QVERIFY(importer.importFiles({m_first}).value(0).ok);
        importer.setFollowUpLeftToCaller(true);
        QVERIFY(importer.importFiles({m_second}).value(0).ok);
        QVERIFY(importer.textIndexIsBehind());
        SourceCatalog catalog(m_db->connection());
        QVERIFY2(catalog.remove(catalog.sources().last().id), qPrintable(catalog.error()));
        QVERIFY(!importer.textIndexIsBehind());
        QCOMPARE(searchHits(QStringLiteral("judges")), 1);
        // FTS5 counts the rows it holds in its first record (a varint; one byte here), and
        // the ranking of results divides by it: a row deleted that it never held would
        // bring it to 0.
        QSqlQuery averages(m_db->connection());
        QVERIFY(averages.exec(QStringLiteral("SELECT block FROM activity_text_data WHERE id = 1")) && averages.next());
        QCOMPARE(int(averages.value(0).toByteArray().at(0)), 1);
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("INSERT INTO activity_text(activity_text) VALUES('integrity-check')")));
    }
};

QTEST_GUILESS_MAIN(TestSourceCatalog)
#include "tst_sourcecatalog.moc"
