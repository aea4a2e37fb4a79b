#include "importcontroller.h"

#include "store/database.h"
#include "store/sourcecatalog.h"

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
    onWorker([this, paths] { run(paths); });
}

void ImportController::onWorker(std::function<void()> work)
{
    // The work is queued onto the worker thread; results come back as queued signals.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(context, [work = std::move(work), context] {
        work();
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
    importer.setFollowUpLeftToCaller(true);
    finish(importer.importFiles(paths), true);
    followUp(importer);
}

void ImportController::catchUp()
{
    onWorker([this] {
        Database db(QStringLiteral("evaw-import"));
        if (db.open(m_databasePath)) {
            Importer importer(db, m_extractor);
            importer.setCancelFlag(&m_cancel);
            if (importer.variantsAreBehind() || importer.textIndexIsBehind()) {
                QMetaObject::invokeMethod(this, [this] {
                    m_followingUp = true;
                    Q_EMIT followUpStarted();
                });
                followUp(importer);
            }
        }
    });
}

// On the worker thread.
void ImportController::followUp(Importer &importer)
{
    QString linkError;
    const bool linked = importer.linkVariants(&linkError);
    QMetaObject::invokeMethod(this, [this, linked, linkError] { Q_EMIT variantsLinked(linked, linkError); });
    QString indexError;
    const bool indexed = importer.indexNewTexts(&indexError);
    QMetaObject::invokeMethod(this, [this, indexed, indexError] {
        m_followingUp = false;
        Q_EMIT searchIndexed(indexed, indexError);
    });
}

void ImportController::finish(const QList<FileImport> &results, bool followUpComes)
{
    QMetaObject::invokeMethod(this, [this, results, followUpComes] {
        m_running = false;
        m_followingUp = followUpComes;
        Q_EMIT finished(results);
    });
}

void ImportController::removeSource(qint64 sourceId)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    onWorker([this, sourceId] {
        Database db(QStringLiteral("evaw-import"));
        bool removed = db.open(m_databasePath);
        QString error = db.error();
        if (removed) {
            SourceCatalog catalog(db.connection());
            catalog.setCancelFlag(&m_cancel);
            removed = catalog.remove(sourceId);
            error = catalog.error();
        }
        QMetaObject::invokeMethod(this, [this, removed, error] {
            m_running = false;
            Q_EMIT sourceRemoved(removed, error);
        });
    });
}

void ImportController::cancel()
{
    m_cancel = true;
}

} // namespace evaw
