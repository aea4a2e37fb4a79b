#include "corpus/wordlist.h"

#include <QTemporaryDir>
#include <QTest>

using evaw::WordList;

class TestWordList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKnowEnglishInBothSpellings_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("known");

        QTest::newRow("british") << "programme" << true;
        QTest::newRow("british-ise") << "organisation" << true;
        QTest::newRow("american-ize") << "organization" << true;
        QTest::newRow("a-plural") << "stakeholders" << true;
        QTest::newRow("a-name-in-lower-case") << "ethiopia" << true;
        QTest::newRow("a-word-in-capitals") << "ELIMINATION" << true;
        QTest::newRow("a-word-the-lists-lack") << "femicide" << false;
        QTest::newRow("a-compound-the-lists-lack") << "genderbased" << false;
        QTest::newRow("a-possessive") << "ethiopia's" << false;
        QTest::newRow("empty") << "" << false;
    }

    void shouldKnowEnglishInBothSpellings()
    {
        QFETCH(QString, word);
        QFETCH(bool, known);
        QCOMPARE(WordList::english().contains(word), known);
    }

    void shouldReadEachListOnceInLowerCase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        QFile one(first);
        QVERIFY(one.open(QIODevice::WriteOnly));
        one.write("Zambia\nabuse\nZambia's\nÉlysée");
        one.close();
        QFile two(second);
        QVERIFY(two.open(QIODevice::WriteOnly));
        two.write("abuse\r\nshelter\n\n");
        two.close();

        const WordList words({first, second, dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(words.size(), 4); // zambia, abuse, élysée, shelter
        QVERIFY(words.contains(u"zambia"));
        QVERIFY(words.contains(u"\u00C9lys\u00E9e"));
        QVERIFY(words.contains(u"Shelter"));
        QVERIFY(!words.contains(u"zambia's"));
        QVERIFY(!words.contains(u"abus"));
    }

    void shouldBeEmptyWithoutItsLists()
    {
        const WordList words({QStringLiteral("/nonexistent/words")});
        QCOMPARE(words.size(), 0);
        QVERIFY(!words.contains(u"abuse"));
    }
};

QTEST_GUILESS_MAIN(TestWordList)
#include "tst_wordlist.moc"
