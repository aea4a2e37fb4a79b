#include "importer.h"

#include "database.h"
#include "extract/entityextractor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace evaw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("evaw::Importer", text);
}

// Qt binds a null QString as SQL NULL; the store keeps "no code" as an empty string.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

// Writes activities into the store as the parser finds them, with prepared statements
// inside the file's transaction.
class Importer::Writer final : public ActivitySink
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
        , m_activity(db)
        , m_text(db)
        , m_entity(db)
        , m_link(db)
        , m_mention(db)
        , m_date(db)
        , m_occurrence(db)
    {
    }

    bool prepare()
    {
        return prepareOne(m_activity,
                          QStringLiteral("INSERT INTO activities(id, source_id, line, end_line, byte_offset, byte_length,"
                                         " section, measure, period, reporting_entity, text, hash)"
                                         " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && prepareOne(m_text, QStringLiteral("INSERT INTO activity_text(rowid, text) VALUES(?, ?)"))
            && prepareOne(m_entity,
                          QStringLiteral("INSERT INTO entities(key, kind, name, code, country) VALUES(?, ?, ?, ?, ?)"))
            && prepareOne(m_link,
                          QStringLiteral("INSERT INTO activity_entities(activity_id, entity_id, position) VALUES(?, ?, ?)"))
            && prepareOne(m_mention, QStringLiteral("INSERT INTO mentions(activity_id, entity_id, start, length, surface)"
                                                    " VALUES(?, ?, ?, ?, ?)"))
            && prepareOne(m_date, QStringLiteral("INSERT INTO dates(activity_id, year, month, day, end_year, kind, text,"
                                                 " sentence, start, length) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && prepareOne(m_occurrence,
                          QStringLiteral("INSERT INTO occurrences(activity_id, source_id, line) VALUES(?, ?, ?)"))
            && loadEntities();
    }

    void setSource(qint64 sourceId) { m_sourceId = sourceId; }
    QString error() const { return m_error; }

    bool addActivity(const Activity &a) override
    {
        bindAll(m_activity, {a.id, m_sourceId, a.source.line, a.source.endLine, a.source.byteOffset,
                             a.source.byteLength, a.section, a.measure, a.period, a.reportingEntity, a.text,
                             CorpusParser::textHash(a.text)});
        if (!run(m_activity))
            return false;
        bindAll(m_text, {a.id, a.text});
        if (!run(m_text))
            return false;
        for (int i = 0; i < a.entities.size(); ++i) {
            const qint64 entity = entityId(a.entities[i]);
            bindAll(m_link, {a.id, entity, i});
            if (entity < 0 || !run(m_link))
                return false;
        }
        for (const Mention &m : a.mentions) {
            bindAll(m_mention, {a.id, entityId(m.entity), m.start, m.length, m.surface});
            if (!run(m_mention))
                return false;
        }
        for (const DateMention &d : a.dates) {
            bindAll(m_date, {a.id, d.year, d.month, d.day, d.endYear, d.kind, d.text, d.sentence, d.start, d.length});
            if (!run(m_date))
                return false;
        }
        return true;
    }

    bool addOccurrence(qint64 id, const Occurrence &occurrence) override
    {
        bindAll(m_occurrence, {id, m_sourceId, occurrence.line});
        return run(m_occurrence);
    }

private:
    bool prepareOne(QSqlQuery &query, const QString &sql)
    {
        if (query.prepare(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    static void bindAll(QSqlQuery &query, std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &value : values)
            query.bindValue(i++, value);
    }

    bool run(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        m_error = query.lastError().text();
        return false;
    }

    bool loadEntities()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT key, id FROM entities"))) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next())
            m_entityIds.insert(query.value(0).toString(), query.value(1).toLongLong());
        return true;
    }

    qint64 entityId(const EntityRef &ref)
    {
        const auto known = m_entityIds.constFind(ref.key);
        if (known != m_entityIds.constEnd())
            return known.value();
        bindAll(m_entity, {ref.key, entityKindName(ref.kind), ref.name, orEmpty(ref.code), orEmpty(ref.country)});
        if (!run(m_entity))
            return -1;
        const qint64 id = m_entity.lastInsertId().toLongLong();
        m_entityIds.insert(ref.key, id);
        return id;
    }

    QSqlDatabase m_db;
    QSqlQuery m_activity, m_text, m_entity, m_link, m_mention, m_date, m_occurrence;
    QHash<QString, qint64> m_entityIds;
    qint64 m_sourceId = 0;
    QString m_error;
};

Importer::Importer(Database &database, const EntityExtractor &extractor)
    : m_database(database)
    , m_extractor(extractor)
{
}

void Importer::setProgressHandler(std::function<void(int, qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

QString Importer::bundledCorpusPath()
{
    return QStringLiteral(":/seeds/000_bd1bf16eedc4ea7f.txt");
}

bool Importer::loadKnownTexts(CorpusParser &parser)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT hash, id FROM activities")))
        return false;
    qint64 highest = 0;
    while (query.next()) {
        const qint64 id = query.value(1).toLongLong();
        parser.addKnownText(query.value(0).toByteArray(), id);
        highest = std::max(highest, id);
    }
    parser.setNextId(highest + 1);
    return true;
}

QList<FileImport> Importer::importFiles(const QStringList &paths)
{
    QList<FileImport> results;
    VariantLinker variants;
    Writer writer(m_database.connection());
    if (!writer.prepare()) {
        for (const QString &path : paths)
            results.append(FileImport{path, false, false, m_database.path() + QStringLiteral(": ") + writer.error(), 0, 0});
        return results;
    }
    for (int i = 0; i < paths.size(); ++i) {
        m_currentFile = i;
        results.append(importFile(variants, writer, paths[i]));
        if (m_cancel && m_cancel->load())
            break;
    }
    if (!storeVariants(variants)) {
        for (FileImport &result : results) {
            if (result.ok && result.error.isEmpty())
                result.error = tr("%1: variants could not be stored").arg(QFileInfo(result.path).fileName());
        }
    }
    return results;
}

bool Importer::isImported(const QString &sha256)
{
    QSqlQuery seen(m_database.connection());
    seen.prepare(QStringLiteral("SELECT 1 FROM sources WHERE sha256 = ?"));
    seen.addBindValue(sha256);
    return seen.exec() && seen.next();
}

FileImport Importer::importFile(VariantLinker &variants, Writer &writer, const QString &path)
{
    FileImport result;
    result.path = path;
    const QString label = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();

    // Checked before parsing, so that nothing of an imported file is read twice.
    QFile file(path);
    QCryptographicHash checksum(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly) && checksum.addData(&file) && isImported(QString::fromLatin1(checksum.result().toHex()))) {
        result.ok = true;
        result.alreadyImported = true;
        return result;
    }
    file.close();

    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        result.error = label + QStringLiteral(": ") + db.lastError().text();
        return result;
    }
    // A parser per file: its memory of known texts must not outlive a rolled-back file.
    CorpusParser parser(m_extractor, &variants);
    parser.setCancelFlag(m_cancel);
    parser.setProgressHandler([this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress(m_currentFile, done, total);
    });
    QSqlQuery source(db);
    source.prepare(QStringLiteral("INSERT INTO sources(path, name, sha256, encoding, bytes, imported_at)"
                                  " VALUES(?, ?, ?, '', 0, ?)"));
    source.addBindValue(label);
    source.addBindValue(QFileInfo(path).fileName());
    source.addBindValue(QString::fromLatin1(checksum.result().toHex()));
    source.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!loadKnownTexts(parser) || !source.exec()) {
        result.error = label + QStringLiteral(": ") + source.lastError().text();
        db.rollback();
        return result;
    }
    const qint64 sourceId = source.lastInsertId().toLongLong();
    writer.setSource(sourceId);

    const ParseResult parsed = parser.parseFile(path, label, &writer);
    if (!parsed.ok) {
        result.error = writer.error().isEmpty() ? parsed.error : parsed.error + QStringLiteral(" (") + writer.error() + u')';
        db.rollback();
        return result;
    }
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("UPDATE sources SET sha256 = ?, encoding = ?, bytes = ? WHERE id = ?"));
    finish.addBindValue(parsed.sha256);
    finish.addBindValue(parsed.encoding);
    finish.addBindValue(parsed.bytes);
    finish.addBindValue(sourceId);
    if (!finish.exec() || !db.commit()) {
        result.error = label + QStringLiteral(": ") + (finish.lastError().isValid() ? finish.lastError().text()
                                                                                   : db.lastError().text());
        db.rollback();
        return result;
    }
    result.ok = true;
    result.activities = parsed.activities;
    result.duplicates = parsed.duplicates;
    return result;
}

bool Importer::storeVariants(const VariantLinker &variants)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO variants(activity_id, variant_id)"
                                  " SELECT ?, ? WHERE EXISTS (SELECT 1 FROM activities WHERE id = ?)"
                                  " AND EXISTS (SELECT 1 FROM activities WHERE id = ?)"));
    for (const auto &[a, b] : variants.links()) {
        for (const auto &[x, y] : {qMakePair(a, b), qMakePair(b, a)}) {
            insert.addBindValue(x);
            insert.addBindValue(y);
            insert.addBindValue(x);
            insert.addBindValue(y);
            if (!insert.exec()) {
                db.rollback();
                return false;
            }
        }
    }
    return db.commit();
}

} // namespace evaw
