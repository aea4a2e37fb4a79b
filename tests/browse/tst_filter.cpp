#include "browse/filter.h"

#include <QTest>

using evaw::Filter;

class TestFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSayWhetherASetterChangedAnything()
    {
        Filter filter;
        QVERIFY(filter.isEmpty());
        QVERIFY(filter.setCountries({QStringLiteral("MZ")}));
        QVERIFY(!filter.setCountries({QStringLiteral("MZ")}));
        QVERIFY(filter.setSearch(QStringLiteral("  femicide ")));
        QVERIFY(!filter.setSearch(QStringLiteral("femicide")));
        QCOMPARE(filter.search(), QStringLiteral("femicide"));
        QVERIFY(filter.setAgencyMode(Filter::AgencyMode::All));
        QVERIFY(!filter.setAgencyMode(Filter::AgencyMode::All));
        QVERIFY(!filter.isEmpty());
    }

    void shouldOrderAReversedYearRange()
    {
        Filter filter;
        QVERIFY(filter.setYears(2022, 2016));
        QCOMPARE(filter.fromYear(), 2016);
        QCOMPARE(filter.toYear(), 2022);
        QVERIFY(filter.admitsYear(2016));
        QVERIFY(filter.admitsYear(2022));
        QVERIFY(!filter.admitsYear(2015));
        QVERIFY(filter.setYears(2020, 0));
        QVERIFY(filter.admitsYear(2040));
        QVERIFY(!filter.admitsYear(2019));
    }

    void shouldKnowWhichDimensionsItConstrains_data()
    {
        QTest::addColumn<int>("dimension");
        QTest::newRow("countries") << int(Filter::Countries);
        QTest::newRow("agencies") << int(Filter::Agencies);
        QTest::newRow("measures") << int(Filter::Measures);
        QTest::newRow("periods") << int(Filter::Periods);
        QTest::newRow("forms-of-violence") << int(Filter::Themes);
        QTest::newRow("programmes") << int(Filter::Programmes);
        QTest::newRow("years") << int(Filter::Years);
        QTest::newRow("search") << int(Filter::Search);
    }

    void shouldKnowWhichDimensionsItConstrains()
    {
        QFETCH(int, dimension);
        Filter filter;
        switch (dimension) {
        case Filter::Countries:
            filter.setPlaces({QStringLiteral("MZ-P")});
            break;
        case Filter::Agencies:
            filter.setAgencies({QStringLiteral("agency:unfpa")});
            break;
        case Filter::Measures:
            filter.setMeasures({QStringLiteral("Training and Capacity Building")});
            break;
        case Filter::Periods:
            filter.setPeriods({QStringLiteral("Feb 2020 - Sep 2021")});
            break;
        case Filter::Themes:
            filter.setThemes({QStringLiteral("theme:fgm")});
            break;
        case Filter::Programmes:
            filter.setProgrammes({QStringLiteral("programme:spotlight")});
            break;
        case Filter::Years:
            filter.setYears(2008, 2008);
            break;
        case Filter::Search:
            filter.setSearch(QStringLiteral("FGM"));
            break;
        }
        for (int d = 0; d < Filter::DimensionCount; ++d)
            QCOMPARE(filter.constrains(Filter::Dimension(d)), d == dimension);
    }

    void shouldSurviveARoundTripThroughSettings()
    {
        Filter filter;
        filter.setCountries({QStringLiteral("MZ"), QString()});
        filter.setPlaces({QStringLiteral("MZ-G")});
        filter.setAgencies({QStringLiteral("agency:unfpa"), QStringLiteral("agency:unicef")});
        filter.setAgencyMode(Filter::AgencyMode::All);
        filter.setAgencyRole(Filter::AgencyRole::ReportedBy);
        filter.setMeasures({QStringLiteral("Support for Policy Development")});
        filter.setThemes({QStringLiteral("theme:child-marriage"), QStringLiteral("theme:fgm")});
        filter.setProgrammes({QStringLiteral("programme:gp-fgm")});
        filter.setYears(2016, 2022);
        filter.setSearch(QStringLiteral("\"child marriage\""));
        QCOMPARE(Filter::fromVariant(filter.toVariant()), filter);
        QVERIFY(Filter::fromVariant({}) == Filter());
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
