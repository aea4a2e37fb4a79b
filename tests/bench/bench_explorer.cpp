// Measures the explorer at scale: a synthetic store of about 200,000 activities, opened
// and shown, then filtered by country, agency, year and search, each change timed until
// the list, every facet count and the chart are up to date.
//
//   bench_explorer [--activities N] [--store PATH]   (an existing store is reused)

#include "benchsupport.h"
#include "corpusgenerator.h"
#include "explorerstate.h"
#include "extract/entityextractor.h"
#include "extract/gazetteerloader.h"
#include "mainwindow.h"
#include "store/activityreader.h"
#include "store/database.h"
#include "store/importer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace evaw;

namespace {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int wanted = args.contains(QStringLiteral("--activities"))
        ? args.value(args.indexOf(QStringLiteral("--activities")) + 1).toInt()
        : 200000;
    QTemporaryDir dir;
    const QString store = args.contains(QStringLiteral("--store"))
        ? args.value(args.indexOf(QStringLiteral("--store")) + 1)
        : dir.filePath(QStringLiteral("bench.sqlite"));

    Gazetteer gazetteer;
    GazetteerLoader loader;
    if (!loader.load(&gazetteer))
        return 1;
    const EntityExtractor extractor(gazetteer);
    {
        Database db(QStringLiteral("fill"));
        if (!db.open(store))
            return 1;
        if (ActivityReader(db.connection()).count() < wanted) {
            // About 190 bytes of corpus per activity in the generator's style.
            const QString corpus = dir.filePath(QStringLiteral("corpus.txt"));
            QFile file(corpus);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            bench::CorpusGenerator().write(&file, qint64(wanted) * 200);
            file.close();
            out << "building a store of about " << wanted << " activities..." << Qt::endl;
            Importer(db, extractor).importFiles({corpus});
        }
    }

    Database db(QStringLiteral("explorer"));
    if (!db.open(store))
        return 1;
    QElapsedTimer timer;
    timer.start();
    ExplorerState state(gazetteer);
    QString error;
    state.load(db.connection(), &error);
    out << QStringLiteral("  (loading the index: %1 ms)").arg(milliseconds(timer), 0, 'f', 0) << Qt::endl;
    MainWindow window(state, db, extractor);
    window.resize(1366, 768);
    window.show();
    app.processEvents();
    out << QStringLiteral("open a store of %1 activities and show the window: %2 ms")
               .arg(state.index().size())
               .arg(milliseconds(timer), 0, 'f', 0)
        << Qt::endl;

    auto measure = [&](const QString &what, const std::function<void(Filter &)> &change) {
        Filter filter = state.filter();
        change(filter);
        QElapsedTimer t;
        t.start();
        state.setFilter(filter); // list, facets and chart models update synchronously
        const double models = milliseconds(t);
        app.processEvents(); // and the views repaint
        out << QStringLiteral("  %1: %2 ms (models %3 ms), %4 activities")
                   .arg(what)
                   .arg(milliseconds(t), 0, 'f', 1)
                   .arg(models, 0, 'f', 1)
                   .arg(state.result().rows.size())
            << Qt::endl;
    };
    out << "filter changes (list, every facet count and the chart):" << Qt::endl;
    measure(QStringLiteral("country Mozambique"), [](Filter &f) { f.setCountries({QStringLiteral("MZ")}); });
    measure(QStringLiteral("agencies UNFPA and UNICEF, all"), [](Filter &f) {
        f.setAgencies({QStringLiteral("agency:unfpa"), QStringLiteral("agency:unicef")});
        f.setAgencyMode(Filter::AgencyMode::All);
    });
    measure(QStringLiteral("years 2016-2022"), [](Filter &f) { f.setYears(2016, 2022); });
    measure(QStringLiteral("search \"child marriage\""),
        [](Filter &f) { f.setSearch(QStringLiteral("\"child marriage\"")); });
    measure(QStringLiteral("clear all"), [](Filter &f) { f = Filter{}; });
    measure(QStringLiteral("search femicide alone"), [](Filter &f) { f.setSearch(QStringLiteral("femicide")); });
    out << QStringLiteral("peak memory: %1 MB").arg(double(bench::peakResidentKiB()) / 1024.0, 0, 'f', 0) << Qt::endl;
    return 0;
}
