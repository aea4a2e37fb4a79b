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
        QList<FileImport> results;
        {
            Database db(QStringLiteral("evaw-import"));
            if (!db.open(m_databasePath)) {
                for (const QString &path : paths)
                    results.append(FileImport{path, false, false, db.error(), 0, 0});
            } else {
                Importer importer(db, m_extractor);
                importer.setCancelFlag(&m_cancel);
                importer.setProgressHandler([this, &paths](int file, qint64 done, qint64 total) {
                    Q_EMIT progress(file, int(paths.size()), total > 0 ? double(done) / double(total) : 1.0);
                });
                results = importer.importFiles(paths);
            }
        }
        QMetaObject::invokeMethod(this, [this, results] {
            m_running = false;
            Q_EMIT finished(results);
        });
        context->deleteLater();
    });
}

void ImportController::cancel()
{
    m_cancel = true;
}

} // namespace evaw
