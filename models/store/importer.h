#pragma once

#include <QCoreApplication>

#include "corpus/corpusparser.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace evaw {

class Database;
class EntityExtractor;

/// What an import did with one file.
struct FileImport {
    QString path;
    bool ok = false;
    bool alreadyImported = false; ///< the same bytes were imported before: nothing changed
    QString error; ///< one line naming the file and the reason
    int activities = 0;
    int duplicates = 0;
};

/// Imports corpus files into the store. Each file is one transaction: a file that fails
/// leaves no trace, and the other files of the same import still land. A file whose bytes
/// (SHA-256) are already stored is skipped, so importing again changes nothing. Repeats of
/// stored texts become extra provenance; near-duplicates are linked across all new files.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(evaw::Importer)

public:
    Importer(Database &database, const EntityExtractor &extractor);

    void setProgressHandler(std::function<void(int file, qint64 done, qint64 total)> handler);
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    QList<FileImport> importFiles(const QStringList &paths);

    /// Brings the full-text index up to the stored activities. Texts are indexed after
    /// their files land, in one statement, rather than row by row inside each file: an
    /// import is browsable sooner, and an index left behind (the application stopped in
    /// between) catches up at the next import. importFiles() calls it at its end unless
    /// told to leave it to the caller.
    bool indexNewTexts(QString *error);
    /// Whether some stored activities are not indexed for search yet (an earlier session
    /// stopped before their indexing was done).
    bool textIndexIsBehind();
    void setTextIndexingLeftToCaller(bool leftToCaller) { m_textIndexingLeftToCaller = leftToCaller; }

    /// The corpus compiled into the application, imported when the store is empty.
    static QString bundledCorpusPath();

private:
    class Writer;
    using Links = QList<QPair<qint64, qint64>>;
    using WhileCommitting = std::function<void()>;
    /// Imports one file; the first one parsed also loads the store's texts into @p variants.
    FileImport importFile(VariantLinker &variants, bool *storedTextsLoaded, Writer &writer, const QString &path,
        const WhileCommitting &whileCommitting);
    ParseResult parseWhileWriting(CorpusParser &parser, const QString &path, const QString &label, Writer &writer);
    bool storeVariants(Links links);
    bool isImported(const QString &sha256);
    bool loadKnownTexts(CorpusParser &parser);
    bool loadStoredTexts(VariantLinker &variants);
    bool fetchStoredWords(VariantLinker &variants);

    Database &m_database;
    const EntityExtractor &m_extractor;
    std::function<void(int, qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_currentFile = 0;
    bool m_textIndexingLeftToCaller = false;
};

} // namespace evaw
