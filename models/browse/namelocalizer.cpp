#include "namelocalizer.h"

#include "extract/gazetteerloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QXmlStreamReader>

namespace evaw {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

NameLocalizer::NameLocalizer(QString root)
    : m_root(std::move(root))
{
}

QHash<QString, QString> NameLocalizer::readCatalog(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return {};
    }
    const QByteArray data = file.readAll();
    auto word = [&](qsizetype at, bool bigEndian) -> quint32 {
        if (at < 0 || at + 4 > data.size())
            return 0;
        const auto *bytes = reinterpret_cast<const uchar *>(data.constData() + at);
        return bigEndian ? qFromBigEndian<quint32>(bytes) : qFromLittleEndian<quint32>(bytes);
    };
    const quint32 magic = word(0, false);
    const bool bigEndian = magic == 0xde120495u;
    if (magic != 0x950412deu && !bigEndian) {
        *error = path + QStringLiteral(": is not a gettext catalog");
        return {};
    }
    const quint32 count = word(8, bigEndian);
    const quint32 originals = word(12, bigEndian);
    const quint32 translations = word(16, bigEndian);
    QHash<QString, QString> catalog;
    catalog.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const quint32 keyLength = word(originals + 8 * i, bigEndian);
        const quint32 keyOffset = word(originals + 8 * i + 4, bigEndian);
        const quint32 valueLength = word(translations + 8 * i, bigEndian);
        const quint32 valueOffset = word(translations + 8 * i + 4, bigEndian);
        if (qsizetype(keyOffset) + keyLength > data.size() || qsizetype(valueOffset) + valueLength > data.size())
            break;
        // Plural forms follow a NUL; the first form is the name.
        const QByteArray key = data.mid(keyOffset, keyLength).split('\0').first();
        const QByteArray value = data.mid(valueOffset, valueLength).split('\0').first();
        if (!key.isEmpty() && !value.isEmpty())
            catalog.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    return catalog;
}

bool NameLocalizer::loadStandards(QString *error)
{
    if (!m_countryMsgids.isEmpty())
        return true;
    const QJsonObject countries = readJson(m_root + QStringLiteral("iso/iso_3166-1.json"));
    const QJsonObject subdivisions = readJson(m_root + QStringLiteral("iso/iso_3166-2.json"));
    if (countries.isEmpty() || subdivisions.isEmpty()) {
        *error = QStringLiteral("ISO 3166 data cannot be read");
        return false;
    }
    for (const QJsonValue &value : countries.value(QLatin1String("3166-1")).toArray()) {
        const QJsonObject object = value.toObject();
        QStringList msgids;
        for (const char *field : {"common_name", "name"}) {
            const QString msgid = object.value(QLatin1String(field)).toString();
            if (!msgid.isEmpty())
                msgids.append(msgid);
        }
        m_countryMsgids.insert(object.value(QLatin1String("alpha_2")).toString(), msgids);
    }
    for (const QJsonValue &value : subdivisions.value(QLatin1String("3166-2")).toArray()) {
        const QJsonObject object = value.toObject();
        m_placeMsgids.insert(
            object.value(QLatin1String("code")).toString(), object.value(QLatin1String("name")).toString());
    }
    return true;
}

// What one of CLDR's locale files names, in one pass: territories (countries and M49
// regions) by code, and the cities it names by the time zones they give their name to
// ("Africa/Cairo"), by zone.
NameLocalizer::CldrNames NameLocalizer::readCldr(const QString &path, bool *ok)
{
    CldrNames names;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok)
        return names;
    QXmlStreamReader xml(&file);
    QString zone;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("zone")) {
            zone.clear();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        const QString type = attributes.value(QLatin1String("type")).toString();
        const bool variant = attributes.hasAttribute(QLatin1String("alt"));
        if (xml.name() == QLatin1String("zone"))
            zone = type;
        else if (xml.name() == QLatin1String("territory") && !variant && !type.isEmpty())
            names.territories.insert(type, xml.readElementText());
        else if (xml.name() == QLatin1String("exemplarCity") && !variant && !zone.isEmpty())
            names.cities.insert(zone, xml.readElementText());
    }
    return names;
}

// Cities that iso-codes does not name in the reader's language (most are no subdivision,
// and it has no Arabic names for subdivisions at all) are named as CLDR names them, found
// by their English name. English names most by the zone itself; root.xml and en.xml name
// those whose zone keeps an old spelling ("Asia/Katmandu": Kathmandu).
void NameLocalizer::loadCldrCities(const QHash<QString, QString> &localCities)
{
    bool ok = false;
    QHash<QString, QString> englishNames = readCldr(m_root + QStringLiteral("cldr/root.xml"), &ok).cities;
    englishNames.insert(readCldr(m_root + QStringLiteral("cldr/en.xml"), &ok).cities);
    for (auto it = localCities.cbegin(); it != localCities.cend(); ++it) {
        const QString zone = it.key();
        const QString englishName = englishNames.value(zone, zone.mid(zone.lastIndexOf(u'/') + 1).replace(u'_', u' '));
        m_cldrCities.insert(englishName, it.value());
    }
}

