#pragma once

#include "extract/entityextractor.h"
#include "extract/gazetteer.h"
#include "store/database.h"

#include <QStringList>

#include <memory>

class QTextStream;

namespace evaw {

/// What the command-line commands share: the gazetteer, a store, and the files imported
/// into it (the bundled corpus when none is named).
class CorpusSession
{
public:
    explicit CorpusSession(const QString &connectionName);

    /// Loads the gazetteer, opens @p databasePath (a private in-memory store when empty)
    /// and imports @p files. Each problem is one line on @p err. False when nothing can be
    /// read at all; a file that fails only sets hadFileErrors().
    bool open(const QString &databasePath, QStringList files, QTextStream &err);

    bool hadFileErrors() const { return m_fileErrors; }
    const Gazetteer &gazetteer() const { return m_gazetteer; }
    const EntityExtractor &extractor() const { return *m_extractor; }
    Database &store() { return m_store; }

private:
    Gazetteer m_gazetteer;
    std::unique_ptr<EntityExtractor> m_extractor;
    Database m_store;
    bool m_fileErrors = false;
};

} // namespace evaw
