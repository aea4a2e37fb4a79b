#include "importcontroller.h"

#include "store/database.h"

#include <QMetaObject>

namespace evaw {

ImportController::ImportController(const EntityExtractor &extractor, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_extractor(extractor)
    , m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<QList<evaw::FileImport>>();
    m_thread.setObjectName(QStringLiteral("import"));
    m_thread.start();
}

ImportController::~ImportController()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void ImportController::start(const QStringList &paths)
{
    if (m_running || paths.isEmpty())
        return;
    m_running = true;
    m_cancel = false;
    // The work is queued onto the worker thread; results come back as queued signals.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(context, [this, paths, context] {
        run(paths);
        context->deleteLater();
    });
}

// On the worker thread.
void ImportController::run(const QStringList &paths)
{
    Database db(QStringLiteral("evaw-import"));
    if (!db.open(m_databasePath)) {
        QList<FileImport> results;
        for (const QString &path : paths)
            results.append(FileImport{path, false, false, db.error(), 0, 0});
        finish(results, false);
        return;
    }
    Importer importer(db, m_extractor);
    importer.setCancelFlag(&m_cancel);
    importer.setProgressHandler([this, &paths](int file, qint64 done, qint64 total) {
        Q_EMIT progress(file, int(paths.size()), total > 0 ? double(done) / double(total) : 1.0);
    });
    importer.setTextIndexingLeftToCaller(true);
    finish(importer.importFiles(paths), true);
    index(importer);
}

void ImportController::catchUpSearchIndex()
{
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(context, [this, context] {
        Database db(QStringLiteral("evaw-import"));
        if (db.open(m_databasePath)) {
            Importer importer(db, m_extractor);
            if (importer.textIndexIsBehind()) {
                QMetaObject::invokeMethod(this, [this] {
                    m_indexing = true;
                    Q_EMIT indexingStarted();
                });
                index(importer);
            }
        }
        context->deleteLater();
    });
}

// On the worker thread.
void ImportController::index(Importer &importer)
{
    QString error;
    const bool indexed = importer.indexNewTexts(&error);
    QMetaObject::invokeMethod(this, [this, indexed, error] {
        m_indexing = false;
        Q_EMIT searchIndexed(indexed, error);
    });
}

void ImportController::finish(const QList<FileImport> &results, bool indexingFollows)
{
    QMetaObject::invokeMethod(this, [this, results, indexingFollows] {
        m_running = false;
        m_indexing = indexingFollows;
        Q_EMIT finished(results);
    });
}

void ImportController::cancel()
{
    m_cancel = true;
}

} // namespace evaw
