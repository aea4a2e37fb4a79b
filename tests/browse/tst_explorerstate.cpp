#include "browse/explorerstate.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace evaw;

class TestExplorerState : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;

    int countOfCountry(const QString &code) const
    {
        const int entity = m_state->index().entityIndex(QStringLiteral("country:") + code);
        return m_state->result().countryCounts.value(entity);
    }
    int countOfAgency(const QString &key) const
    {
        return m_state->result().agencyCounts.value(m_state->index().entityIndex(key));
    }
    void apply(const std::function<void(Filter &)> &change) { test::applyFilter(*m_state, change); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_db->open(QStringLiteral(":memory:")));
        test::importInto(*m_db);
        m_state = std::make_unique<ExplorerState>(test::gazetteer());
        QString error;
        QVERIFY2(m_state->load(m_db->connection(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_state.reset();
        m_db.reset();
    }

    void shouldShowEverythingWithNoFilter()
    {
        QCOMPARE(m_state->result().rows.size(), 48);
        QCOMPARE(m_state->result().noCountryCount, 28);
        QCOMPARE(countOfAgency(QStringLiteral("agency:unfpa")), 25);
        QCOMPARE(m_state->describeFilter(), QString());
    }

    void shouldCountEachFacetUnderTheOtherFilters()
    {
        apply([](Filter &f) { f.setCountries({QStringLiteral("MZ")}); });
        QCOMPARE(m_state->result().rows.size(), 1);
        // The country facet ignores the country filter itself...
        QCOMPARE(countOfCountry(QStringLiteral("KE")), 1);
        QCOMPARE(m_state->result().noCountryCount, 28);
        // ...while every other facet counts only Mozambique's activity.
        QCOMPARE(countOfAgency(QStringLiteral("agency:unfpa")), 0);
        QCOMPARE(countOfAgency(QStringLiteral("agency:unrco")), 1);
        QCOMPARE(m_state->describeFilter(), QStringLiteral("Mozambique"));
    }

    // Forms of violence are checked as agencies are, any of them, and counted under the
    // other filters.
    void shouldFilterByAnyCheckedFormOfViolence()
    {
        auto themeCount = [&](const QString &key) {
            return m_state->result().themeCounts.value(m_state->index().entityIndex(key));
        };
        QCOMPARE(themeCount(QStringLiteral("theme:sea")), 7);
        QCOMPARE(themeCount(QStringLiteral("theme:fgm")), 2);
        apply([](Filter &f) { f.setThemes({QStringLiteral("theme:fgm"), QStringLiteral("theme:child-marriage")}); });
        QCOMPARE(m_state->result().rows.size(), 4);
        QCOMPARE(themeCount(QStringLiteral("theme:sea")), 7); // its own dimension is not counted
        QCOMPARE(countOfAgency(QStringLiteral("agency:unfpa")), 4);
        QCOMPARE(m_state->describeFilter(), QStringLiteral("Child marriage or Female genital mutilation"));
        apply([](Filter &f) { f.setAgencies({QStringLiteral("agency:ohchr")}); });
        QCOMPARE(m_state->result().rows.size(), 0);
        QCOMPARE(themeCount(QStringLiteral("theme:crsv")), 1); // what OHCHR's activities name
        QCOMPARE(themeCount(QStringLiteral("theme:sea")), 0);
    }

    // A programme is known by every name the text gives it, and by what a lead-in or a
    // title hands down: the filter finds what a search for its name would miss.
    void shouldFilterByAnyCheckedProgramme()
    {
        auto programmeCount = [&](const QString &key) {
            return m_state->result().programmeCounts.value(m_state->index().entityIndex(key));
        };
        QCOMPARE(programmeCount(QStringLiteral("programme:spotlight")), 12);
        apply([](Filter &f) { f.setProgrammes({QStringLiteral("programme:spotlight")}); });
        QCOMPARE(m_state->result().rows.size(), 12);
        apply([](Filter &f) { f.setSearch(QStringLiteral("\"Spotlight Initiative\"")); });
        QCOMPARE(m_state->result().rows.size(), 8); // the name misses 4 of its 12
        apply([](Filter &f) {
            f.setSearch({});
            f.setThemes({QStringLiteral("theme:sea")});
        });
        QCOMPARE(m_state->describeFilter(), QStringLiteral("Sexual exploitation and abuse · Spotlight Initiative"));
        QCOMPARE(m_state->result().rows.size(), programmeCount(QStringLiteral("programme:spotlight")));
    }

    void shouldMatchAnyOrAllOfTheCheckedAgencies_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("words");
        QTest::newRow("any-of-unfpa-and-unicef") << false << 26 << "UNFPA or UNICEF";
        QTest::newRow("all-of-unfpa-and-unicef") << true << 8 << "UNFPA and UNICEF";
    }

    void shouldMatchAnyOrAllOfTheCheckedAgencies()
    {
        QFETCH(bool, all);
        QFETCH(int, rows);
        QFETCH(QString, words);
        apply([all](Filter &f) {
            f.setAgencies({QStringLiteral("agency:unfpa"), QStringLiteral("agency:unicef")});
            f.setAgencyMode(all ? Filter::AgencyMode::All : Filter::AgencyMode::Any);
        });
        QCOMPARE(m_state->result().rows.size(), rows);
        QCOMPARE(m_state->describeFilter(), words);
    }

    void shouldFilterByReportingEntity()
    {
        apply([](Filter &f) {
            f.setAgencyRole(Filter::AgencyRole::ReportedBy);
            f.setAgencies({QStringLiteral("agency:unfpa")});
        });
        QCOMPARE(m_state->result().rows.size(), 18);
        QCOMPARE(countOfAgency(QStringLiteral("programme:spotlight")), 8);
        QCOMPARE(m_state->describeFilter(), QStringLiteral("reported by UNFPA"));
    }

    void shouldCombineYearsMeasuresAndSearch()
    {
        apply([](Filter &f) { f.setYears(2021, 2021); });
        QCOMPARE(m_state->result().rows.size(), 6);
        apply([](Filter &f) { f.setMeasures({QStringLiteral("Inter-Agency Mechanisms and Activities")}); });
        QCOMPARE(m_state->result().rows.size(), 6);
        QCOMPARE(m_state->result().measureCounts.value(0), 6);
        apply([](Filter &f) { f.setSearch(QStringLiteral("Senegal")); });
        QCOMPARE(m_state->result().rows.size(), 1);
        QCOMPARE(m_state->describeFilter(),
            QStringLiteral("Inter-Agency Mechanisms and Activities \u00b7 2021 \u00b7 \u201cSenegal\u201d"));
    }

    void shouldSearchWithPhrasesPrefixesAndOperators_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("rows");
        QTest::newRow("word") << "femicide" << 1;
        QTest::newRow("phrase") << "\"jointly with UNICEF\"" << 4;
        QTest::newRow("prefix") << "Mozamb*" << 1;
        QTest::newRow("and") << "UNFPA AND Spotlight" << 2;
        QTest::newRow("or") << "Samoa OR Haiti" << 2;
        QTest::newRow("not") << "UNFPA NOT UNICEF" << 16;
        // Words with a hyphen or an apostrophe are searched as written, not read as syntax.
        QTest::newRow("hyphenated") << "co-lead" << 1;
        QTest::newRow("hyphenated-name") << "UN-Habitat" << 1;
        QTest::newRow("hyphenated-prefix") << "co-lead*" << 3;
        QTest::newRow("apostrophe") << "Women's" << 2;
    }

    void shouldSearchWithPhrasesPrefixesAndOperators()
    {
        QFETCH(QString, query);
        QFETCH(int, rows);
        apply([&](Filter &f) { f.setSearch(query); });
        QVERIFY2(m_state->searchError().isEmpty(), qPrintable(m_state->searchError()));
        QCOMPARE(m_state->result().rows.size(), rows);
    }

    void shouldExplainAMalformedQueryInsteadOfFailing()
    {
        apply([](Filter &f) { f.setSearch(QStringLiteral("AND OR (")); });
        QVERIFY(!m_state->searchError().isEmpty());
        QVERIFY2(m_state->searchError().contains(QLatin1String("syntax error")), qPrintable(m_state->searchError()));
        QCOMPARE(m_state->result().rows.size(), 0);
        apply([](Filter &f) { f.setSearch(QString()); });
        QVERIFY(m_state->searchError().isEmpty());
        QCOMPARE(m_state->result().rows.size(), 48);
    }

    void shouldSearchAgainOnceTheIndexCatchesUp()
    {
        // An import shows its activities before their text is indexed; a search made in
        // between finds them once the index is done.
        QTemporaryDir dir;
        const QString chad
            = test::writeFile(dir, QStringLiteral("chad.txt"), "In Chad, UNICEF trained 40 social workers in 2019.\n");
        Importer importer(*m_db, test::extractor());
        importer.setFollowUpLeftToCaller(true);
        QVERIFY(importer.importFiles({chad}).value(0).ok);
        QString error;
        QVERIFY2(m_state->load(m_db->connection(), &error), qPrintable(error));
        apply([](Filter &f) { f.setSearch(QStringLiteral("trained")); });
        QCOMPARE(m_state->result().rows.size(), 0);

        QVERIFY2(importer.indexNewTexts(&error), qPrintable(error));
        QSignalSpy changed(m_state.get(), &ExplorerState::resultChanged);
        m_state->searchIndexUpdated();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_state->result().rows.size(), 1);
    }

    void shouldNotRefilterForTheIndexWithoutASearch()
    {
        QSignalSpy changed(m_state.get(), &ExplorerState::resultChanged);
        m_state->searchIndexUpdated();
        QCOMPARE(changed.count(), 0);
    }

    void shouldEmitOnceAndOnlyWhenTheFilterChanges()
    {
        QSignalSpy spy(m_state.get(), &ExplorerState::resultChanged);
        apply([](Filter &f) { f.setCountries({QStringLiteral("MX")}); });
        apply([](Filter &f) { f.setCountries({QStringLiteral("MX")}); });
        QCOMPARE(spy.count(), 1);
    }

    void shouldGroupCountriesByEitherRegionScheme()
    {
        QCOMPARE(m_state->regionOf(QStringLiteral("KE")), QStringLiteral("014"));
        QCOMPARE(m_state->regionName(QStringLiteral("014")), QStringLiteral("Eastern Africa"));
        QCOMPARE(m_state->result().regionCounts.value(QStringLiteral("014")), 3); // Mozambique, Kenya, Burundi
        m_state->setRegionScheme(ExplorerState::RegionScheme::UnWomen);
        QCOMPARE(m_state->regionOf(QStringLiteral("KE")), QStringLiteral("unw-esa"));
        QCOMPARE(m_state->regionOf(QStringLiteral("PS")), QStringLiteral("unw-as"));
        QCOMPARE(m_state->regionOf(QStringLiteral("HT")), QStringLiteral("unw-ac"));
        QCOMPARE(m_state->regionOf(QStringLiteral("XK")), QStringLiteral("unw-eca"));
        QCOMPARE(m_state->regionOf(QStringLiteral("WS")), QStringLiteral("unw-ap"));
        QCOMPARE(m_state->result().regionCounts.value(QStringLiteral("unw-esa")), 3);
    }
};

QTEST_GUILESS_MAIN(TestExplorerState)
#include "tst_explorerstate.moc"
