#include "browse/activityindex.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace evaw;

Q_DECLARE_METATYPE(evaw::Filter)

// The index loads a store file on two connections at once (activities on one, their links
// and dates on another) and a store without a file on one: both must give the same index.
class TestActivityIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_fileDb;
    std::unique_ptr<Database> m_memoryDb;
    ActivityIndex m_fromFile;
    ActivityIndex m_fromMemory;

    int rowStartingWith(const ActivityIndex &index, const QString &start) const
    {
        for (int row = 0; row < index.size(); ++row) {
            if (index.text(row).startsWith(start))
                return row;
        }
        return -1;
    }
    QStringList names(const ActivityIndex &index, const IndexRange &entities) const
    {
        QStringList list;
        for (const int entity : entities)
            list.append(index.entities()[entity].name);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fileDb = std::make_unique<Database>(QStringLiteral("file"));
        QVERIFY(m_fileDb->open(m_dir.filePath(QStringLiteral("store.sqlite"))));
        test::importInto(*m_fileDb);
        m_memoryDb = std::make_unique<Database>(QStringLiteral("memory"));
        QVERIFY(m_memoryDb->open(QStringLiteral(":memory:")));
        test::importInto(*m_memoryDb);
        QString error;
        QVERIFY2(m_fromFile.load(m_fileDb->connection(), &error), qPrintable(error));
        QVERIFY2(m_fromMemory.load(m_memoryDb->connection(), &error), qPrintable(error));
        m_fromFile.setRegionScheme({{QStringLiteral("MZ"), QStringLiteral("014")},
            {QStringLiteral("KE"), QStringLiteral("014")}, {QStringLiteral("AL"), QStringLiteral("039")}});
    }

    void shouldLoadTheSameIndexFromAFileAsFromMemory()
    {
        QCOMPARE(m_fromFile.size(), 48);
        QCOMPARE(m_fromMemory.size(), 48);
        for (int row = 0; row < m_fromFile.size(); ++row) {
            const IndexedActivity &a = m_fromFile.at(row);
            const IndexedActivity &b = m_fromMemory.at(row);
            QCOMPARE(a.id, b.id);
            QCOMPARE(m_fromFile.text(row), m_fromMemory.text(row));
            QCOMPARE(names(m_fromFile, a.countries), names(m_fromMemory, b.countries));
            QCOMPARE(names(m_fromFile, a.places), names(m_fromMemory, b.places));
            QCOMPARE(names(m_fromFile, a.agencies), names(m_fromMemory, b.agencies));
            QCOMPARE(names(m_fromFile, a.themes), names(m_fromMemory, b.themes));
            QCOMPARE(a.years.toList(), b.years.toList());
        }
        QCOMPARE(m_fromFile.milestones().size(), 17);
        QCOMPARE(m_fromMemory.milestones().size(), 17);
    }

    void shouldKeepEachKindInOrderOfAppearance()
    {
        const int row = rowStartingWith(m_fromFile, QStringLiteral("UNODC supports implementing the HAYA"));
        QVERIFY(row >= 0);
        const IndexedActivity &haya = m_fromFile.at(row);
        QCOMPARE(names(m_fromFile, haya.agencies),
            QStringList({QStringLiteral("UNODC"), QStringLiteral("UNFPA"), QStringLiteral("UN-Habitat"),
                QStringLiteral("UN Women")}));
        QCOMPARE(names(m_fromFile, haya.countries), QStringList{QStringLiteral("State of Palestine")});
        QCOMPARE(haya.years.size(), 0);
        QCOMPARE(m_fromFile.entities()[haya.reporter].name, QStringLiteral("UNODC"));
    }

    void shouldSpreadARangeOverItsYears()
    {
        int ranges = 0;
        for (int row = 0; row < m_fromFile.size(); ++row) {
            if (!m_fromFile.text(row).contains(QLatin1String("2021-2023")))
                continue;
            ++ranges;
            QCOMPARE(m_fromFile.at(row).years.toList(), QList<int>({2021, 2022, 2023}));
        }
        QCOMPARE(ranges, 1);
    }

    void shouldDecodeMilestonesFromTheirActivitysText()
    {
        const Milestone first = m_fromFile.milestones().first();
        QCOMPARE(first.year, 2008);
        QCOMPARE(m_fromFile.milestoneText(first), QStringLiteral("Since 2008"));
        QVERIFY(m_fromFile.milestoneSentence(first).startsWith(QLatin1String("Since 2008 UNFPA")));
        QVERIFY(m_fromFile.text(first.row).startsWith(m_fromFile.milestoneSentence(first)));
    }

    void shouldLeaveTargetYearsOffTheTimeline()
    {
        // Results of 2020-2021 that aim at 2025 and 2030 took place in neither year: the
        // first names no other year, and its reporting period tells.
        Database db(QStringLiteral("targets"));
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("targets.sqlite"))));
        test::importInto(db,
            {test::writeFile(m_dir, QStringLiteral("targets.txt"),
                "Feb 2020 - Sep 2021 | UNFPA\n"
                "UNFPA trained 40 midwives, and aims to reach 5,000 girls by the end of 2025.\n\n"
                "In 2021 UNICEF pledged to end child marriage in Nepal by 2030.\n")});
        ActivityIndex index;
        QString error;
        QVERIFY2(index.load(db.connection(), &error), qPrintable(error));
        QCOMPARE(index.size(), 2);
        QCOMPARE(index.at(0).years.toList(), QList<int>());
        QCOMPARE(index.at(1).years.toList(), QList<int>({2021}));
        QList<int> milestoneYears;
        for (const Milestone &milestone : index.milestones())
            milestoneYears.append(milestone.year);
        QCOMPARE(milestoneYears, QList<int>({2021}));
        QCOMPARE(index.yearsFrom(), 2021);
        QCOMPARE(index.yearCount(), 1);
    }

    void shouldCountTheSameInTwoHalvesAsInOnePass_data()
    {
        QTest::addColumn<Filter>("filter");
        Filter none;
        Filter country;
        country.setCountries({QStringLiteral("MZ"), QStringLiteral("AL"), QString()});
        Filter agencies;
        agencies.setAgencies({QStringLiteral("agency:unfpa"), QStringLiteral("agency:unicef")});
        agencies.setAgencyMode(Filter::AgencyMode::All);
        Filter years;
        years.setYears(2016, 2021);
        years.setMeasures({QStringLiteral("Inter-Agency Mechanisms and Activities")});
        QTest::newRow("no filter") << none;
        QTest::newRow("countries and no country") << country;
        QTest::newRow("all of two agencies") << agencies;
        QTest::newRow("years and a measure") << years;
    }

    void shouldCountTheSameInTwoHalvesAsInOnePass()
    {
        QFETCH(Filter, filter);
        const FacetResult onePass = m_fromFile.evaluate(filter, {});
        m_fromFile.setRowsWorthAThread(2);
        const FacetResult halves = m_fromFile.evaluate(filter, {});
        m_fromFile.setRowsWorthAThread(50000);
        QVERIFY(!onePass.countryCounts.isEmpty());
        QVERIFY(!onePass.regionCounts.isEmpty());
        QCOMPARE(halves.rows, onePass.rows);
        QCOMPARE(halves.countryCounts, onePass.countryCounts);
        QCOMPARE(halves.placeCounts, onePass.placeCounts);
        QCOMPARE(halves.regionCounts, onePass.regionCounts);
        QCOMPARE(halves.noCountryCount, onePass.noCountryCount);
        QCOMPARE(halves.agencyCounts, onePass.agencyCounts);
        QCOMPARE(halves.measureCounts, onePass.measureCounts);
        QCOMPARE(halves.periodCounts, onePass.periodCounts);
        QCOMPARE(halves.yearReporterCounts, onePass.yearReporterCounts);
        QCOMPARE(halves.firstYear, onePass.firstYear);
        QCOMPARE(halves.lastYear, onePass.lastYear);
    }

    void shouldCountRowsByYearAndReporterForTheTimeline()
    {
        const FacetResult all = m_fromFile.evaluate(Filter{}, {});
        QCOMPARE(all.firstYear, 2008);
        QCOMPARE(all.lastYear, 2023);
        const int unfpa = m_fromFile.entityIndex(QStringLiteral("agency:unfpa"));
        const std::size_t columns = std::size_t(m_fromFile.entities().size()) + 1;
        const std::size_t year2008 = std::size_t(2008 - m_fromFile.yearsFrom());
        QCOMPARE(all.yearReporterCounts[year2008 * columns + std::size_t(unfpa + 1)], 2);
    }

    void shouldRefuseAStoreWithoutTheTablesAndStayEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE unrelated(x)"));
            ActivityIndex index;
            QString error;
            QVERIFY(!index.load(other, &error));
            QVERIFY2(error.contains(QLatin1String("no such table")), qPrintable(error));
            QCOMPARE(index.size(), 0);
            QCOMPARE(index.milestones().size(), 0);
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void shouldRefuseAStoreWithAMalformedList()
    {
        Database db(QStringLiteral("malformed"));
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("malformed.sqlite"))));
        test::importInto(db);
        QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE activities SET entity_ids = '[1,,2]' WHERE id = 7"));
        ActivityIndex index;
        QString error;
        QVERIFY(!index.load(db.connection(), &error));
        QCOMPARE(error, QStringLiteral("activity 7: malformed list of entities or dates"));
        QCOMPARE(index.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityIndex)
#include "tst_activityindex.moc"
