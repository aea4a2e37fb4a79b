#include "gazetteerloader.h"

#include "textfold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <utility>

namespace evaw {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

QString withoutLeadingThe(const QString &name)
{
    return name.startsWith(QLatin1String("the "), Qt::CaseInsensitive) ? name.mid(4) : name;
}

// ISO writes "Moldova, Republic of"; prose writes "Republic of Moldova". Only tails that
// read as a prefix are turned round, so "Bonaire, Sint Eustatius and Saba" stays as it is.
QString proseOrder(const QString &isoName)
{
    const qsizetype comma = isoName.indexOf(QLatin1String(", "));
    if (comma < 0)
        return isoName;
    const QString head = isoName.left(comma);
    const QString tail = isoName.mid(comma + 2);
    const bool prefixTail
        = tail.endsWith(QLatin1String(" of")) || tail.endsWith(QLatin1String(" of the")) || !tail.contains(u' ');
    return prefixTail ? withoutLeadingThe(tail + u' ' + head) : isoName;
}

// Reports shorten "United Nations" in any name ("UN High Commissioner for Refugees"), some
// with stops ("U.N. Women"), write a Special Representative of the Secretary-General as an
// "SRSG" or leave out whose ("the Special Representative on Sexual Violence in Conflict"),
// and drop the hyphen of "Secretary-General" as often as they keep it: each alias is read
// in every one of these spellings.
QStringList spellingsOf(const QString &alias)
{
    static constexpr QLatin1String representative("Special Representative of the Secretary-General");
    static const std::array<std::pair<QLatin1String, QLatin1String>, 4> kVariants{
        {{QLatin1String("United Nations"), QLatin1String("UN")}, {representative, QLatin1String("SRSG")},
            {representative, QLatin1String("Special Representative")},
            {QLatin1String("Secretary-General"), QLatin1String("Secretary General")}}};
    // "UN" as a word of its own before another: not the letters of "FUND" or "UNDP".
    static const QRegularExpression kShortUn(QStringLiteral("\\bUN(?= )"));
    QStringList spellings{alias};
    for (const auto &[written, alsoWritten] : kVariants) {
        for (qsizetype i = 0, known = spellings.size(); i < known; ++i) {
            if (spellings[i].contains(written))
                spellings.append(QString(spellings[i]).replace(written, alsoWritten));
        }
    }
    for (qsizetype i = 0, known = spellings.size(); i < known; ++i) {
        if (spellings[i].contains(kShortUn))
            spellings.append(QString(spellings[i]).replace(kShortUn, QStringLiteral("U.N.")));
    }
    return spellings;
}

// The ways writers shorten a country's name that no list spells out: "St. Lucia" for
// "Saint Lucia", "Timor Leste" for "Timor-Leste", "Trinidad & Tobago".
QStringList writtenForms(const QString &name)
{
    QStringList forms{name};
    const QLatin1String saint("Saint ");
    if (name.startsWith(saint)) {
        const QString rest = name.mid(saint.size());
        forms << QStringLiteral("St. ") + rest << QStringLiteral("St ") + rest;
    }
    if (name.contains(u'-')) {
        const QStringList spaced = writtenForms(QString(name).replace(u'-', u' '));
        forms += spaced;
    }
    const QLatin1String and_(" and ");
    if (name.contains(and_)) {
        const int count = int(forms.size());
        for (int i = 0; i < count; ++i)
            forms.append(QString(forms[i]).replace(and_, QLatin1String(" & ")));
    }
    return forms;
}

// A subdivision's name as English prose writes it: ISO 3166-2 transliterates with
// apostrophes for sounds English does not mark ("K'akheti", "Ma'rib", "Ra's al Khaymah"),
// which reports leave out ("Kakheti", "Marib"). A possessive ("Cox's Bazar") keeps its own.
QStringList withoutTransliterationMarks(const QString &name)
{
    auto isMark = [](QChar c) { return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC); };
    QString plain;
    plain.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const bool between = i > 0 && i + 1 < name.size() && name[i - 1].isLetter() && name[i + 1].isLower();
        const bool possessive
            = i + 1 < name.size() && name[i + 1] == u's' && (i + 2 == name.size() || !name[i + 2].isLetter());
        if (!(isMark(name[i]) && between && !possessive))
            plain.append(name[i]);
    }
    return plain == name ? QStringList{name} : QStringList{name, plain};
}

} // namespace

