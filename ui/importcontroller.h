#pragma once

#include "store/importer.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace evaw {

class EntityExtractor;

/// Runs imports on a worker thread with its own store connection, reporting progress and
/// honouring Cancel, so the window never freezes. One import at a time; taking a file out
/// of the store (removeSource()) runs on the same thread and counts as one.
///
/// An import finishes as soon as its activities are stored, and the window shows them.
/// The same thread then links their variants (variantsLinked()) and indexes their text for
/// search (searchIndexed()), which takes a while on a big corpus.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(const EntityExtractor &extractor, QString databasePath, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    /// Does what follows an import for the activities an earlier session left without
    /// it, if any: that session stopped before linking their variants or indexing them.
    void catchUp();
    /// Whether the activities of the last import are still being linked or indexed.
    bool isFollowingUp() const { return m_followingUp; }
    void start(const QStringList &paths);
    /// Takes stored file @p sourceId out of the store (see SourceCatalog::remove()).
    void removeSource(qint64 sourceId);
    void cancel();

Q_SIGNALS:
    /// @p fraction of file @p file of @p files is done.
    void progress(int file, int files, double fraction);
    void finished(const QList<evaw::FileImport> &results);
    /// catchUp() found activities to link or index, and does so.
    void followUpStarted();
    /// After finished() or followUpStarted(): the new activities' variants are stored, or
    /// @p error says why they are not.
    void variantsLinked(bool ok, const QString &error);
    /// After variantsLinked(): the text can be searched, or @p error says why it cannot.
    void searchIndexed(bool ok, const QString &error);
    /// After removeSource(): the file is out of the store, or @p error says why it is not
    /// (the store is then unchanged).
    void sourceRemoved(bool ok, const QString &error);

private:
    /// Runs @p work on the worker thread, after what is queued there already.
    void onWorker(std::function<void()> work);
    void run(const QStringList &paths);
    /// Links variants, then indexes text, each step reported by its signal.
    void followUp(Importer &importer);
    /// Hands @p results to the window's thread.
    void finish(const QList<FileImport> &results, bool followUpComes);

    const EntityExtractor &m_extractor;
    QString m_databasePath;
    QThread m_thread;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_followingUp = false;
};

} // namespace evaw

Q_DECLARE_METATYPE(QList<evaw::FileImport>)
