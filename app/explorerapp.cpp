#include "explorerapp.h"

#include "explorerstate.h"
#include "extract/entityextractor.h"
#include "extract/gazetteerloader.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/importer.h"
#include "store/sourcecatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>

namespace evaw {

int ExplorerApp::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "EVAW Explorer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate(
            "main", "Explore the UN inventory of activities to end violence against women and girls.")
        + QStringLiteral("\n\n")
        + QApplication::translate("main",
            "Commands that open no window: dump prints the activities as JSON or TSV, and export writes a chart,"
            " the activity table or a briefing. Each has its own --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QApplication::translate("main", "The store to open (default: in the app-data folder)."),
        QStringLiteral("path"));
    parser.addOption(database);
    const QCommandLineOption language(QStringLiteral("lang"),
        QApplication::translate("main", "Interface language: en, fr, es or ar."), QStringLiteral("code"));
    parser.addOption(language);
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
    // The language: --lang, else the one chosen last time, else the system's.
    QSettings settings;
    QString chosen = parser.isSet(language)
        ? parser.value(language)
        : settings.value(QStringLiteral("language"), LanguageManager::systemLanguage()).toString();
    if (!LanguageManager::apply(chosen, &state, &error)) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "EVAW Explorer"), error);
        chosen = QStringLiteral("en");
        LanguageManager::apply(chosen, &state, &error);
    }
    settings.setValue(QStringLiteral("language"), chosen);
    if (!state.load(store.connection(), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "EVAW Explorer"), error);
        return 1;
    }

    // A new language rebuilds the window, so every text, every layout direction and every
    // name is built in it; the store, the filter and the layout carry over.
    std::unique_ptr<MainWindow> window;
    std::function<void()> openWindow = [&] {
        window = std::make_unique<MainWindow>(state, store, extractor);
        QObject::connect(window.get(), &MainWindow::languageRequested, &app, [&](const QString &code) {
            if (window->isImporting())
                return;
            // Closing the only window would end the application; this one is replaced.
            QApplication::setQuitOnLastWindowClosed(false);
            window->close();
            QString problem;
            if (LanguageManager::apply(code, &state, &problem))
                QSettings().setValue(QStringLiteral("language"), code);
            QMetaObject::invokeMethod(&app, openWindow, Qt::QueuedConnection);
        });
        window->show();
        QApplication::setQuitOnLastWindowClosed(true);
    };
    openWindow();

    QStringList files = parser.positionalArguments();
    // Only a store made now gets the bundled corpus: one whose files the user took out
    // stays as the user left it, and offers the corpus again in its empty list. A store
    // that holds it as an earlier version of the engine read it has it read again.
    if (files.isEmpty()
        && (store.isNew() || SourceCatalog(store.connection()).holdsReadEarlier(Importer::bundledCorpusPath())))
        files.append(Importer::bundledCorpusPath());
    window->importFiles(files);
    return app.exec();
}

} // namespace evaw
