#pragma once

#include "store/importer.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace evaw {

class EntityExtractor;

/// Runs imports on a worker thread with its own store connection, reporting progress and
/// honouring Cancel, so the window never freezes. One import at a time.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(const EntityExtractor &extractor, QString databasePath, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    void start(const QStringList &paths);
    void cancel();

Q_SIGNALS:
    /// @p fraction of file @p file of @p files is done.
    void progress(int file, int files, double fraction);
    void finished(const QList<evaw::FileImport> &results);

private:
    const EntityExtractor &m_extractor;
    QString m_databasePath;
    QThread m_thread;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

} // namespace evaw

Q_DECLARE_METATYPE(QList<evaw::FileImport>)
