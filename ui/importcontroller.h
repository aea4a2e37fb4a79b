#pragma once

#include "store/importer.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace evaw {

class EntityExtractor;

/// Runs imports on a worker thread with its own store connection, reporting progress and
/// honouring Cancel, so the window never freezes. One import at a time.
///
/// An import finishes as soon as its activities are stored, and the window shows them;
/// their text is then indexed for search on the same thread, which takes a while on a
/// big corpus, and searchIndexed() says when it is done.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(const EntityExtractor &extractor, QString databasePath, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    /// Indexes for search the text an earlier session left unindexed, if any: it stopped
    /// before the indexing that follows an import was done.
    void catchUpSearchIndex();
    /// Whether the text of the last import is still being indexed for search.
    bool isIndexing() const { return m_indexing; }
    void start(const QStringList &paths);
    void cancel();

Q_SIGNALS:
    /// @p fraction of file @p file of @p files is done.
    void progress(int file, int files, double fraction);
    void finished(const QList<evaw::FileImport> &results);
    /// catchUpSearchIndex() found text to index, and indexes it.
    void indexingStarted();
    /// After finished() or indexingStarted(): the text can be searched, or @p error says
    /// why it cannot.
    void searchIndexed(bool ok, const QString &error);

private:
    void run(const QStringList &paths);
    void index(Importer &importer);
    /// Hands @p results to the window's thread.
    void finish(const QList<FileImport> &results, bool indexingFollows);

    const EntityExtractor &m_extractor;
    QString m_databasePath;
    QThread m_thread;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_indexing = false;
};

} // namespace evaw

Q_DECLARE_METATYPE(QList<evaw::FileImport>)
