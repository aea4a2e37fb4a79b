#include "corpussession.h"

#include "extract/gazetteerloader.h"
#include "store/importer.h"

#include <QTextStream>

namespace evaw {

CorpusSession::CorpusSession(const QString &connectionName)
    : m_store(connectionName)
{
}

bool CorpusSession::open(const QString &databasePath, QStringList files, QTextStream &err)
{
    GazetteerLoader loader;
    if (!loader.load(&m_gazetteer)) {
        err << loader.error() << Qt::endl;
        return false;
    }
    m_extractor = std::make_unique<EntityExtractor>(m_gazetteer);
    if (!m_store.open(databasePath.isEmpty() ? QStringLiteral(":memory:") : databasePath)) {
        err << m_store.error() << Qt::endl;
        return false;
    }
    if (files.isEmpty())
        files.append(Importer::bundledCorpusPath());
    for (const FileImport &result : Importer(m_store, *m_extractor).importFiles(files)) {
        if (!result.ok || !result.error.isEmpty()) {
            err << result.error << Qt::endl;
            m_fileErrors = true;
        }
    }
    return true;
}

} // namespace evaw
