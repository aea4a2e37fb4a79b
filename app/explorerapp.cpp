#include "explorerapp.h"

#include "explorerstate.h"
#include "extract/entityextractor.h"
#include "extract/gazetteerloader.h"
#include "mainwindow.h"
#include "store/activityreader.h"
#include "store/database.h"
#include "store/importer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>

namespace evaw {

int ExplorerApp::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "EVAW Explorer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore the UN inventory of activities to end violence against women and girls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "The store to open (default: in the app-data folder)."),
                                      QStringLiteral("path"));
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Corpus files to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    Gazetteer gazetteer;
    GazetteerLoader loader;
    if (!loader.load(&gazetteer)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "EVAW Explorer"), loader.error());
        return 1;
    }
    const EntityExtractor extractor(gazetteer);

    // The window's import runs on its own connection, so an in-memory store would be a
    // different store there: ":memory:" becomes a file in a temporary folder instead.
    QTemporaryDir scratch;
    QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    if (path == QLatin1String(":memory:"))
        path = scratch.filePath(QStringLiteral("evaw-explorer.sqlite"));
    Database store(QStringLiteral("evaw-window"));
    if (!store.open(path)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "EVAW Explorer"), store.error());
        return 1;
    }

    ExplorerState state(gazetteer);
    QString error;
    if (!state.load(store.connection(), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "EVAW Explorer"), error);
        return 1;
    }
    MainWindow window(state, store, extractor);
    window.show();

    QStringList files = parser.positionalArguments();
    if (files.isEmpty() && ActivityReader(store.connection()).count() == 0)
        files.append(Importer::bundledCorpusPath());
    window.importFiles(files);
    return app.exec();
}

} // namespace evaw
