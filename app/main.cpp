#include "dumpcommand.h"
#include "explorerapp.h"
#include "exportcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

// Charts are drawn by widgets, and Qt asks for a display to create them: where there is
// none, draw offscreen, so that the commands and --help work on a machine without one.
void drawOffscreenWithoutADisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

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
        drawOffscreenWithoutADisplay();
        QApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return evaw::ExportCommand::run(QCoreApplication::arguments(), out, err);
    }
    if (asksForHelpOrVersion(argc, argv))
        drawOffscreenWithoutADisplay(); // only text is printed
    return evaw::ExplorerApp::run(argc, argv);
}
