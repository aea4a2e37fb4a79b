#include "extract/ahocorasick.h"
#include "extract/textfold.h"

#include <QRandomGenerator>
#include <QTest>

using evaw::AhoCorasick;

namespace {

QStringList scanAll(const AhoCorasick &matcher, const QStringList &patterns, const QString &text)
{
    QStringList found;
    matcher.scan(text, [&](int start, int length, int id) {
        found.append(QStringLiteral("%1@%2+%3").arg(patterns[id]).arg(start).arg(length));
    });
    return found;
}

// Every occurrence found the slow way: each pattern compared at each word start.
QStringList everyOccurrence(const QStringList &patterns, const QString &text)
{
    namespace TextFold = evaw::TextFold;
    const QString foldedText = TextFold::folded(text);
    QStringList found;
    for (qsizetype start = 0; start < text.size(); ++start) {
        if (start > 0 && TextFold::isWordChar(text[start - 1]))
            continue;
        for (const QString &pattern : patterns) {
            if (QStringView(foldedText).mid(start).startsWith(TextFold::folded(pattern)))
                found.append(QStringLiteral("%1@%2+%3").arg(pattern).arg(start).arg(pattern.size()));
        }
    }
    return found;
}

AhoCorasick built(const QStringList &patterns)
{
    AhoCorasick matcher;
    for (int i = 0; i < patterns.size(); ++i)
        matcher.addPattern(patterns[i], i);
    matcher.build();
    return matcher;
}

} // namespace

class TestAhoCorasick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportEveryOverlappingOccurrence()
    {
        const QStringList patterns{
            QStringLiteral("UN"), QStringLiteral("UN Women"), QStringLiteral("Women"), QStringLiteral("UNFPA")};
        const AhoCorasick matcher = built(patterns);
        QCOMPARE(scanAll(matcher, patterns, QStringLiteral("UN Women, UNFPA")),
            (QStringList{QStringLiteral("UN@0+2"), QStringLiteral("UN Women@0+8"), QStringLiteral("Women@3+5"),
                QStringLiteral("UN@10+2"), QStringLiteral("UNFPA@10+5")}));
    }

    void shouldIgnoreCaseAndTypography()
    {
        const QStringList patterns{QStringLiteral("Resident Coordinator's Office"), QStringLiteral("côte d'ivoire")};
        const AhoCorasick matcher = built(patterns);
        QCOMPARE(scanAll(matcher, patterns,
                     QStringLiteral("the RESIDENT Coordinator\u2019s Office in C\u00d4TE D\u2019IVOIRE")),
            (QStringList{QStringLiteral("Resident Coordinator's Office@4+29"), QStringLiteral("côte d'ivoire@37+13")}));
    }

    void shouldFindSuffixPatternsThroughDictionaryLinks()
    {
        const QStringList patterns{QStringLiteral("a b c d"), QStringLiteral("b c"), QStringLiteral("c")};
        const AhoCorasick matcher = built(patterns);
        QCOMPARE(scanAll(matcher, patterns, QStringLiteral("x a b c x")),
            (QStringList{QStringLiteral("b c@4+3"), QStringLiteral("c@6+1")}));
    }

    void shouldBeginMatchesOnlyAtWordStarts()
    {
        // Ends are the caller's to check: "UN" is reported at the start of "UNDP", but not
        // inside "fund", "Tunisia" or "2UN".
        const QStringList patterns{QStringLiteral("UN"), QStringLiteral("Women")};
        const AhoCorasick matcher = built(patterns);
        QCOMPARE(scanAll(matcher, patterns, QStringLiteral("fund Tunisia 2UN (UNDP) un-Womenéwomen")),
            (QStringList{QStringLiteral("UN@18+2"), QStringLiteral("UN@24+2"), QStringLiteral("Women@27+5")}));
    }

    void shouldFindEveryOccurrenceInLongTexts_data()
    {
        QTest::addColumn<QString>("text");
        // A long text is scanned from its start and from a word start past its middle at
        // once; names that run across that point, or begin right at it, are found once.
        const QString half = QStringLiteral("Since 2008 the United Nations Population Fund and UNICEF have ");
        QTest::newRow("a name across the middle") << half + QStringLiteral("led UN Women") + half;
        QTest::newRow("a name at the middle") << QString(half).replace(QLatin1String("have "), QLatin1String("have"))
                + QStringLiteral(" UN Women Moldova CO ") + half;
        QTest::newRow("one long word") << QStringLiteral("UN") + QString(200, u'x') + QStringLiteral(" UNDP");
        QTest::newRow("short") << QStringLiteral("UN Women and UNFPA");
        QRandomGenerator random(20081);
        const QStringList pieces{QStringLiteral("UN "), QStringLiteral("Women "), QStringLiteral("UNFPA"),
            QStringLiteral("United Nations "), QStringLiteral("Population Fund"), QStringLiteral(", "),
            QStringLiteral("x"), QStringLiteral("-"), QStringLiteral("  "), QStringLiteral("\u00e9")};
        for (int row = 0; row < 20; ++row) {
            QString text;
            const int count = 10 + random.bounded(90);
            for (int k = 0; k < count; ++k)
                text += pieces[random.bounded(int(pieces.size()))];
            QTest::addRow("random %d", row) << text;
        }
    }

    void shouldFindEveryOccurrenceInLongTexts()
    {
        QFETCH(QString, text);
        const QStringList patterns{QStringLiteral("UN"), QStringLiteral("UN Women"), QStringLiteral("Women"),
            QStringLiteral("UNFPA"), QStringLiteral("United Nations Population Fund"),
            QStringLiteral("Population Fund"), QStringLiteral("UN Women Moldova CO"), QStringLiteral("UNDP")};
        const AhoCorasick matcher = built(patterns);
        QStringList found = scanAll(matcher, patterns, text);
        found.sort();
        QStringList expected = everyOccurrence(patterns, text);
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(found, expected);
    }

    void shouldMatchNothingWithNoPatterns()
    {
        AhoCorasick matcher;
        matcher.build();
        int matches = 0;
        matcher.scan(u"anything at all", [&](int, int, int) { ++matches; });
        QCOMPARE(matches, 0);
    }
};

QTEST_GUILESS_MAIN(TestAhoCorasick)
#include "tst_ahocorasick.moc"
