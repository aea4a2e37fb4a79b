#pragma once

#include "extract/entityextractor.h"
#include "extract/gazetteerloader.h"
#include "store/database.h"
#include "store/importer.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace evaw::test {

/// The gazetteer is read once per test executable: it is the slowest thing to build.
inline const Gazetteer &gazetteer()
{
    static const Gazetteer loaded = [] {
        Gazetteer g;
        GazetteerLoader loader;
        if (!loader.load(&g))
            qFatal("gazetteer: %s", qPrintable(loader.error()));
        return g;
    }();
    return loaded;
}

inline const EntityExtractor &extractor()
{
    static const EntityExtractor instance(gazetteer());
    return instance;
}

/// Writes @p bytes to @p name inside @p dir and returns the path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

/// Imports @p paths (the bundled corpus by default) into @p db, failing the run if any fails.
inline void importInto(Database &db, const QStringList &paths = {Importer::bundledCorpusPath()})
{
    Importer importer(db, extractor());
    for (const FileImport &result : importer.importFiles(paths)) {
        if (!result.ok)
            qFatal("import failed: %s", qPrintable(result.error));
    }
}

/// The first column of the first row @p sql gives in @p db, or -1.
inline qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// The seed's statement on FGM, as the reports of several periods word it.
inline QByteArray fgmStatement(const char *countries)
{
    return QByteArray("Since 2008 UNFPA, jointly with UNICEF, leads the Global Programme to Accelerate the"
                      " Elimination of Female Genital Mutilation in ")
        + countries + ".\n";
}

/// Changes the current filter of @p state as a panel would: one change, one re-filter.
template<typename State, typename Change> void applyFilter(State &state, Change &&change)
{
    auto filter = state.filter();
    change(filter);
    state.setFilter(filter);
}

/// Sorted, comma-joined, so that a whole list compares as one string in a test row.
inline QString joined(QStringList items)
{
    items.sort();
    return items.join(u',');
}

} // namespace evaw::test
