#include "searchterms.h"

#include <QTest>

using evaw::SearchTerms;

class TestSearchTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindWhatTheSearchAsksFor_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found"); // the text of each span, in order

        const QString jointly = QStringLiteral("Since 2008 UNFPA, jointly with UNICEF, leads the Global Programme.");
        QTest::newRow("a-word-in-any-case") << "unicef" << jointly << QStringList{"UNICEF"};
        QTest::newRow("whole-words-only") << "UN" << jointly << QStringList{};
        QTest::newRow("two-words-each-where-it-stands") << "leads UNFPA" << jointly << QStringList{"UNFPA", "leads"};
        QTest::newRow("a-phrase-in-a-row")
            << "\"jointly with UNICEF\"" << jointly << QStringList{"jointly with UNICEF"};
        QTest::newRow("a-phrase-out-of-order-is-not-there") << "\"with jointly\"" << jointly << QStringList{};
        QTest::newRow("a-prefix") << "Prog*" << jointly << QStringList{"Programme"};
        QTest::newRow("a-phrase-prefix") << "\"Global Prog\"*" << jointly << QStringList{"Global Programme"};
        QTest::newRow("not-leaves-out-what-follows") << "UNFPA NOT UNICEF" << jointly << QStringList{"UNFPA"};
        QTest::newRow("not-leaves-out-a-bracketed-group")
            << "leads NOT (UNFPA OR UNICEF)" << jointly << QStringList{"leads"};
        QTest::newRow("brackets-and-or") << "(UNFPA OR Samoa) AND 2008" << jointly << QStringList{"2008", "UNFPA"};
        QTest::newRow("near-group-without-its-distance")
            << "NEAR(UNFPA UNICEF, 3)" << jointly << QStringList{"UNFPA", "UNICEF"};
        QTest::newRow("accents-aside") << "Bogota Zambezia"
                                       << QStringLiteral("Shelters in Bogot\u00e1 and Zamb\u00c9zia.")
                                       << QStringList{QStringLiteral("Bogot\u00e1"), QStringLiteral("Zamb\u00c9zia")};
        QTest::newRow("a-hyphenated-word-is-its-words")
            << "one-stop"
            << "two one-stop centres and one stop shop; stop one" << QStringList{"one-stop", "one stop"};
        QTest::newRow("an-apostrophe-either-way") << "Women's" << QStringLiteral("the Women\u2019s Fund and womens")
                                                  << QStringList{QStringLiteral("Women\u2019s")};
        QTest::newRow("overlapping-terms-join")
            << "\"jointly with\" \"with UNICEF\"" << jointly << QStringList{"jointly with UNICEF"};
        QTest::newRow("operators-alone-find-nothing") << "AND OR NOT" << jointly << QStringList{};
        QTest::newRow("lower-case-and-is-a-word") << "women and girls"
                                                  << "women and girls" << QStringList{"women", "and", "girls"};
        QTest::newRow("an-unclosed-quote-reads-to-the-end")
            << "\"jointly with" << jointly << QStringList{"jointly with"};
        QTest::newRow("nothing-typed") << "   " << jointly << QStringList{};
    }

    void shouldFindWhatTheSearchAsksFor()
    {
        QFETCH(QString, typed);
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        const SearchTerms terms(typed);
        QStringList spans;
        for (const SearchTerms::Span &span : terms.find(text))
            spans.append(text.mid(span.start, span.length));
        QCOMPARE(spans, found);
    }

    void shouldBeEmptyWhenNothingIsAskedFor()
    {
        QVERIFY(SearchTerms().isEmpty());
        QVERIFY(SearchTerms(QStringLiteral("   ")).isEmpty());
        QVERIFY(SearchTerms(QStringLiteral("AND OR NOT - &")).isEmpty());
        QVERIFY(SearchTerms(QStringLiteral("NOT UNICEF")).isEmpty());
        QVERIFY(!SearchTerms(QStringLiteral("UN")).isEmpty());
    }

    // Brackets however deep are read without a call per level, which a pasted query of a
    // hundred thousand would have run out of stack with.
    void shouldReadDeeplyBracketedSearches()
    {
        const QString deep = QString(100000, u'(') + QStringLiteral("UNFPA") + QString(100000, u')');
        const QList<SearchTerms::Span> spans = SearchTerms(deep).find(u"UNFPA and UNICEF");
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first(), (SearchTerms::Span{0, 5}));
        QVERIFY(SearchTerms(QStringLiteral("NOT ") + deep).isEmpty());
        QString nested;
        for (int i = 0; i < 100000; ++i)
            nested += QStringLiteral("NEAR(");
        QCOMPARE(SearchTerms(nested + QStringLiteral("UNFPA")).find(u"UNFPA near NEAR").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchTerms)
#include "tst_searchterms.moc"
