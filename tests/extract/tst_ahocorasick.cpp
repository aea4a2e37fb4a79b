#include "extract/ahocorasick.h"

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
