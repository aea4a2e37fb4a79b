#include "corpus/cleanedtext.h"

#include <QTest>

using evaw::CleanedText;

class TestCleanedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRemoveWebScrapeDebris_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("cleaned");

        QTest::newRow("footnote-number-glued-after-comma") << "the Essential Services Package,85 ensuring access"
                                                           << "the Essential Services Package, ensuring access";
        QTest::newRow("footnote-number-glued-after-stop-at-end") << "survivors of GBV.12"
                                                                 << "survivors of GBV.";
        QTest::newRow("bracketed-footnote-marker") << "the CEDAW Committee[1] and the UPR[23]."
                                                   << "the CEDAW Committee and the UPR.";
        QTest::newRow("stray-view-more-at-end") << "UN Women provided input... View More"
                                                << "UN Women provided input...";
        QTest::newRow("white-space-collapsed") << "  UN\tWomen \u00a0 and  UNFPA  "
                                               << "UN Women and UNFPA";
        // Numbers are not footnotes: a digit before the comma, or digits that go on.
        QTest::newRow("thousands-kept") << "around 94,250 with 65,273 direct"
                                        << "around 94,250 with 65,273 direct";
        QTest::newRow("covid-kept") << "the COVID-19 pandemic and COVID19"
                                    << "the COVID-19 pandemic and COVID19";
        QTest::newRow("four-digit-year-after-comma-kept") << "as approved,2022 by"
                                                          << "as approved,2022 by";
        QTest::newRow("markup-kept-as-text") << "<a href=\"x\">link</a> & <img src=y>"
                                             << "<a href=\"x\">link</a> & <img src=y>";
    }

    void shouldRemoveWebScrapeDebris()
    {
        QFETCH(QString, raw);
        QFETCH(QString, cleaned);
        QCOMPARE(CleanedText::clean(raw).text(), cleaned);
    }

    void shouldMapEveryCleanedCharacterBackToTheRawLine()
    {
        const QString raw = QStringLiteral("  Package,85  and [1]  UNFPA  ");
        const CleanedText cleaned = CleanedText::clean(raw);
        QCOMPARE(cleaned.text(), QStringLiteral("Package, and UNFPA"));
        // Every kept character that is not a collapsed space maps to the same character.
        for (int i = 0; i < cleaned.text().size(); ++i) {
            if (cleaned.text()[i] != u' ')
                QCOMPARE(raw[cleaned.rawPosition(i)], cleaned.text()[i]);
        }
        const int unfpa = int(cleaned.text().indexOf(QLatin1String("UNFPA")));
        QCOMPARE(cleaned.rawPosition(unfpa), int(raw.indexOf(QLatin1String("UNFPA"))));
        QCOMPARE(cleaned.rawEnd(int(cleaned.text().size())), int(raw.indexOf(QLatin1String("UNFPA"))) + 5);
    }
};

QTEST_GUILESS_MAIN(TestCleanedText)
#include "tst_cleanedtext.moc"
