#pragma once

#include <QCoreApplication>

#include "corpus/corpusparser.h"

#include <QList>
#include <QSet>
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
    bool readAgain = false; ///< the same bytes, read before by an earlier reading, were read again
};

/// Imports corpus files into the store. Each file is one transaction: a file that fails
/// leaves no trace, and the other files of the same import still land. A file whose bytes
/// (SHA-256) are already stored is skipped, so importing again changes nothing, unless an
/// earlier reading of the engine read them (CorpusParser::kReading): then its activities
/// are read again, and replace the earlier ones in the same transaction. Repeats of stored
/// texts become extra provenance.
///
/// What follows an import, once its activities are stored and can be browsed, takes a
/// while on a big corpus: near-duplicates are linked (linkVariants()) and the text is
/// indexed for search (indexNewTexts()). importFiles() does both at its end unless told to
/// leave them to the caller, who may show the activities meanwhile.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(evaw::Importer)

public:
    Importer(Database &database, const EntityExtractor &extractor);

    void setProgressHandler(std::function<void(int file, qint64 done, qint64 total)> handler);
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    QList<FileImport> importFiles(const QStringList &paths);
    void setFollowUpLeftToCaller(bool leftToCaller) { m_followUpLeftToCaller = leftToCaller; }

    /// Links as variants of each other the activities of sources not compared yet and any
    /// stored activity, theirs or earlier ones, whose words they share at least
    /// VariantLinker::kThreshold. Pairs of earlier activities were settled before and are
    /// not looked for again.
    bool linkVariants(QString *error);
    /// Whether some sources have not been compared yet (an earlier session stopped first).
    bool variantsAreBehind();
    /// Brings the full-text index up to the stored activities. Texts are indexed after
    /// their files land, in one statement, rather than row by row inside each file; an
    /// index left behind catches up at the next import.
    bool indexNewTexts(QString *error);
    /// Whether some stored activities are not indexed for search yet (an earlier session
    /// stopped before their indexing was done).
    bool textIndexIsBehind();

    /// The corpus compiled into the application, imported when the store is empty.
    static QString bundledCorpusPath();

private:
    class Writer;
    using Links = QList<QPair<qint64, qint64>>;
    FileImport importFile(Writer &writer, const QString &path);
    ParseResult parseWhileWriting(CorpusParser &parser, const QString &path, const QString &label, Writer &writer);
    /// Stores @p links and marks @p linkedSources compared, in one transaction.
    bool storeVariants(Links links, const QSet<qint64> &linkedSources, QString *error);
    qint64 storedReading(const QString &sha256);
    bool loadKnownTexts(CorpusParser &parser);
    bool sourcesNotLinked(QSet<qint64> *sources, QString *error);
    /// Loads the activities of @p newSources as new, and every other one as compared before.
    bool loadForLinking(VariantLinker &variants, const QSet<qint64> &newSources, QString *error);
    bool fetchStoredWords(VariantLinker &variants, QString *error);

    Database &m_database;
    const EntityExtractor &m_extractor;
    std::function<void(int, qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_currentFile = 0;
    bool m_followUpLeftToCaller = false;
};

} // namespace evaw
