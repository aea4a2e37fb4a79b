#include "dumpcommand.h"
#include "explorerapp.h"
#include "exportcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("EVAW Explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("evaw-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // The command line needs no display: it runs on QCoreApplication.
    if (argc >= 2 && std::strcmp(argv[1], "dump") == 0) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return evaw::DumpCommand::run(QCoreApplication::arguments(), out, err);
    }
    if (argc >= 2 && std::strcmp(argv[1], "export") == 0) {
        // Charts are drawn by widgets; with no display to draw on, draw offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return evaw::ExportCommand::run(QCoreApplication::arguments(), out, err);
    }
    return evaw::ExplorerApp::run(argc, argv);
}