GazetteerLoader::GazetteerLoader(QString root)
    : m_root(std::move(root))
{
}

bool GazetteerLoader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool GazetteerLoader::readJson(const QString &file, QJsonObject *object)
{
    QFile in(m_root + file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("gazetteer file %1 cannot be read").arg(file));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("gazetteer file %1 is not valid JSON: %2").arg(file, error.errorString()));
    *object = document.object();
    return true;
}

bool GazetteerLoader::load(Gazetteer *gazetteer)
{
    // Cities decide which of two subdivisions sharing a name keeps it, and are then added.
    QJsonObject cities;
    const bool ok = loadCountries(gazetteer) && readJson(QStringLiteral("gazetteer/cities.json"), &cities)
        && loadSubdivisions(gazetteer, cities.value(QLatin1String("cities")).toArray())
        && loadCities(gazetteer, cities.value(QLatin1String("cities")).toArray()) && loadRegions(gazetteer)
        && loadEntityFile(gazetteer, QStringLiteral("gazetteer/agencies.json"), EntityKind::Agency)
        && loadEntityFile(gazetteer, QStringLiteral("gazetteer/partners.json"), EntityKind::Partner)
        && loadEntityFile(gazetteer, QStringLiteral("gazetteer/themes.json"), EntityKind::Theme)
        && loadEntityFile(gazetteer, QStringLiteral("gazetteer/programmes.json"), EntityKind::Programme)
        && loadMeasures(gazetteer) && loadPageLabels(gazetteer);
    if (ok)
        gazetteer->build();
    return ok;
}

bool GazetteerLoader::loadEntityFile(Gazetteer *gazetteer, const QString &file, EntityKind kind)
{
    QJsonObject root;
    if (!readJson(file, &root))
        return false;
    const QJsonArray entities = root.value(QLatin1String("entities")).toArray();
    for (const QJsonValue &value : entities) {
        const QJsonObject object = value.toObject();
        GazetteerEntry entry;
        entry.ref.kind = kind;
        entry.ref.key = entityKindName(kind) + u':' + object.value(QLatin1String("id")).toString();
        entry.ref.name = object.value(QLatin1String("name")).toString();
        entry.reports = object.value(QLatin1String("reports")).toBool();
        if (entry.ref.name.isEmpty())
            return fail(QStringLiteral("%1: an entry has no name").arg(file));
        // Two entries of one id would merge into one, the second's name and flags lost.
        if (gazetteer->indexOf(entry.ref.key) >= 0)
            return fail(QStringLiteral("%1: %2 is listed twice").arg(file, entry.ref.key));
        const int index = gazetteer->addEntry(entry);
        // A short name that other bodies use as well is shown, but not read in the text.
        if (!object.value(QLatin1String("ambiguous_name")).toBool())
            gazetteer->addAlias(index, entry.ref.name);
        for (const QString &alias : stringList(object.value(QLatin1String("aliases")))) {
            for (const QString &spelling : spellingsOf(alias))
                gazetteer->addAlias(index, spelling);
        }
        QSet<QString> remit;
        if (!countriesOf(*gazetteer, stringList(object.value(QLatin1String("remit"))), &remit))
            return fail(QStringLiteral("%1: %2: %3").arg(file, entry.ref.key, m_error));
        if (!remit.isEmpty())
            gazetteer->setRemit(index, remit);
        for (const QString &phrase : stringList(object.value(QLatin1String("self_references")))) {
            if (phrase.size() < 2) // its first letter, which may be in either case, and more
                return fail(QStringLiteral("%1: %2 has a self reference too short to read").arg(file, entry.ref.key));
            gazetteer->addSelfReference(index, phrase);
        }
        // Implications may point at entries of files loaded later, so they name keys.
        for (const QString &key : stringList(object.value(QLatin1String("implies")))) {
            const int implied = gazetteer->indexOf(key);
            if (implied < 0)
                return fail(QStringLiteral("%1: %2 implies unknown entry %3").arg(file, entry.ref.key, key));
            gazetteer->addImplication(index, implied);
        }
    }
    return loadOtherMeanings(gazetteer, file, root);
}

