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
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace evaw;

namespace {

constexpr int kRounds = 5;

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QString joined(const QList<double> &values, int decimals)
{
    QStringList texts;
    for (const double value : values)
        texts.append(QString::number(value, 'f', decimals));
    return texts.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The window restores the last filters: the benchmark starts from none, every time.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EVAW Explorer Benchmarks"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_explorer"));
    QSettings().clear();
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
    // This machine's timings vary from run to run: each figure is the median of several.
    std::unique_ptr<ExplorerState> statePointer;
    std::unique_ptr<MainWindow> windowPointer;
    QList<double> opens;
    for (int round = 0; round < kRounds; ++round) {
        windowPointer.reset();
        statePointer.reset();
        QElapsedTimer timer;
        timer.start();
        statePointer = std::make_unique<ExplorerState>(gazetteer);
        QString error;
        if (!statePointer->load(db.connection(), &error)) {
            out << "error: " << error << Qt::endl;
            return 1;
        }
        windowPointer = std::make_unique<MainWindow>(*statePointer, db, extractor);
        windowPointer->resize(1366, 768);
        windowPointer->show();
        app.processEvents();
        opens.append(milliseconds(timer));
    }
    ExplorerState &state = *statePointer;
    out << QStringLiteral("open a store of %1 activities and show the window: %2 ms (median of %3: %4)")
               .arg(state.index().size())
               .arg(median(opens), 0, 'f', 0)
               .arg(kRounds)
               .arg(joined(opens, 0))
        << Qt::endl;

    auto measure = [&](const QString &what, const std::function<void(Filter &)> &change) {
        const Filter before = state.filter();
        Filter after = before;
        change(after);
        QList<double> totals;
        QList<double> models;
        for (int round = 0; round < kRounds; ++round) {
            state.setFilter(before);
            app.processEvents();
            QElapsedTimer t;
            t.start();
            state.setFilter(after); // list, facets and chart models update synchronously
            models.append(milliseconds(t));
            app.processEvents(); // and the views repaint
            totals.append(milliseconds(t));
        }
        out << QStringLiteral("  %1: %2 ms (models %3 ms; runs %4), %5 activities")
                   .arg(what)
                   .arg(median(totals), 0, 'f', 1)
                   .arg(median(models), 0, 'f', 1)
                   .arg(joined(totals, 1))
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
    measure(QStringLiteral("forms of violence FGM or child marriage"), [](Filter &f) {
        f.setThemes({QStringLiteral("theme:fgm"), QStringLiteral("theme:child-marriage")});
    });
    measure(QStringLiteral("programme Spotlight Initiative"),
        [](Filter &f) { f.setProgrammes({QStringLiteral("programme:spotlight")}); });
    measure(QStringLiteral("search \"child marriage\""),
        [](Filter &f) { f.setSearch(QStringLiteral("\"child marriage\"")); });
    measure(QStringLiteral("clear all"), [](Filter &f) { f = Filter{}; });
    measure(QStringLiteral("search femicide alone"), [](Filter &f) { f.setSearch(QStringLiteral("femicide")); });
    // The pairs of agencies are counted only while their tab is shown.
    windowPointer->lowerTabs()->setCurrentWidget(windowPointer->pairPage());
    app.processEvents();
    out << "the same with the agencies working together shown instead of the chart:" << Qt::endl;
    measure(QStringLiteral("country Mozambique"), [](Filter &f) { f.setCountries({QStringLiteral("MZ")}); });
    measure(QStringLiteral("clear all"), [](Filter &f) { f = Filter{}; });
    out << QStringLiteral("peak memory: %1 MB").arg(double(bench::peakResidentKiB()) / 1024.0, 0, 'f', 0) << Qt::endl;
    return 0;
}