bool NameLocalizer::loadCldrNames(QString *error)
{
    bool ok = false;
    const QString path = m_root + QStringLiteral("cldr/%1.xml").arg(m_language);
    const CldrNames local = readCldr(path, &ok);
    if (!ok) {
        *error = path + QStringLiteral(": cannot be read");
        return false;
    }
    for (auto it = local.territories.cbegin(); it != local.territories.cend(); ++it) {
        const QString &type = it.key();
        if (type.at(0).isDigit())
            m_regions.insert(type, it.value());
        else if (type.size() == 2)
            m_cldrCountries.insert(type, it.value());
    }
    loadCldrCities(local.cities);
    const QJsonObject regions = readJson(m_root + QStringLiteral("gazetteer/regions.json"));
    const QJsonArray listed = GazetteerLoader::listedRegions(regions);
    for (const QJsonValue &value : listed) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("names")).toObject().value(m_language).toString();
        if (!name.isEmpty())
            m_regions.insert(object.value(QLatin1String("id")).toString(), name);
    }
    return true;
}

bool NameLocalizer::loadCldrSubdivisions(QString *error)
{
    return GazetteerLoader::readCldrSubdivisions(
        m_root + QStringLiteral("cldr/subdivisions/%1.xml").arg(m_language), &m_cldrPlaces, error);
}

bool NameLocalizer::load(const QString &language, QString *error)
{
    m_language = language;
    m_countries.clear();
    m_places.clear();
    m_regions.clear();
    m_cldrCountries.clear();
    m_cldrCities.clear();
    m_cities.clear();
    m_cldrPlaces.clear();
    m_fullNames.clear();
    m_entityNames.clear();
    m_measureNames.clear();
    const QJsonObject agencies = readJson(m_root + QStringLiteral("gazetteer/agencies.json"));
    for (const QJsonValue &value : agencies.value(QLatin1String("entities")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString local = object.value(QLatin1String("full_names")).toObject().value(language).toString();
        m_fullNames.insert(QStringLiteral("agency:") + object.value(QLatin1String("id")).toString(),
            local.isEmpty() ? object.value(QLatin1String("full_name")).toString() : local);
    }
    if (language == QLatin1String("en"))
        return true;
    loadOwnNames();
    const QJsonObject cities = readJson(m_root + QStringLiteral("gazetteer/cities.json"));
    for (const QJsonValue &value : cities.value(QLatin1String("cities")).toArray()) {
        const QJsonObject city = value.toObject();
        m_cities.insert(
            city.value(QLatin1String("country")).toString() + u':' + city.value(QLatin1String("name")).toString());
    }
    if (!loadStandards(error))
        return false;
    m_countries = readCatalog(m_root + QStringLiteral("names/%1/iso_3166-1.mo").arg(language), error);
    if (m_countries.isEmpty())
        return false;
    // A language without subdivision names keeps the English ones, as iso-codes intends.
    const QString places = m_root + QStringLiteral("names/%1/iso_3166-2.mo").arg(language);
    if (QFile::exists(places))
        m_places = readCatalog(places, error);
    return loadCldrNames(error) && loadCldrSubdivisions(error);
}

QString NameLocalizer::name(const EntityRef &ref) const
{
    if (m_language == QLatin1String("en"))
        return ref.name;
    switch (ref.kind) {
    case EntityKind::Country:
        for (const QString &msgid : m_countryMsgids.value(ref.code)) {
            const QString translated = m_countries.value(msgid);
            if (!translated.isEmpty())
                return translated;
        }
        return m_cldrCountries.value(ref.code, ref.name);
    case EntityKind::Place: {
        // A city by the name the text gives it ("Nairobi", not Nairobi County), where CLDR
        // knows it as a city. A subdivision that only shares a city's name elsewhere
        // (Mozambique's Gaza, not Palestine's city) is no city.
        const QString translated = m_places.value(m_placeMsgids.value(ref.code));
        if (!translated.isEmpty())
            return translated;
        const auto city = m_cldrCities.constFind(ref.name);
        if (city != m_cldrCities.cend() && m_cities.contains(ref.country + u':' + ref.name))
            return city.value();
        return m_cldrPlaces.value(ref.code.toLower().remove(u'-'), ref.name);
    }
    case EntityKind::Region:
        return m_regions.value(ref.code, ref.name);
    default:
        return m_entityNames.value(ref.key, ref.name);
    }
}

// Forms of violence, partners such as "Government", and the inventory's measures are
// named by the gazetteer itself, which gives them in each language.
void NameLocalizer::loadOwnNames()
{
    auto localName = [&](const QJsonObject &object) {
        return object.value(QLatin1String("names")).toObject().value(m_language).toString();
    };
    const std::pair<const char *, const char *> files[]{{"themes", "theme:"}, {"partners", "partner:"}};
    for (const auto &[file, kind] : files) {
        const QJsonObject data = readJson(m_root + QStringLiteral("gazetteer/%1.json").arg(QLatin1String(file)));
        for (const QJsonValue &value : data.value(QLatin1String("entities")).toArray()) {
            const QJsonObject object = value.toObject();
            const QString name = localName(object);
            if (!name.isEmpty())
                m_entityNames.insert(QLatin1String(kind) + object.value(QLatin1String("id")).toString(), name);
        }
    }
    const QJsonObject measures = readJson(m_root + QStringLiteral("gazetteer/measures.json"));
    for (const QJsonValue &value : measures.value(QLatin1String("measures")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = localName(object);
        if (!name.isEmpty())
            m_measureNames.insert(object.value(QLatin1String("name")).toString(), name);
    }
}

QString NameLocalizer::measureName(const QString &measure) const
{
    return m_measureNames.value(measure, measure);
}

QString NameLocalizer::agencyFullName(const QString &key) const
{
    return m_fullNames.value(key);
}

} // namespace evaw