// Phrases in which one of a file's names means something else ("drug trafficking").
bool GazetteerLoader::loadOtherMeanings(Gazetteer *gazetteer, const QString &file, const QJsonObject &root)
{
    for (const QString &phrase : stringList(root.value(QLatin1String("other_meanings")))) {
        if (phrase.trimmed().isEmpty())
            return fail(QStringLiteral("%1: another meaning is blank").arg(file));
        if (!gazetteer->addOtherMeaning(phrase))
            return fail(QStringLiteral("%1: \"%2\" is a name, not another meaning of one").arg(file, phrase));
    }
    return true;
}

// A remit names countries and regions by key; regions stand for every country they hold,
// through their sub-regions.
bool GazetteerLoader::countriesOf(const Gazetteer &gazetteer, const QStringList &keys, QSet<QString> *countries)
{
    QStringList pending;
    for (const QString &key : keys) {
        const int index = gazetteer.indexOf(key);
        const EntityKind kind = index < 0 ? EntityKind::Agency : gazetteer.entry(index).ref.kind;
        if (kind != EntityKind::Country && kind != EntityKind::Region) {
            m_error = QStringLiteral("the remit names %1, which is no country or region").arg(key);
            return false;
        }
        pending.append(gazetteer.entry(index).ref.code);
    }
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString code = pending.takeLast();
        if (seen.contains(code))
            continue;
        seen.insert(code);
        const QStringList members = gazetteer.regionMembers(code);
        if (members.isEmpty())
            countries->insert(code);
        pending += members;
    }
    return true;
}

bool GazetteerLoader::loadCountries(Gazetteer *gazetteer)
{
    QJsonObject iso;
    QJsonObject extra;
    if (!readJson(QStringLiteral("iso/iso_3166-1.json"), &iso)
        || !readJson(QStringLiteral("gazetteer/countries.json"), &extra))
        return false;

    auto addCountry = [&](const QString &code, const QString &name, const QStringList &aliases) {
        GazetteerEntry entry;
        entry.ref.kind = EntityKind::Country;
        entry.ref.key = QStringLiteral("country:") + code;
        entry.ref.code = code;
        entry.ref.name = name;
        const int index = gazetteer->addEntry(entry);
        for (const QString &alias : aliases) {
            for (const QString &form : writtenForms(alias))
                gazetteer->addAlias(index, form);
        }
    };

    const QJsonArray countries = iso.value(QLatin1String("3166-1")).toArray();
    if (countries.isEmpty())
        return fail(QStringLiteral("iso_3166-1.json lists no countries"));
    for (const QJsonValue &value : countries) {
        const QJsonObject object = value.toObject();
        const QString isoName = object.value(QLatin1String("name")).toString();
        const QString common = object.value(QLatin1String("common_name")).toString();
        const QString official = withoutLeadingThe(object.value(QLatin1String("official_name")).toString());
        const QString shown = common.isEmpty() ? proseOrder(isoName) : common;
        addCountry(
            object.value(QLatin1String("alpha_2")).toString(), shown, {isoName, proseOrder(isoName), common, official});
    }

    const QJsonArray additions = extra.value(QLatin1String("extra_countries")).toArray();
    for (const QJsonValue &value : additions) {
        const QJsonObject object = value.toObject();
        addCountry(object.value(QLatin1String("code")).toString(), object.value(QLatin1String("name")).toString(),
            stringList(object.value(QLatin1String("aliases"))) + stringList(object.value(QLatin1String("demonyms"))));
    }
    for (const char *group : {"aliases", "demonyms"}) {
        const QJsonObject byCode = extra.value(QLatin1String(group)).toObject();
        for (auto it = byCode.begin(); it != byCode.end(); ++it) {
            const int index = gazetteer->indexOf(QStringLiteral("country:") + it.key());
            if (index < 0)
                return fail(QStringLiteral("countries.json names unknown country %1").arg(it.key()));
            for (const QString &alias : stringList(it.value())) {
                for (const QString &form : writtenForms(alias))
                    gazetteer->addAlias(index, form);
            }
        }
    }
    for (const QString &word : stringList(extra.value(QLatin1String("donor_words"))))
        gazetteer->addDonorWord(word);
    return loadOtherMeanings(gazetteer, QStringLiteral("countries.json"), extra);
}

