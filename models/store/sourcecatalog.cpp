#include "sourcecatalog.h"

#include "corpus/corpusparser.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace evaw {

namespace {

// The steps of taking source :source out, in order. An activity is kept where another
// file repeats its text: a repeat there becomes its source, one that kept what its own
// headings say first, and the activity takes its section, measure, period and reporting
// entity. Where neither place then gives a reporting entity, or the one it had came from a
// repeat in the file going, the first repeat left that gives one gives it, else none.
// The ids of the rest are gathered once ("gone"): nothing indexes activities by source,
// and a list of variants looked up by source read the whole table for each list. They go
// from the variant lists, from the search index (only rows it holds: an index that has
// not caught up yet holds none of the newest), then from the store; last the entities no
// activity names any more.
const QStringList &removalSteps()
{
    static const QStringList steps{
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS moved(activity_id INTEGER PRIMARY KEY, occurrence INTEGER)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS unsettled(activity_id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS gone(id INTEGER PRIMARY KEY)"),
        QStringLiteral("DELETE FROM temp.moved"),
        QStringLiteral("DELETE FROM temp.unsettled"),
        QStringLiteral("DELETE FROM temp.gone"),
        QStringLiteral("INSERT INTO temp.moved SELECT kept.id, (SELECT o.rowid FROM occurrences AS o"
                       " WHERE o.activity_id = kept.id AND o.source_id != :source"
                       " ORDER BY o.context_known DESC, o.rowid LIMIT 1)"
                       " FROM (SELECT DISTINCT o.activity_id AS id FROM occurrences AS o"
                       " JOIN activities AS a ON a.id = o.activity_id"
                       " WHERE a.source_id = :source AND o.source_id != :source) AS kept"),
        QStringLiteral("INSERT INTO temp.unsettled SELECT activity_id FROM temp.moved"
                       " UNION SELECT activity_id FROM occurrences WHERE source_id = :source"),
        QStringLiteral(
            "UPDATE activities SET (source_id, line, end_line, byte_offset, byte_length, section, measure, period,"
            " reporting_entity, reporter_from_repeat) = (SELECT o.source_id, o.line,"
            " coalesce(o.end_line, o.line + activities.end_line - activities.line), o.byte_offset, o.byte_length,"
            " CASE WHEN o.context_known THEN o.section ELSE activities.section END,"
            " CASE WHEN o.context_known THEN o.measure ELSE activities.measure END,"
            " CASE WHEN o.context_known THEN o.period ELSE activities.period END,"
            " CASE WHEN o.context_known THEN o.reporting_entity ELSE activities.reporting_entity END,"
            " CASE WHEN o.context_known THEN 0 ELSE activities.reporter_from_repeat END"
            " FROM occurrences AS o"
            " WHERE o.rowid = (SELECT occurrence FROM temp.moved WHERE activity_id = activities.id))"
            " WHERE id IN (SELECT activity_id FROM temp.moved)"),
        QStringLiteral("DELETE FROM occurrences WHERE rowid IN (SELECT occurrence FROM temp.moved)"),
        QStringLiteral("DELETE FROM occurrences WHERE source_id = :source"),
        QStringLiteral("INSERT INTO temp.gone SELECT id FROM activities WHERE source_id = :source"),
        QStringLiteral("DELETE FROM variant_lists WHERE activity_id IN (SELECT id FROM temp.gone)"),
        QStringLiteral(
            "UPDATE variant_lists SET variant_ids = (SELECT json_group_array(j.value)"
            " FROM json_each(variant_lists.variant_ids) AS j WHERE j.value NOT IN (SELECT id FROM temp.gone))"
            " WHERE EXISTS (SELECT 1 FROM json_each(variant_lists.variant_ids) AS j"
            " WHERE j.value IN (SELECT id FROM temp.gone))"),
        QStringLiteral("DELETE FROM variant_lists WHERE json_array_length(variant_ids) = 0"),
        QStringLiteral("INSERT INTO activity_text(activity_text, rowid, text) SELECT 'delete', id, text"
                       " FROM activities WHERE id IN (SELECT id FROM temp.gone)"
                       " AND id IN (SELECT id FROM activity_text_docsize)"),
        QStringLiteral("DELETE FROM activities WHERE id IN (SELECT id FROM temp.gone)"),
        QStringLiteral("UPDATE activities SET (reporting_entity, reporter_from_repeat) ="
                       " (SELECT coalesce(given.name, ''), given.name IS NOT NULL FROM"
                       " (SELECT (SELECT o.reporting_entity FROM occurrences AS o"
                       " WHERE o.activity_id = activities.id AND o.context_known AND o.reporting_entity != ''"
                       " ORDER BY o.rowid LIMIT 1) AS name) AS given)"
                       " WHERE id IN (SELECT activity_id FROM temp.unsettled)"
                       " AND (coalesce(reporting_entity, '') = '' OR reporter_from_repeat)"),
        QStringLiteral("DELETE FROM sources WHERE id = :source"),
        QStringLiteral("DELETE FROM entities WHERE id NOT IN"
                       " (SELECT j.value FROM activities AS a, json_each(a.entity_ids) AS j)"),
        QStringLiteral("DELETE FROM temp.moved"),
        QStringLiteral("DELETE FROM temp.unsettled"),
        QStringLiteral("DELETE FROM temp.gone"),
    };
    return steps;
}

// SQLite asks this every few thousand steps of a statement; non-zero interrupts it.
int cancelRequested(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}

} // namespace

SourceCatalog::SourceCatalog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SourceCatalog::fail(const QString &reason)
{
    m_error = reason;
    return false;
}

QList<StoredSource> SourceCatalog::sources()
{
    m_error.clear();
    // Nothing indexes activities by source (an import would pay for keeping it): one
    // pass counts them all, where a count per source would pass once per source.
    QSqlQuery query(m_db);
    const bool ok = query.exec(
        QStringLiteral("SELECT s.id, s.name, s.path, s.imported_at, s.bytes, coalesce(a.n, 0), coalesce(o.n, 0)"
                       " FROM sources AS s"
                       " LEFT JOIN (SELECT source_id, count(*) AS n FROM activities GROUP BY source_id) AS a"
                       " ON a.source_id = s.id"
                       " LEFT JOIN (SELECT source_id, count(*) AS n FROM occurrences GROUP BY source_id) AS o"
                       " ON o.source_id = s.id ORDER BY s.id"));
    if (!ok) {
        fail(query.lastError().text());
        return {};
    }
    QList<StoredSource> result;
    while (query.next()) {
        StoredSource source;
        source.id = query.value(0).toLongLong();
        source.name = query.value(1).toString();
        source.path = query.value(2).toString();
        source.importedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        source.bytes = query.value(4).toLongLong();
        source.activities = query.value(5).toInt();
        source.repeats = query.value(6).toInt();
        result.append(source);
    }
    return result;
}

bool SourceCatalog::holdsReadEarlier(const QString &path)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sources WHERE path = ? AND reading < ? LIMIT 1"));
    query.addBindValue(path);
    query.addBindValue(CorpusParser::kReading);
    if (!query.exec())
        return fail(query.lastError().text());
    return query.next();
}

