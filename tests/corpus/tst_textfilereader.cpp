#include "corpus/textfilereader.h"

#include <QTemporaryDir>
#include <QTest>

using evaw::SourceLine;
using evaw::TextFileReader;

namespace {

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? hi : lo);
        bytes.append(bigEndian ? lo : hi);
    }
    return bytes;
}

} // namespace

class TestTextFileReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    QList<SourceLine> readAll(TextFileReader &reader, const QString &path, bool *ok)
    {
        QList<SourceLine> lines;
        *ok = reader.read(path, [&](const SourceLine &line) {
            lines.append(line);
            return true;
        });
        return lines;
    }

private Q_SLOTS:
    void shouldDecodeEveryEncodingTheInventoryComesIn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QStringList>("lines");

        const QString accents = QStringLiteral("Côte d’Ivoire – UN Women’s “EVAW”");
        QTest::newRow("utf8") << accents.toUtf8() << "UTF-8" << QStringList{accents};
        QTest::newRow("utf8-with-bom") << QByteArray("\xEF\xBB\xBF") + accents.toUtf8() << "UTF-8"
                                       << QStringList{accents};
        QTest::newRow("utf16-le-with-bom")
            << utf16(accents + u"\nGaza", false) << "UTF-16LE" << QStringList{accents, QStringLiteral("Gaza")};
        QTest::newRow("utf16-be-with-bom")
            << utf16(accents + u"\r\nGaza", true) << "UTF-16BE" << QStringList{accents, QStringLiteral("Gaza")};
        // 0x92 is the right single quote and 0xF4 'ô' in Windows-1252; neither is valid UTF-8.
        QTest::newRow("windows-1252") << QByteArray("C\xF4te d\x92Ivoire \x96 UN Women\x92s") << "Windows-1252"
                                      << QStringList{QStringLiteral("Côte d’Ivoire – UN Women’s")};
        // One invalid byte at the end decides the whole file: the valid UTF-8 before it is read as 1252 too.
        QTest::newRow("one-bad-byte-makes-the-whole-file-1252") << QByteArray(
            "caf\xC3\xA9\nna\xEFve") << "Windows-1252" << QStringList{QStringLiteral("cafÃ©"), QStringLiteral("naïve")};
        // Long ASCII runs are checked eight bytes at a time; a bad byte among them still counts.
        const QByteArray ascii(37, 'a');
        QTest::newRow("bad-byte-inside-long-ascii")
            << ascii + "\xE9" + ascii << "Windows-1252" << QStringList{QString(ascii) + u'\u00E9' + QString(ascii)};
        QTest::newRow("sequence-after-long-ascii")
            << ascii + "\xC3\xA9" + ascii << "UTF-8" << QStringList{QString(ascii) + u'\u00E9' + QString(ascii)};
    }

    void shouldDecodeEveryEncodingTheInventoryComesIn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QStringList, lines);

        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> read = readAll(reader, write(QStringLiteral("enc.txt"), bytes), &ok);
        QVERIFY2(ok, qPrintable(reader.error()));
        QCOMPARE(reader.encodingName(), encoding);
        QStringList texts;
        for (const SourceLine &line : read)
            texts.append(line.text);
        QCOMPARE(texts, lines);
    }

    void shouldSplitLinesAtLfCrlfAndCrWithByteOffsets()
    {
        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> lines
            = readAll(reader, write(QStringLiteral("eol.txt"), "one\r\ntwo\rthree\nfour"), &ok);
        QVERIFY(ok);
        QCOMPARE(lines.size(), 4);
        const QList<qint64> offsets{lines[0].byteOffset, lines[1].byteOffset, lines[2].byteOffset, lines[3].byteOffset};
        QCOMPARE(offsets, (QList<qint64>{0, 5, 9, 15}));
        QCOMPARE(lines[2].text, QStringLiteral("three"));
        QCOMPARE(lines[2].number, 3);
        QCOMPARE(lines[3].byteLength, 4);
    }

    // Files joined into one ("cat a.txt b.txt") keep each one's byte order mark at the start
    // of a line: it is no text of the line, and the line's bytes start after it.
    void shouldSkipTheByteOrderMarksOfFilesJoinedIntoOne_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("unit");

        const QString text
            = QStringLiteral("Feb 2020 - Sep 2021 | UN Women\n\uFEFFFeb 2019 | UNICEF\n\uFEFF\uFEFFGaza");
        QTest::newRow("utf8") << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << 1;
        QTest::newRow("utf16-le") << utf16(text, false) << 2;
        QTest::newRow("utf16-be") << utf16(text, true) << 2;
    }

    void shouldSkipTheByteOrderMarksOfFilesJoinedIntoOne()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, unit);
        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> lines = readAll(reader, write(QStringLiteral("joined.txt"), bytes), &ok);
        QVERIFY(ok);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].text, QStringLiteral("Feb 2019 | UNICEF"));
        QCOMPARE(lines[2].text, QStringLiteral("Gaza"));
        const int markBytes = unit == 1 ? 3 : 2;
        const qint64 secondLine = markBytes + 31 * unit; // the file's mark, the first line and its end
        QCOMPARE(lines[1].byteOffset, secondLine + markBytes);
        QCOMPARE(lines[1].byteLength, qint64(17 * unit));
        QCOMPARE(lines[2].byteOffset, secondLine + markBytes + 18 * unit + 2 * markBytes);
        QCOMPARE(lines[2].byteLength, qint64(4 * unit));
    }

    void shouldKeepBlankLinesSoLineNumbersMatchTheFile()
    {
        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> lines = readAll(reader, write(QStringLiteral("blank.txt"), "a\n\n\nb\n"), &ok);
        QVERIFY(ok);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[3].text, QStringLiteral("b"));
        QCOMPARE(lines[3].number, 4);
    }

    void shouldCountByteOffsetsInUtf16()
    {
        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> lines
            = readAll(reader, write(QStringLiteral("u16.txt"), utf16(QStringLiteral("ab\ncd"), false)), &ok);
        QVERIFY(ok);
        QCOMPARE(lines[1].byteOffset, 2 + 3 * 2); // BOM, "ab", LF
        QCOMPARE(lines[1].byteLength, 4);
    }

    void shouldHandleACrLfSplitAcrossReadBuffers()
    {
        // The reader reads 64 KiB at a time: put the CR as the last byte of a read and the LF
        // first in the next.
        QByteArray bytes(1 << 16, 'x');
        bytes[(1 << 16) - 1] = '\r';
        bytes.append("\nnext");
        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> lines = readAll(reader, write(QStringLiteral("split.txt"), bytes), &ok);
        QVERIFY(ok);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].text, QStringLiteral("next"));
        QCOMPARE(lines[1].byteOffset, (1 << 16) + 1);
    }

    void shouldKeepUtf8WhenASequenceStraddlesReadBuffers()
    {
        // "é" is two bytes: the first ends one 64 KiB read, the second begins the next.
        QByteArray bytes((1 << 16) - 1, 'x');
        bytes.append("\xC3\xA9\nnext");
        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> lines = readAll(reader, write(QStringLiteral("straddle.txt"), bytes), &ok);
        QVERIFY(ok);
        QCOMPARE(reader.encodingName(), QStringLiteral("UTF-8"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].text.right(2), QStringLiteral("x\u00E9"));
        QCOMPARE(lines[1].byteOffset, (1 << 16) + 2);
    }

    void shouldRefuseBadFilesWithOneLineNamingFileAndReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QByteArray() << TextFileReader::kDefaultMaxBytes << "is empty";
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00 zip", 11) << TextFileReader::kDefaultMaxBytes
                                << "is binary, not text (NUL byte at offset 4)";
        QTest::newRow("utf16-odd-length") << QByteArray("\xFF\xFE"
                                                        "a",
            3) << TextFileReader::kDefaultMaxBytes
                                          << "is not valid UTF-16 (odd number of bytes)";
        QTest::newRow("over-the-size-limit")
            << QByteArray(3 << 20, 'a') << qint64(2 << 20) << "is 3 MiB, larger than the 2 MiB limit";
        // A page saved from a browser: markup, scripts and menus around the text.
        const QString webPage = QStringLiteral("is a web page (HTML), not text: save it from the browser as text, or "
                                               "copy its text into a file, and import that");
        QTest::newRow("web-page") << QByteArray("<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Inventory</title>")
                                  << TextFileReader::kDefaultMaxBytes << webPage;
        QTest::newRow("web-page-with-a-mark-and-white-space")
            << QByteArray("\xEF\xBB\xBF\r\n  <HTML>\n<body><p>UN Women in Kenya.</p>")
            << TextFileReader::kDefaultMaxBytes << webPage;
        QTest::newRow("xhtml-page") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML\">")
                                    << TextFileReader::kDefaultMaxBytes << webPage;
        QTest::newRow("web-page-with-the-browsers-note")
            << QByteArray("<!-- saved from url=(0041)https://evaw-un-inventory.unwomen.org/ -->\n<html><head>")
            << TextFileReader::kDefaultMaxBytes << webPage;
        QTest::newRow("web-page-in-utf16") << utf16(QStringLiteral("<!doctype html><html><body>UNFPA</body>"), false)
                                           << TextFileReader::kDefaultMaxBytes << webPage;
    }

    // Text that only names markup, or opens with an angle bracket, is text.
    void shouldReadTextThatMentionsMarkup()
    {
        TextFileReader reader;
        bool ok = false;
        const QList<SourceLine> lines = readAll(reader,
            write(QStringLiteral("text.txt"), "<5 years: UNICEF reached 300 children.\nThe <html> page lists them.\n"),
            &ok);
        QVERIFY(ok);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].text, QStringLiteral("<5 years: UNICEF reached 300 children."));
    }

    void shouldRefuseBadFilesWithOneLineNamingFileAndReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, limit);
        QFETCH(QString, reason);

        TextFileReader reader(limit);
        bool ok = true;
        const QList<SourceLine> lines = readAll(reader, write(QStringLiteral("bad.txt"), bytes), &ok);
        QVERIFY(!ok);
        QVERIFY(lines.isEmpty());
        QCOMPARE(reader.error(), QStringLiteral("bad.txt: ") + reason);
        QVERIFY(!reader.error().contains(u'\n'));
    }

    void shouldRefuseMissingFilesAndFolders()
    {
        TextFileReader reader;
        bool ok = true;
        readAll(reader, m_dir.filePath(QStringLiteral("missing.txt")), &ok);
        QVERIFY(!ok);
        QVERIFY(reader.error().startsWith(QStringLiteral("missing.txt: cannot be read")));
        readAll(reader, m_dir.path(), &ok);
        QVERIFY(!ok);
        QVERIFY(reader.error().endsWith(QStringLiteral("is a folder, not a text file")));
    }

    void shouldStopWhenTheHandlerCancels()
    {
        TextFileReader reader;
        int seen = 0;
        const bool ok = reader.read(
            write(QStringLiteral("cancel.txt"), "a\nb\nc\n"), [&](const SourceLine &) { return ++seen < 2; });
        QVERIFY(!ok);
        QVERIFY(reader.cancelled());
        QCOMPARE(seen, 2);
    }

    void shouldMeasureEncodedLengthsForOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf8");
        QTest::addColumn<int>("cp1252");
        QTest::addColumn<int>("utf16");
        QTest::newRow("ascii") << QStringLiteral("View More") << 9 << 9 << 18;
        QTest::newRow("accent-and-quote") << QStringLiteral("é’") << 5 << 2 << 4;
        QTest::newRow("astral") << QString::fromUtf8("\xF0\x9F\x87\xB2") << 4 << 2 << 4;
    }

    void shouldMeasureEncodedLengthsForOffsets()
    {
        QFETCH(QString, text);
        QFETCH(int, utf8);
        QFETCH(int, cp1252);
        QFETCH(int, utf16);
        QCOMPARE(TextFileReader::encodedLength(text, TextFileReader::Encoding::Utf8), utf8);
        QCOMPARE(TextFileReader::encodedLength(text, TextFileReader::Encoding::Windows1252), cp1252);
        QCOMPARE(TextFileReader::encodedLength(text, TextFileReader::Encoding::Utf16LE), utf16);
    }

    // A part of a line keeps the bytes it stands on: "Hide" cut from an entry, a heading
    // from the paragraph it was glued to.
    void shouldSliceALineWithItsOwnBytes()
    {
        const SourceLine line{QStringLiteral("Café’s work.Policy framework"), 7, 100, 31};
        const SourceLine head = TextFileReader::slice(line, 0, 12, TextFileReader::Encoding::Utf8);
        QCOMPARE(head.text, QStringLiteral("Café’s work."));
        QCOMPARE(head.byteOffset, qint64(100));
        QCOMPARE(head.byteLength, qint64(15)); // 'é' takes two bytes and '’' three
        QCOMPARE(head.number, 7);
        const SourceLine tail = TextFileReader::slice(line, 12, line.text.size(), TextFileReader::Encoding::Utf8);
        QCOMPARE(tail.text, QStringLiteral("Policy framework"));
        QCOMPARE(tail.byteOffset, qint64(115));
        QCOMPARE(tail.byteLength, qint64(16));
        const SourceLine wide = TextFileReader::slice(line, 12, line.text.size(), TextFileReader::Encoding::Utf16BE);
        QCOMPARE(wide.byteOffset, qint64(124));
        QCOMPARE(wide.byteLength, qint64(32));
    }
};

QTEST_GUILESS_MAIN(TestTextFileReader)
#include "tst_textfilereader.moc"
