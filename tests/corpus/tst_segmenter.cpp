#include "corpus/segmenter.h"

#include <QTest>

using evaw::RecordBlock;
using evaw::Segmenter;
using evaw::SourceLine;
using evaw::TextFileReader;

namespace {

// Runs the segmenter over @p lines and describes each record as "preview lines / lines".
QStringList segment(const QStringList &lines, QList<RecordBlock> *records = nullptr)
{
    QList<RecordBlock> found;
    Segmenter segmenter(TextFileReader::Encoding::Utf8, [&](RecordBlock &&record) { found.append(std::move(record)); });
    qint64 offset = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const qint64 length = lines[i].toUtf8().size();
        segmenter.addLine(SourceLine{lines[i], i + 1, offset, length});
        offset += length + 1;
    }
    segmenter.finish();
    QStringList described;
    for (const RecordBlock &record : found) {
        QStringList preview;
        for (const SourceLine &line : record.preview)
            preview.append(QString::number(line.number));
        QStringList body;
        for (const SourceLine &line : record.lines)
            body.append(QString::number(line.number));
        described.append(preview.join(u',') + u'/' + body.join(u','));
    }
    if (records)
        *records = found;
    return described;
}

} // namespace

class TestSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDropACutPreviewAndKeepTheFullText()
    {
        QList<RecordBlock> records;
        const QStringList described = segment(
            {QStringLiteral("Spotlight paragraph."),
                QStringLiteral(
                    "UN Women continued to participate in the SEA Working Group and the annual PSEA action..."),
                QStringLiteral("View MoreUN Women continued to participate in the SEA Working Group and the annual "
                               "PSEA action plan."),
                QStringLiteral("Together with UNFPA, UN Women co-lead a training.")},
            &records);
        // The preview's start closes the previous record.
        QCOMPARE(described, (QStringList{QStringLiteral("/1"), QStringLiteral("2/3,4")}));
        QCOMPARE(records[1].lines[0].text,
            QStringLiteral(
                "UN Women continued to participate in the SEA Working Group and the annual PSEA action plan."));
        // The full text's offset skips the marker.
        QCOMPARE(records[1].lines[0].byteOffset,
            qint64(QStringLiteral("Spotlight paragraph.\n").size() + records[1].preview[0].byteLength + 1 + 9));
    }

    // A copy of the page may keep the marker in other capitals ("View more", "VIEW MORE"),
    // and other sites print "Read More" in its place.
    void shouldReadTheMarkerInAnyCapitals_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::newRow("as the site writes it") << QStringLiteral("View More");
        QTest::newRow("lower case") << QStringLiteral("View more");
        QTest::newRow("capitals") << QStringLiteral("VIEW MORE");
        QTest::newRow("as other sites write it") << QStringLiteral("Read More");
        QTest::newRow("other sites' in lower case") << QStringLiteral("Read more");
    }

    void shouldReadTheMarkerInAnyCapitals()
    {
        QFETCH(QString, marker);
        QList<RecordBlock> records;
        const QStringList described = segment({QStringLiteral("UNFPA supported youth networks in Nepal..."),
                                                  marker
                                                      + QStringLiteral("UNFPA supported youth networks in Nepal, "
                                                                       "reaching 12,000 adolescents.")},
            &records);
        QCOMPARE(described, (QStringList{QStringLiteral("1/2")}));
        QCOMPARE(records[0].lines[0].text,
            QStringLiteral("UNFPA supported youth networks in Nepal, reaching 12,000 adolescents."));
    }

    void shouldTakeAMultiLinePreviewThatMatchesAcrossTypography()
    {
        const QStringList described = segment({QStringLiteral("UNODC supports the HAYA Joint Programme."),
            QStringLiteral("UNODC launched the \u201c#EmpowerHer\u201d initiative."),
            QStringLiteral("View More UNODC supports the HAYA Joint Programme."),
            QStringLiteral("UNODC launched the \"#EmpowerHer\" initiative.")});
        QCOMPARE(described, (QStringList{QStringLiteral("1,2/3,4")}));
    }

    void shouldSplitAPreviewFromItsMarkerOnTheSameLine()
    {
        QList<RecordBlock> records;
        const QString preview = QStringLiteral("ILO published a study on sexual harassment in the Arab States...");
        const QString full = QStringLiteral("ILO published a study on sexual harassment in the Arab States, covering "
                                            "Jordan, and launched it in Beirut.");
        const QStringList described
            = segment({QStringLiteral("Spotlight paragraph."), preview + QStringLiteral("View More") + full,
                          QStringLiteral("ILO trained \u00e9lus in Tunisia.")},
                &records);
        QCOMPARE(described, (QStringList{QStringLiteral("/1"), QStringLiteral("2/2,3")}));
        QCOMPARE(records[1].preview[0].text, preview);
        QCOMPARE(records[1].lines[0].text, full);
        // Each half keeps the bytes it stands on.
        const qint64 lineStart = QStringLiteral("Spotlight paragraph.\n").size();
        QCOMPARE(records[1].preview[0].byteOffset, lineStart);
        QCOMPARE(records[1].preview[0].byteLength, qint64(preview.size()));
        QCOMPARE(records[1].lines[0].byteOffset, lineStart + preview.size() + 9);
        QCOMPARE(records[1].lines[0].byteLength, qint64(full.size()));
    }

    void shouldCutALineOfManyEntriesAtEachMarker()
    {
        // A list page scraped onto one line: each entry's preview, marker and full text.
        QString line;
        QStringList fulls;
        for (int i = 0; i < 3; ++i) {
            const QString full
                = QStringLiteral("Entry %1: UNFPA trained %2 midwives in Chad and Niger.").arg(i).arg(10 * i);
            line += full.left(30) + QStringLiteral("...View More") + full + u' ';
            fulls.append(full);
        }
        QList<RecordBlock> records;
        const QStringList described = segment({line}, &records);
        QCOMPARE(described, (QStringList{QStringLiteral("1/1"), QStringLiteral("1/1"), QStringLiteral("1/1")}));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(records[i].lines[0].text.trimmed(), fulls[i]);
            // Every piece still points at its own bytes of the line.
            const RecordBlock &record = records[i];
            QCOMPARE(line.mid(int(record.lines[0].byteOffset), int(record.lines[0].byteLength)), record.lines[0].text);
            QCOMPARE(
                line.mid(int(record.preview[0].byteOffset), int(record.preview[0].byteLength)), record.preview[0].text);
        }
    }

    void shouldCutALineOfTwentyThousandMarkers()
    {
        QString line;
        for (int i = 0; i < 20000; ++i)
            line += QStringLiteral("View MoreUNFPA statement %1. ").arg(i);
        QList<RecordBlock> records;
        const QStringList described = segment({line}, &records);
        QCOMPARE(described.size(), 20000);
        QCOMPARE(records.last().lines[0].text.trimmed(), QStringLiteral("UNFPA statement 19999."));
    }

    void shouldTakeTheLineAfterAMarkerOfItsOwnAsTheFullText()
    {
        QList<RecordBlock> records;
        const QStringList described = segment(
            {QStringLiteral("First."), QStringLiteral("UN Women continued to participate in the SEA Working Group..."),
                QStringLiteral("View More"), QString(), // the blank line joins the preview
                QStringLiteral("UN Women continued to participate in the SEA Working Group and its plan."),
                QStringLiteral("Second.")},
            &records);
        QCOMPARE(described, (QStringList{QStringLiteral("/1"), QStringLiteral("2,4/5,6")}));
    }

    void shouldIgnoreAStrayMarkerOnItsOwnLine()
    {
        const QStringList described
            = segment({QStringLiteral("First."), QStringLiteral("View More"), QStringLiteral("Second.")});
        QCOMPARE(described, (QStringList{QStringLiteral("/1,3")}));
    }

    void shouldStartARecordWithoutPreviewWhenNoneMatches()
    {
        const QStringList described = segment(
            {QStringLiteral("Something else entirely."), QStringLiteral("View MoreOHCHR contributed to MARA.")});
        QCOMPARE(described, (QStringList{QStringLiteral("/1"), QStringLiteral("/2")}));
    }

    void shouldOpenARecordAtEachEntryHeaderWithItsPeriodAndEntity()
    {
        QList<RecordBlock> records;
        const QStringList described
            = segment({QStringLiteral("Feb 2020 - Sep 2021 | UN Women"), QStringLiteral("UN Women chaired the GTG..."),
                          QStringLiteral("View MoreUN Women chaired the GTG in 2020."),
                          QStringLiteral("Mar 2010 - Sept 2010 | UNFPA"), QStringLiteral("UNFPA trained 40 midwives.")},
                &records);
        QCOMPARE(described, (QStringList{QStringLiteral("2/3"), QStringLiteral("/5")}));
        QCOMPARE(records[0].period, QStringLiteral("Feb 2020 - Sep 2021"));
        QCOMPARE(records[0].headerEntity, QStringLiteral("UN Women"));
        QCOMPARE(records[1].period, QStringLiteral("Mar 2010 - Sept 2010"));
        QCOMPARE(records[1].headerEntity, QStringLiteral("UNFPA"));
    }

    // A copy may glue a header to the entry's first paragraph, or a heading before it: the
    // header still opens the record, and nothing of the paragraph or the heading is lost.
    void shouldTellAHeaderFromWhatACopyGluedToIt()
    {
        QList<RecordBlock> records;
        const QString first = QStringLiteral("Training and Capacity Building Jan 2020 - Dec 2020 | UN Women (ROAP)");
        const QString second = QStringLiteral("UN Women trained police.");
        const QStringList described
            = segment({first, second, QStringLiteral("Feb 2019 - Jan 2020 | UNICEFUNICEF trained teachers."),
                          QStringLiteral("Jan 2017 - Dec 2017 | Some Office Some Office trained nurses."),
                          QStringLiteral("Jan 2016 - Dec 2016 | An office no one knows trained judges.")},
                &records);
        QCOMPARE(described, (QStringList{"/1", "/2", "/3", "/4", "/5"}));
        QCOMPARE(records[0].lines[0].text, QStringLiteral("Training and Capacity Building "));
        QCOMPARE(records[1].headerEntity, QStringLiteral("UN Women (ROAP)"));
        QCOMPARE(records[2].period, QStringLiteral("Feb 2019 - Jan 2020"));
        QCOMPARE(records[2].headerEntity, QStringLiteral("UNICEF"));
        const SourceLine &text = records[2].lines[0];
        QCOMPARE(text.text, QStringLiteral("UNICEF trained teachers."));
        // The piece keeps its place in the file, after the two lines above and their newlines.
        const qint64 lineThree = first.size() + 1 + second.size() + 1;
        QCOMPARE(text.byteOffset, lineThree + qint64(qstrlen("Feb 2019 - Jan 2020 | UNICEF")));
        QCOMPARE(records[3].headerEntity, QStringLiteral("Some Office"));
        QCOMPARE(records[3].lines[0].text, QStringLiteral("Some Office trained nurses."));
        QCOMPARE(records[4].headerEntity, QString());
        QCOMPARE(records[4].lines[0].text, QStringLiteral("An office no one knows trained judges."));
    }

    void shouldEndAFullTextWhereHideIsGluedToTheNextEntry()
    {
        QList<RecordBlock> records;
        const QStringList described = segment({QStringLiteral("UNAIDS convened a meeting on HIV..."),
                                                  QStringLiteral("View MoreUNAIDS convened a meeting on HIV in 2008."),
                                                  QStringLiteral("HideUNAIDS is an active member of the campaign."),
                                                  QStringLiteral("It supports country actions.")},
            &records);
        // "Hide" folded the full text away: the lines after it are the next entry's.
        QCOMPARE(described, (QStringList{QStringLiteral("1/2"), QStringLiteral("/3,4")}));
        QVERIFY(!records[1].isEntry);
        const SourceLine &next = records[1].lines[0];
        QCOMPARE(next.text, QStringLiteral("UNAIDS is an active member of the campaign."));
        const qint64 lineStart = records[0].lines[0].byteOffset + records[0].lines[0].byteLength + 1;
        QCOMPARE(next.byteOffset, lineStart + 4);
        QCOMPARE(next.byteLength, qint64(next.text.size()));
    }

    // A line of markup or links and nothing else is cut once, not once for each: a scrape
    // that repeats "Hide" a hundred thousand times costs its length.
    void shouldTakeRepeatedHideLinksAndMarkupOffALineOnce()
    {
        QList<RecordBlock> records;
        const QString first = QStringLiteral("View MoreUNAIDS convened a meeting.");
        const QString hides = QStringLiteral("Hide").repeated(100000) + QStringLiteral("UNAIDS met in 2008.");
        segment({first, hides, QStringLiteral("## Training")}, &records);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].lines[0].text, QStringLiteral("UNAIDS met in 2008."));
        QCOMPARE(records[1].lines[0].byteOffset, first.size() + 1 + 400000);
        QCOMPARE(records[1].lines[1].text, QStringLiteral("Training"));
    }

    // A line of headers glued to their texts is read header by header for a few dozen; the
    // rest of it is text, kept whole, rather than a copy of it held for every header.
    void shouldReadAtMostAFewDozenHeadersInALine()
    {
        QList<RecordBlock> records;
        const QString line
            = QStringLiteral("Training and Capacity Building Jan 2020 - Dec 2020 | UNFPA ").repeated(1000);
        segment({line}, &records);
        QCOMPARE(records.size(), 33); // the line's start, then a record for each of 32 headers
        QCOMPARE(records.last().period, QStringLiteral("Jan 2020 - Dec 2020"));
        QVERIFY(records.last().lines.last().text.endsWith(QStringLiteral("Dec 2020 | UNFPA")));
    }

    void shouldEndAFullTextAtHideGluedToItsEndOrOnItsOwnLine()
    {
        QList<RecordBlock> records;
        const QStringList described
            = segment({QStringLiteral("UNAIDS convened a meeting on HIV..."),
                          QStringLiteral("View MoreUNAIDS convened a meeting on HIV in 2008.Hide"),
                          QStringLiteral("UNAIDS briefed the CEDAW committee..."),
                          QStringLiteral("View MoreUNAIDS briefed the CEDAW committee in 2011."),
                          QStringLiteral("Hide"), QStringLiteral("WHO trained nurses.")},
                &records);
        QCOMPARE(described, (QStringList{QStringLiteral("1/2"), QStringLiteral("3/4"), QStringLiteral("/6")}));
        QCOMPARE(records[0].lines[0].text, QStringLiteral("UNAIDS convened a meeting on HIV in 2008."));
        QCOMPARE(records[0].lines[0].byteLength, qint64(records[0].lines[0].text.size()));
    }

    void shouldKeepHideThatIsAWordOfTheText_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("word opening a sentence") << QStringLiteral("Hide and seek was played at the camp.");
        QTest::newRow("longer word") << QStringLiteral("Hideouts of traffickers were closed.");
        QTest::newRow("word closing a sentence") << QStringLiteral("Survivors had nowhere to Hide");
    }

    void shouldKeepHideThatIsAWordOfTheText()
    {
        QFETCH(QString, line);
        QList<RecordBlock> records;
        segment({line}, &records);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].lines[0].text, line);
    }

    void shouldRecognisePreviews_data()
    {
        QTest::addColumn<QString>("preview");
        QTest::addColumn<QString>("full");
        QTest::addColumn<bool>("previews");
        QTest::newRow("cut-with-dots") << "UN Women provided input to all WG deliverables, the annual PSEA action..."
                                       << "UN Women provided input to all WG deliverables, the annual PSEA action plan."
                                       << true;
        QTest::newRow("cut-with-ellipsis-char") << "UN Women provided input to all\u2026"
                                                << "UN Women provided input to all WG deliverables." << true;
        QTest::newRow("curly-versus-straight-quote") << "the Secretary-General\u2019s Report..."
                                                     << "the Secretary-General's Report on PSEA." << true;
        QTest::newRow("too-short-to-tell") << "UN..."
                                           << "UN Women provided input." << false;
        QTest::newRow("different-text") << "UNFPA leads the GBV AoR."
                                        << "UNFPA leads GBVIMS." << false;
    }

    void shouldRecognisePreviews()
    {
        QFETCH(QString, preview);
        QFETCH(QString, full);
        QFETCH(bool, previews);
        QCOMPARE(Segmenter::previews(preview, full), previews);
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