bool GazetteerLoader::loadSubdivisions(Gazetteer *gazetteer, const QJsonArray &cities)
{
    QJsonObject iso;
    QJsonObject exclusions;
    QJsonObject words;
    if (!readJson(QStringLiteral("iso/iso_3166-2.json"), &iso)
        || !readJson(QStringLiteral("gazetteer/place-exclusions.json"), &exclusions)
        || !readJson(QStringLiteral("gazetteer/subdivision-words.json"), &words))
        return false;
    for (const QString &word : stringList(words.value(QLatin1String("words"))))
        gazetteer->addSubdivisionWord(word);
    for (const QString &word : stringList(words.value(QLatin1String("weak_words"))))
        gazetteer->addSubdivisionWord(word, true);
    for (const QString &title : stringList(exclusions.value(QLatin1String("person_titles"))))
        gazetteer->addPersonTitle(title);
    for (const QString &title : stringList(exclusions.value(QLatin1String("office_titles"))))
        gazetteer->addPersonTitle(title, true);
    for (const QString &word : stringList(exclusions.value(QLatin1String("instrument_words"))))
        gazetteer->addInstrumentWord(word);
    const QStringList excludedList = stringList(exclusions.value(QLatin1String("names")));
    const QSet<QString> excluded(excludedList.begin(), excludedList.end());
    QSet<QString> citySubdivisions;
    for (const QJsonValue &city : cities)
        citySubdivisions.insert(city.toObject().value(QLatin1String("subdivision")).toString());

    // Subdivisions of one country may share a name (Bangladesh's division and district of
    // Dhaka, Indonesia's province of Papua and the region that holds it): one mention would
    // be two places. The name goes to one of them.
    QStringList order;
    QHash<QString, QList<QJsonObject>> sharing; // by country and folded name
    for (const QJsonValue &value : iso.value(QLatin1String("3166-2")).toArray()) {
        QJsonObject object = value.toObject();
        QString name = object.value(QLatin1String("name")).toString();
        if (name.size() < 3)
            continue;
        // A name that is an ordinary word is read only with the title ISO gives it, and as
        // any subdivision is, beside its country: "the Northern Province" of Sri Lanka,
        // "Delta State" of Nigeria.
        if (excluded.contains(name)) {
            const QString title = object.value(QLatin1String("type")).toString();
            if (title.isEmpty())
                continue;
            if (!name.endsWith(u' ' + title, Qt::CaseInsensitive)) // "Northern Province" has it
                name += u' ' + title;
            object.insert(QLatin1String("name"), name);
        }
        const QString key = subdivisionNameKey(object.value(QLatin1String("code")).toString().left(2), name);
        QList<QJsonObject> &group = sharing[key];
        if (group.isEmpty())
            order.append(key);
        group.append(object);
    }
    QHash<QString, QString> english;
    if (!readCldrSubdivisions(m_root + QStringLiteral("cldr/subdivisions/en.xml"), &english, &m_error))
        return false;
    for (const QString &key : std::as_const(order)) {
        const QJsonObject object = namedSubdivision(sharing.value(key), citySubdivisions);
        const QString name = object.value(QLatin1String("name")).toString();
        GazetteerEntry entry;
        entry.ref.kind = EntityKind::Place;
        entry.ref.code = object.value(QLatin1String("code")).toString();
        entry.ref.key = QStringLiteral("place:") + entry.ref.code;
        // ISO 3166-2 marks how it transliterates ("Rājasthān", "Herāt"), which English prose
        // does not: CLDR's English name is shown where it is the same name without the marks.
        // Where it is another name, the two may not agree on the code, and ISO's stands.
        const QString plain = english.value(entry.ref.code.toLower().remove(u'-'));
        const bool sameName = !plain.isEmpty()
            && TextFold::folded(plain) == TextFold::folded(withoutTransliterationMarks(name).constLast());
        entry.ref.name = sameName ? plain : name;
        entry.ref.country = entry.ref.code.left(2);
        entry.needsCountryContext = true;
        const int index = gazetteer->addEntry(entry);
        gazetteer->setSubdivisionTitle(index, object.value(QLatin1String("type")).toString());
        // Beside its country a subdivision adds nothing; named by its title alone ("Rakhine
        // State"), it names its country too.
        if (const int country = gazetteer->indexOf(QStringLiteral("country:") + entry.ref.country); country >= 0)
            gazetteer->addImplication(index, country);
        for (const QString &spelling : withoutTransliterationMarks(name))
            gazetteer->addAlias(index, spelling);
        m_subdivisionByName.insert(key, entry.ref.code);
    }
    return true;
}

