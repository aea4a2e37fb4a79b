#include "corpus/variantlinker.h"

#include <QTest>

using evaw::VariantLinker;

class TestVariantLinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldLinkTheSameStatementWithOtherFigures()
    {
        VariantLinker linker;
        linker.add(1,
            u"Since 2008 UNFPA, jointly with UNICEF, leads the largest Global Programme to Accelerate the Elimination "
            u"of FGM in 18 countries.");
        linker.add(2, u"UNFPA leads the GBV Information Management System (GBVIMS) at global level.");
        linker.add(3,
            u"Since 2008 UNFPA, jointly with UNICEF, leads the largest global programme to accelerate the elimination "
            u"of female genital mutilation (FGM) in 17 countries.");
        QCOMPARE(linker.links(), (QList<QPair<qint64, qint64>>{qMakePair(qint64(1), qint64(3))}));
    }

    void shouldLinkNewActivitiesToStoredOnesButNotStoredPairsAgain()
    {
        // Stored 1 and 2 were paired by the import that brought them; 9 is new. Only the
        // stored activities that share a bucket with it need their words.
        const QString text18 = QStringLiteral("Since 2008 UNFPA, jointly with UNICEF, leads the Global Programme to"
                                              " Accelerate the Elimination of FGM in 18 countries.");
        const QString text17 = QStringLiteral("Since 2008 UNFPA, jointly with UNICEF, leads the Global Programme to"
                                              " Accelerate the Elimination of FGM in 17 countries.");
        VariantLinker linker;
        linker.addStored(1, text18);
        linker.addStored(2, text17);
        linker.addStored(5, u"UNFPA leads the GBV Information Management System (GBVIMS) at global level.");
        linker.add(9,
            u"Since 2008 UNFPA, jointly with UNICEF, leads the Global Programme to Accelerate the Elimination of FGM "
            u"in 16 countries.");
        QCOMPARE(linker.storedNeedingWords(), (QList<qint64>{1, 2}));
        linker.setStoredWords(1, text18);
        linker.setStoredWords(2, text17);
        QCOMPARE(linker.links(),
            (QList<QPair<qint64, qint64>>{qMakePair(qint64(1), qint64(9)), qMakePair(qint64(2), qint64(9))}));
    }

    void shouldNotLinkStatementsThatOnlyShareTheirOpening()
    {
        VariantLinker linker;
        linker.add(
            1, u"In Samoa, the Resident Coordinator's leadership fostered improved coordination among UN agencies.");
        linker.add(
            2, u"In Haiti, challenges related to the COVID-19 pandemic required multiple changes to the work plan.");
        // Ten words alike, then two different programmes: a template, not one statement.
        linker.add(3,
            u"Since 2016 UNFPA, jointly with UNICEF, has been implementing the Global Programme to End Child "
            u"Marriage.");
        linker.add(4,
            u"Since 2016 UNFPA, jointly with UNICEF, has been implementing the RESPECT framework in Nepal and "
            u"Bhutan.");
        QVERIFY(linker.links().isEmpty());
    }

    void shouldLinkAStatementToOneThatRepeatsItAndSaysMore()
    {
        // The seed's 16 Days statement, reported again with a sentence more: too unlike by
        // Jaccard (0.4), but one holds every word of the other, in the same opening.
        VariantLinker linker;
        linker.add(1,
            u"UNFPA actively engages with the 16 Days of Activism with concerted efforts to move from activism to "
            u"accountability.");
        linker.add(2,
            u"UNFPA actively engages with the 16 Days of Activism with concerted efforts to move from activism to "
            u"accountability. To reinforce accountability frameworks, we support training for health workers, police "
            u"and judges to help them respond sensitively and appropriately to GBV survivors.");
        // The same ten words first, then words the longer text does not have.
        linker.add(3,
            u"UNFPA actively engages with the 16 Days of Activism with radio campaigns in Liberia, Sierra Leone and "
            u"Guinea.");
        QCOMPARE(linker.links(), (QList<QPair<qint64, qint64>>{{1, 2}}));
    }

    void shouldLinkAStoredStatementThatANewOneExtends()
    {
        VariantLinker linker;
        linker.addStored(7,
            u"UNFPA actively engages with the 16 Days of Activism with concerted efforts to move from activism to "
            u"accountability.");
        // Too unlike by Jaccard: only the shared opening brings them together.
        linker.add(9,
            u"UNFPA actively engages with the 16 Days of Activism with concerted efforts to move from activism to "
            u"accountability. To reinforce accountability frameworks, we support training for health workers, police "
            u"and judges to help them respond sensitively and appropriately to GBV survivors.");
        QCOMPARE(linker.storedNeedingWords(), QList<qint64>{7});
        // Words that could not be read link nothing.
        QVERIFY(linker.links().isEmpty());
        linker.setStoredWords(7,
            u"UNFPA actively engages with the 16 Days of Activism with concerted efforts to move from activism to "
            u"accountability.");
        QCOMPARE(linker.links(), (QList<QPair<qint64, qint64>>{{7, 9}}));
    }

    void shouldIgnoreTextsTooShortToCompare()
    {
        VariantLinker linker;
        linker.add(1, u"UNFPA in Mali.");
        linker.add(2, u"UNFPA in Chad.");
        QVERIFY(linker.links().isEmpty());
    }

    void shouldMeasureJaccardOnWords_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("similarity");
        QTest::newRow("identical-but-case") << "UN Women and UNFPA"
                                            << "un women AND unfpa" << 1.0;
        QTest::newRow("half") << "a b c d"
                              << "c d e f" << 2.0 / 6.0;
        QTest::newRow("disjoint") << "alpha beta"
                                  << "gamma delta" << 0.0;
    }

    void shouldMeasureJaccardOnWords()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, similarity);
        QCOMPARE(VariantLinker::jaccard(VariantLinker::wordSet(a), VariantLinker::wordSet(b)), similarity);
    }
};

QTEST_GUILESS_MAIN(TestVariantLinker)
#include "tst_variantlinker.moc"
