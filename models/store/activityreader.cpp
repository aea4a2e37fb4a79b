#include "activityreader.h"

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
                                " period, reporting_entity, text FROM activities")
        + filtered(QStringLiteral("id")) + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : bindings)
        main.addBindValue(value);
    ChildCursor links(m_db,
        QStringLiteral("SELECT activity_id, entity_id FROM activity_entities") + filtered(QStringLiteral("activity_id"))
            + QStringLiteral(" ORDER BY activity_id, position"),
        bindings);
    ChildCursor mentions(m_db,
        QStringLiteral("SELECT activity_id, entity_id, start, length, surface FROM mentions")
            + filtered(QStringLiteral("activity_id")) + QStringLiteral(" ORDER BY activity_id, start, rowid"),
        bindings);
    ChildCursor dates(m_db,
        QStringLiteral("SELECT activity_id, year, month, day, end_year, kind, text, sentence, start, length"
                       " FROM dates")
            + filtered(QStringLiteral("activity_id")) + QStringLiteral(" ORDER BY activity_id, start"),
        bindings);
    ChildCursor occurrences(m_db,
        QStringLiteral("SELECT activity_id, source_id, line FROM occurrences") + filtered(QStringLiteral("activity_id"))
            + QStringLiteral(" ORDER BY activity_id, source_id, line"),
        bindings);
    ChildCursor variants(m_db,
        QStringLiteral("SELECT activity_id, variant_id FROM variants") + filtered(QStringLiteral("activity_id"))
            + QStringLiteral(" ORDER BY activity_id, variant_id"),
        bindings);
    for (const ChildCursor *cursor : {&links, &mentions, &dates, &occurrences, &variants}) {
        if (!cursor->ok()) {
            m_error = cursor->error();
            return false;
        }
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
        links.rowsOf(a.id, [&](const QSqlQuery &row) { a.entities.append(entities.value(row.value(1).toLongLong())); });
        mentions.rowsOf(a.id, [&](const QSqlQuery &row) {
            a.mentions.append(Mention{entities.value(row.value(1).toLongLong()), row.value(2).toInt(),
                row.value(3).toInt(), row.value(4).toString()});
        });
        dates.rowsOf(a.id, [&](const QSqlQuery &row) {
            DateMention d;
            d.year = row.value(1).toInt();
            d.month = row.value(2).toInt();
            d.day = row.value(3).toInt();
            d.endYear = row.value(4).toInt();
            d.kind = row.value(5).toString();
            d.text = row.value(6).toString();
            d.sentence = row.value(7).toString();
            d.start = row.value(8).toInt();
            d.length = row.value(9).toInt();
            a.dates.append(d);
        });
        occurrences.rowsOf(a.id, [&](const QSqlQuery &row) {
            a.duplicates.append(Occurrence{sources.value(row.value(1).toLongLong()), row.value(2).toInt()});
        });
        variants.rowsOf(a.id, [&](const QSqlQuery &row) { a.variants.append(row.value(1).toLongLong()); });
        if (!onActivity(a))
            break;
    }
    return true;
}

} // namespace evaw