bool GazetteerLoader::readCldrSubdivisions(const QString &path, QHash<QString, QString> *names, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return false;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("subdivision"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (!attributes.hasAttribute(QLatin1String("alt")))
            names->insert(attributes.value(QLatin1String("type")).toString(), xml.readElementText());
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
        return false;
    }
    return true;
}

// Of subdivisions that share a name: the one a city of that name is (the city of Maputo,
// not its province), else the one that holds the others, which a text naming it at least
// does not place wrongly, else the first.
QJsonObject GazetteerLoader::namedSubdivision(const QList<QJsonObject> &sharing, const QSet<QString> &citySubdivisions)
{
    auto code = [](const QJsonObject &object) { return object.value(QLatin1String("code")).toString(); };
    for (const QJsonObject &object : sharing) {
        if (citySubdivisions.contains(code(object)))
            return object;
    }
    for (const QJsonObject &object : sharing) {
        const QString local = code(object).mid(3); // what "parent" says: the code after "XX-"
        const bool holdsAnother = std::any_of(sharing.cbegin(), sharing.cend(),
            [&](const QJsonObject &other) { return other.value(QLatin1String("parent")).toString() == local; });
        if (holdsAnother)
            return object;
    }
    return sharing.constFirst();
}

QString GazetteerLoader::subdivisionNameKey(const QString &country, const QString &name)
{
    return country + QLatin1Char(':') + name.toCaseFolded();
}

bool GazetteerLoader::loadCities(Gazetteer *gazetteer, const QJsonArray &cities)
{
    QSet<QString> listed;
    for (const QJsonValue &value : cities) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const QString country = object.value(QLatin1String("country")).toString();
        // A second entry would be a second place of the same name, marked twice in a text.
        const QString nameKey = subdivisionNameKey(country, name);
        if (listed.contains(nameKey))
            return fail(QStringLiteral("gazetteer/cities.json: %1 in %2 is listed twice").arg(name, country));
        listed.insert(nameKey);
        // A city that is also one of its country's subdivisions (Kampala, Cox's Bazar) is that
        // subdivision, so a text naming it gets one place, not two.
        QString subdivision = object.value(QLatin1String("subdivision")).toString();
        if (subdivision.isEmpty())
            subdivision = m_subdivisionByName.value(nameKey);
        const int countryIndex = gazetteer->indexOf(QStringLiteral("country:") + country);
        if (countryIndex < 0)
            return fail(QStringLiteral("cities.json places %1 in unknown country %2").arg(name, country));

        // A city stands on its own: it names its country rather than waiting for it.
        GazetteerEntry entry;
        entry.ref.kind = EntityKind::Place;
        entry.ref.code = subdivision;
        entry.ref.key = subdivision.isEmpty() ? QStringLiteral("place:%1:%2").arg(country, name)
                                              : QStringLiteral("place:") + subdivision;
        entry.ref.name = name;
        entry.ref.country = country;
        int index = gazetteer->indexOf(entry.ref.key);
        if (index < 0) {
            index = gazetteer->addEntry(entry);
        } else if (gazetteer->entry(index).needsCountryContext) {
            // The subdivision is shown as reports write it, by its first city ("Cairo", not
            // ISO's "Al Qahirah"; "Aleppo", not "Halab").
            gazetteer->setName(index, name);
        }
        gazetteer->setNeedsCountryContext(index, false);
        gazetteer->addAlias(index, name);
        // Other spellings of the same place ("Sanaa", "Al Hol") are aliases of it, so that the
        // place is one wherever a text spells it otherwise.
        for (const QJsonValue &alias : object.value(QLatin1String("aliases")).toArray())
            gazetteer->addAlias(index, alias.toString());
        gazetteer->addImplication(index, countryIndex);
    }
    return true;
}

