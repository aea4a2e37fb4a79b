#include "corpus/reportingperiod.h"

#include <QTest>

using evaw::ReportingPeriod;

namespace {

// A month as the tests write it: "2020-02", or "open" for the end of a running period.
QString month(int months)
{
    if (months == ReportingPeriod::kOpen)
        return QStringLiteral("open");
    return QStringLiteral("%1-%2").arg(months / 12).arg(months % 12 + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestReportingPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadWhenAPeriodRuns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");

        QTest::newRow("months-and-years") << "Feb 2020 - Sep 2021"
                                          << "2020-02"
                                          << "2021-09";
        QTest::newRow("a-long-abbreviation") << "Mar 2010 - Sept 2010"
                                             << "2010-03"
                                             << "2010-09";
        QTest::newRow("full-names-and-an-en-dash") << "January 2019 – December 2019"
                                                   << "2019-01"
                                                   << "2019-12";
        QTest::newRow("days-and-stops") << "1 Feb. 2020 to 30 Sep. 2021"
                                        << "2020-02"
                                        << "2021-09";
        QTest::newRow("numbered-months") << "02/2020 - 09/2021"
                                         << "2020-02"
                                         << "2021-09";
        QTest::newRow("a-year-alone-runs-through-it") << "2018"
                                                      << "2018-01"
                                                      << "2018-12";
        QTest::newRow("years-alone") << "2018 - 2019"
                                     << "2018-01"
                                     << "2019-12";
        QTest::newRow("still-running") << "Jan 2019 - Present"
                                       << "2019-01"
                                       << "open";
        QTest::newRow("still-running-to-date") << "Jan 2019 to date"
                                               << "2019-01"
                                               << "open";
        QTest::newRow("an-end-left-blank") << "Sep 2020 \u2013"
                                           << "2020-09"
                                           << "open";
        QTest::newRow("quarters-run-through-their-months") << "Q2 2020 - Q4 2021"
                                                           << "2020-04"
                                                           << "2021-12";
        QTest::newRow("a-half-alone") << "H2 2019"
                                      << "2019-07"
                                      << "2019-12";
        QTest::newRow("the-months-of-one-year") << "Jan-Dec 2021"
                                                << "2021-01"
                                                << "2021-12";
        QTest::newRow("months-of-one-year-to-another") << "Jul\u2013Dec 2020 - Mar 2021"
                                                       << "2020-07"
                                                       << "2021-03";
        QTest::newRow("a-year-and-the-next") << "2018/2019"
                                             << "2018-01"
                                             << "2019-12";
        QTest::newRow("a-year-and-the-next-by-two-digits") << "2018/19"
                                                           << "2018-01"
                                                           << "2019-12";
        QTest::newRow("into-the-next-century") << "1999/00"
                                               << "1999-01"
                                               << "2000-12";
        QTest::newRow("a-month-number-out-of-range") << "13/2020"
                                                     << "2020-01"
                                                     << "2020-12";
    }

    void shouldReadWhenAPeriodRuns()
    {
        QFETCH(QString, text);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const ReportingPeriod period = ReportingPeriod::read(text);
        QVERIFY(period.isValid());
        QCOMPARE(month(period.start()), start);
        QCOMPARE(month(period.end()), end);
    }

    void shouldNotReadAPeriodWithoutAYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("open-alone") << "Ongoing";
        QTest::newRow("a-month-alone") << "February";
        QTest::newRow("two-digits-alone") << "19/20";
    }

    void shouldNotReadAPeriodWithoutAYear()
    {
        QFETCH(QString, text);
        QVERIFY(!ReportingPeriod::read(text).isValid());
    }

    void shouldOrderPeriodsByStartThenEnd()
    {
        const auto before = [](const char *a, const char *b) {
            return ReportingPeriod::read(QString::fromLatin1(a))
                .runsBefore(ReportingPeriod::read(QString::fromLatin1(b)));
        };
        QVERIFY(before("Sep 2018 - Aug 2021", "Mar 2019 - Feb 2020"));
        QVERIFY(!before("Mar 2019 - Feb 2020", "Sep 2018 - Aug 2021"));
        QVERIFY(before("Jan 2020 - Dec 2020", "Jan 2020 - Present"));
        QVERIFY(before("Dec 2021", "Ongoing"));
        QVERIFY(!before("Ongoing", "Dec 2021"));
        QVERIFY(!before("Jan 2020 - Dec 2020", "Jan 2020 - Dec 2020"));
    }
};

QTEST_GUILESS_MAIN(TestReportingPeriod)
#include "tst_reportingperiod.moc"
