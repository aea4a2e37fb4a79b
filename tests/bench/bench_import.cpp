// Measures the engine on synthetic corpora: extraction alone, a whole import into SQLite,
// and peak memory. Each measurement runs in a child process so that peak memory is its own.
//
//   bench_import                      1, 10 and 100 MB, every measurement
//   bench_import --sizes 10           only 10 MB
//   bench_import --generate MB FILE [SEED]  only write a synthetic corpus, for profiling
//   bench_import --child MODE FILE    one measurement (match, extract or import)
//   bench_import --child add FILE STORE  FILE imported into the existing STORE, then taken out

#include "benchsupport.h"
#include "corpus/corpusparser.h"
#include "corpusgenerator.h"
#include "extract/entityextractor.h"
#include "extract/gazetteerloader.h"
#include "store/database.h"
#include "store/importer.h"
#include "store/sourcecatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace evaw;

namespace {

class CountingSink final : public ActivitySink
{
public:
    qint64 activities = 0;
    qint64 mentions = 0;
    bool addActivity(Activity &&activity) override
    {
        ++activities;
        mentions += activity.mentions.size();
        return true;
    }
    bool addOccurrence(qint64, const Occurrence &) override { return true; }
};

// A later import into a big store: its new activities are compared with every stored one.
int addToStore(const EntityExtractor &extractor, const QString &file, const QString &store)
{
    QTextStream out(stdout);
    Database db(QStringLiteral("bench"));
    if (!db.open(store)) {
        out << "error: " << db.error() << Qt::endl;
        return 1;
    }
    QSqlQuery count(db.connection());
    const qint64 stored = count.exec(QStringLiteral("SELECT count(*) FROM activities")) && count.next()
        ? count.value(0).toLongLong()
        : -1;
    Importer importer(db, extractor);
    importer.setFollowUpLeftToCaller(true);
    QElapsedTimer timer;
    timer.start();
    const QList<FileImport> results = importer.importFiles({file});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    timer.start();
    QString linkError;
    const bool linked = importer.linkVariants(&linkError);
    const double linkSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << QStringLiteral("  added to a store of %1 activities: browsable after %2 s (%3 new activities),"
                          " then variants linked after %4 s; peak memory %5 MB")
               .arg(stored)
               .arg(seconds, 0, 'f', 2)
               .arg(results.value(0).activities)
               .arg(linkSeconds, 0, 'f', 2)
               .arg(double(bench::peakResidentKiB()) / 1024.0, 0, 'f', 0)
        << (results.value(0).ok ? QString() : QStringLiteral(" ERROR ") + results.value(0).error)
        << (linked ? QString() : QStringLiteral(" ERROR ") + linkError) << Qt::endl;
    if (!results.value(0).ok || !linked || !importer.indexNewTexts(&linkError))
        return 1;

    // Then the same file taken out again, as File > Imported files does.
    SourceCatalog catalog(db.connection());
    timer.start();
    const QList<StoredSource> sources = catalog.sources();
    const double listSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.start();
    const bool removed = !sources.isEmpty() && catalog.remove(sources.last().id);
    out << QStringLiteral("  taken out again: %1 s (%2 stored files listed in %3 s)")
               .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
               .arg(sources.size())
               .arg(listSeconds, 0, 'f', 2)
        << (removed ? QString() : QStringLiteral(" ERROR ") + catalog.error()) << Qt::endl;
    return removed ? 0 : 1;
}

int child(const QString &mode, const QString &file, const QString &store)
{
    QTextStream out(stdout);
    Gazetteer gazetteer;
    GazetteerLoader loader;
    if (!loader.load(&gazetteer)) {
        out << "error: " << loader.error() << Qt::endl;
        return 1;
    }
    const EntityExtractor extractor(gazetteer);
    if (mode == QLatin1String("add"))
        return addToStore(extractor, file, store);
    const double megabytes = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
    QElapsedTimer timer;
    if (mode == QLatin1String("match")) {
        // The multi-pattern matcher alone, over the whole file as one text: the floor under
        // extraction's cost. Best of three, as nothing else runs.
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            out << "error: " << in.errorString() << Qt::endl;
            return 1;
        }
        const QString text = QString::fromUtf8(in.readAll());
        double best = 0;
        qint64 matches = 0;
        for (int run = 0; run < 3; ++run) {
            matches = 0;
            timer.start();
            gazetteer.forEachMatch(text, [&](const AliasMatch &) { ++matches; });
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            best = std::max(best, megabytes / seconds);
        }
        out << QStringLiteral("  matcher alone: %1 MB/s (%2 whole-word matches)").arg(best, 0, 'f', 1).arg(matches)
            << Qt::endl;
        return 0;
    }
    if (mode == QLatin1String("extract")) {
        CountingSink sink;
        CorpusParser parser(extractor);
        timer.start();
        const ParseResult result = parser.parseFile(file, file, &sink);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        out << QStringLiteral("  extraction: %1 MB/s (%2 activities, %3 mentions, %4 s), peak memory %5 MB")
                   .arg(megabytes / seconds, 0, 'f', 1)
                   .arg(sink.activities)
                   .arg(sink.mentions)
                   .arg(seconds, 0, 'f', 2)
                   .arg(double(bench::peakResidentKiB()) / 1024.0, 0, 'f', 0)
            << (result.ok ? QString() : QStringLiteral(" ERROR ") + result.error) << Qt::endl;
        return result.ok ? 0 : 1;
    }
    Database db(QStringLiteral("bench"));
    const QString path = file + QStringLiteral(".sqlite");
    QFile::remove(path);
    if (!db.open(path)) {
        out << "error: " << db.error() << Qt::endl;
        return 1;
    }
    Importer importer(db, extractor);
    importer.setFollowUpLeftToCaller(true);
    timer.start();
    const QList<FileImport> results = importer.importFiles({file});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 browsablePeakKiB = bench::peakResidentKiB();
    timer.start();
    QString linkError;
    const bool linked = importer.linkVariants(&linkError);
    const double linkSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 linkedPeakKiB = bench::peakResidentKiB();
    timer.start();
    QString indexError;
    const bool indexed = importer.indexNewTexts(&indexError);
    const double indexSeconds = double(timer.nsecsElapsed()) / 1e9;
    // The store's pages, wherever they are: a small store may still sit in the write-ahead log.
    QSqlQuery pages(db.connection());
    const qint64 storeBytes
        = pages.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
            && pages.next()
        ? pages.value(0).toLongLong()
        : -1;
    out << QStringLiteral("  import into SQLite, browsable: %1 MB/s (%2 activities, %3 s);"
                          " then variants: %4 s; then the full-text index: %5 MB/s (%6 s);"
                          " peak memory %7 MB (%8 MB until browsable, %9 MB until linked), store %10 MB")
               .arg(megabytes / seconds, 0, 'f', 1)
               .arg(results.value(0).activities)
               .arg(seconds, 0, 'f', 2)
               .arg(linkSeconds, 0, 'f', 2)
               .arg(megabytes / indexSeconds, 0, 'f', 1)
               .arg(indexSeconds, 0, 'f', 2)
               .arg(double(bench::peakResidentKiB()) / 1024.0, 0, 'f', 0)
               .arg(double(browsablePeakKiB) / 1024.0, 0, 'f', 0)
               .arg(double(linkedPeakKiB) / 1024.0, 0, 'f', 0)
               .arg(double(storeBytes) / (1024.0 * 1024.0), 0, 'f', 0)
        << (results.value(0).ok ? QString() : QStringLiteral(" ERROR ") + results.value(0).error)
        << (linked ? QString() : QStringLiteral(" ERROR ") + linkError)
        << (indexed ? QString() : QStringLiteral(" ERROR ") + indexError) << Qt::endl;
    if (!linked || !indexed)
        return 1;
    return results.value(0).ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if ((args.size() == 4 || args.size() == 5) && args[1] == QLatin1String("--child"))
        return child(args[2], args[3], args.value(4));
    if ((args.size() == 4 || args.size() == 5) && args[1] == QLatin1String("--generate")) {
        QFile corpus(args[3]);
        if (!corpus.open(QIODevice::WriteOnly))
            return 1;
        bench::CorpusGenerator generator
            = args.size() == 5 ? bench::CorpusGenerator(args[4].toUInt()) : bench::CorpusGenerator();
        generator.write(&corpus, qint64(args[2].toInt()) * 1024 * 1024);
        return 0;
    }

