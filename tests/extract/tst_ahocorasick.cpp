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

} // namespace

class TestAhoCorasick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportEveryOverlappingOccurrence()
    {
        const QStringList patterns{
            QStringLiteral("UN"), QStringLiteral("UN Women"), QStringLiteral("Women"), QStringLiteral("UNFPA")};
        AhoCorasick matcher;
        for (int i = 0; i < patterns.size(); ++i)
            matcher.addPattern(patterns[i], i);
        matcher.build();
        QCOMPARE(scanAll(matcher, patterns, QStringLiteral("UN Women, UNFPA")),
            (QStringList{QStringLiteral("UN@0+2"), QStringLiteral("UN Women@0+8"), QStringLiteral("Women@3+5"),
                QStringLiteral("UN@10+2"), QStringLiteral("UNFPA@10+5")}));
    }

    void shouldIgnoreCaseAndTypography()
    {
        const QStringList patterns{QStringLiteral("Resident Coordinator's Office"), QStringLiteral("côte d'ivoire")};
        AhoCorasick matcher;
        for (int i = 0; i < patterns.size(); ++i)
            matcher.addPattern(patterns[i], i);
        matcher.build();
        QCOMPARE(scanAll(matcher, patterns,
                     QStringLiteral("the RESIDENT Coordinator\u2019s Office in C\u00d4TE D\u2019IVOIRE")),
            (QStringList{QStringLiteral("Resident Coordinator's Office@4+29"), QStringLiteral("côte d'ivoire@37+13")}));
    }

    void shouldFindSuffixPatternsThroughDictionaryLinks()
    {
        const QStringList patterns{QStringLiteral("abcd"), QStringLiteral("bc"), QStringLiteral("c")};
        AhoCorasick matcher;
        for (int i = 0; i < patterns.size(); ++i)
            matcher.addPattern(patterns[i], i);
        matcher.build();
        QCOMPARE(scanAll(matcher, patterns, QStringLiteral("xabcx")),
            (QStringList{QStringLiteral("bc@2+2"), QStringLiteral("c@3+1")}));
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