QJsonArray GazetteerLoader::listedRegions(const QJsonObject &regionsFile)
{
    QJsonArray listed = regionsFile.value(QLatin1String("unwomen_regions")).toArray();
    for (const QJsonValue &value : regionsFile.value(QLatin1String("other_regions")).toArray())
        listed.append(value);
    return listed;
}

bool GazetteerLoader::loadRegions(Gazetteer *gazetteer)
{
    QFile supplemental(m_root + QStringLiteral("cldr/supplementalData.xml"));
    QFile english(m_root + QStringLiteral("cldr/en.xml"));
    if (!supplemental.open(QIODevice::ReadOnly) || !english.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("CLDR data (supplementalData.xml, en.xml) cannot be read"));

    // M49 groups are the numeric codes; "EU", "UN" and the like are CLDR groupings.
    QStringList regionCodes;
    QXmlStreamReader containment(&supplemental);
    while (!containment.atEnd()) {
        containment.readNext();
        if (!containment.isStartElement() || containment.name() != QLatin1String("group"))
            continue;
        const auto attributes = containment.attributes();
        const QString type = attributes.value(QLatin1String("type")).toString();
        if (attributes.hasAttribute(QLatin1String("status")) || type.isEmpty() || !type.at(0).isDigit())
            continue;
        if (!regionCodes.contains(type))
            regionCodes.append(type);
        const auto members = attributes.value(QLatin1String("contains")).split(u' ', Qt::SkipEmptyParts);
        for (const auto &member : members)
            gazetteer->addRegionMember(type, member.toString());
    }

    QHash<QString, QString> names;
    QXmlStreamReader territories(&english);
    while (!territories.atEnd()) {
        territories.readNext();
        if (!territories.isStartElement() || territories.name() != QLatin1String("territory"))
            continue;
        const auto attributes = territories.attributes();
        const QString type = attributes.value(QLatin1String("type")).toString();
        const bool variant = attributes.hasAttribute(QLatin1String("alt"));
        const QString text = territories.readElementText();
        if (!variant && regionCodes.contains(type))
            names.insert(type, text);
    }
    if (containment.hasError() || territories.hasError() || names.isEmpty())
        return fail(QStringLiteral("CLDR data is malformed"));

    QJsonObject extra;
    if (!readJson(QStringLiteral("gazetteer/regions.json"), &extra))
        return false;
    const QJsonObject m49Aliases = extra.value(QLatin1String("m49_aliases")).toObject();
    for (const QString &code : std::as_const(regionCodes)) {
        GazetteerEntry entry;
        entry.ref.kind = EntityKind::Region;
        entry.ref.key = QStringLiteral("region:") + code;
        entry.ref.code = code;
        entry.ref.name = names.value(code, code);
        const int index = gazetteer->addEntry(entry);
        // "world" would match every use of the word; the World region is never named in prose.
        if (code != QLatin1String("001"))
            gazetteer->addAlias(index, entry.ref.name);
        for (const QString &alias : stringList(m49Aliases.value(code)))
            gazetteer->addAlias(index, alias);
    }

    const QJsonArray listed = listedRegions(extra);
    for (const QJsonValue &value : listed) {
        const QJsonObject object = value.toObject();
        GazetteerEntry entry;
        entry.ref.kind = EntityKind::Region;
        entry.ref.code = object.value(QLatin1String("id")).toString();
        entry.ref.key = QStringLiteral("region:") + entry.ref.code;
        entry.ref.name = object.value(QLatin1String("name")).toString();
        const int index = gazetteer->addEntry(entry);
        for (const QString &alias : stringList(object.value(QLatin1String("aliases"))))
            gazetteer->addAlias(index, alias);
        for (const QString &member :
            stringList(object.value(QLatin1String("m49"))) + stringList(object.value(QLatin1String("countries"))))
            gazetteer->addRegionMember(entry.ref.code, member);
    }
    return true;
}

