#include "corpus/corpusparser.h"
#include "store/activityreader.h"
#include "store/database.h"
#include "store/importer.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace evaw;

namespace {

// Every activity the parser hands over, as it handed it over.
class CollectingSink final : public ActivitySink
{
public:
    QList<Activity> activities;
    bool addActivity(Activity &&activity) override
    {
        activities.append(std::move(activity));
        return true;
    }
    bool addOccurrence(qint64, const Occurrence &) override { return true; }
};

// A paragraph of the seed, word for word: a file that holds it repeats the seed.
const QByteArray kSeedGbvimsParagraph("UNFPA leads the GBV Information Management System (GBVIMS) at global level as"
                                      " well as national coordination mechanisms to strengthen case management and"
                                      " protect confidential and ethical management of GBV incident data.\n");

// Two reports a year apart: the first states the figure twice, the second once more.
struct TwoPeriods {
    explicit TwoPeriods(const QTemporaryDir &dir)
        : first(test::writeFile(dir, QStringLiteral("2020.txt"),
            test::fgmStatement("18 countries") + '\n' + test::fgmStatement("(FGM) in 17 countries")))
        , second(test::writeFile(dir, QStringLiteral("2021.txt"), test::fgmStatement("16 countries")))
    {
    }
    const QString first;
    const QString second;
};

// Opens @p db on a new store at @p path whose commits copy the write-ahead log into it
// every @p pages pages (0: never), and imports the seed with @p importer, leaving what
// follows the import undone. Returns the file's size before the import, or -1.
qint64 importSeedIntoFile(Database &db, const QString &path, int pages, Importer &importer)
{
    if (!db.open(path) || !QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages)))
        return -1;
    const qint64 before = QFileInfo(path).size();
    importer.setFollowUpLeftToCaller(true);
    return importer.importFiles({Importer::bundledCorpusPath()}).value(0).ok ? before : -1;
}

