#include "dumpcommand.h"
#include "explorerapp.h"

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
    return evaw::ExplorerApp::run(argc, argv);
}
