#include "activityserializer.h"

#include <QJsonArray>

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

QJsonObject toJson(const Activity &a)
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
    QJsonArray dates;
    for (const DateMention &d : a.dates) {
        QJsonObject date{{QStringLiteral("year"), d.year},
            {QStringLiteral("month"), d.month ? QJsonValue(d.month) : QJsonValue()},
            {QStringLiteral("day"), d.day ? QJsonValue(d.day) : QJsonValue()},
            {QStringLiteral("text"), a.dateWords(d).toString()}, {QStringLiteral("kind"), d.kind},
            {QStringLiteral("sentence"), a.dateSentence(d)}};
        if (d.endYear)
            date.insert(QStringLiteral("end_year"), d.endYear);
        dates.append(date);
    }
    QJsonArray years;
    for (const int year : a.years())
        years.append(year);
    QJsonArray mentions;
    for (const Mention &m : a.mentions)
        mentions.append(QJsonObject{{QStringLiteral("kind"), entityKindName(m.entity.kind)},
            {QStringLiteral("id"), localId(m.entity)}, {QStringLiteral("start"), m.start},
            {QStringLiteral("length"), m.length}, {QStringLiteral("surface"), a.surface(m).toString()}});

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
        {QStringLiteral("dates"), dates},
        {QStringLiteral("years"), years},
        {QStringLiteral("mentions"), mentions},
    };
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