// Each activity's stored list of variants, as "id=[ids]".
QStringList variantLists(const Database &db)
{
    QSqlQuery lists(db.connection());
    QStringList read;
    if (!lists.exec(QStringLiteral("SELECT activity_id, variant_ids FROM variant_lists ORDER BY activity_id")))
        return {lists.lastError().text()};
    while (lists.next())
        read.append(lists.value(0).toString() + u'=' + lists.value(1).toString());
    return read;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_db->open(QStringLiteral(":memory:")));
    }

    void cleanup() { m_db.reset(); }

    void shouldImportTheBundledCorpus()
    {
        Importer importer(*m_db, test::extractor());
        const QList<FileImport> results = importer.importFiles({Importer::bundledCorpusPath()});
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].ok, qPrintable(results[0].error));
        QCOMPARE(results[0].activities, 48);
        QCOMPARE(results[0].duplicates, 8 + 11 + 1 + 1 + 3);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 48);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM occurrences")), 24);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM variants")), 6); // three pairs, both ways
        QSqlQuery source(m_db->connection());
        QVERIFY(source.exec(QStringLiteral("SELECT sha256, encoding, bytes FROM sources")) && source.next());
        QCOMPARE(source.value(0).toString(),
            QStringLiteral("dc0fe3dd00ba7fbf33b4f436cba92e0fb8af5c874089c7ce945a14fc5f299b9f"));
        QCOMPARE(source.value(1).toString(), QStringLiteral("UTF-8"));
        QCOMPARE(source.value(2).toInt(), 27578);
    }

    void shouldChangeNothingWhenTheSameFileIsImportedAgain()
    {
        Importer importer(*m_db, test::extractor());
        importer.importFiles({QStringLiteral(EVAW_SEED_FILE)});
        const qint64 mentions = test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM mentions"));
        const QList<FileImport> again = importer.importFiles({QStringLiteral(EVAW_SEED_FILE)});
        QVERIFY(again[0].ok);
        QVERIFY(again[0].alreadyImported);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 48);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM mentions")), mentions);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 1);
    }

    // A file an earlier reading of the engine read is read again when imported again: its
    // activities are this reading's, and the store holds it once.
    void shouldReadAgainAFileAnEarlierReadingRead()
    {
        Importer importer(*m_db, test::extractor());
        importer.importFiles({QStringLiteral(EVAW_SEED_FILE)});
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT reading FROM sources")), CorpusParser::kReading);
        const qint64 mentions = test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM mentions"));
        QSqlQuery earlier(m_db->connection());
        QVERIFY(earlier.exec(QStringLiteral("UPDATE sources SET reading = 0")));
        QVERIFY(earlier.exec(QStringLiteral("UPDATE activities SET section = 'read otherwise'")));
        const QList<FileImport> again = importer.importFiles({QStringLiteral(EVAW_SEED_FILE)});
        QVERIFY2(again[0].ok, qPrintable(again[0].error));
        QVERIFY(again[0].readAgain);
        QVERIFY(!again[0].alreadyImported);
        QCOMPARE(again[0].activities, 48);
        QCOMPARE(again[0].duplicates, 24);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 1);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT reading FROM sources")), CorpusParser::kReading);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 48);
        QCOMPARE(
            test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE section = 'read otherwise'")), 0);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM mentions")), mentions);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM occurrences")), 24);
        // Read by this reading now: importing it once more changes nothing.
        QVERIFY(importer.importFiles({QStringLiteral(EVAW_SEED_FILE)}).value(0).alreadyImported);
    }

    // Reading a file again is one transaction: cancelled, it keeps the earlier reading whole.
    void shouldKeepTheEarlierReadingWhenReadingAgainIsCancelled()
    {
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += "In Chad, UNICEF trained " + QByteArray::number(i) + " social workers in the east.\n";
        const QString path = test::writeFile(m_dir, QStringLiteral("big.txt"), big);
        Importer importer(*m_db, test::extractor());
        QVERIFY(importer.importFiles({path}).value(0).ok);
        QSqlQuery earlier(m_db->connection());
        QVERIFY(earlier.exec(QStringLiteral("UPDATE sources SET reading = 0")));
        QVERIFY(earlier.exec(QStringLiteral("UPDATE activities SET section = 'read otherwise'")));
        std::atomic_bool cancel{false};
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](int, qint64 done, qint64) {
            if (done > 0)
                cancel = true;
        });
        const QList<FileImport> again = importer.importFiles({path});
        QVERIFY(!again[0].ok);
        QCOMPARE(
            test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities WHERE section = 'read otherwise'")),
            20000);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 1);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT reading FROM sources")), 0);
    }

    void shouldKeepRepeatsInAnotherFileAsProvenance()
    {
        Importer importer(*m_db, test::extractor());
        importer.importFiles({QStringLiteral(EVAW_SEED_FILE)});
        const QString other = test::writeFile(m_dir, QStringLiteral("other.txt"),
            kSeedGbvimsParagraph + QByteArray("In Chad, UNICEF trained 40 social workers.\n"));
        const QList<FileImport> results = importer.importFiles({other});
        QVERIFY2(results[0].ok, qPrintable(results[0].error));
        QCOMPARE(results[0].activities, 1);
        QCOMPARE(results[0].duplicates, 1);
        QCOMPARE(test::scalar(*m_db,
                     QStringLiteral("SELECT count(*) FROM occurrences o JOIN sources s ON s.id = o.source_id"
                                    " WHERE s.name = 'other.txt' AND o.line = 1")),
            1);
    }

    void shouldKnowTheTextsOfAStoreAnEarlierVersionHashedOtherwise()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema7.sqlite"));
        {
            Database db(QStringLiteral("schema7"));
            QVERIFY(db.open(path));
            Importer importer(db, test::extractor());
            QVERIFY(importer.importFiles({QStringLiteral(EVAW_SEED_FILE)}).value(0).ok);
            // Schema 7 kept another hash of each text, and neither the bytes of a repeat nor
            // what its headings said.
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE activities SET hash = randomblob(16)")));
            for (const char *column : {"end_line", "byte_offset", "byte_length", "context_known", "section", "measure",
                     "period", "reporting_entity"})
                QVERIFY(
                    query.exec(QStringLiteral("ALTER TABLE occurrences DROP COLUMN %1").arg(QLatin1String(column))));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE activities DROP COLUMN reporter_from_repeat")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE sources DROP COLUMN reading")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        Database db(QStringLiteral("schema8"));
        QVERIFY2(db.open(path), qPrintable(db.error()));
        Importer importer(db, test::extractor());
        const QString other = test::writeFile(m_dir, QStringLiteral("again.txt"), kSeedGbvimsParagraph);
        const QList<FileImport> results = importer.importFiles({other});
        QVERIFY2(results[0].ok, qPrintable(results[0].error));
        QCOMPARE(results[0].activities, 0);
        QCOMPARE(results[0].duplicates, 1);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM activities")), 48);
        // Repeats stored before keep their line, and say their bytes are unknown; the new
        // one has its own.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM occurrences WHERE byte_offset = -1")), 24);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT byte_length FROM occurrences WHERE byte_offset = 0")),
            qint64(kSeedGbvimsParagraph.size() - 1));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM occurrences WHERE context_known")), 1);
    }

    // A result whose first page gave it no reporting entity takes the one a page imported
    // later gives it; one that has its reporting entity keeps it.
    void shouldTakeAReportingEntityALaterPageGives()
    {
        Importer importer(*m_db, test::extractor());
        const QString measures = test::writeFile(m_dir, QStringLiteral("measures.txt"),
            "Measures\n"
            "UNRWA ran prevention sessions in Gaza.\n"
            "In Kenya, 500 survivors received legal aid.\n");
        const QString search = test::writeFile(m_dir, QStringLiteral("search.txt"),
            "Search\n"
            "UNHCR trained 300 staff in 2015.\n"
            "In Kenya, 500 survivors received legal aid.\n"
            "ESCWA advised Lebanon.\n"
            "UNRWA ran prevention sessions in Gaza.\n");
        QVERIFY(importer.importFiles({measures}).value(0).ok);
        const QString kenya = QStringLiteral("SELECT reporting_entity FROM activities WHERE text LIKE 'In Kenya%'");
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(kenya) && query.next());
        QCOMPARE(query.value(0).toString(), QString());

        const QList<FileImport> later = importer.importFiles({search});
        QVERIFY2(later.value(0).ok, qPrintable(later.value(0).error));
        QCOMPARE(later[0].duplicates, 2);
        QVERIFY(query.exec(kenya) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("UNHCR"));
        QVERIFY(query.exec(QStringLiteral("SELECT reporting_entity FROM activities WHERE text LIKE 'UNRWA ran%'"))
            && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("UNRWA"));
    }

    void shouldImportGoodFilesBesideBadOnesAndNameEachBadOne()
    {
        const QString good
            = test::writeFile(m_dir, QStringLiteral("good.txt"), "In Chad, UNICEF trained 40 social workers.\n");
        const QString binary
            = test::writeFile(m_dir, QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        const QString empty = test::writeFile(m_dir, QStringLiteral("empty.txt"), QByteArray());
        Importer importer(*m_db, test::extractor());
        const QList<FileImport> results
            = importer.importFiles({binary, good, empty, m_dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].error, QStringLiteral("image.png: is binary, not text (NUL byte at offset 8)"));
        QVERIFY(results[1].ok);
        QCOMPARE(results[2].error, QStringLiteral("empty.txt: is empty"));
        QVERIFY2(
            results[3].error.startsWith(QLatin1String("missing.txt: cannot be read")), qPrintable(results[3].error));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 1);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 1);
    }

    void shouldLeaveNoTraceOfACancelledFile()
    {
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += "In Chad, UNICEF trained " + QByteArray::number(i) + " social workers in the east.\n";
        const QString path = test::writeFile(m_dir, QStringLiteral("big.txt"), big);
        std::atomic_bool cancel{false};
        Importer importer(*m_db, test::extractor());
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](int, qint64 done, qint64) {
            if (done > 0)
                cancel = true;
        });
        const QList<FileImport> results = importer.importFiles({path});
        QVERIFY(!results[0].ok);
        QCOMPARE(results[0].error, QStringLiteral("%1: import cancelled").arg(QFileInfo(path).absoluteFilePath()));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 0);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 0);
    }

    void shouldLeaveNoTraceWhenAWriteFailsHalfwayThroughAFile()
    {
        // The store refuses the eleventh activity, as a full disk would.
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON activities WHEN NEW.id > 10"
                                         " BEGIN SELECT RAISE(ABORT, 'disk is full'); END")));
        Importer importer(*m_db, test::extractor());
        const QList<FileImport> results = importer.importFiles({Importer::bundledCorpusPath()});
        QCOMPARE(results.size(), 1);
        QVERIFY(!results[0].ok);
        QVERIFY2(results[0].error.startsWith(Importer::bundledCorpusPath()), qPrintable(results[0].error));
        QVERIFY2(results[0].error.contains(QLatin1String("disk is full")), qPrintable(results[0].error));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 0);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM mentions")), 0);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources")), 0);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM variants")), 0);
    }

    void shouldStoreAgainTheEntitiesOfAFileThatFailedBeforeTheNextFile()
    {
        // The first file names Chad, then fails; the second names Chad as well, and its
        // activity must point at an entity that is in the store, not at the one that went
        // with the first file's transaction.
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON activities"
                                         " WHEN NEW.text LIKE '%refused%'"
                                         " BEGIN SELECT RAISE(ABORT, 'disk is full'); END")));
        const QString failing = test::writeFile(m_dir, QStringLiteral("failing.txt"),
            "In Chad, UNICEF trained 40 social workers.\n\nThis paragraph is refused by the store.\n");
        const QString later = test::writeFile(
            m_dir, QStringLiteral("later.txt"), "In Chad, UNFPA opened two shelters for survivors.\n");
        Importer importer(*m_db, test::extractor());
        const QList<FileImport> results = importer.importFiles({failing, later});
        QCOMPARE(results.size(), 2);
        QVERIFY(!results[0].ok);
        QVERIFY2(results[1].ok, qPrintable(results[1].error));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 1);
        const QString linked = QStringLiteral("SELECT count(*) FROM activity_entities AS l JOIN entities AS e"
                                              " ON e.id = l.entity_id WHERE e.key = '%1'");
        QCOMPARE(test::scalar(*m_db, linked.arg(QLatin1String("country:TD"))), 1);
        QCOMPARE(test::scalar(*m_db, linked.arg(QLatin1String("agency:unfpa"))), 1);
        QCOMPARE(test::scalar(*m_db,
                     QStringLiteral("SELECT count(*) FROM activity_entities WHERE entity_id NOT IN"
                                    " (SELECT id FROM entities)")),
            0);
    }

    void shouldIndexTheTextForFullTextSearch()
    {
        Importer importer(*m_db, test::extractor());
        importer.importFiles({Importer::bundledCorpusPath()});
        QCOMPARE(test::scalar(
                     *m_db, QStringLiteral("SELECT count(*) FROM activity_text WHERE activity_text MATCH 'femicide'")),
            1);
        QCOMPARE(test::scalar(*m_db,
                     QStringLiteral(
                         "SELECT count(*) FROM activity_text WHERE activity_text MATCH '\"jointly with UNICEF\"'")),
            4);
        QCOMPARE(test::scalar(
                     *m_db, QStringLiteral("SELECT count(*) FROM activity_text WHERE activity_text MATCH 'Mozamb*'")),
            1);
    }

    void shouldLinkVariantsAcrossImportsAndKeepTheEarlierLinks()
    {
        // Reports of two periods, imported one after the other: the second period's statement
        // joins the pair the first import found.
        QTemporaryDir dir;
        const TwoPeriods reports(dir);
        Importer importer(*m_db, test::extractor());
        QVERIFY(importer.importFiles({reports.first}).value(0).ok);
        QVERIFY(importer.importFiles({reports.second}).value(0).ok);

        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 3);
        QCOMPARE(variantLists(*m_db),
            (QStringList{QStringLiteral("1=[2,3]"), QStringLiteral("2=[1,3]"), QStringLiteral("3=[1,2]")}));

        // Importing the second file again finds nothing new, and changes nothing.
        QVERIFY(importer.importFiles({reports.second}).value(0).alreadyImported);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM variants")), 6);
    }

    void shouldLinkVariantsAcrossTheFilesOfOneImportOnce()
    {
        // Two files in one import, into a store that holds a third: each of the three
        // statements lists the other two, and none itself.
        QTemporaryDir dir;
        const QString stored = test::writeFile(dir, QStringLiteral("2019.txt"), test::fgmStatement("19 countries"));
        const QString first = test::writeFile(dir, QStringLiteral("2020.txt"), test::fgmStatement("18 countries"));
        const QString second = test::writeFile(dir, QStringLiteral("2021.txt"), test::fgmStatement("17 countries"));
        Importer importer(*m_db, test::extractor());
        QVERIFY(importer.importFiles({stored}).value(0).ok);
        const QList<FileImport> results = importer.importFiles({first, second});
        QVERIFY(results.value(0).ok && results.value(1).ok);

        QCOMPARE(variantLists(*m_db),
            (QStringList{QStringLiteral("1=[2,3]"), QStringLiteral("2=[1,3]"), QStringLiteral("3=[1,2]")}));
    }

    void shouldLinkVariantsOnlyAfterTheActivitiesAreBrowsable()
    {
        // The seed has three pairs of variants, as "…FGM in 18 countries" and "…(FGM) in 17
        // countries" are: six lists.
        Importer importer(*m_db, test::extractor());
        importer.setFollowUpLeftToCaller(true);
        QVERIFY(importer.importFiles({Importer::bundledCorpusPath()}).value(0).ok);
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 48);
        QCOMPARE(variantLists(*m_db), QStringList());
        QVERIFY(importer.variantsAreBehind());

        QString error;
        QVERIFY2(importer.linkVariants(&error), qPrintable(error));
        QCOMPARE(variantLists(*m_db).size(), 6);
        QVERIFY(!importer.variantsAreBehind());
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources WHERE variants_linked")), 1);

        // Nothing is left to compare: asking again changes nothing.
        const QStringList lists = variantLists(*m_db);
        QVERIFY2(importer.linkVariants(&error), qPrintable(error));
        QCOMPARE(variantLists(*m_db), lists);
    }

    void shouldLinkVariantsLeftBehindAtTheNextImport()
    {
        // An import whose linking never ran, as when the application stops between, and a
        // later one: both files' statements are compared, with each other too.
        QTemporaryDir dir;
        const TwoPeriods reports(dir);
        {
            Importer interrupted(*m_db, test::extractor());
            interrupted.setFollowUpLeftToCaller(true);
            QVERIFY(interrupted.importFiles({reports.first}).value(0).ok);
        }
        QCOMPARE(variantLists(*m_db), QStringList());

        Importer importer(*m_db, test::extractor());
        const QList<FileImport> results = importer.importFiles({reports.second});
        QVERIFY2(results.value(0).ok && results.value(0).error.isEmpty(), qPrintable(results.value(0).error));
        QCOMPARE(variantLists(*m_db),
            (QStringList{QStringLiteral("1=[2,3]"), QStringLiteral("2=[1,3]"), QStringLiteral("3=[1,2]")}));
        QVERIFY(!importer.variantsAreBehind());
    }

    void shouldCompareAWholeStoreAgainWithoutRepeatingAVariant()
    {
        // What a store of an earlier version goes through once (schema 6): every source is
        // compared again, and the lists gain the links the rules find now and keep the rest.
        Importer importer(*m_db, test::extractor());
        QVERIFY(importer.importFiles({Importer::bundledCorpusPath()}).value(0).ok);
        const QStringList linked = variantLists(*m_db);
        QCOMPARE(linked.size(), 6);
        QSqlQuery earlier(m_db->connection());
        QVERIFY(earlier.exec(QStringLiteral("UPDATE sources SET variants_linked = 0")));
        // As an earlier version stored it: the 16 Days statements were not yet variants.
        QVERIFY(earlier.exec(QStringLiteral("DELETE FROM variant_lists WHERE activity_id IN (SELECT id FROM"
                                            " activities WHERE text LIKE 'UNFPA actively engages%')")));
        QCOMPARE(variantLists(*m_db).size(), 4);
        QVERIFY(importer.variantsAreBehind());

        QString error;
        QVERIFY2(importer.linkVariants(&error), qPrintable(error));
        QCOMPARE(variantLists(*m_db), linked);
        QVERIFY(!importer.variantsAreBehind());
    }

    void shouldLeaveVariantsForLaterWhenCancelled()
    {
        // The application closes while the variants are looked for: nothing is stored,
        // and the source waits for the next start.
        QTemporaryDir dir;
        const TwoPeriods reports(dir);
        std::atomic_bool cancel{false};
        Importer importer(*m_db, test::extractor());
        importer.setCancelFlag(&cancel);
        importer.setFollowUpLeftToCaller(true);
        QVERIFY(importer.importFiles({reports.first}).value(0).ok);
        cancel = true;
        QString error;
        QVERIFY(!importer.linkVariants(&error));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QVERIFY(importer.variantsAreBehind());
        QCOMPARE(variantLists(*m_db), QStringList());

        cancel = false;
        QVERIFY2(importer.linkVariants(&error), qPrintable(error));
        QCOMPARE(variantLists(*m_db), (QStringList{QStringLiteral("1=[2]"), QStringLiteral("2=[1]")}));
    }

    void shouldReportVariantsThatCannotBeStored()
    {
        QTemporaryDir dir;
        const QString opening = QStringLiteral("In 2019 UNFPA and UNICEF trained midwives and nurses in ");
        const QString file = test::writeFile(dir, QStringLiteral("twice.txt"),
            (opening + QStringLiteral("12 districts of Chad.\n\n") + opening
                + QStringLiteral("13 districts of Chad.\n"))
                .toUtf8());
        Importer importer(*m_db, test::extractor());
        importer.setFollowUpLeftToCaller(true);
        QVERIFY(importer.importFiles({file}).value(0).ok);
        // Another program made the lists' table unwritable.
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("CREATE TRIGGER no_lists BEFORE INSERT ON variant_lists"
                                         " BEGIN SELECT RAISE(ABORT, 'lists are read-only'); END")));
        QString error;
        QVERIFY(!importer.linkVariants(&error));
        QCOMPARE(error, QStringLiteral("lists are read-only"));
        // Nothing half done: the source still waits to be compared.
        QVERIFY(importer.variantsAreBehind());
        QCOMPARE(variantLists(*m_db), QStringList());

        // An import that links at its end stores its activities, and names the failure.
        const QString later = test::writeFile(
            dir, QStringLiteral("later.txt"), (opening + QStringLiteral("14 districts of Chad.\n")).toUtf8());
        const QList<FileImport> results = Importer(*m_db, test::extractor()).importFiles({later});
        QVERIFY(results.value(0).ok);
        QCOMPARE(
            results.value(0).error, QStringLiteral("later.txt: variants could not be stored (lists are read-only)"));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 3);
    }

    void shouldCopyTheLogIntoTheStoreOnlyOnceItIsBrowsable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        Database db(QStringLiteral("checkpoints"));
        Importer importer(db, test::extractor());
        // Copy the log into the store at every commit, unless the import holds it off.
        const qint64 before = importSeedIntoFile(db, path, 1, importer);
        QVERIFY(before >= 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM activities")), 48);
        QCOMPARE(QFileInfo(path).size(), before); // all of the import is still in the log
        QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")), 1);

        QString error;
        QVERIFY2(importer.indexNewTexts(&error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > before + 48 * 100); // the next commit copied it
    }

    void shouldCopyTheLogIntoTheStoreWhileLinkingVariants()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        Database db(QStringLiteral("background"));
        Importer importer(db, test::extractor());
        // No commit of this connection copies the log: only the linking's own copy can.
        const qint64 before = importSeedIntoFile(db, path, 0, importer);
        QVERIFY(before >= 0);
        QCOMPARE(QFileInfo(path).size(), before);
        QString error;
        QVERIFY2(importer.linkVariants(&error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > before + 48 * 100);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM activities")), 48);
    }

    void shouldIndexTextsLeftBehindAtTheNextImport()
    {
        const QString femicide
            = QStringLiteral("SELECT count(*) FROM activity_text WHERE activity_text MATCH 'femicide'");
        const QString indexed = QStringLiteral("SELECT count(*) FROM activity_text_docsize");
        QTemporaryDir dir;
        const QString other = test::writeFile(dir, QStringLiteral("other.txt"),
            "In Fiji, UN Women supported the national femicide watch with UNDP in 2019.\n");
        {
            // An import whose text indexing never ran, as when the application stops between.
            Importer interrupted(*m_db, test::extractor());
            interrupted.setFollowUpLeftToCaller(true);
            interrupted.importFiles({Importer::bundledCorpusPath()});
        }
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM activities")), 48);
        QCOMPARE(test::scalar(*m_db, indexed), 0);
        QCOMPARE(test::scalar(*m_db, femicide), 0);

        Importer importer(*m_db, test::extractor());
        const QList<FileImport> results = importer.importFiles({other});
        QVERIFY2(results[0].ok && results[0].error.isEmpty(), qPrintable(results[0].error));
        QCOMPARE(test::scalar(*m_db, indexed), 49);
        QCOMPARE(test::scalar(*m_db, femicide), 2);
        QString error;
        QVERIFY2(importer.indexNewTexts(&error), qPrintable(error));
        QCOMPARE(test::scalar(*m_db, indexed), 49); // nothing twice
    }

    void shouldReadBackWhatWasStored()
    {
        Importer importer(*m_db, test::extractor());
        importer.importFiles({Importer::bundledCorpusPath()});
        ActivityReader reader(m_db->connection());
        QCOMPARE(reader.count(), 48);
        QList<Activity> all;
        QVERIFY(reader.forEach([&](const Activity &activity) {
            all.append(activity);
            return true;
        }));
        QCOMPARE(all.size(), 48);
        const auto haya = std::find_if(
            all.cbegin(), all.cend(), [](const Activity &a) { return a.text.contains(QLatin1String("HAYA")); });
        QVERIFY(haya != all.cend());
        QCOMPARE(haya->reportingEntity, QStringLiteral("UNODC"));
        QCOMPARE(haya->source.line, 74);
        QCOMPARE(haya->duplicates.size(), 1);
        QCOMPARE(haya->duplicates[0].line, 71);
        QCOMPARE(haya->entitiesOfKind(EntityKind::Country).size(), 1);
        QCOMPARE(haya->entitiesOfKind(EntityKind::Country)[0].code, QStringLiteral("PS"));
        const std::optional<Activity> single = reader.activity(haya->id);
        QVERIFY(single);
        QCOMPARE(single->text, haya->text);
        QCOMPARE(single->mentions.size(), haya->mentions.size());
        QVERIFY(!reader.activity(100000));
    }

    void shouldReadBackEveryMentionAndDateAsTheParserFoundThem()
    {
        // The store keeps offsets only; surfaces, a date's words and its sentence come back
        // from the text. They must be exactly what extraction produced.
        CollectingSink parsed;
        CorpusParser parser(test::extractor());
        QVERIFY(parser.parseFile(Importer::bundledCorpusPath(), QStringLiteral("seed"), &parsed).ok);
        Importer(*m_db, test::extractor()).importFiles({Importer::bundledCorpusPath()});
        ActivityReader reader(m_db->connection());
        int mentions = 0;
        int dates = 0;
        for (const Activity &expected : std::as_const(parsed.activities)) {
            const std::optional<Activity> stored = reader.activity(expected.id);
            QVERIFY(stored);
            QCOMPARE(stored->text, expected.text);
            QCOMPARE(stored->entities.size(), expected.entities.size());
            for (qsizetype i = 0; i < expected.entities.size(); ++i)
                QCOMPARE(stored->entities[i].key, expected.entities[i].key);
            QCOMPARE(stored->mentions.size(), expected.mentions.size());
            for (qsizetype i = 0; i < expected.mentions.size(); ++i) {
                QCOMPARE(stored->mentions[i].entity.key, expected.mentions[i].entity.key);
                QCOMPARE(stored->mentions[i].start, expected.mentions[i].start);
                QCOMPARE(stored->surface(stored->mentions[i]), expected.surface(expected.mentions[i]));
            }
            QCOMPARE(stored->dates.size(), expected.dates.size());
            for (qsizetype i = 0; i < expected.dates.size(); ++i) {
                const DateMention &a = stored->dates[i];
                const DateMention &b = expected.dates[i];
                QCOMPARE(QList<int>({a.year, a.month, a.day, a.endYear, a.start, a.length}),
                    QList<int>({b.year, b.month, b.day, b.endYear, b.start, b.length}));
                QCOMPARE(a.kind, b.kind);
                QCOMPARE(stored->dateWords(a), expected.dateWords(b));
                QCOMPARE(stored->dateSentence(a), expected.dateSentence(b));
            }
            mentions += int(expected.mentions.size());
            dates += int(expected.dates.size());
        }
        QCOMPARE(parsed.activities.size(), 48);
        QCOMPARE(mentions, 252);
        QCOMPARE(dates, 17);
    }

    void shouldReadBackEachVariantFromBothSides()
    {
        Importer(*m_db, test::extractor()).importFiles({Importer::bundledCorpusPath()});
        QList<Activity> linked;
        QVERIFY(ActivityReader(m_db->connection()).forEach([&](const Activity &activity) {
            if (!activity.variants.isEmpty())
                linked.append(activity);
            return true;
        }));
        // The FGM statements (18 and 17 countries), the two child marriage statements, and
        // the 16 Days statement with its longer version.
        QCOMPARE(linked.size(), 6);
        for (const Activity &activity : std::as_const(linked)) {
            QCOMPARE(activity.variants.size(), 1);
            const auto other = std::find_if(
                linked.cbegin(), linked.cend(), [&](const Activity &a) { return a.id == activity.variants.first(); });
            QVERIFY(other != linked.cend());
            QCOMPARE(other->variants, QList<qint64>{activity.id});
        }
        const auto fgm18 = std::find_if(linked.cbegin(), linked.cend(),
            [](const Activity &a) { return a.text.contains(QLatin1String("FGM in 18 countries")); });
        QVERIFY(fgm18 != linked.cend());
        const std::optional<Activity> fgm17 = ActivityReader(m_db->connection()).activity(fgm18->variants.first());
        QVERIFY(fgm17);
        QVERIFY(fgm17->text.contains(QLatin1String("(FGM) in 17 countries")));
    }

    void shouldReportAMalformedListInsteadOfReadingPastIt()
    {
        Importer(*m_db, test::extractor()).importFiles({Importer::bundledCorpusPath()});
        QSqlQuery(m_db->connection())
            .exec(QStringLiteral("UPDATE activities SET mention_spans = '[[1,2' WHERE id = 5"));
        ActivityReader reader(m_db->connection());
        QVERIFY(!reader.activity(5));
        QCOMPARE(
            reader.error(), QStringLiteral("activity 5 has a malformed list of entities, mentions, dates or variants"));
        // A span running past the text is as malformed as broken JSON.
        QSqlQuery(m_db->connection()).exec(QStringLiteral("UPDATE activities SET mention_spans = '[[1,0,100000]]'"));
        QVERIFY(!reader.activity(6));
        QVERIFY(reader.error().startsWith(QLatin1String("activity 6 ")));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
