#include "store/listcolumn.h"

#include <QTest>

using namespace evaw;

class TestListColumn : public QObject
{
    Q_OBJECT

private:
    static DateMention date(int year, int month, int day, int endYear, const char *kind, int start, int length)
    {
        DateMention d;
        d.year = year;
        d.month = month;
        d.day = day;
        d.endYear = endYear;
        d.kind = QString::fromLatin1(kind);
        d.start = start;
        d.length = length;
        return d;
    }

private Q_SLOTS:
    void shouldWriteCompactJson()
    {
        QCOMPARE(ListColumn::encodeIds({12, 3, 45}), QByteArray("[12,3,45]"));
        QCOMPARE(ListColumn::encodeIds({}), QByteArray("[]"));
        QCOMPARE(ListColumn::encodeMentions({{12, 0, 5}, {3, 10, 6}}), QByteArray("[[12,0,5],[3,10,6]]"));
        QCOMPARE(ListColumn::encodeDates({date(2008, 0, 0, 0, "since", 0, 10), date(2021, 3, 12, 0, "year", 40, 13)}),
            QByteArray("[[2008,0,0,0,\"since\",0,10],[2021,3,12,0,\"year\",40,13]]"));
    }

    void shouldReadBackWhatItWrote()
    {
        std::vector<qint64> ids;
        QVERIFY(ListColumn::decodeIds(ListColumn::encodeIds({7, 1, 900000000000}), &ids));
        QCOMPARE(ids, (std::vector<qint64>{7, 1, 900000000000}));

        std::vector<ListColumn::MentionSpan> mentions;
        QVERIFY(ListColumn::decodeMentions(ListColumn::encodeMentions({{4, 11, 5}, {9, 25, 10}}), &mentions));
        QCOMPARE(mentions.size(), std::size_t(2));
        QCOMPARE(mentions[1].entityId, 9);
        QCOMPARE(mentions[1].start, 25);
        QCOMPARE(mentions[1].length, 10);

        QList<DateMention> dates;
        QVERIFY(ListColumn::decodeDates(
            ListColumn::encodeDates({date(2021, 0, 0, 2023, "range", 5, 9), date(2016, 0, 0, 0, "as-of", 30, 10)}),
            &dates));
        QCOMPARE(dates.size(), 2);
        QCOMPARE(dates[0].year, 2021);
        QCOMPARE(dates[0].endYear, 2023);
        QCOMPARE(dates[0].kind, QStringLiteral("range"));
        QCOMPARE(dates[1].kind, QStringLiteral("as-of"));
        QCOMPARE(dates[1].start, 30);
        QCOMPARE(dates[1].length, 10);
    }

    void shouldTakeADatesWordsAndSentenceFromTheText()
    {
        Activity activity;
        activity.text = QStringLiteral("UNFPA began in 2005. Since 2008 it leads the programme. More.");
        QVERIFY(
            ListColumn::decodeDates("[[2008,0,0,0,\"since\",21,10],[2008,0,0,0,\"since\",60,10]]", &activity.dates));
        QCOMPARE(activity.dateWords(activity.dates.value(0)), QStringLiteral("Since 2008"));
        QCOMPARE(activity.dateSentence(activity.dates.value(0)), QStringLiteral("Since 2008 it leads the programme."));
        // Offsets past the text (a store another program changed) leave the words out
        // rather than inventing them or reading past the text.
        QCOMPARE(activity.dateWords(activity.dates.value(1)), QString());
        QCOMPARE(activity.dateSentence(activity.dates.value(1)), QString());
    }

    void shouldReadWhatSqliteWrites()
    {
        // json_group_array in the schema migration, possibly with spaces by other tools.
        std::vector<ListColumn::MentionSpan> mentions;
        QVERIFY(ListColumn::decodeMentions(" [ [1, 2, 3] ,[4,5,6] ] ", &mentions));
        QCOMPARE(mentions.size(), std::size_t(2));
        QCOMPARE(mentions[1].length, 6);
    }

    void shouldRefuseMalformedLists_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty column") << QByteArray("");
        QTest::newRow("not an array") << QByteArray("12");
        QTest::newRow("unclosed") << QByteArray("[[1,2,3]");
        QTest::newRow("trailing comma") << QByteArray("[[1,2,3],]");
        QTest::newRow("text after the array") << QByteArray("[[1,2,3]] x");
        QTest::newRow("too few fields") << QByteArray("[[1,2]]");
        QTest::newRow("too many fields") << QByteArray("[[1,2,3,4]]");
        QTest::newRow("a string for a number") << QByteArray("[[1,\"2\",3]]");
        QTest::newRow("a bare number") << QByteArray("[1]");
        QTest::newRow("null") << QByteArray("[[1,null,3]]");
        QTest::newRow("a number too large") << QByteArray("[[1,99999999999999999999,3]]");
        QTest::newRow("binary") << QByteArray("[[1,\0,3]]", 9);
    }

    void shouldRefuseMalformedLists()
    {
        QFETCH(QByteArray, json);
        std::vector<ListColumn::MentionSpan> mentions{{1, 1, 1}};
        QVERIFY(!ListColumn::decodeMentions(json, &mentions));
        QCOMPARE(mentions.size(), std::size_t(1)); // what was there stays, nothing half-read is added
    }

    void shouldRefuseADateWithoutItsKind()
    {
        QList<DateMention> dates;
        QVERIFY(!ListColumn::decodeDates("[[2008,0,0,0,0,0,10]]", &dates));
        QVERIFY(!ListColumn::decodeDates("[[2008,0,0,0,\"since\\\"\",0,10]]", &dates));
        QVERIFY(dates.isEmpty());
        std::vector<qint64> ids;
        QVERIFY(!ListColumn::decodeIds("[[1]]", &ids));
        QVERIFY(!ListColumn::decodeIds("[\"1\"]", &ids));
        QVERIFY(ids.empty());
    }
};

QTEST_GUILESS_MAIN(TestListColumn)
#include "tst_listcolumn.moc"