    QList<int> sizes{1, 10, 100};
    const int sizesAt = int(args.indexOf(QStringLiteral("--sizes")));
    if (sizesAt > 0 && sizesAt + 1 < args.size()) {
        sizes.clear();
        for (const QString &size : args[sizesAt + 1].split(u','))
            sizes.append(size.toInt());
    }
    QTemporaryDir dir;
    QTextStream out(stdout);
    int failures = 0;
    for (const int size : sizes) {
        const QString file = dir.filePath(QStringLiteral("synthetic-%1MB.txt").arg(size));
        QFile corpus(file);
        if (!corpus.open(QIODevice::WriteOnly))
            return 1;
        bench::CorpusGenerator generator;
        generator.write(&corpus, qint64(size) * 1024 * 1024);
        corpus.close();
        out << QStringLiteral("%1 MB synthetic corpus (%2 bytes):").arg(size).arg(QFileInfo(file).size()) << Qt::endl;
        for (const QString &mode : {QStringLiteral("match"), QStringLiteral("extract"), QStringLiteral("import")}) {
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedChannels);
            process.start(app.applicationFilePath(), {QStringLiteral("--child"), mode, file});
            process.waitForFinished(-1);
            failures += process.exitCode() != 0 ? 1 : 0;
        }
    }
    if (!sizes.isEmpty()) {
        // Another period's report, after the largest: new text, compared with all of the store.
        const QString file = dir.filePath(QStringLiteral("another-1MB.txt"));
        QFile corpus(file);
        if (!corpus.open(QIODevice::WriteOnly))
            return 1;
        bench::CorpusGenerator(7u).write(&corpus, qint64(1024) * 1024);
        corpus.close();
        const QString store = dir.filePath(QStringLiteral("synthetic-%1MB.txt.sqlite").arg(sizes.last()));
        out << QStringLiteral("1 MB synthetic corpus of another seed, imported after the %1 MB one:").arg(sizes.last())
            << Qt::endl;
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(app.applicationFilePath(), {QStringLiteral("--child"), QStringLiteral("add"), file, store});
        process.waitForFinished(-1);
        failures += process.exitCode() != 0 ? 1 : 0;
    }
    return failures == 0 ? 0 : 1;
}
