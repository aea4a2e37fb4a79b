#include "activityreader.h"

#include "listcolumn.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace evaw {

namespace {

// One query over a child table, ordered by activity id, read in step with the activities.
class ChildCursor
{
public:
    ChildCursor(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql);
        for (const QVariant &value : bindings)
            m_query.addBindValue(value);
        m_ok = m_ok && m_query.exec();
        m_valid = m_ok && m_query.next();
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_query.lastError().text(); }

    /// Calls @p onRow for every row of activity @p id.
    template<typename Callback> void rowsOf(qint64 id, Callback &&onRow)
    {
        while (m_valid && m_query.value(0).toLongLong() < id)
            m_valid = m_query.next();
        while (m_valid && m_query.value(0).toLongLong() == id) {
            onRow(m_query);
            m_valid = m_query.next();
        }
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_valid = false;
};

// The lists in the activity's row (see ListColumn), with each date's words and sentence
// taken from the text they point into.
bool readLists(const QSqlQuery &row, const QHash<qint64, EntityRef> &entities, Activity *a)
{
    std::vector<qint64> ids;
    std::vector<ListColumn::MentionSpan> spans;
    std::vector<qint64> variants;
    if (!ListColumn::decodeIds(row.value(11).toByteArray(), &ids)
        || !ListColumn::decodeMentions(row.value(12).toByteArray(), &spans)
        || !ListColumn::decodeDates(row.value(13).toByteArray(), &a->dates)
        || !ListColumn::decodeIds(row.value(14).toByteArray(), &variants))
        return false;
    a->variants = QList<qint64>(variants.cbegin(), variants.cend());
    for (const qint64 id : ids)
        a->entities.append(entities.value(id));
    for (const ListColumn::MentionSpan &span : spans) {
        if (span.start < 0 || span.length < 0 || span.start + qint64(span.length) > a->text.size())
            return false;
        a->mentions.append(Mention{entities.value(span.entityId), span.start, span.length});
    }
    return true;
}

} // namespace

ActivityReader::ActivityReader(const QSqlDatabase &db)
    : m_db(db)
{
}

qint64 ActivityReader::count()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM activities")) || !query.next()) {
        m_error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

bool ActivityReader::forEach(const std::function<bool(const Activity &)> &onActivity)
{
    return read(QString(), {}, onActivity);
}

std::optional<Activity> ActivityReader::activity(qint64 id)
{
    std::optional<Activity> found;
    read(QStringLiteral(" WHERE %1 = ?"), {id}, [&](const Activity &activity) {
        found = activity;
        return false;
    });
    return found;
}

bool ActivityReader::read(
    const QString &where, const QVariantList &bindings, const std::function<bool(const Activity &)> &onActivity)
{
    QHash<qint64, QString> sources;
    QHash<qint64, EntityRef> entities;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, path FROM sources"))) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next())
            sources.insert(query.value(0).toLongLong(), query.value(1).toString());
        if (!query.exec(QStringLiteral("SELECT id, key, kind, name, code, country FROM entities"))) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            EntityRef ref;
            entityKindFromName(query.value(2).toString(), &ref.kind);
            ref.key = query.value(1).toString();
            ref.name = query.value(3).toString();
            ref.code = query.value(4).toString();
            ref.country = query.value(5).toString();
            entities.insert(query.value(0).toLongLong(), ref);
        }
    }

    auto filtered = [&](const QString &column) { return where.isEmpty() ? QString() : where.arg(column); };
    QSqlQuery main(m_db);
    main.setForwardOnly(true);
    main.prepare(QStringLiteral("SELECT id, source_id, line, end_line, byte_offset, byte_length, section, measure,"
                                " period, reporting_entity, text, entity_ids, mention_spans, date_spans,"
                                " coalesce(v.variant_ids, '[]') FROM activities LEFT JOIN variant_lists AS v"
                                " ON v.activity_id = activities.id")
        + filtered(QStringLiteral("id")) + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : bindings)
        main.addBindValue(value);
    ChildCursor occurrences(m_db,
        QStringLiteral("SELECT activity_id, source_id, line, context_known, section, measure, period, reporting_entity"
                       " FROM occurrences")
            + filtered(QStringLiteral("activity_id")) + QStringLiteral(" ORDER BY activity_id, source_id, line"),
        bindings);
    if (!occurrences.ok()) {
        m_error = occurrences.error();
        return false;
    }
    if (!main.exec()) {
        m_error = main.lastError().text();
        return false;
    }

    while (main.next()) {
        Activity a;
        a.id = main.value(0).toLongLong();
        a.source.file = sources.value(main.value(1).toLongLong());
        a.source.line = main.value(2).toInt();
        a.source.endLine = main.value(3).toInt();
        a.source.byteOffset = main.value(4).toLongLong();
        a.source.byteLength = main.value(5).toLongLong();
        a.section = main.value(6).toString();
        a.measure = main.value(7).toString();
        a.period = main.value(8).toString();
        a.reportingEntity = main.value(9).toString();
        a.text = main.value(10).toString();
        if (!readLists(main, entities, &a)) {
            m_error = tr("activity %1 has a malformed list of entities, mentions, dates or variants").arg(a.id);
            return false;
        }
        occurrences.rowsOf(a.id, [&](const QSqlQuery &row) {
            Occurrence occurrence{sources.value(row.value(1).toLongLong()), row.value(2).toInt()};
            occurrence.contextKnown = row.value(3).toBool();
            occurrence.section = row.value(4).toString();
            occurrence.measure = row.value(5).toString();
            occurrence.period = row.value(6).toString();
            occurrence.reportingEntity = row.value(7).toString();
            a.duplicates.append(occurrence);
        });
        if (!onActivity(a))
            break;
    }
    return true;
}

} // namespace evaw
