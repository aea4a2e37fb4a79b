#include "sourceexcerpt.h"
#include "testsupport.h"

#include <QTest>

using evaw::SourceExcerpt;

class TestSourceExcerpt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldShowTheLinesAroundTheSpanInTheFilesEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<QString>("span");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<QString>("text");

        const QByteArray crlf
            = QStringLiteral("one\r\ntwo\r\nthree: In Côte d’Ivoire.\r\nfour\r\nfive\r\nsix").toUtf8();
        QTest::newRow("utf8-crlf-with-accents")
            << crlf << qint64(crlf.indexOf("In C")) << qint64(QStringLiteral("In Côte d’Ivoire.").toUtf8().size())
            << "In Côte d’Ivoire." << 1 << "one\ntwo\nthree: In Côte d’Ivoire.\nfour\nfive";
        const QByteArray cp1252("a\nb\nc\nd: In C\xF4te d\x92Ivoire.\ne\nf\ng");
        QTest::newRow("windows-1252-keeps-two-lines-each-side")
            << cp1252 << qint64(cp1252.indexOf("In C")) << qint64(17) << "In Côte d’Ivoire." << 2
            << "b\nc\nd: In Côte d’Ivoire.\ne\nf";
        QByteArray utf16("\xFF\xFE", 2);
        for (const QChar c : QStringLiteral("x\nUNFPA in Mali.\ny"))
            utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        QTest::newRow("utf16-le") << utf16 << qint64(2 + 2 * 2) << qint64(2 * 14) << "UNFPA in Mali." << 1
                                  << "x\nUNFPA in Mali.\ny";
    }

    void shouldShowTheLinesAroundTheSpanInTheFilesEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        QFETCH(QString, span);
        QFETCH(int, firstLine);
        QFETCH(QString, text);
        const QString path = evaw::test::writeFile(m_dir, QStringLiteral("excerpt.txt"), bytes);
        const int line = int(bytes.left(offset).count('\n')) + 1;
        const SourceExcerpt excerpt = SourceExcerpt::read(path, line, offset, length);
        QVERIFY2(excerpt.error.isEmpty(), qPrintable(excerpt.error));
        QCOMPARE(excerpt.text.mid(excerpt.spanStart, excerpt.spanLength), span);
        QCOMPARE(excerpt.firstLine, firstLine);
        QCOMPARE(excerpt.text, text);
    }

    void shouldReadOnlyAWindowOfALargeFile()
    {
        // 40 MB of lines before the span: the excerpt still holds only its neighbourhood.
        QByteArray bytes;
        const QByteArray filler(79, 'x');
        for (int i = 0; i < 500000; ++i)
            bytes += filler + '\n';
        const qint64 offset = bytes.size();
        bytes += "In Samoa, the Resident Coordinator led.\nafter\n";
        const QString path = evaw::test::writeFile(m_dir, QStringLiteral("large.txt"), bytes);
        const SourceExcerpt excerpt = SourceExcerpt::read(path, 500001, offset, 39);
        QCOMPARE(excerpt.text.mid(excerpt.spanStart, excerpt.spanLength),
            QStringLiteral("In Samoa, the Resident Coordinator led."));
        QCOMPARE(excerpt.firstLine, 499999);
        QCOMPARE(excerpt.text.count(u'\n'), 3);
    }

    void shouldShowOnlyTheStartOfASpanOfMegabytes()
    {
        // 2 MB on one line, of three-byte characters ("…"), cut 64 KiB in: inside one of
        // them, so the span shown ends on the character before.
        QByteArray bytes("before\n");
        const qint64 offset = bytes.size();
        const QByteArray line = QStringLiteral("\u2026").toUtf8().repeated(700000);
        bytes += line + "\nafter\n";
        const QString path = evaw::test::writeFile(m_dir, QStringLiteral("huge.txt"), bytes);
        const SourceExcerpt excerpt = SourceExcerpt::read(path, 2, offset, line.size());
        QVERIFY2(excerpt.error.isEmpty(), qPrintable(excerpt.error));
        QCOMPARE(excerpt.spanLength, 65536 / 3);
        QCOMPARE(excerpt.text.mid(excerpt.spanStart), QString(QChar(0x2026)).repeated(65536 / 3));
        QVERIFY(excerpt.text.startsWith(QLatin1String("before\n")));
    }

    void shouldShowTheWholeLineWhenOnlyTheLineIsKnown()
    {
        const QString path = evaw::test::writeFile(m_dir, QStringLiteral("lines.txt"),
            "\xEF\xBB\xBF"
            "first\r\nIn Chad, UNICEF trained 40 paralegals.\r\nthird\r\n");
        const SourceExcerpt excerpt = SourceExcerpt::read(path, 2, -1, 0);
        QVERIFY2(excerpt.error.isEmpty(), qPrintable(excerpt.error));
        QCOMPARE(excerpt.firstLine, 1);
        QCOMPARE(excerpt.text.mid(excerpt.spanStart, excerpt.spanLength),
            QStringLiteral("In Chad, UNICEF trained 40 paralegals."));
        QCOMPARE(SourceExcerpt::read(path, 9, -1, 0).spanStart, -1); // a line the file no longer has
    }

    void shouldSayWhenTheFileNoLongerHoldsTheSpan()
    {
        const QString path = evaw::test::writeFile(m_dir, QStringLiteral("short.txt"), "tiny\n");
        const SourceExcerpt excerpt = SourceExcerpt::read(path, 3, 400, 20);
        QVERIFY(!excerpt.error.isEmpty());
        QCOMPARE(excerpt.spanStart, -1);
    }
};

QTEST_GUILESS_MAIN(TestSourceExcerpt)
#include "tst_sourceexcerpt.moc"
