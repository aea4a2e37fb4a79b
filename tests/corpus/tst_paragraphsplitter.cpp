#include "corpus/paragraphsplitter.h"

#include <QTest>

namespace Splitter = evaw::ParagraphSplitter;

class TestParagraphSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecogniseListMarkers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("markerLength");
        QTest::newRow("dash-bullet") << "- In Samoa, the Resident Coordinator" << 2;
        QTest::newRow("number-dash") << "1- Conducted a Gender Responsive mapping" << 3;
        QTest::newRow("number-dash-no-space") << "12-Conducted a mapping" << 3;
        QTest::newRow("number-dot") << "2. Within the framework" << 3;
        QTest::newRow("number-bracket") << "3) Led and coordinated" << 3;
        QTest::newRow("letter-bracket") << "b) strengthen joint advocacy" << 3;
        QTest::newRow("roman-in-brackets") << "(iv) applying gender budgeting" << 5;
        QTest::newRow("unicode-bullet") << "\u2022 Training of trainers" << 2;
        QTest::newRow("arrowhead-bullet") << "\u27A2 Trained 80 nurses" << 2;
        QTest::newRow("word-symbol-font-bullet") << "\uF0A7 trained 80 nurses" << 2;
        QTest::newRow("words-second-level-bullet") << "o trained 80 nurses" << 2;
        QTest::newRow("a-word-of-one-o-is-no-bullet") << "o\u2019clock meetings" << 0;
        QTest::newRow("year-is-not-a-number-item") << "2020 was a pivotal year" << 0;
        QTest::newRow("decimal-is-not-an-item") << "1.5 million women reached" << 0;
        QTest::newRow("hyphenated-word-is-not-an-item") << "-based violence" << 0;
        QTest::newRow("abbreviation-is-not-an-item") << "e.g. the RESPECT framework" << 0;
        QTest::newRow("plain-sentence") << "UNFPA leads the GBV AoR." << 0;
        QTest::newRow("roman-with-a-dot") << "iv. a review of the law" << 4;
        QTest::newRow("a-wrapped-words-end-is-no-item") << "team. UN Women is a member" << 0;
        QTest::newRow("etc-is-no-item") << "etc. were trained" << 0;
    }

    void shouldRecogniseListMarkers()
    {
        QFETCH(QString, text);
        QFETCH(int, markerLength);
        QCOMPARE(Splitter::itemMarkerLength(text), markerLength);
    }

    void shouldRecogniseHeadings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("heading");
        QTest::newRow("measure-category") << "Inter-Agency Mechanisms and Activities" << true;
        QTest::newRow("resource-title") << "Generation Equality and 2020 Information Note" << true;
        QTest::newRow("category-with-comma-and-slash")
            << "Protection, Support and Services for Victims/Survivors" << true;
        QTest::newRow("sentence-with-stop") << "UNFPA leads the GBV Information Management System." << false;
        QTest::newRow("lead-in-with-colon") << "In Albania UN Women CO:" << false;
        QTest::newRow("cut-preview") << "the annual PSEA action..." << false;
        QTest::newRow("lower-case-start") << "and the annual survey" << false;
        QTest::newRow("too-long-for-a-heading")
            << "UN Women continued to actively participate in the UN system wide SEA Working Group which is coordinated"
            << false;
        QTest::newRow("bullet") << "- In Samoa" << false;
        QTest::newRow("stop-inside-a-quote") << "Its slogan was \u201COrange the World.\u201D" << false;
        QTest::newRow("title-ending-in-a-bracket") << "Essential Services Package (ESP)" << true;
        QTest::newRow("sentence-without-its-stop") << "UNFPA supported 12 safe spaces in Yemen" << false;
        QTest::newRow("past-verb-without-a-number") << "UNICEF trained teachers on child protection" << false;
        QTest::newRow("number-in-a-sentence") << "Its Article 15 calls for the prevention of violence" << false;
        QTest::newRow("title-in-sentence-case") << "Joint campaign on sexual harassment in public spaces" << true;
        QTest::newRow("short-sub-heading") << "Analysis and research" << true;
        QTest::newRow("resource-title-with-a-number-and-a-year")
            << "Guidance note on the 16 days of activism 2018" << true;
        QTest::newRow("resource-title-with-a-comma")
            << "Handbook for legislation on violence against women, 2012" << true;
        QTest::newRow("resource-title-with-a-verb-is-a-sentence")
            << "Report on violence against women was presented in 2019 to the council" << false;
        QTest::newRow("hyphenated-adjective-is-no-verb")
            << "Survivor-centred care for gender-based violence survivors" << true;
    }

    void shouldRecogniseHeadings()
    {
        QFETCH(QString, text);
        QFETCH(bool, heading);
        QCOMPARE(Splitter::isHeading(text), heading);
    }

    void shouldReadEntryHeaders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("entity");
        QTest::newRow("month-range") << "Feb 2020 - Sep 2021 | UN Women"
                                     << "Feb 2020 - Sep 2021"
                                     << "UN Women";
        QTest::newRow("no-break-spaces") << "Feb\u00a02020 -\u00a0Sep 2021\u00a0|\u00a0UN\u00a0Women"
                                         << "Feb 2020 - Sep 2021"
                                         << "UN Women";
        QTest::newRow("sept-abbreviation") << "Mar 2010 - Sept 2010 | UNFPA"
                                           << "Mar 2010 - Sept 2010"
                                           << "UNFPA";
        QTest::newRow("en-dash-years") << "2018 \u2013 2019 | OHCHR"
                                       << "2018 \u2013 2019"
                                       << "OHCHR";
        QTest::newRow("single-year") << "2016 | UNICEF"
                                     << "2016"
                                     << "UNICEF";
        QTest::newRow("open-end") << "Jan 2019 - Present | UNHCR"
                                  << "Jan 2019 - Present"
                                  << "UNHCR";
        QTest::newRow("an-end-left-blank") << "Sep 2020 - | WHO"
                                           << "Sep 2020 -"
                                           << "WHO";
        QTest::newRow("full-months-and-to") << "January 2019 to December 2020 | UN-Habitat"
                                            << "January 2019 to December 2020"
                                            << "UN-Habitat";
        QTest::newRow("days-and-numeric-months") << "1 Jan 2019 - 02/2020 | ILO"
                                                 << "1 Jan 2019 - 02/2020"
                                                 << "ILO";
        QTest::newRow("quarters-and-halves") << "Q1 2020 - H2 2021 | UNDP"
                                             << "Q1 2020 - H2 2021"
                                             << "UNDP";
        QTest::newRow("the-months-of-one-year") << "Jan-Dec 2021 | UNFPA"
                                                << "Jan-Dec 2021"
                                                << "UNFPA";
        QTest::newRow("a-year-and-the-next") << "2018/2019 | UNHCR"
                                             << "2018/2019"
                                             << "UNHCR";
        QTest::newRow("a-year-and-the-next-by-two-digits") << "2018/19 | UNHCR"
                                                           << "2018/19"
                                                           << "UNHCR";
        QTest::newRow("a-year-and-more-digits-is-no-period") << "2018/193 | UNHCR"
                                                             << ""
                                                             << "";
        QTest::newRow("a-fiscal-year") << "FY2021 | UNDP"
                                       << "FY2021"
                                       << "UNDP";
        QTest::newRow("fiscal-years-apart-by-a-space") << "FY 2019 - FY 2020 | UNFPA"
                                                       << "FY 2019 - FY 2020"
                                                       << "UNFPA";
        QTest::newRow("a-fiscal-year-and-the-next") << "FY 2020/21 | UNDP"
                                                    << "FY 2020/21"
                                                    << "UNDP";
        QTest::newRow("fy-without-a-year-is-no-period") << "FYI | UNICEF"
                                                        << ""
                                                        << "";
        QTest::newRow("ongoing-alone") << "Ongoing | WHO"
                                       << "Ongoing"
                                       << "WHO";
        QTest::newRow("fields-with-their-labels") << "Period: Jan 2022 - Dec 2022 | Entity: UNDP"
                                                  << "Jan 2022 - Dec 2022"
                                                  << "UNDP";
        QTest::newRow("a-word-that-is-no-period-is-no-header") << "Overview | WHO"
                                                               << ""
                                                               << "";
        QTest::newRow("apart-by-a-middle-dot") << "Feb 2020 - Sep 2021 \u00B7 UNICEF"
                                               << "Feb 2020 - Sep 2021"
                                               << "UNICEF";
        QTest::newRow("apart-by-a-bullet") << "2019 \u2022 UNFPA"
                                           << "2019"
                                           << "UNFPA";
        QTest::newRow("a-dot-glued-to-a-name-is-no-header") << "2019 \u00B7UNFPA"
                                                            << ""
                                                            << "";
        QTest::newRow("a-dot-in-prose") << "In 2019 \u00B7 UN Women supported shelters"
                                        << ""
                                        << "";
        QTest::newRow("pipe-in-prose-is-not-a-header") << "Results | see annex for UNFPA"
                                                       << ""
                                                       << "";
    }

    void shouldReadEntryHeaders()
    {
        QFETCH(QString, text);
        QFETCH(QString, period);
        QFETCH(QString, entity);
        QString readPeriod;
        QString readEntity;
        const bool header = Splitter::splitEntryHeader(text, &readPeriod, &readEntity);
        QCOMPARE(header, !period.isEmpty());
        QCOMPARE(readPeriod, period);
        QCOMPARE(readEntity, entity);
    }

    void shouldReadAHeaderWithTheEntityFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("period");
        QTest::newRow("entity-then-range") << "UN Women | Feb 2020 - Sep 2021"
                                           << "UN Women"
                                           << "Feb 2020 - Sep 2021";
        QTest::newRow("with-labels") << "Entity: UNDP | Period: 2022"
                                     << "UNDP"
                                     << "2022";
        QTest::newRow("period-first-is-the-other-form") << "2021 | UNICEF"
                                                        << ""
                                                        << "";
        QTest::newRow("prose-before-a-bar") << "UN Women ran | a campaign"
                                            << ""
                                            << "";
        QTest::newRow("apart-by-a-spaced-dash") << "UNDP \u2013 Jan 2018 - Dec 2019"
                                                << "UNDP"
                                                << "Jan 2018 - Dec 2019";
        QTest::newRow("a-hyphenated-name-before-a-hyphen") << "UN-Habitat - 2021"
                                                           << "UN-Habitat"
                                                           << "2021";
        QTest::newRow("apart-by-a-bullet") << "UNICEF \u2022 Jan 2020 - Dec 2020"
                                           << "UNICEF"
                                           << "Jan 2020 - Dec 2020";
        QTest::newRow("apart-by-a-comma") << "UN Women, 2019-2021"
                                          << "UN Women"
                                          << "2019-2021";
        QTest::newRow("the-period-in-brackets") << "UNFPA (Jan 2020 - Dec 2020)"
                                                << "UNFPA"
                                                << "Jan 2020 - Dec 2020";
        QTest::newRow("the-period-in-square-brackets") << "UNHCR [2020]"
                                                       << "UNHCR"
                                                       << "2020";
        QTest::newRow("a-count-in-brackets-is-no-period") << "UN Women (25)"
                                                          << ""
                                                          << "";
        QTest::newRow("a-comma-in-prose") << "UNDP, a partner since 2019"
                                          << ""
                                          << "";
        QTest::newRow("a-dash-in-prose") << "UNDP \u2013 a partner since 2019"
                                         << ""
                                         << "";
    }

    void shouldReadAHeaderWithTheEntityFirst()
    {
        QFETCH(QString, text);
        QFETCH(QString, entity);
        QFETCH(QString, period);
        QString readEntity;
        QString readPeriod;
        QCOMPARE(Splitter::splitEntityFirstHeader(text, &readEntity, &readPeriod), !period.isEmpty());
        QCOMPARE(readEntity, entity);
        QCOMPARE(readPeriod, period);
    }

    void shouldReadAPeriodAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("period");
        QTest::newRow("a-range-of-months") << "Feb 2019 - Jan 2020"
                                           << "Feb 2019 - Jan 2020";
        QTest::newRow("with-no-break-spaces") << "Feb\u00a02019\u00a0-\u00a0Jan\u00a02020"
                                              << "Feb 2019 - Jan 2020";
        QTest::newRow("a-range-of-years") << " 2019-2021 "
                                          << "2019-2021";
        QTest::newRow("with-its-label") << "Reporting period: Jan-Dec 2021"
                                        << "Jan-Dec 2021";
        QTest::newRow("a-year-heads-what-follows") << "2021"
                                                   << "";
        QTest::newRow("an-end-left-blank") << "Sep 2020 -"
                                           << "Sep 2020 -";
        QTest::newRow("a-status-is-no-period") << "Ongoing"
                                               << "";
        QTest::newRow("a-sentence-with-a-period-in-it") << "From Feb 2019 to Jan 2020, UNFPA trained 40 nurses."
                                                        << "";
        QTest::newRow("a-season") << "Summer 2019 - Spring 2020"
                                  << "Summer 2019 - Spring 2020";
        QTest::newRow("months-in-full") << "September 2019 \u2013 February 2021"
                                        << "September 2019 \u2013 February 2021";
        QTest::newRow("a-country-and-a-year-is-a-heading") << "Kenya 2021"
                                                           << "";
        QTest::newRow("an-entity-and-a-year-is-a-heading") << "UNFPA 2019"
                                                           << "";
        QTest::newRow("a-word-before-months") << "Report Jan-Dec 2021"
                                              << "";
    }

    void shouldReadAPeriodAlone()
    {
        QFETCH(QString, text);
        QFETCH(QString, period);
        QString read;
        QCOMPARE(Splitter::readPeriodLine(text, &read), !period.isEmpty());
        QCOMPARE(read, period);
    }

    void shouldReadAnItemPagesPath_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("entity");
        QTest::newRow("measure-period-entity")
            << "/UN-Inventory/Home/Measures/Support for Legislative Development/Mar 2011 - Jan 2012/UN Women"
            << "Support for Legislative Development"
            << "Mar 2011 - Jan 2012"
            << "UN Women";
        QTest::newRow("slash-inside-the-measure")
            << "/UN-Inventory/Home/Measures/Protection, Support and Services for Victims/Survivors/2016/UNICEF"
            << "Protection, Support and Services for Victims/Survivors"
            << "2016"
            << "UNICEF";
        QTest::newRow("no-period-is-no-path") << "/UN-Inventory/Home/Measures/Training and Capacity Building/UNFPA"
                                              << ""
                                              << ""
                                              << "";
        QTest::newRow("no-measures-folder") << "/UN-Inventory/Home/Agencies/Feb 2020 - Sep 2021/UN Women"
                                            << ""
                                            << ""
                                            << "";
        QTest::newRow("prose-with-slashes") << "Survivors/victims received care in 2020/21 from WHO/UNFPA teams."
                                            << ""
                                            << ""
                                            << "";
    }

    void shouldReadAnItemPagesPath()
    {
        QFETCH(QString, text);
        QFETCH(QString, measure);
        QFETCH(QString, period);
        QFETCH(QString, entity);
        QString readMeasure;
        QString readPeriod;
        QString readEntity;
        QCOMPARE(Splitter::splitItemPath(text, &readMeasure, &readPeriod, &readEntity), !measure.isEmpty());
        QCOMPARE(readMeasure, measure);
        QCOMPARE(readPeriod, period);
        QCOMPARE(readEntity, entity);
    }

    void shouldTellPageFurnitureFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("furniture");
        QTest::newRow("item-id") << "{F229B353-C960-4ED2-ACEC-4FFCA3FBD3DA}" << true;
        QTest::newRow("item-id-padded") << "  {0a1b2c3d-4e5f}  " << true;
        QTest::newRow("web-address") << "https://www.unhcr.org/protection" << true;
        QTest::newRow("bare-www") << "www.unwomen.org" << true;
        QTest::newRow("braces-around-words") << "{see annex}" << false;
        QTest::newRow("braces-around-non-hex") << "{UNFPA-UNICEF}" << false;
        QTest::newRow("sentence-with-a-link") << "See https://www.unhcr.org for the report." << false;
        QTest::newRow("an-acronym") << "UNFPA" << false;
        QTest::newRow("a-page-number") << " 12 " << true;
        QTest::newRow("a-year-heads-what-follows") << "2019" << false;
        QTest::newRow("a-numeric-item-id") << "2290" << true;
        QTest::newRow("a-long-numeric-id") << "20211104" << true;
        QTest::newRow("a-count-with-its-comma-is-no-id") << "1,250" << false;
        QTest::newRow("a-line-of-contents") << "2. Results by region ........ 7" << true;
        QTest::newRow("contents-with-an-ellipsis") << "Annex \u2026\u2026 41" << true;
        QTest::newRow("a-sentence-ending-on-a-number") << "The helpline received calls in 2021... 300" << false;
        QTest::newRow("a-rule-over-footnotes") << "____________" << true;
        QTest::newRow("stars-between-parts") << " * * * " << true;
        QTest::newRow("a-lone-letter") << "a" << false;
        QTest::newRow("a-reports-symbol") << "A/77/302" << true;
        QTest::newRow("a-commissions-symbol") << "E/CN.6/2023/3" << true;
        QTest::newRow("a-councils-symbol") << "A/HRC/50/26" << true;
        QTest::newRow("words-apart-by-slashes") << "HIV/AIDS/STI" << false;
        QTest::newRow("a-measure-with-a-slash") << "Services for Victims/Survivors" << false;
        QTest::newRow("a-job-number-and-page") << "22-12345                                 5/20" << true;
        QTest::newRow("a-page-and-job-number") << "6/20   22-12345" << true;
        QTest::newRow("a-job-number-its-language-and-date") << "22-12345 (E)    010922" << true;
        QTest::newRow("a-bar-codes-digits") << "*2212345*" << true;
        QTest::newRow("a-period-of-two-years") << "2018/19" << false;
        QTest::newRow("a-period-and-an-entity") << "2018/19 UNHCR" << false;
        QTest::newRow("a-count-and-a-fraction") << "12,500 5/20" << false;
    }

    void shouldTellPageFurnitureFromText()
    {
        QFETCH(QString, text);
        QFETCH(bool, furniture);
        QCOMPARE(Splitter::isPageFurniture(text), furniture);
    }

    void shouldTellAnAddressFromSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("labelled");
        QTest::addColumn<bool>("address");
        QTest::newRow("headquarters") << "United Nations Headquarters. DC1 Building. Room 613. One United Nations "
                                         "Plaza. New York, NY 10017. USA"
                                      << false << true;
        QTest::newRow("post-box") << "Case Postale 2500. CH-1211 Geneve 2 Depot. Suisse." << false << true;
        QTest::newRow("sentences") << "UNHCR deployed 12 experts. They trained 300 staff in six operations. It "
                                      "evaluated the scheme."
                                   << false << false;
        QTest::newRow("no-number") << "Palais des Nations. Avenue de la Paix. Geneva." << false << false;
        QTest::newRow("two-parts") << "PO Box 30552. Nairobi" << false << false;
        QTest::newRow("parts-between-commas")
            << "220 East 42nd Street, 21st Floor New York, NY 11226, USA" << false << true;
        QTest::newRow("a-sentence-with-commas")
            << "In 2019, UNFPA, UNICEF and UNDP trained 300 nurses in Malawi." << false << false;
        QTest::newRow("short-sentences-with-a-number")
            << "UNFPA supported 12 centres. In 2021, they served 4,000 survivors." << false << false;
        QTest::newRow("particles-and-a-floor")
            << "Chemin des Anémones 11-13. 2nd floor, Châtelaine. Geneva" << false << true;
        QTest::newRow("a-short-list-of-places") << "Kenya, Uganda and Rwanda, 2019" << false << false;
        QTest::newRow("labelled-with-no-number")
            << "Sheikh Jarrah, East Jerusalem. Palestinian Territory" << true << true;
        QTest::newRow("labelled-two-parts") << "PO Box 30552. Nairobi" << true << true;
        QTest::newRow("labelled-with-words-in-lower-case")
            << "Villa No. 9, street 12, district of Wazir Akbar Khan, Kabul" << true << true;
        QTest::newRow("unlabelled-with-words-in-lower-case")
            << "Villa No. 9, street 12, district of Wazir Akbar Khan, Kabul" << false << false;
        QTest::newRow("labelled-but-a-sentence") << "UNRWA trained 300 staff in Gaza." << true << false;
        QTest::newRow("labelled-but-sentences")
            << "UNHCR deployed 12 experts to its operations in Chad, Niger and Mali. They trained 300 staff." << true
            << false;
    }

    void shouldTellAnAddressFromSentences()
    {
        QFETCH(QString, text);
        QFETCH(bool, labelled);
        QFETCH(bool, address);
        QCOMPARE(Splitter::readsAsAnAddress(text, labelled), address);
    }

    void shouldTellAListsMarkerStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("style");
        QTest::newRow("numbers-with-dash") << "12- Conducted"
                                           << "1-";
        QTest::newRow("numbers-with-dot") << "3. Trained"
                                          << "1.";
        QTest::newRow("numbers-with-bracket") << "2) Launched"
                                              << "1)";
        QTest::newRow("letters") << "b) Supported"
                                 << "a)";
        QTest::newRow("roman-numerals-like-letters") << "iv) Supported"
                                                     << "a)";
        QTest::newRow("bracketed-letters") << "(c) Updated"
                                           << "(a)";
        QTest::newRow("bullet") << "\u2022 ran spaces"
                                << "\u2022";
        QTest::newRow("dash") << "- In Samoa"
                              << "-";
        QTest::newRow("words-second-level-bullet-is-a-bullet") << "o ran spaces"
                                                               << "\u2022";
        QTest::newRow("no-marker") << "UNFPA trained"
                                   << "";
    }

    void shouldTellAListsMarkerStyle()
    {
        QFETCH(QString, text);
        QFETCH(QString, style);
        QCOMPARE(Splitter::itemMarkerStyle(text), style);
    }

    void shouldJoinOnlyLinesWrappedMidSentence_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("continues");
        QTest::newRow("after-a-word") << "in Nigeria and Cameroon, providing"
                                      << "clinical care to survivors." << true;
        QTest::newRow("after-a-comma") << "in Nigeria and Cameroon,"
                                       << "and in Chad." << true;
        QTest::newRow("after-a-number") << "reaching 3,400"
                                        << "survivors in 2021." << true;
        QTest::newRow("after-a-link-word-before-a-name") << "one-stop centres in"
                                                         << "Nigeria and Cameroon." << true;
        QTest::newRow("after-an-article-before-a-name") << "supported by the"
                                                        << "UNFPA country office." << true;
        QTest::newRow("a-title-in-sentence-case-stays") << "Joint campaign on sexual harassment in public spaces"
                                                        << "UN Women ran a campaign." << false;
        QTest::newRow("a-title-ending-on-a-noun-stays") << "Generation Equality and the Way Forward"
                                                        << "UN Women led." << false;
        QTest::newRow("after-a-stop") << "UNFPA trained midwives."
                                      << "then it opened shelters." << false;
        QTest::newRow("after-a-lead-in") << "In Albania UN Women CO:"
                                         << "conducted a mapping." << false;
        QTest::newRow("before-a-capital") << "Safe Cities Global Initiative"
                                          << "UN Women ran audits." << false;
        QTest::newRow("before-a-lettered-item") << "In Kenya, UNICEF supported"
                                                << "a) the Anti-FGM Board;" << false;
        QTest::newRow("before-a-roman-item") << "the following steps"
                                             << "iv. a review." << false;
        QTest::newRow("before-a-blank-line") << "providing"
                                             << "   " << false;
        QTest::newRow("a-word-cut-at-a-hyphen") << "a national policy on the elimina-"
                                                << "tion of violence." << true;
        QTest::newRow("a-dash-before-a-capital") << "the GBV sub-cluster -"
                                                 << "UNFPA led it." << false;
        QTest::newRow("a-compound-cut-at-its-hyphen") << "two Rapid Socio-"
                                                      << "Economic Impact Assessments" << true;
        QTest::newRow("after-a-closing-bracket") << "helping to prevent (and better respond to)"
                                                 << "a potential increase in cases" << true;
        QTest::newRow("after-a-sign") << "including the LGBTIQ+"
                                      << "community and persons with disabilities." << true;
        QTest::newRow("after-a-semicolon") << "training of police;"
                                           << "support to shelters." << false;
        QTest::newRow("after-a-link-word-before-a-quote") << "an activity was organized in"
                                                          << "'Mersin Duqi' high school." << true;
        QTest::newRow("before-a-comma") << "jointly produced with UNICEF and UNFPA (link)"
                                        << ", Guidelines on Responsible Reporting" << true;
        QTest::newRow("after-an-abbreviation") << "OHCHR monitored 12 sites in Libya with Smith Jr."
                                               << "and staff from two NGOs." << true;
    }

    void shouldJoinOnlyLinesWrappedMidSentence()
    {
        QFETCH(QString, line);
        QFETCH(QString, next);
        QFETCH(bool, continues);
        QCOMPARE(Splitter::continuesOnNextLine(line, next), continues);
    }

    // In a file wrapped at 70 characters: a line as long that ends mid-sentence goes on in
    // the next, even before a name; a title of that length does not.
    void shouldJoinALineThatFillsItsWrapBeforeAName_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("continues");
        QTest::newRow("a-sentence-broken-before-a-name")
            << "UNFPA, UNICEF, UN Women and UNDP jointly implemented the Spotlight"
            << "Initiative in Harare." << true;
        QTest::newRow("broken-after-a-bracket")
            << "UNFPA contributed to the Inter-Agency Humanitarian Evaluation (IAHE)"
            << "Steering Group Review." << true;
        QTest::newRow("broken-after-a-comma")
            << "In 2021, the programme reached 4,000 girls in five districts of Malawi,"
            << "Mozambique and Zambia." << true;
        QTest::newRow("a-title-in-capitals-as-long")
            << "Protection, Support and Services for Victims/Survivors of Violence"
            << "UNFPA opened shelters." << false;
        QTest::newRow("a-short-last-line") << "UN Women supported the Ministry"
                                           << "Another paragraph opens here." << false;
        QTest::newRow("longer-than-the-wrap")
            << "UNFPA supported the Ministry of Health to train nurses and midwives in five provinces"
            << "Another paragraph opens here." << false;
        QTest::newRow("after-a-stop") << "UNFPA, UNICEF, UN Women and UNDP jointly implemented the programme."
                                      << "Initiative in Harare." << false;
        QTest::newRow("before-an-item") << "UNFPA, UNICEF, UN Women and UNDP jointly implemented the Spotlight"
                                        << "- Initiative in Harare." << false;
    }

    void shouldJoinALineThatFillsItsWrapBeforeAName()
    {
        QFETCH(QString, line);
        QFETCH(QString, next);
        QFETCH(bool, continues);
        constexpr int kWrapWidth = 72;
        QCOMPARE(Splitter::fillsItsWrap(line, line, next, kWrapWidth), continues);
        QVERIFY(!Splitter::fillsItsWrap(line, line, next, 0)); // a file that wraps nothing
    }

    // A wrap breaks a line where the next word would pass the width; some tools count the
    // width in bytes of UTF-8.
    void shouldTellWhereAWrapLeftNoRoom_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("noRoom");
        // In a file wrapped at 44: the lines are 41 characters wide, the one with quotes 40
        // characters and 46 bytes.
        QTest::newRow("a-long-word-next") << "UNFPA opened shelters in Cabo Delgado and"
                                          << "Nampula provinces." << true;
        QTest::newRow("a-short-word-next") << "UNFPA opened shelters in Cabo Delgado and"
                                           << "in Gaza." << false;
        QTest::newRow("wider-in-bytes") << "UN Women’s “Generation Equality” work in"
                                        << "the region." << true;
        QTest::newRow("before-an-item") << "UNFPA opened shelters in Cabo Delgado and"
                                        << "- Nampula provinces." << false;
        QTest::newRow("longer-than-the-wrap") << "UNFPA opened shelters in Cabo Delgado and in Niassa"
                                              << "Nampula." << false;
    }

    void shouldTellWhereAWrapLeftNoRoom()
    {
        QFETCH(QString, line);
        QFETCH(QString, next);
        QFETCH(bool, noRoom);
        constexpr int kWrapWidth = 44;
        QCOMPARE(Splitter::leftNoRoomForNext(line, next, kWrapWidth), noRoom);
    }

    // Where blank lines set paragraphs apart, a line break inside a block is a wrap, after a
    // stop or before a capital too; a title over its paragraph, a lead-in and an item are not.
    void shouldJoinTheLinesOfABlock_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("continues");
        const QString sentence = QStringLiteral("engaging in joint procurement, adopting the UN-wide");
        QTest::newRow("before-a-name") << sentence << sentence << "Business Operations Strategy." << true;
        QTest::newRow("after-a-stop") << sentence << "fostered more integrated programming and less duplication."
                                      << "These measures minimized duplication." << true;
        QTest::newRow("before-a-bracket")
            << sentence << "operational tools and mechanisms including the Harmonized Approach"
            << "(HACT), the Initiative" << true;
        QTest::newRow("a-line-of-names-in-a-sentence")
            << "UNODC supports the HAYA Joint Programme in partnership with\nthe United Nations Population Fund"
            << "the United Nations Population Fund (UNFPA), United Nations Human"
            << "Settlements Programme (UN-Habitat)." << true;
        QTest::newRow("a-title-over-its-paragraph")
            << "Protection, Support and Services for Victims/Survivors and Women"
            << "Protection, Support and Services for Victims/Survivors and Women"
            << "UNFPA opened shelters." << false;
        QTest::newRow("a-lead-in") << "In Albania, UN Women worked with its partners in many places:"
                                   << "In Albania, UN Women worked with its partners in many places:"
                                   << "Conducted a mapping." << false;
        QTest::newRow("a-colon-inside-a-quote")
            << "2020 including its multigenerational campaign: \u201cGeneration Equality:"
            << "2020 including its multigenerational campaign: \u201cGeneration Equality:"
            << "Realizing Women\u2019s Rights\u201d." << true;
        QTest::newRow("before-an-item") << sentence << sentence << "- Nampula provinces." << false;
        QTest::newRow("a-tenth-wider-than-the-widest-seen")
            << sentence << "3- Led and coordinated with UN agencies in Albania towards a successful 16"
            << "Days of Activism Campaign." << true;
        QTest::newRow("wider-still")
            << sentence << "3- Led and coordinated with other UN agencies in Albania towards a successful 16 Days"
            << "of Activism Campaign." << false;
        QTest::newRow("a-short-line") << "UNFPA opened shelters."
                                      << "UNFPA opened shelters."
                                      << "UN Women trained police." << false;
    }

    void shouldJoinTheLinesOfABlock()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, line);
        QFETCH(QString, next);
        QFETCH(bool, continues);
        constexpr int kWrapWidth = 70;
        QCOMPARE(Splitter::goesOnInItsBlock(paragraph, line, next, kWrapWidth), continues);
    }

    // "...a) lead...; b)" / "d) use corporate tools...": a wrap put a marker of the list inside
    // the sentence at the line's start.
    void shouldKeepAListInsideASentenceWhole_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("goesOn");
        QTest::newRow("a-lettered-list") << "UN Women CO a) leads the joint effort; b) strengthens advocacy;"
                                         << "d) uses corporate tools." << true;
        QTest::newRow("a-marker-at-the-lines-end") << "UN Women CO a) leads the joint effort; b)"
                                                   << "c) uses corporate tools." << true;
        QTest::newRow("an-items-own-marker") << "a) trained nurses;"
                                             << "b) opened shelters." << false;
        QTest::newRow("after-a-stop") << "UN Women CO a) leads the joint effort; b) advocates."
                                      << "c) Another list opens." << false;
        QTest::newRow("a-numbered-item-after-a-year") << "It ran in phase 2. and in"
                                                      << "3. Trained nurses." << false;
        QTest::newRow("no-list-inside") << "UN Women leads the joint effort in Moldova"
                                        << "a) uses corporate tools." << false;
    }

    void shouldKeepAListInsideASentenceWhole()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, next);
        QFETCH(bool, goesOn);
        QCOMPARE(Splitter::listGoesOnInline(paragraph, next), goesOn);
    }

    // "...capacities in:" / "(i) applying..." / "...services; and (ii) developing...": a wrap
    // put the first marker of a list inside a sentence at the line's start.
    void shouldTellAListInsideASentenceByItsNextMarker_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<bool>("inside");
        QTest::newRow("the-next-marker-inside-a-line")
            << "(i) applying gender responsive budgeting"
            << QStringList{"in municipal budgets;", "and (ii) developing schemes."} << true;
        QTest::newRow("a-lettered-list") << "a) leads the joint effort;"
                                         << QStringList{"of the UN; b) advocates for ratifying."} << true;
        QTest::newRow("the-next-marker-opens-a-line")
            << "(i) risk assessment;" << QStringList{"(ii) referral of survivors."} << false;
        QTest::newRow("a-wrapped-item-then-the-next")
            << "(i) risk assessment of" << QStringList{"cases;", "(ii) referral (iii) of survivors."} << false;
        QTest::newRow("a-blank-line-first")
            << "(i) applying budgeting" << QStringList{"", "and (ii) developing schemes."} << false;
        QTest::newRow("another-style-inside")
            << "(i) applying budgeting" << QStringList{"in 1. phases and 2. years."} << false;
        QTest::newRow("a-bullet") << "- applying budgeting" << QStringList{"and - developing schemes."} << false;
        QTest::newRow("no-marker") << "applying budgeting" << QStringList{"and (ii) developing."} << false;
        QTest::newRow("nothing-after") << "(i) applying budgeting" << QStringList{} << false;
    }

    void shouldTellAListInsideASentenceByItsNextMarker()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, after);
        QFETCH(bool, inside);
        const QList<QStringView> views(after.cbegin(), after.cend());
        QCOMPARE(Splitter::listStartsInline(line, views), inside);
    }

    void shouldReadAReportsSectionNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("a-roman-numeral") << "II. Measures taken by the United Nations system" << 4;
        QTest::newRow("a-longer-numeral") << "XVIII. Conclusions" << 7;
        QTest::newRow("a-capital-letter") << "A. Legislative and policy frameworks" << 3;
        QTest::newRow("no-capital-after") << "II. measures taken" << 0;
        QTest::newRow("no-space-after") << "II.Measures" << 0;
        QTest::newRow("lower-case") << "ii. Measures taken" << 0;
        QTest::newRow("a-word") << "In Kenya, UNFPA trained" << 0;
        QTest::newRow("a-numeral-alone") << "IV." << 0;
        QTest::newRow("a-numeral-too-long") << "XXXVIII. Annex" << 0;
    }

    void shouldReadAReportsSectionNumber()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QCOMPARE(Splitter::sectionNumberLength(text), length);
    }

    void shouldSplitGluedRunOnsOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("pieces");
        QTest::newRow("glued-after-acronym") << "meetings of the SGG and GTG.In Tajikistan, UN Women chairs GTG."
                                             << QStringList{QStringLiteral("meetings of the SGG and GTG."),
                                                    QStringLiteral("In Tajikistan, UN Women chairs GTG.")};
        QTest::newRow("glued-after-word")
            << "was adopted.The plan" << QStringList{QStringLiteral("was adopted."), QStringLiteral("The plan")};
        QTest::newRow("glued-after-year")
            << "in 2021.In Kenya the" << QStringList{QStringLiteral("in 2021."), QStringLiteral("In Kenya the")};
        QTest::newRow("spaced-sentences-stay-together")
            << "One sentence. Another one." << QStringList{QStringLiteral("One sentence. Another one.")};
        QTest::newRow("un-abbreviation") << "the U.N.Women office"
                                         << QStringList{QStringLiteral("the U.N.Women office")};
        QTest::newRow("eg-abbreviation") << "tools e.g.The toolkit"
                                         << QStringList{QStringLiteral("tools e.g.The toolkit")};
        QTest::newRow("decimal") << "grew by 3.5 percent" << QStringList{QStringLiteral("grew by 3.5 percent")};
        QTest::newRow("initial") << "led by J.Smith and" << QStringList{QStringLiteral("led by J.Smith and")};
        QTest::newRow("known-abbreviation") << "see No.Two" << QStringList{QStringLiteral("see No.Two")};
        QTest::newRow("all-caps-after-stop-is-an-acronym")
            << "the UN.UNFPA too" << QStringList{QStringLiteral("the UN.UNFPA too")};
        QTest::newRow("a-programme-named-with-a-stop-stays")
            << "the UN.GIFT initiative" << QStringList{QStringLiteral("the UN.GIFT initiative")};
        QTest::newRow("glued-acronym-after-an-acronym")
            << "Recommendation No. 35 of CEDAW.UNFPA trained judges"
            << QStringList{QStringLiteral("Recommendation No. 35 of CEDAW."), QStringLiteral("UNFPA trained judges")};
        QTest::newRow("glued-acronym-after-a-short-one")
            << "judges of the ILO.UNFPA trained nurses"
            << QStringList{QStringLiteral("judges of the ILO."), QStringLiteral("UNFPA trained nurses")};
        QTest::newRow("a-programme-of-two-short-acronyms-stays")
            << "UNODC's GLO.ACT ran in Pakistan" << QStringList{QStringLiteral("UNODC's GLO.ACT ran in Pakistan")};
        QTest::newRow("initials-stay") << "the U.S.A. and U.K.UNFPA office"
                                       << QStringList{QStringLiteral("the U.S.A. and U.K.UNFPA office")};
        QTest::newRow("glued-acronym-after-a-year")
            << "police in 2021.UNFPA trained 4,000.WHO equipped clinics"
            << QStringList{QStringLiteral("police in 2021."), QStringLiteral("UNFPA trained 4,000."),
                   QStringLiteral("WHO equipped clinics")};
        QTest::newRow("an-acronym-of-two-after-a-year-stays")
            << "the 2030.UN agenda" << QStringList{QStringLiteral("the 2030.UN agenda")};
        QTest::newRow("glued-acronym-after-a-word")
            << "by 3.5 per cent.UNICEF's did not"
            << QStringList{QStringLiteral("by 3.5 per cent."), QStringLiteral("UNICEF's did not")};
        QTest::newRow("glued-acronym-after-a-compound")
            << "research and awareness-raising.UNAIDS co-sponsors"
            << QStringList{QStringLiteral("research and awareness-raising."), QStringLiteral("UNAIDS co-sponsors")};
        QTest::newRow("acronym-after-a-hyphen-stays")
            << "the -ing.UNDP form" << QStringList{QStringLiteral("the -ing.UNDP form")};
        QTest::newRow("acronym-in-an-address-stays")
            << "see www.un.org.UNDP too" << QStringList{QStringLiteral("see www.un.org.UNDP too")};
        QTest::newRow("acronym-after-an-abbreviation-stays")
            << "tools etc.UNFPA too" << QStringList{QStringLiteral("tools etc.UNFPA too")};
        QTest::newRow("a-query-in-a-web-address-stays")
            << "(See: https://example.org/News/Display.aspx?NewsID=23921&LangID=E)"
            << QStringList{QStringLiteral("(See: https://example.org/News/Display.aspx?NewsID=23921&LangID=E)")};
        QTest::newRow("a-path-in-a-web-address-stays")
            << "at www.example.org/Pages.Home today"
            << QStringList{QStringLiteral("at www.example.org/Pages.Home today")};
        QTest::newRow("glued-after-a-web-address-word")
            << "see the website.The site"
            << QStringList{QStringLiteral("see the website."), QStringLiteral("The site")};
        QTest::newRow("glued-after-exclamation")
            << "It worked!The team" << QStringList{QStringLiteral("It worked!"), QStringLiteral("The team")};
        QTest::newRow("glued-after-question")
            << "Why not?The answer" << QStringList{QStringLiteral("Why not?"), QStringLiteral("The answer")};
        QTest::newRow("glued-just-before-the-end")
            << "was adopted.Th" << QStringList{QStringLiteral("was adopted."), QStringLiteral("Th")};
        // Stops are looked for eight characters at a time: one at every place in a block.
        for (int shift = 0; shift < 10; ++shift) {
            const QString before = QString(shift, u'x') + QStringLiteral(" was adopted.");
            QTest::addRow("glued-stop-at-%d", int(before.size()) - 1)
                << before + QStringLiteral("The plan") << QStringList{before, QStringLiteral("The plan")};
        }
    }

    void shouldSplitGluedRunOnsOnly()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, pieces);
        QStringList read;
        for (const evaw::TextSpan &span : Splitter::splitRunOns(text))
            read.append(text.mid(span.start, span.length()));
        QCOMPARE(read, pieces);
    }

    void shouldFindHeadingsGluedToTheEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("heading");
        QTest::newRow("section-after-a-sentence") << "trade and investment; and transport.Policy framework"
                                                  << "Policy framework";
        QTest::newRow("after-a-compound") << "policy development and awareness-raising.Areas of Focus"
                                          << "Areas of Focus";
        QTest::newRow("ends-in-a-stop") << "transport.Policy framework was adopted."
                                        << "";
        QTest::newRow("a-space-after-the-stop") << "and transport. Policy framework"
                                                << "";
        QTest::newRow("an-abbreviation") << "in the U.S.Policy framework"
                                         << "";
        QTest::newRow("too-long-for-a-heading")
            << "the end.Support for the Implementation of National Action Plans on Violence against Women"
            << "";
        QTest::newRow("no-stop") << "Policy framework"
                                 << "";
    }

    void shouldFindHeadingsGluedToTheEnd()
    {
        QFETCH(QString, text);
        QFETCH(QString, heading);
        const int start = Splitter::gluedHeadingStart(text);
        QCOMPARE(start < 0 ? QString() : text.mid(start), heading);
    }

    // The text follows the item's own marker, as the parser hands it over.
    void shouldSplitItemsRunTogetherOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("numbered") << "ITC ran a forum in 2017. 2. SCORE trained 40 firms. 3) Not this one."
                                  << "1."
                                  << QStringList{
                                         "ITC ran a forum in 2017.", "SCORE trained 40 firms. 3) Not this one."};
        QTest::newRow("numbering-starts-again")
            << "A survey was run. 1. In 2018, a second one followed."
            << "1." << QStringList{"A survey was run.", "In 2018, a second one followed."};
        QTest::newRow("lettered") << "Shelters opened. b) Hotlines were staffed."
                                  << "a)" << QStringList{"Shelters opened.", "Hotlines were staffed."};
        QTest::newRow("bullets-never") << "Shelters opened. - Hotlines were staffed."
                                       << "-" << QStringList{"Shelters opened. - Hotlines were staffed."};
        QTest::newRow("no-item-of-its-own") << "Shelters opened. 2. Hotlines were staffed."
                                            << "" << QStringList{"Shelters opened. 2. Hotlines were staffed."};
        QTest::newRow("an-abbreviation-ends-no-item")
            << "It promotes Convention No. 190. It cites Recommendation No. 2. Recommendation 206 too."
            << "1."
            << QStringList{"It promotes Convention No. 190. It cites Recommendation No. 2. Recommendation 206 too."};
        QTest::newRow("lower-case-after-the-number")
            << "Costs rose by 5. 2. percent more came later."
            << "1." << QStringList{"Costs rose by 5. 2. percent more came later."};
    }

    void shouldSplitItemsRunTogetherOnly()
    {
        QFETCH(QString, text);
        QFETCH(QString, style);
        QFETCH(QStringList, items);
        QStringList read;
        for (const evaw::TextSpan &span : Splitter::splitInlineItems(text, style))
            read.append(text.mid(span.start, span.length()));
        QCOMPARE(read, items);
    }

    void shouldFindTrailingLeadIns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("leadIn");
        QTest::newRow("lead-in-after-a-sentence")
            << "UN Women is the technical coherence lead at the Spotlight Programme Tajikistan. In Albania UN Women CO:"
            << "In Albania UN Women CO:";
        QTest::newRow("whole-paragraph-lead-in") << "The following examples highlight collaboration:"
                                                 << "The following examples highlight collaboration:";
        QTest::newRow("abbreviation-does-not-end-the-sentence") << "Work with Dr. Amina Mohammed includes:"
                                                                << "Work with Dr. Amina Mohammed includes:";
        QTest::newRow("no-colon-no-lead-in") << "UNFPA leads the GBV AoR."
                                             << "";
    }

    void shouldFindTrailingLeadIns()
    {
        QFETCH(QString, text);
        QFETCH(QString, leadIn);
        const int start = Splitter::trailingLeadInStart(text);
        QCOMPARE(start < 0 ? QString() : text.mid(start), leadIn);
    }
};

QTEST_GUILESS_MAIN(TestParagraphSplitter)
#include "tst_paragraphsplitter.moc"
