#include "dumpcommand.h"

#include "corpussession.h"
#include "store/activityreader.h"
#include "store/activityserializer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

namespace evaw {

int DumpCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("evaw::DumpCommand", "Print every activity of a corpus as JSON or TSV."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("evaw::DumpCommand", "Output format: json or tsv."), QStringLiteral("format"),
        QStringLiteral("json"));
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("evaw::DumpCommand", "Store to import into and read from (default: in memory)."),
        QStringLiteral("path"));
    parser.addOption(format);
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("dump"));
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("evaw::DumpCommand", "Corpus files (default: the bundled corpus)."),
        QStringLiteral("[FILE...]"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString chosenFormat = parser.value(format);
    if (chosenFormat != QLatin1String("json") && chosenFormat != QLatin1String("tsv")) {
        err << QCoreApplication::translate("evaw::DumpCommand", "unknown format '%1': use json or tsv")
                   .arg(chosenFormat)
            << Qt::endl;
        return 2;
    }

    CorpusSession session(QStringLiteral("evaw-dump"));
    if (!session.open(parser.value(database), parser.positionalArguments().mid(1), err))
        return 1;
    Database &store = session.store();
    const int exitCode = session.hadFileErrors() ? 1 : 0;

    ActivityReader reader(store.connection());
    bool first = true;
    if (chosenFormat == QLatin1String("json"))
        out << "[";
    else
        out << ActivitySerializer::tsvHeader().join(u'\t') << '\n';
    // JSON comes out of QJsonDocument as UTF-8: where the stream writes UTF-8 to a device
    // (standard output), the bytes go there as they are, rather than decoded and encoded
    // again.
    QIODevice *device = out.encoding() == QStringConverter::Utf8 ? out.device() : nullptr;
    auto writeJson = [&](QByteArrayView json) {
        if (device)
            device->write(json.data(), json.size());
        else
            out << QString::fromUtf8(json);
    };
    const bool read = reader.forEach([&](const Activity &activity) {
        if (chosenFormat == QLatin1String("json")) {
            out << (first ? "\n" : ",\n");
            out.flush();
            ActivitySerializer::writeJson(activity, writeJson);
        } else {
            out << ActivitySerializer::toTsvRow(activity) << '\n';
        }
        first = false;
        return true;
    });
    if (chosenFormat == QLatin1String("json"))
        out << (first ? "]\n" : "\n]\n");
    out.flush();
    if (!read) {
        err << store.path() << ": " << reader.error() << Qt::endl;
        return 1;
    }
    return exitCode;
}

} // namespace evaw
