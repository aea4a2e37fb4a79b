#include "extract/dateextractor.h"

#include <QTest>

using evaw::Activity;
using evaw::DateExtractor;
using evaw::DateMention;

class TestDateExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadTheInventorysDateForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dates"); // text=year-month-day~end:kind, joined by |

        QTest::newRow("since") << "Since 2008 UNFPA leads"
                               << "Since 2008=2008-0-0~0:since";
        QTest::newRow("from-a-year-onwards") << "From 2016 onwards, and from March 2020 onward, OHCHR"
                                             << "From 2016 onwards=2016-0-0~0:since"
                                                "|from March 2020 onward=2020-3-0~0:since";
        QTest::newRow("onwards-alone") << "2018 onwards; 2019 on; 2020 onwardly"
                                       << "2018 onwards=2018-0-0~0:since|2019=2019-0-0~0:year|2020=2020-0-0~0:year";
        QTest::newRow("month-year") << "held in March 2021 for Senegal"
                                    << "March 2021=2021-3-0~0:year";
        QTest::newRow("full-date") << "On 12 March 2021, as part of"
                                   << "12 March 2021=2021-3-12~0:year";
        QTest::newRow("us-order") << "on March 12, 2021 the"
                                  << "March 12, 2021=2021-3-12~0:year";
        QTest::newRow("iso-order") << "on 2021-03-01, since 2020-11-25; 2021-13-01 and 2019-02-3"
                                   << "2021-03-01=2021-3-1~0:year|since 2020-11-25=2020-11-25~0:since"
                                      "|2021=2021-0-0~0:year|2019=2019-0-0~0:year";
        QTest::newRow("numbers-day-first") << "on 25/11/2019, on 8.3.2021 and from 05/06/2020"
                                           << "25/11/2019=2019-11-25~0:year|8.3.2021=2021-3-8~0:year"
                                              "|05/06/2020=2020-6-5~0:year";
        QTest::newRow("numbers-month-first-where-the-day-tells") << "on 11/25/2019"
                                                                 << "11/25/2019=2019-11-25~0:year";
        QTest::newRow("numbers-year-first-with-slashes") << "on 2018/03/08"
                                                         << "2018/03/08=2018-3-8~0:year";
        QTest::newRow("numbers-that-are-no-date") << "version 1.2.3.2019, 31/31/2019, 123/11/2019"
                                                  << "2019=2019-0-0~0:year|2019=2019-0-0~0:year";
        QTest::newRow("range-in-brackets") << "(MTBP 2021-2023) ensuring"
                                           << "2021-2023=2021-0-0~2023:range";
        QTest::newRow("short-range") << "the 2018\u201319 cycle"
                                     << "2018\u201319=2018-0-0~2019:range";
        QTest::newRow("between-years") << "Between 2018 and 2020, UN Women"
                                       << "Between 2018 and 2020=2018-0-0~2020:range";
        QTest::newRow("until-and-through-years") << "From 2015 until 2020 and 2016 through 2019, till 2018"
                                                 << "2015 until 2020=2015-0-0~2020:range"
                                                    "|2016 through 2019=2016-0-0~2019:range|2018=2018-0-0~0:year";
        QTest::newRow("and-without-between-is-two-years") << "in 2018 and 2020"
                                                          << "2018=2018-0-0~0:year|2020=2020-0-0~0:year";
        QTest::newRow("months-to-month") << "from January to March 2020 in Honduras"
                                         << "January to March 2020=2020-1-0~0:range";
        QTest::newRow("months-through-a-month") << "from January through March 2020 and May until July 2021"
                                                << "January through March 2020=2020-1-0~0:range"
                                                   "|May until July 2021=2021-5-0~0:range";
        QTest::newRow("months-with-a-dash") << "Jan\u2013Mar 2020"
                                            << "Jan\u2013Mar 2020=2020-1-0~0:range";
        QTest::newRow("between-months") << "between May and July 2019"
                                        << "between May and July 2019=2019-5-0~0:range";
        QTest::newRow("two-months-are-not-a-period") << "in January and March 2020"
                                                     << "March 2020=2020-3-0~0:year";
        QTest::newRow("to-after-a-verb-is-no-period") << "moved to March 2020"
                                                      << "March 2020=2020-3-0~0:year";
        QTest::newRow("months-backwards-are-no-period") << "November to February 2021"
                                                        << "February 2021=2021-2-0~0:year";
        QTest::newRow("slash-years") << "the 2020/21 and 2022/2023 cycles"
                                     << "2020/21=2020-0-0~2021:range|2022/2023=2022-0-0~2023:range";
        QTest::newRow("full-date-to-full-date") << "from 1 January 2020 to 31 December 2021"
                                                << "1 January 2020=2020-1-1~0:year|31 December 2021=2021-12-31~0:year";
        QTest::newRow("ordinal-days") << "January 1st, 2020 and the 23rd of May 2021"
                                      << "January 1st, 2020=2020-1-1~0:year|23rd of May 2021=2021-5-23~0:year";
        QTest::newRow("a-document-symbol-is-no-range") << "report S/2019/280"
                                                       << "2019=2019-0-0~0:year";
        QTest::newRow("as-of") << "As of 2021, UNFPA coordinates"
                               << "As of 2021=2021-0-0~0:as-of";
        QTest::newRow("abbreviated-month") << "from Sept 2010 onwards"
                                           << "from Sept 2010 onwards=2010-9-0~0:since";
        QTest::newRow("month-in-capitals") << "in MARCH 2021 and in DEC. 2022"
                                           << "MARCH 2021=2021-3-0~0:year|DEC. 2022=2022-12-0~0:year";
        QTest::newRow("word-that-starts-like-a-month-is-not-one") << "Marching 2021 and Mayor 2022"
                                                                  << "2021=2021-0-0~0:year|2022=2022-0-0~0:year";
        // Case folding beyond ASCII still applies: the long s folds to an s.
        QTest::newRow("month-with-long-s") << "\u017Fept 2010"
                                           << "\u017Fept 2010=2010-9-0~0:year";
        QTest::newRow("two-years") << "In 2020 and again in 2021."
                                   << "2020=2020-0-0~0:year|2021=2021-0-0~0:year";
        // The scan looks at eight characters at a time: years across and at the end of a block.
        QTest::newRow("year-across-a-block") << "in Gaza, 2019 and"
                                             << "2019=2019-0-0~0:year";
        QTest::newRow("year-at-the-very-end") << "The project ran through 2022"
                                              << "2022=2022-0-0~0:year";
        QTest::newRow("digits-of-another-script") << "منذ ٢٠١٩ في"
                                                  << "٢٠١٩=2019-0-0~0:year";
        QTest::newRow("thousands-are-not-years") << "2,000 participants and 94,250 views"
                                                 << "";
        QTest::newRow("a-count-without-its-comma-is-not-a-year")
            << "worked in 2000 communities with 1980 volunteers; In 2020 women led it. In 2021 people fled"
            << "2020=2020-0-0~0:year|2021=2021-0-0~0:year";
        QTest::newRow("percent-is-not-a-year") << "2020% of"
                                               << "";
        QTest::newRow("ordinal-is-not-a-year") << "the 65th session and the 2020th"
                                               << "";
        QTest::newRow("covid-is-not-a-year") << "COVID-19 and COVID19"
                                             << "";
        QTest::newRow("resolution-number-is-not-a-year") << "resolution 1325 on women"
                                                         << "";
        QTest::newRow("a-resolutions-year-dates-no-activity")
            << "resolutions 1325 (2000) and 2467 (2019) guided the work (2021)"
            << "2021=2021-0-0~0:year";
        QTest::newRow("the-2030-agenda-is-a-name") << "the 2030 Agenda and Agenda 2030, by 2030"
                                                   << "2030=2030-0-0~0:year";
        QTest::newRow("instruments-named-by-their-year")
            << "the 1951 Convention, its 1967 Protocol, the 1993 Declaration and the Women's Act of 2010, in 2016"
            << "2016=2016-0-0~0:year";
        QTest::newRow("laws-and-codes-named-by-their-year")
            << "the 2014 Law on Protection of Women, the Family Code of 2004 and a 2019 law, in 2021"
            << "2019=2019-0-0~0:year|2021=2021-0-0~0:year";
        QTest::newRow("laws-and-decrees-named-by-number-and-year")
            << "Law 1257 of 2008, Decree 762 of 2018 and Decree No. 2020-123, amended in 2021"
            << "2021=2021-0-0~0:year";
        QTest::newRow("ilo-instruments-cited-by-year-and-number")
            << "ratify the Violence and Harassment Convention, 2019 (No. 190), apply the Recommendation, 2019, "
               "and C156, 1981 (No. 156), in 2022"
            << "2022=2022-0-0~0:year";
        QTest::newRow("a-year-after-a-comma-dates-what-follows")
            << "the Convention entered into force; by 2021, 40 States"
            << "2021=2021-0-0~0:year";
        QTest::newRow("a-year-before-another-word-is-a-date") << "the 2019 request of the Commission"
                                                              << "2019=2019-0-0~0:year";
        QTest::newRow("days-of-one-month") << "held on 18-20 November 2019"
                                           << "18-20 November 2019=2019-11-18~0:range";
        QTest::newRow("days-to-a-day") << "from 1 to 15 March 2019, and 2nd until 4th May 2020"
                                       << "1 to 15 March 2019=2019-3-1~0:range|2nd until 4th May 2020=2020-5-2~0:range";
        QTest::newRow("a-day-to-a-day-of-another-month")
            << "From 25 November to 10 December 2021, and from March 1 to March 12, 2022"
            << "25 November to 10 December 2021=2021-11-25~0:range|March 1 to March 12, 2022=2022-3-1~0:range";
        QTest::newRow("a-month-to-a-day") << "from November to 10 December 2021"
                                          << "November to 10 December 2021=2021-11-0~0:range";
        QTest::newRow("between-days") << "between 2 and 4 May 2020"
                                      << "between 2 and 4 May 2020=2020-5-2~0:range";
        QTest::newRow("two-days-are-not-a-period") << "on 8 and 9 March 2022"
                                                   << "9 March 2022=2022-3-9~0:year";
        QTest::newRow("days-backwards-are-no-period")
            << "from 20 to 10 March 2022 and 20 December to 10 March 2023"
            << "10 March 2022=2022-3-10~0:year|10 March 2023=2023-3-10~0:year";
        QTest::newRow("day-month-without-year-is-skipped") << "Day of the Girl (11 October)"
                                                           << "";
        QTest::newRow("decimal-is-not-a-year") << "rose to 2020.5 points"
                                               << "";
        QTest::newRow("fiscal-years")
            << "in FY2020 and FY2021/22, since FY 2019"
            << "FY2020=2020-0-0~0:year|FY2021/22=2021-0-0~2022:range|since FY 2019=2019-0-0~0:since";
        QTest::newRow("fiscal-years-by-two-digits") << "in FY21 and FY19-20, not FY215 or AFY21"
                                                    << "FY21=2021-0-0~0:year|FY19-20=2019-0-0~2020:range";
        QTest::newRow("letters-glued-to-digits-are-no-year") << "code AFY2020 and XY2021"
                                                             << "";
        QTest::newRow("not-a-range-backwards") << "2021-2019"
                                               << "2021=2021-0-0~0:year|2019=2019-0-0~0:year";
    }

    void shouldReadTheInventorysDateForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, dates);
        QStringList read;
        for (const DateMention &d : DateExtractor::extract(text)) {
            read.append(QStringLiteral("%1=%2-%3-%4~%5:%6")
                            .arg(text.mid(d.start, d.length))
                            .arg(d.year)
                            .arg(d.month)
                            .arg(d.day)
                            .arg(d.endYear)
                            .arg(d.kind));
        }
        QCOMPARE(read.join(u'|'), dates);
    }

    void shouldTellTargetsFromMilestones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("dates"); // text=year:kind, joined by |
        QTest::addColumn<QList<int>>("years");

        QTest::newRow("a deadline past the other year") << "In 2021 UNFPA pledged to end FGM by 2030."
                                                        << ""
                                                        << "2021=2021:year|by 2030=2030:target" << QList<int>{2021};
        QTest::newRow("past the period") << "The programme aims to reach 5,000 girls by the end of 2025."
                                         << "Feb 2020 - Sep 2021"
                                         << "by the end of 2025=2025:target" << QList<int>{};
        QTest::newRow("by mid-year") << "Since 2019, and by mid-2026, UN Women will"
                                     << ""
                                     << "Since 2019=2019:since|by mid-2026=2026:target" << QList<int>{2019};
        QTest::newRow("a month") << "UNICEF trained 40 staff in 2020 and will train 60 more by June 2022."
                                 << ""
                                 << "2020=2020:year|by June 2022=2022:target" << QList<int>{2020};
        QTest::newRow("a deadline met within the period") << "By 2020, the programme had reached 300 women."
                                                          << "Jan 2019 - Dec 2021"
                                                          << "2020=2020:year" << QList<int>{2020};
        QTest::newRow("a deadline met before a later year")
            << "By the end of 2020, 13 countries had joined; in 2021, two more did."
            << ""
            << "2020=2020:year|2021=2021:year" << QList<int>{2020, 2021};
        QTest::newRow("an aim with nothing to compare with") << "The programme aims to end FGM by 2030."
                                                             << ""
                                                             << "by 2030=2030:target" << QList<int>{};
        QTest::newRow("an aim after a sentence told in the past")
            << "The project was launched. It aims to reach 500 girls by 2030."
            << ""
            << "by 2030=2030:target" << QList<int>{};
        QTest::newRow("nothing to compare with") << "UN Women trained 40 judges by 2019."
                                                 << ""
                                                 << "2019=2019:year" << QList<int>{2019};
        QTest::newRow("a deadline told as met") << "In 2018 UNHCR opened 12 spaces; by December 2021 there were 60."
                                                << ""
                                                << "2018=2018:year|December 2021=2021:year" << QList<int>{2018, 2021};
        QTest::newRow("a target group reached")
            << "By 2021 the programme had reached 500 target girls, up from 90 in 2019."
            << ""
            << "2021=2021:year|2019=2019:year" << QList<int>{2019, 2021};
        QTest::newRow("an aim told in the past") << "In 2019 UNFPA was expected to reach 500 girls by 2021."
                                                 << ""
                                                 << "2019=2019:year|by 2021=2021:target" << QList<int>{2019};
        QTest::newRow("a deadline before another year") << "stood by 2019 figures, not 2030 ones"
                                                        << ""
                                                        << "2019=2019:year|2030=2030:year" << QList<int>{2019, 2030};
        QTest::newRow("the end of a year, not a deadline") << "At the end of 2025, as in 2020."
                                                           << ""
                                                           << "2025=2025:year|2020=2020:year" << QList<int>{2020, 2025};
    }

    void shouldTellTargetsFromMilestones()
    {
        QFETCH(QString, text);
        QFETCH(QString, period);
        QFETCH(QString, dates);
        QFETCH(QList<int>, years);
        Activity activity;
        activity.text = text;
        activity.dates = DateExtractor::extract(text, period);
        QStringList read;
        for (const DateMention &d : std::as_const(activity.dates))
            read.append(QStringLiteral("%1=%2:%3").arg(activity.dateWords(d)).arg(d.year).arg(d.kind));
        QCOMPARE(read.join(u'|'), dates);
        QCOMPARE(activity.years(), years);
    }

    void shouldKeepEachDateWithItsSentence()
    {
        const QString text = QStringLiteral(
            "UNFPA works in 26 countries. Since 2016 UNFPA, jointly with UNICEF, runs the Global Programme. It grew.");
        const QList<DateMention> dates = DateExtractor::extract(text);
        QCOMPARE(dates.size(), 1);
        QCOMPARE(DateExtractor::sentenceAround(text, dates[0].start),
            QStringLiteral("Since 2016 UNFPA, jointly with UNICEF, runs the Global Programme."));
    }

    void shouldShowOnlyThePartOfAVeryLongSentenceAroundItsDate()
    {
        // Sentences glued with no space after their stops read as one: each of its 100
        // dates keeps only the words near it, not the whole paragraph.
        const QString one = QStringLiteral("UNFPA supported safe spaces in Yemen in 2020.");
        const QString text = one.repeated(100);
        const QList<DateMention> dates = DateExtractor::extract(text);
        QCOMPARE(dates.size(), 100);
        const DateMention &middle = dates.at(50);
        const QString sentence = DateExtractor::sentenceAround(text, middle.start);
        QVERIFY(sentence.size() <= 2 * DateExtractor::kSentenceReach + 2);
        QVERIFY(sentence.startsWith(QChar(0x2026)));
        QVERIFY(sentence.endsWith(QChar(0x2026)));
        // Cut between words, and the date's own words are in it.
        const QString inner = sentence.mid(1, sentence.size() - 2);
        QVERIFY(text.indexOf(inner) > 0);
        QVERIFY(text.at(text.indexOf(inner) - 1) == u' ');
        QVERIFY(inner.contains(QLatin1String("Yemen in 2020.UNFPA")));
        // Near the start of the text, nothing is cut before it.
        QVERIFY(DateExtractor::sentenceAround(text, dates.at(0).start).startsWith(QLatin1String("UNFPA supported")));
    }
};

QTEST_GUILESS_MAIN(TestDateExtractor)
#include "tst_dateextractor.moc"
