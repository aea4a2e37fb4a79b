#include "activityserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace evaw::ActivitySerializer {

namespace {

QJsonArray names(const Activity &activity, EntityKind kind)
{
    QJsonArray result;
    for (const EntityRef &ref : activity.entitiesOfKind(kind))
        result.append(ref.name);
    return result;
}

QJsonArray codes(const Activity &activity, EntityKind kind)
{
    QJsonArray result;
    for (const EntityRef &ref : activity.entitiesOfKind(kind))
        result.append(ref.code);
    return result;
}

// The part of an entity's key after its kind: "MZ-P" for "place:MZ-P".
QString localId(const EntityRef &ref)
{
    return ref.key.mid(ref.key.indexOf(u':') + 1);
}

QStringList toStrings(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(value.isString() ? value.toString() : QString::number(value.toInteger()));
    return result;
}

QString tsvField(QString text)
{
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

} // namespace

namespace {

QJsonObject dateJson(const Activity &a, const DateMention &d)
{
    QJsonObject date{{QStringLiteral("year"), d.year},
        {QStringLiteral("month"), d.month ? QJsonValue(d.month) : QJsonValue()},
        {QStringLiteral("day"), d.day ? QJsonValue(d.day) : QJsonValue()},
        {QStringLiteral("text"), a.dateWords(d).toString()}, {QStringLiteral("kind"), d.kind},
        {QStringLiteral("sentence"), a.dateSentence(d)}};
    if (d.endYear)
        date.insert(QStringLiteral("end_year"), d.endYear);
    return date;
}

QJsonObject mentionJson(const Activity &a, const Mention &m)
{
    return QJsonObject{{QStringLiteral("kind"), entityKindName(m.entity.kind)},
        {QStringLiteral("id"), localId(m.entity)}, {QStringLiteral("start"), m.start},
        {QStringLiteral("length"), m.length}, {QStringLiteral("surface"), a.surface(m).toString()}};
}

// Everything but the dates and the mentions, whose lists stay empty for writeJson() to fill.
QJsonObject shell(const Activity &a)
{
    QJsonObject source{{QStringLiteral("file"), a.source.file}, {QStringLiteral("line"), a.source.line},
        {QStringLiteral("end_line"), a.source.endLine}, {QStringLiteral("offset"), a.source.byteOffset},
        {QStringLiteral("length"), a.source.byteLength}};
    QJsonArray duplicates;
    for (const Occurrence &o : a.duplicates)
        duplicates.append(QJsonObject{{QStringLiteral("file"), o.file}, {QStringLiteral("line"), o.line}});
    QJsonArray variants;
    for (const qint64 id : a.variants)
        variants.append(id);
    QJsonArray places;
    for (const EntityRef &ref : a.entitiesOfKind(EntityKind::Place))
        places.append(QJsonObject{{QStringLiteral("name"), ref.name}, {QStringLiteral("code"), ref.code},
            {QStringLiteral("country"), ref.country}});
    QJsonArray years;
    for (const int year : a.years())
        years.append(year);
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("section"), a.section},
        {QStringLiteral("measure"), a.measure},
        {QStringLiteral("period"), a.period},
        {QStringLiteral("reporting_entity"), a.reportingEntity},
        {QStringLiteral("text"), a.text},
        {QStringLiteral("source"), source},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("variants"), variants},
        {QStringLiteral("countries"), codes(a, EntityKind::Country)},
        {QStringLiteral("places"), places},
        {QStringLiteral("regions"), names(a, EntityKind::Region)},
        {QStringLiteral("agencies"), names(a, EntityKind::Agency)},
        {QStringLiteral("partners"), names(a, EntityKind::Partner)},
        {QStringLiteral("programmes"), names(a, EntityKind::Programme)},
        {QStringLiteral("themes"), names(a, EntityKind::Theme)},
        {QStringLiteral("dates"), QJsonArray()},
        {QStringLiteral("years"), years},
        {QStringLiteral("mentions"), QJsonArray()},
    };
}

} // namespace

void writeJson(const Activity &a, const std::function<void(QByteArrayView)> &write)
{
    const QByteArray json = QJsonDocument(shell(a)).toJson(QJsonDocument::Compact);
    // QJsonDocument writes an object's keys in order and escapes every quote inside a
    // string: "dates":[] can only be the key and the empty list left for it.
    qsizetype done = 0;
    auto writeList = [&](QByteArrayView key, qsizetype count, const std::function<QJsonObject(qsizetype)> &item) {
        const QByteArray empty = '"' + key.toByteArray() + "\":[]";
        const qsizetype at = json.indexOf(empty, done);
        const qsizetype close = at + empty.size() - 1; // the list's ']'
        write(QByteArrayView(json).sliced(done, close - done));
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                write(",");
            write(QJsonDocument(item(i)).toJson(QJsonDocument::Compact));
        }
        done = close;
    };
    writeList("dates", a.dates.size(), [&](qsizetype i) { return dateJson(a, a.dates[i]); });
    writeList("mentions", a.mentions.size(), [&](qsizetype i) { return mentionJson(a, a.mentions[i]); });
    write(QByteArrayView(json).sliced(done));
}

QStringList tsvHeader()
{
    return {QStringLiteral("id"), QStringLiteral("reporting_entity"), QStringLiteral("measure"),
        QStringLiteral("section"), QStringLiteral("period"), QStringLiteral("countries"), QStringLiteral("places"),
        QStringLiteral("regions"), QStringLiteral("agencies"), QStringLiteral("partners"), QStringLiteral("programmes"),
        QStringLiteral("themes"), QStringLiteral("years"), QStringLiteral("file"), QStringLiteral("line"),
        QStringLiteral("duplicates"), QStringLiteral("variants"), QStringLiteral("text")};
}

QString toTsvRow(const Activity &a)
{
    const QString separator = QStringLiteral("; ");
    QStringList places;
    for (const EntityRef &ref : a.entitiesOfKind(EntityKind::Place))
        places.append(ref.code.isEmpty() ? ref.name : ref.code);
    QStringList duplicates;
    for (const Occurrence &o : a.duplicates)
        duplicates.append(o.file + u':' + QString::number(o.line));
    QStringList variants;
    for (const qint64 id : a.variants)
        variants.append(QString::number(id));
    QStringList years;
    for (const int year : a.years())
        years.append(QString::number(year));
    const QStringList fields{
        QString::number(a.id),
        a.reportingEntity,
        a.measure,
        a.section,
        a.period,
        toStrings(codes(a, EntityKind::Country)).join(separator),
        places.join(separator),
        toStrings(names(a, EntityKind::Region)).join(separator),
        toStrings(names(a, EntityKind::Agency)).join(separator),
        toStrings(names(a, EntityKind::Partner)).join(separator),
        toStrings(names(a, EntityKind::Programme)).join(separator),
        toStrings(names(a, EntityKind::Theme)).join(separator),
        years.join(separator),
        a.source.file,
        QString::number(a.source.line),
        duplicates.join(separator),
        variants.join(separator),
        a.text,
    };
    QStringList cleaned;
    for (const QString &field : fields)
        cleaned.append(tsvField(field));
    return cleaned.join(u'\t');
}

} // namespace evaw::ActivitySerializer
