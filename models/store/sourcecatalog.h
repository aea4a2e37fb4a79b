#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace evaw {

/// One file imported into the store.
struct StoredSource {
    qint64 id = 0;
    QString name; ///< the file's name as imported
    QString path; ///< where it was read from (":/..." for the bundled corpus)
    QDateTime importedAt;
    qint64 bytes = 0;
    int activities = 0; ///< activities first read in this file
    int repeats = 0; ///< places in it where a text read before stands again
};

/// The files a store holds, and taking one of them out again.
///
/// Taking a file out removes every activity first read in it, unless its text also stands
/// in another stored file: then that place becomes the activity's source, and the activity,
/// its entities and its variants stay. Variants, the search index and the entities no
/// activity names any more follow, all in one transaction: a failure or a cancel leaves the
/// store as it was.
class SourceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(evaw::SourceCatalog)

public:
    explicit SourceCatalog(QSqlDatabase db);

    /// The stored files, in the order they were imported; empty with error() on failure.
    QList<StoredSource> sources();
    /// Whether the store holds the file read from @p path as an earlier reading of the
    /// engine read it (CorpusParser::kReading).
    bool holdsReadEarlier(const QString &path);
    bool remove(qint64 sourceId);
    /// remove() as a part of the transaction under way, which the caller commits or rolls
    /// back: an import that reads a file again takes its earlier reading out so.
    bool removeWithin(qint64 sourceId);
    /// A flag another thread may set to stop remove() at its next step.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    QString error() const { return m_error; }

private:
    bool run(const QString &statement, qint64 sourceId);
    bool cancelled() const;
    bool fail(const QString &reason);

    QSqlDatabase m_db;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_error;
};

} // namespace evaw
