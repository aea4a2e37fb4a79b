#include "dumpcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EVAW Explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("evaw-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("dump"))
        return evaw::DumpCommand::run(arguments, out, err);

    err << QCoreApplication::translate("main", "usage: evaw-explorer dump [--format json|tsv] [--database PATH] [FILE...]")
        << Qt::endl;
    return 2;
}