bool SourceCatalog::cancelled() const
{
    return m_cancel && m_cancel->load();
}

bool SourceCatalog::run(const QString &statement, qint64 sourceId)
{
    QSqlQuery query(m_db);
    if (!cancelled() && query.prepare(statement)) {
        if (statement.contains(QLatin1String(":source")))
            query.bindValue(QStringLiteral(":source"), sourceId);
        if (query.exec())
            return true;
    }
    // A cancel interrupts the statement under way, which then fails as interrupted.
    return fail(cancelled() ? tr("cancelled; the store is unchanged") : query.lastError().text());
}

bool SourceCatalog::remove(qint64 sourceId)
{
    m_error.clear();
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    bool ok = removeWithin(sourceId);
    if (ok && !m_db.commit())
        ok = fail(m_db.lastError().text());
    if (!ok)
        m_db.rollback();
    return ok;
}

bool SourceCatalog::removeWithin(qint64 sourceId)
{
    m_error.clear();
    sqlite3 *handle = SqliteStatement::handle(m_db);
    if (!handle)
        return fail(tr("the store is not an SQLite database"));
    QSqlQuery known(m_db);
    known.prepare(QStringLiteral("SELECT 1 FROM sources WHERE id = ?"));
    known.addBindValue(sourceId);
    if (!known.exec() || !known.next()) {
        const QString reason
            = known.lastError().isValid() ? known.lastError().text() : tr("the store holds no file %1").arg(sourceId);
        return fail(reason);
    }
    known.finish();
    if (m_cancel)
        sqlite3_progress_handler(handle, 10000, cancelRequested, const_cast<std::atomic_bool *>(m_cancel));
    bool ok = true;
    for (const QString &statement : removalSteps()) {
        if (!(ok = run(statement, sourceId)))
            break;
    }
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    return ok;
}

} // namespace evaw
