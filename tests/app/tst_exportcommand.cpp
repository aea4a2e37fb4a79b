#include "exportcommand.h"
#include "tableexporter.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

using evaw::ExportCommand;
using evaw::TableExporter;

namespace {

// A small RFC 4180 reader, to read back what the exporter wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The first sheet of an XLSX package, as XML; a null string when it cannot be unpacked.
QString firstSheetXml(const QString &path)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int run(const QStringList &arguments, QString *err = nullptr, QString *printed = nullptr)
    {
        QString out;
        QString error;
        QTextStream outStream(&out);
        QTextStream errStream(&error);
        const int code = ExportCommand::run(
            QStringList{QStringLiteral("evaw-explorer"), QStringLiteral("export")} + arguments, outStream, errStream);
        outStream.flush();
        if (err)
            *err = error;
        if (printed)
            *printed = out;
        return code;
    }

private Q_SLOTS:
    void shouldExportAChartAsPngAtTheChosenSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.png"));
        QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("--agency"), QStringLiteral("UNFPA"),
                     QStringLiteral("--size"), QStringLiteral("1600x900"), QStringLiteral("-o"), path}),
            0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 900));
        // The plot area holds UNFPA's bars: many non-white pixels in the middle band.
        int coloured = 0;
        for (int y = 200; y < 700; y += 2) {
            for (int x = 100; x < 1500; x += 2)
                coloured += image.pixelColor(x, y) != Qt::white ? 1 : 0;
        }
        QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));
        QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white)); // the light palette, whatever the theme
    }

    void shouldExportASvgWithTextKeptAsText()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
        QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("--title"), QStringLiteral("FGM and child marriage"),
                     QStringLiteral("-o"), path}),
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts.contains(QStringLiteral("FGM and child marriage")));
        QVERIFY(texts.contains(QStringLiteral("Year")));
    }

    void shouldExportAPdfChartWithTitleAndFilterLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("--agency"), QStringLiteral("UNFPA"),
                     QStringLiteral("--agency"), QStringLiteral("UNICEF"), QStringLiteral("--all-agencies"),
                     QStringLiteral("--from"), QStringLiteral("2008"), QStringLiteral("--to"), QStringLiteral("2022"),
                     QStringLiteral("-o"), path}),
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("Activities to end violence against women and girls")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("UNFPA and UNICEF \u00b7 2008\u20132022")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("6 activities"))); // of the 8 naming both, 6 state a year in range
    }

    void shouldExportTheTableAsCsvThatReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("table.csv"));
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("--country"), QStringLiteral("Mozambique"),
                     QStringLiteral("--country"), QStringLiteral("PS"), QStringLiteral("-o"), path}),
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].value(1), QStringLiteral("Reported by"));
        QCOMPARE(records[1].value(5), QStringLiteral("Mozambique"));
        QCOMPARE(records[2].value(6), QStringLiteral("PS"));
        QCOMPARE(records[0].value(7), QStringLiteral("Forms of violence"));
        QVERIFY(records[2].value(10).startsWith(QLatin1String("UNODC supports implementing the HAYA")));
        QCOMPARE(records[2].value(12), QStringLiteral("74"));
    }

    void shouldExportAnXlsxPackageWithEveryRow()
    {
        const QString path = m_dir.filePath(QStringLiteral("table.xlsx"));
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("-o"), path}), 0);
        const QString sheet = firstSheetXml(path);
        QVERIFY(!sheet.isNull());
        QCOMPARE(sheet.count(QLatin1String("<row ")), 49); // header and 48 activities
        QVERIFY(sheet.contains(QLatin1String("<pane ")));
        QVERIFY(sheet.contains(QLatin1String("<autoFilter ")));
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
    }

    void shouldExportThePairsOfAgenciesThatWorkTogether()
    {
        // The HAYA paragraph, Palestine's one activity, names four UN agencies: six pairs.
        const QString path = m_dir.filePath(QStringLiteral("pairs.csv"));
        QCOMPARE(run({QStringLiteral("pairs"), QStringLiteral("--country"), QStringLiteral("PS"), QStringLiteral("-o"),
                     path}),
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
        QCOMPARE(records.value(0), QStringList({"Agency", "With", "Activities", "Since", "Countries"}));
        QCOMPARE(records.size(), 7);
        QSet<QString> pairs;
        for (const QStringList &record : records.mid(1)) {
            QCOMPARE(record.value(2), QStringLiteral("1"));
            QCOMPARE(record.value(3), QString()); // the paragraph states no year
            QCOMPARE(record.value(4), QStringLiteral("State of Palestine"));
            QStringList names = record.mid(0, 2);
            names.sort();
            pairs.insert(names.join(u'+'));
        }
        QCOMPARE(pairs,
            QSet<QString>({"UN Women+UN-Habitat", "UN Women+UNFPA", "UN Women+UNODC", "UN-Habitat+UNFPA",
                "UN-Habitat+UNODC", "UNFPA+UNODC"}));

        // With partners: the European Commission and NORAD each pair with UNFPA, not each other.
        QCOMPARE(run({QStringLiteral("pairs"), QStringLiteral("--with-partners"), QStringLiteral("--agency"),
                     QStringLiteral("NORAD"), QStringLiteral("-o"), path}),
            0);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(again.readAll().mid(3))),
            QList<QStringList>({{"Agency", "With", "Activities", "Since", "Countries"},
                {"UNFPA", "European Commission", "1", "2021", ""}, {"UNFPA", "NORAD", "1", "2021", ""}}));
    }

    void shouldNameThePairsSheetWithinExcelsLimitInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "fr", "es", "ar"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void shouldNameThePairsSheetWithinExcelsLimitInEveryLanguage()
    {
        QFETCH(QString, language);
        const QString path = m_dir.filePath(QStringLiteral("pairs-%1.xlsx").arg(language));
        QCOMPARE(run({QStringLiteral("pairs"), QStringLiteral("--lang"), language, QStringLiteral("-o"), path}), 0);
        const QString sheet = firstSheetXml(path);
        QVERIFY(!sheet.isNull());
        QCOMPARE(sheet.count(QLatin1String("<row ")), 42); // 41 pairs
    }

    void shouldRefuseAnXlsxCellItCannotHoldAndWriteTheCsv()
    {
        // 900 clauses with no stop between them, one activity of 40,500 characters: a
        // spreadsheet cell holds 32,767, and libxlsxwriter left the cell empty, saying nothing.
        const QString fixture = evaw::test::writeFile(m_dir, QStringLiteral("long.txt"),
            QByteArray("UNFPA supported safe spaces in Yemen in 2020,").repeated(900) + '\n');
        const QString store = m_dir.filePath(QStringLiteral("long.sqlite"));
        const QString xlsx = m_dir.filePath(QStringLiteral("long.xlsx"));
        QString err;
        QCOMPARE(
            run({QStringLiteral("table"), QStringLiteral("--database"), store, fixture, QStringLiteral("-o"), xlsx},
                &err),
            1);
        QVERIFY2(err.contains(QLatin1String("Activity 1 of the table has 40500 characters")), qPrintable(err));
        QVERIFY(err.contains(QLatin1String("export CSV instead")));
        QVERIFY(!QFileInfo::exists(xlsx));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".evaw-export-*")}, QDir::Files | QDir::Hidden).isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("long.csv"));
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("--database"), store, QStringLiteral("-o"), csv}), 0);
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(written.readAll().mid(3))).value(1).value(10).size(), 40500);
    }

    void shouldExportABriefingWithChartFiltersAndSources()
    {
        const QString path = m_dir.filePath(QStringLiteral("briefing.pdf"));
        QCOMPARE(run({QStringLiteral("briefing"), QStringLiteral("--search"), QStringLiteral("\"jointly with UNICEF\""),
                     QStringLiteral("-o"), path}),
            0);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("\u201c\"jointly with UNICEF\"\u201d")));
        QVERIFY(text.contains(QLatin1String("000_bd1bf16eedc4ea7f.txt, line 57")));
        QVERIFY(text.contains(QLatin1String("Exported")));
        // The four activities found name one pair of agencies, in all four.
        QVERIFY2(text.contains(QLatin1String("Agencies working together")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("most often, of 1 pair")));
        QVERIFY(QRegularExpression(QStringLiteral("UNFPA\\s+UNICEF\\s+4\\s")).match(text).hasMatch());
        // All four state a year: the chart leaves none out, and says nothing of it.
        QVERIFY(!text.contains(QLatin1String("Not in the chart")));

        // Sixteen of UNFPA's twenty-five state none, which the briefing says (its lines
        // break where the page ends them).
        QCOMPARE(run({QStringLiteral("briefing"), QStringLiteral("--agency"), QStringLiteral("UNFPA"),
                     QStringLiteral("-o"), path}),
            0);
        const QString said = QStringLiteral("Not in the chart, for stating no year: 16 of 25 activities");
        QVERIFY(
            QRegularExpression(QRegularExpression::escape(said).replace(QLatin1String("\\ "), QLatin1String("\\s+")))
                .match(pdfText(path))
                .hasMatch());

        // With partners, as the window's box asks: NORAD's one activity pairs UNFPA with two.
        QCOMPARE(run({QStringLiteral("briefing"), QStringLiteral("--with-partners"), QStringLiteral("--agency"),
                     QStringLiteral("NORAD"), QStringLiteral("-o"), path}),
            0);
        const QString withPartners = pdfText(path);
        QVERIFY2(withPartners.contains(QLatin1String("UN agencies and partners these activities name together most "
                                                     "often, of 2 pairs")),
            qPrintable(withPartners));
        QVERIFY(QRegularExpression(QStringLiteral("UNFPA\\s+NORAD\\s+1\\s")).match(withPartners).hasMatch());
    }

    void shouldFailCleanlyWhereNothingCanBeWritten_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("name");
        QTest::newRow("png-into-a-missing-folder") << "chart"
                                                   << "missing/chart.png";
        QTest::newRow("csv-into-a-missing-folder") << "table"
                                                   << "missing/table.csv";
        QTest::newRow("xlsx-into-a-missing-folder") << "table"
                                                    << "missing/table.xlsx";
        QTest::newRow("pdf-onto-a-folder") << "briefing"
                                           << "folder.pdf";
        QTest::newRow("csv-onto-a-folder") << "table"
                                           << "folder.csv";
    }

    void shouldFailCleanlyWhereNothingCanBeWritten()
    {
        QFETCH(QString, what);
        QFETCH(QString, name);
        QDir(m_dir.path()).mkpath(QStringLiteral("folder.pdf"));
        QDir(m_dir.path()).mkpath(QStringLiteral("folder.csv"));
        const QString path = m_dir.filePath(name);
        QString err;
        QCOMPARE(run({what, QStringLiteral("-o"), path}, &err), 1);
        QVERIFY(!err.isEmpty());
        QVERIFY(!QFileInfo(path).isFile());
        const QStringList leftovers
            = QDir(m_dir.path()).entryList({QStringLiteral(".evaw-export-*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
    }

    void shouldPrintItsHelpWithoutAskingWhatToExport()
    {
        QString err;
        QString printed;
        QCOMPARE(run({QStringLiteral("--help")}, &err, &printed), 0);
        QCOMPARE(err, QString());
        QVERIFY2(printed.contains(
                     QLatin1String("Export a chart, the activity table, the agencies working together or a briefing")),
            qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("--agency <name>")), qPrintable(printed));
    }

    void shouldExportTheActivitiesOfAFormOfViolence()
    {
        const QString path = m_dir.filePath(QStringLiteral("fgm.csv"));
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("--theme"), QStringLiteral("fgm"),
                     QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--theme"),
                     QStringLiteral("Child marriage"), QStringLiteral("-o"), path}),
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
        QCOMPARE(records.size(), 5);
        QStringList forms;
        for (const QStringList &record : records.mid(1))
            forms.append(record.value(7));
        forms.sort();
        QCOMPARE(forms,
            (QStringList{QStringLiteral("Mariage d'enfants"), QStringLiteral("Mariage d'enfants"),
                QStringLiteral("Mutilations génitales féminines"), QStringLiteral("Mutilations génitales féminines")}));
        QString err;
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("--theme"), QStringLiteral("fgmm"), QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("x.csv"))},
                     &err),
            2);
        QCOMPARE(err, QStringLiteral("unknown form of violence 'fgmm'; close matches: fgm\n"));
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("--programme"), QStringLiteral("Spotlite"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.csv"))},
                     &err),
            2);
        QCOMPARE(err, QStringLiteral("unknown programme 'Spotlite'; close matches: Spotlight Initiative\n"));
        QString out;
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("--programme"), QStringLiteral("spotlight"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("spotlight.csv"))},
                     nullptr, &out),
            0);
        QVERIFY2(out.endsWith(QLatin1String("(12 activities)\n")), qPrintable(out));
    }

    void shouldListCloseMatchesForUnknownNames()
    {
        QString err;
        QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("--agency"), QStringLiteral("UNFAP"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png"))},
                     &err),
            2);
        QCOMPARE(err, QStringLiteral("unknown agency 'UNFAP'; close matches: UNDP, UNFPA\n"));
        QCOMPARE(run({QStringLiteral("table"), QStringLiteral("--country"), QStringLiteral("Mozambik"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.csv"))},
                     &err),
            2);
        QVERIFY2(err.contains(QLatin1String("Mozambique")), qPrintable(err));
    }

    void shouldNeutraliseFormulasAndQuoteFields_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                                 << "'=HYPERLINK(\"x\")";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-2"
                               << "'-2";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("plain") << "UN Women"
                               << "UN Women";
    }

    void shouldNeutraliseFormulasAndQuoteFields()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(TableExporter::neutralised(cell), written);
        QCOMPARE(
            TableExporter::csvRecord({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("x\ny")}),
            QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\""));
    }
};

QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
