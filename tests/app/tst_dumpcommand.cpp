#include "dumpcommand.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using evaw::DumpCommand;

class TestDumpCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int run(const QStringList &arguments, QString *out, QString *err)
    {
        QTextStream outStream(out);
        QTextStream errStream(err);
        return DumpCommand::run(
            QStringList{QStringLiteral("evaw-explorer"), QStringLiteral("dump")} + arguments, outStream, errStream);
    }

private Q_SLOTS:
    void shouldWriteTheSameJsonToADeviceAsToAString()
    {
        // Standard output is a device: there the JSON goes out as bytes, not through the
        // stream's text (a corpus with non-ASCII names and a line break inside its text).
        const QString file = m_dir.filePath(QStringLiteral("accents.txt"));
        QFile fixture(file);
        QVERIFY(fixture.open(QIODevice::WriteOnly));
        fixture.write("In C\xC3\xB4te d\xE2\x80\x99Ivoire, UNFPA trained 40 \xE2\x80\x9Cmidwives\xE2\x80\x9D.\n"
                      "UNICEF supported Bogot\xC3\xA1.\n");
        fixture.close();
        QString text;
        QString err;
        QCOMPARE(run({file}, &text, &err), 0);
        QBuffer bytes;
        QVERIFY(bytes.open(QIODevice::WriteOnly));
        QTextStream toDevice(&bytes);
        QTextStream errStream(&err);
        QCOMPARE(
            DumpCommand::run({QStringLiteral("evaw-explorer"), QStringLiteral("dump"), file}, toDevice, errStream), 0);
        toDevice.flush();
        QVERIFY(text.contains(QStringLiteral("C\u00f4te d\u2019Ivoire")));
        QCOMPARE(QString::fromUtf8(bytes.data()), text);
    }

    void shouldDumpTheBundledCorpusAsJsonWithEveryKey()
    {
        QString out;
        QString err;
        QCOMPARE(run({}, &out, &err), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray activities = document.array();
        QCOMPARE(activities.size(), 48);
        const QStringList keys{QStringLiteral("id"), QStringLiteral("section"), QStringLiteral("measure"),
            QStringLiteral("period"), QStringLiteral("reporting_entity"), QStringLiteral("text"),
            QStringLiteral("source"), QStringLiteral("duplicates"), QStringLiteral("variants"),
            QStringLiteral("countries"), QStringLiteral("places"), QStringLiteral("regions"),
            QStringLiteral("agencies"), QStringLiteral("partners"), QStringLiteral("programmes"),
            QStringLiteral("themes"), QStringLiteral("dates"), QStringLiteral("years"), QStringLiteral("mentions")};
        for (const QJsonValue &value : activities) {
            const QJsonObject activity = value.toObject();
            for (const QString &key : keys)
                QVERIFY2(activity.contains(key), qPrintable(key));
        }
        const QJsonObject samoa = activities.at(2).toObject();
        QVERIFY(samoa.value(QLatin1String("text")).toString().startsWith(QLatin1String("In Samoa")));
        QCOMPARE(samoa.value(QLatin1String("countries")).toArray(), QJsonArray{QStringLiteral("WS")});
        QCOMPARE(samoa.value(QLatin1String("source")).toObject().value(QLatin1String("line")).toInt(), 5);
        QCOMPARE(
            samoa.value(QLatin1String("duplicates")).toArray().at(0).toObject().value(QLatin1String("line")).toInt(),
            14);
        const QJsonObject mention = samoa.value(QLatin1String("mentions")).toArray().at(0).toObject();
        QCOMPARE(mention.value(QLatin1String("kind")).toString(), QStringLiteral("country"));
        QCOMPARE(mention.value(QLatin1String("id")).toString(), QStringLiteral("WS"));
        QCOMPARE(mention.value(QLatin1String("surface")).toString(), QStringLiteral("Samoa"));
        QCOMPARE(mention.value(QLatin1String("start")).toInt(), 3);
    }

    // Dates and mentions are written one at a time; each activity's line is still the
    // compact JSON QJsonDocument writes for the whole object.
    void shouldWriteEachActivityAsOneCompactJsonObject()
    {
        QString out;
        QString err;
        QCOMPARE(run({}, &out, &err), 0);
        QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), QStringLiteral("["));
        QCOMPARE(lines.takeLast(), QStringLiteral("]"));
        QCOMPARE(lines.size(), 48);
        int dated = 0;
        for (QString line : std::as_const(lines)) {
            if (line.endsWith(u','))
                line.chop(1);
            const QJsonObject activity = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(QString::fromUtf8(QJsonDocument(activity).toJson(QJsonDocument::Compact)), line);
            dated += activity.value(QLatin1String("dates")).toArray().isEmpty() ? 0 : 1;
        }
        QCOMPARE(dated, 15);
    }

    void shouldDumpTsvWithAHeaderAndOneLinePerActivity()
    {
        QString out;
        QString err;
        QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("tsv")}, &out, &err), 0);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 49);
        QVERIFY(lines[0].startsWith(QLatin1String("id\treporting_entity\tmeasure")));
        for (const QString &line : lines)
            QCOMPARE(line.count(u'\t'), 17);
    }

    void shouldFailWithOneLinePerBadFileAndStillDumpTheRest()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.txt"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("In Chad, UNICEF trained 40 social workers.\n");
        file.close();
        QString out;
        QString err;
        QCOMPARE(run({m_dir.filePath(QStringLiteral("missing.txt")), good}, &out, &err), 1);
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY(err.startsWith(QLatin1String("missing.txt: cannot be read")));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 1);
    }

    void shouldRefuseAnUnknownFormat()
    {
        QString out;
        QString err;
        QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("xml")}, &out, &err), 2);
        QCOMPARE(err, QStringLiteral("unknown format 'xml': use json or tsv\n"));
    }

    void shouldUseAStoreOnDiskWhenNamed()
    {
        const QString store = m_dir.filePath(QStringLiteral("store.sqlite"));
        QString out;
        QString err;
        QCOMPARE(run({QStringLiteral("--database"), store}, &out, &err), 0);
        QVERIFY(QFileInfo::exists(store));
        QString again;
        QCOMPARE(run({QStringLiteral("--database"), store}, &again, &err), 0);
        QCOMPARE(again, out);
    }
};

QTEST_GUILESS_MAIN(TestDumpCommand)
#include "tst_dumpcommand.moc"