bool GazetteerLoader::loadMeasures(Gazetteer *gazetteer)
{
    QJsonObject root;
    if (!readJson(QStringLiteral("gazetteer/measures.json"), &root))
        return false;
    const QJsonArray measures = root.value(QLatin1String("measures")).toArray();
    for (const QJsonValue &value : measures) {
        const QJsonObject object = value.toObject();
        Measure measure;
        measure.id = object.value(QLatin1String("id")).toString();
        measure.name = object.value(QLatin1String("name")).toString();
        measure.aliases = stringList(object.value(QLatin1String("aliases")));
        measure.aliases.prepend(measure.name);
        gazetteer->addMeasure(measure);
    }
    return true;
}

bool GazetteerLoader::loadPageLabels(Gazetteer *gazetteer)
{
    QJsonObject root;
    if (!readJson(QStringLiteral("gazetteer/page-labels.json"), &root))
        return false;
    for (const QString &title : stringList(root.value(QLatin1String("titles"))))
        gazetteer->addPageTitle(title);
    for (const QString &label : stringList(root.value(QLatin1String("labels"))))
        gazetteer->addPageLabel(label);
    for (const QString &word : stringList(root.value(QLatin1String("navigation_words"))))
        gazetteer->addNavigationWord(word);
    for (const QString &opening : stringList(root.value(QLatin1String("label_openings"))))
        gazetteer->addLabelOpening(opening);
    for (const QString &label : stringList(root.value(QLatin1String("address_labels"))))
        gazetteer->addAddressLabel(label);
    for (const QString &heading : stringList(root.value(QLatin1String("sections"))))
        gazetteer->addPageSection(heading);
    for (const QString &label : stringList(root.value(QLatin1String("item_labels"))))
        gazetteer->addItemLabel(label);
    const QJsonObject fields = root.value(QLatin1String("field_labels")).toObject();
    const std::array<std::pair<QLatin1String, Gazetteer::PageField>, 6> kFields{
        {{QLatin1String("entity"), Gazetteer::PageField::Entity},
            {QLatin1String("period"), Gazetteer::PageField::Period},
            {QLatin1String("measure"), Gazetteer::PageField::Measure},
            {QLatin1String("country"), Gazetteer::PageField::Country},
            {QLatin1String("partners"), Gazetteer::PageField::Partners},
            {QLatin1String("details"), Gazetteer::PageField::Detail}}};
    for (const auto &[name, field] : kFields) {
        for (const QString &label : stringList(fields.value(name)))
            gazetteer->addFieldLabel(label, field);
    }
    const QJsonObject columns = root.value(QLatin1String("table_columns")).toObject();
    using Field = Gazetteer::PageField;
    const std::array<std::pair<QLatin1String, Field>, 7> kColumns{{{QLatin1String("entity"), Field::Entity},
        {QLatin1String("period"), Field::Period}, {QLatin1String("measure"), Field::Measure},
        {QLatin1String("country"), Field::Country}, {QLatin1String("partners"), Field::Partners},
        {QLatin1String("text"), Field::Text}, {QLatin1String("title"), Field::Title}}};
    for (const auto &[name, field] : kColumns) {
        for (const QString &heading : stringList(columns.value(name)))
            gazetteer->addTableColumn(heading, field);
    }
    return true;
}

} // namespace evaw
