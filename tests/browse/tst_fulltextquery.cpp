#include "fulltextquery.h"

#include <QTest>

using evaw::FullTextQuery;

class TestFullTextQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepTheSearchSyntaxAndQuoteEveryOtherWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("fts5");

        QTest::newRow("plain-words") << "femicide Samoa"
                                     << "femicide Samoa";
        QTest::newRow("phrase") << "\"jointly with UNICEF\""
                                << "\"jointly with UNICEF\"";
        QTest::newRow("phrase-prefix") << "\"jointly with\"*"
                                       << "\"jointly with\"*";
        QTest::newRow("prefix") << "Mozamb*"
                                << "Mozamb*";
        QTest::newRow("operators") << "UNFPA AND (Samoa OR Haiti) NOT UNICEF"
                                   << "UNFPA AND ( Samoa OR Haiti ) NOT UNICEF";
        QTest::newRow("lower-case-and-is-a-word") << "women and girls"
                                                  << "women and girls";
        QTest::newRow("near-group-kept-whole") << "NEAR(UNFPA Samoa, 5)"
                                               << "NEAR(UNFPA Samoa, 5)";
        QTest::newRow("hyphenated-word") << "one-stop centres"
                                         << "\"one-stop\" centres";
        QTest::newRow("hyphenated-prefix") << "co-lead*"
                                           << "\"co-lead\"*";
        QTest::newRow("apostrophe") << "Women's"
                                    << "\"Women's\"";
        QTest::newRow("curly-apostrophe-is-a-word-character") << "Women\u2019s"
                                                              << "Women\u2019s";
        QTest::newRow("dotted-abbreviation") << "U.N. Women"
                                             << "\"U.N.\" Women";
        QTest::newRow("brackets-around-a-word") << "(FGM)"
                                                << "( FGM )";
        QTest::newRow("punctuation-alone-is-dropped") << "UNFPA - UNICEF & WHO"
                                                      << "UNFPA UNICEF WHO";
        QTest::newRow("column-filter-is-a-word") << "text:Samoa"
                                                 << "\"text:Samoa\"";
        // Wrong as FTS5, and left wrong so that SQLite explains it.
        QTest::newRow("unclosed-quote-stays") << "\"jointly with"
                                              << "\"jointly with";
        QTest::newRow("unclosed-bracket-stays") << "UNFPA AND ("
                                                << "UNFPA AND (";
        QTest::newRow("empty") << "   "
                               << "";
    }

    void shouldKeepTheSearchSyntaxAndQuoteEveryOtherWord()
    {
        QFETCH(QString, typed);
        QFETCH(QString, fts5);
        QCOMPARE(FullTextQuery::toFts5(typed), fts5);
    }
};

QTEST_GUILESS_MAIN(TestFullTextQuery)
#include "tst_fulltextquery.moc"
