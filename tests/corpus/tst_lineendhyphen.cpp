#include "corpus/lineendhyphen.h"

#include <QTest>

using evaw::LineEndHyphen;

class TestLineEndHyphen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTellAWordAPageCutFromAHyphenatedOne_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("cut");

        // A page's cut: the halves make a word of the lists (British or American, inflected,
        // a name), or are no words at all.
        QTest::newRow("a-word") << "elimina"
                                << "tion" << true;
        QTest::newRow("a-british-spelling") << "pro"
                                            << "gramme" << true;
        QTest::newRow("an-american-spelling") << "organiza"
                                              << "tion" << true;
        QTest::newRow("an-inflected-form") << "stake"
                                           << "holders" << true;
        QTest::newRow("a-compound-of-two-words") << "partner"
                                                 << "ship" << true;
        QTest::newRow("a-prefix-the-lists-join") << "co"
                                                 << "ordination" << true;
        QTest::newRow("a-country-in-its-capital") << "Ethio"
                                                  << "pia" << true;
        QTest::newRow("a-word-whose-halves-are-none") << "femi"
                                                      << "cide" << true;
        QTest::newRow("a-word-opened-in-capitals") << "Vio"
                                                   << "lence" << true;
        // Two words, or a prefix and a word, that make none: the writer's hyphen.
        QTest::newRow("two-words") << "gender"
                                   << "based" << false;
        QTest::newRow("two-words-again") << "survivor"
                                         << "centred" << false;
        QTest::newRow("a-prefix-and-a-word") << "multi"
                                             << "sectoral" << false;
        QTest::newRow("a-prefix-and-a-word-again") << "anti"
                                                   << "trafficking" << false;
        QTest::newRow("a-prefix-the-lists-do-not-join") << "co"
                                                        << "locating" << false;
        QTest::newRow("inter-agency") << "inter"
                                      << "agency" << false;
        QTest::newRow("a-capitalised-word-and-a-word") << "Covid"
                                                       << "related" << false;
        QTest::newRow("in-a-longer-compound") << "of"
                                              << "government" << false;
        // No typesetter cuts there.
        QTest::newRow("two-letters-after") << "follow"
                                           << "up" << false;
        QTest::newRow("one-letter-before") << "e"
                                           << "mail" << false;
        QTest::newRow("an-acronym-before") << "UN"
                                           << "led" << false;
        QTest::newRow("a-capital-after") << "Socio"
                                         << "Economic" << false;
        QTest::newRow("a-capital-after-a-name") << "Secretary"
                                                << "General" << false;
        QTest::newRow("nothing-after") << "elimina"
                                       << "" << false;
        QTest::newRow("nothing-before") << ""
                                        << "tion" << false;
    }

    void shouldTellAWordAPageCutFromAHyphenatedOne()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, cut);
        QCOMPARE(LineEndHyphen::cutsAWord(before, after), cut);
    }
};

QTEST_GUILESS_MAIN(TestLineEndHyphen)
#include "tst_lineendhyphen.moc"
