#include "dumpcommand.h"

#include "extract/entityextractor.h"
#include "extract/gazetteerloader.h"
#include "store/activityreader.h"
#include "store/activityserializer.h"
#include "store/database.h"
#include "store/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace evaw {

int DumpCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("evaw::DumpCommand", "Print every activity of a corpus as JSON or TSV."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("evaw::DumpCommand", "Output format: json or tsv."),
                                    QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption database(
        QStringLiteral("database"),
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
        err << QCoreApplication::translate("evaw::DumpCommand", "unknown format '%1': use json or tsv").arg(chosenFormat)
            << Qt::endl;
        return 2;
    }

    Gazetteer gazetteer;
    GazetteerLoader loader;
    if (!loader.load(&gazetteer)) {
        err << loader.error() << Qt::endl;
        return 1;
    }
    const EntityExtractor extractor(gazetteer);

    Database store(QStringLiteral("evaw-dump"));
    if (!store.open(parser.isSet(database) ? parser.value(database) : QStringLiteral(":memory:"))) {
        err << store.error() << Qt::endl;
        return 1;
    }
    QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        files.append(Importer::bundledCorpusPath());

    int exitCode = 0;
    Importer importer(store, extractor);
    for (const FileImport &result : importer.importFiles(files)) {
        if (!result.ok || !result.error.isEmpty()) {
            err << result.error << Qt::endl;
            exitCode = 1;
        }
    }

    ActivityReader reader(store.connection());
    bool first = true;
    if (chosenFormat == QLatin1String("json"))
        out << "[";
    else
        out << ActivitySerializer::tsvHeader().join(u'\t') << '\n';
    const bool read = reader.forEach([&](const Activity &activity) {
        if (chosenFormat == QLatin1String("json")) {
            out << (first ? "\n" : ",\n")
                << QString::fromUtf8(QJsonDocument(ActivitySerializer::toJson(activity)).toJson(QJsonDocument::Compact));
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
