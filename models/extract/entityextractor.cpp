#include "entityextractor.h"

#include "dateextractor.h"

#include <algorithm>

namespace evaw {

EntityExtractor::EntityExtractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

bool EntityExtractor::allowed(int entry, const Countries &countries, bool placesAllowed) const
{
    const GazetteerEntry &e = m_gazetteer.entry(entry);
    return !e.needsCountryContext || (placesAllowed && countries.contains(QStringView(e.ref.country)));
}

// "Rakhine State", "Borno State", "Greater Accra Region": a subdivision's name that no
// other subdivision, country or name has, followed by the word ISO 3166-2 gives for what it
// is, needs no country around it. "The Gulf State of Qatar" does not name Papua New
// Guinea's Gulf, a province; nor does a plural ("the Gulf States").
bool EntityExtractor::namedByItsTitle(QStringView text, const AliasMatch &match, const QList<int> &entries) const
{
    if (entries.size() != 1)
        return false;
    const qsizetype end = match.start + match.length;
    if (!m_gazetteer.entry(entries.front()).needsCountryContext || end + 1 >= text.size() || text[end] != u' '
        || !text[end + 1].isUpper())
        return false;
    qsizetype wordEnd = end + 1;
    while (wordEnd < text.size() && text[wordEnd].isLetter())
        ++wordEnd;
    const QString title = m_gazetteer.subdivisionTitle(entries.front());
    return !title.isEmpty() && text.mid(end + 1, wordEnd - end - 1).compare(title, Qt::CaseInsensitive) == 0;
}

// A name that opens with its article ("the Pacific") would hide, as the leftmost, a longer
// one that begins after the article ("the Pacific Partnership to End Violence..."), which is
// what the text names: the name with the article is dropped. @p matches are sorted.
void EntityExtractor::yieldArticles(QStringView text, Matches *matches)
{
    constexpr int kArticle = 4; // "the "
    // Every match passes here: its first letters are compared as code units, with no call.
    auto opensWithArticle = [&](const AliasMatch &match) {
        const char16_t *at = text.utf16() + match.start;
        return match.length > kArticle && (at[0] | 0x20) == u't' && (at[1] | 0x20) == u'h' && (at[2] | 0x20) == u'e'
            && at[3] == u' ';
    };
    // Few matches open with an article: the others are passed over, and nothing is moved
    // unless one gives way.
    for (qsizetype k = 0; k < matches->size(); ++k) {
        const AliasMatch match = matches->at(k);
        if (!opensWithArticle(match))
            continue;
        const int after = match.start + kArticle;
        for (qsizetype n = k + 1; n < matches->size() && matches->at(n).start <= after; ++n) {
            const AliasMatch &later = matches->at(n);
            if (later.start == after && later.start + later.length > match.start + match.length) {
                matches->remove(k--);
                break;
            }
        }
    }
}

// Calls onEntry(match, entry) for each entry of each selected match: matches in order of
// start, the longest first, none overlapping one already taken. Two forms of violence may
// share a word ("online violence against women in politics" is both): a theme that runs on
// past a theme already taken is taken too. A phrase of no entry ("drug trafficking") is
// taken, and hides the names inside it.
template<typename OnEntry>
void EntityExtractor::select(
    QStringView text, const Matches &matches, const Countries &countries, bool placesAllowed, OnEntry &&onEntry) const
{
    int taken = 0; // end of the last selected span
    bool takenIsTheme = false;
    for (const AliasMatch &match : matches) {
        const QList<int> &entries = m_gazetteer.aliasEntries(match.alias);
        if (match.start < taken) {
            const bool themeRunsOn = takenIsTheme && match.start + match.length > taken && !entries.isEmpty()
                && std::all_of(entries.cbegin(), entries.cend(),
                    [&](int index) { return m_gazetteer.entry(index).ref.kind == EntityKind::Theme; });
            if (!themeRunsOn)
                continue;
        }
        if (entries.isEmpty()) {
            taken = match.start + match.length;
            takenIsTheme = false;
            continue;
        }
        bool any = false;
        bool hasCountry = false;
        bool hasPlace = false;
        bool hasRegion = false;
        bool allThemes = true;
        for (const int index : entries) {
            if (allowed(index, countries, placesAllowed)) {
                any = true;
                const EntityKind kind = m_gazetteer.entry(index).ref.kind;
                hasCountry = hasCountry || kind == EntityKind::Country;
                hasPlace = hasPlace || kind == EntityKind::Place;
                hasRegion = hasRegion || kind == EntityKind::Region;
                allThemes = allThemes && kind == EntityKind::Theme;
            }
        }
        // "Mr. Jordan", "Dr Georgia Brown": a person; "a Japan-funded project": a donor, not
        // where the work was; "the Kampala Convention": where an instrument was signed. The
        // name hides no other.
        if (((hasCountry || hasPlace) && m_gazetteer.personTitleBefore(text, match.start, match.start + match.length))
            || (hasCountry && m_gazetteer.donorWordFollows(text, match.start + match.length))
            || (hasPlace && !hasCountry && m_gazetteer.instrumentWordFollows(text, match.start + match.length))) {
            taken = match.start + match.length;
            takenIsTheme = false;
            continue;
        }
        // Only a place that nothing else lets count is looked at for its title: one entry.
        const bool titled = !any && namedByItsTitle(text, match, entries);
        if (!any && !titled)
            continue;
        allThemes = allThemes && !titled;
        // "Ethiopia's Somali region": a country's demonym that a word such as "region"
        // follows names the subdivision of that name in another country: one the text names,
        // or, where only one other country has a subdivision of that name, that one ("Niger
        // State", of Nigeria). "Guatemala department" stays Guatemala's.
        auto elsewhere = [&](int index) {
            const GazetteerEntry &entry = m_gazetteer.entry(index);
            return entry.needsCountryContext && std::none_of(entries.cbegin(), entries.cend(), [&](int other) {
                const EntityRef &country = m_gazetteer.entry(other).ref;
                return country.kind == EntityKind::Country && country.code == entry.ref.country;
            });
        };
        const auto elsewhereCount = hasCountry ? std::count_if(entries.cbegin(), entries.cend(), elsewhere) : 0;
        const bool elsewhereNamed = elsewhereCount > 0 && placesAllowed
            && std::any_of(entries.cbegin(), entries.cend(),
                [&](int index) { return elsewhere(index) && allowed(index, countries, placesAllowed); });
        const bool namesSubdivision = (elsewhereNamed || elsewhereCount == 1)
            && m_gazetteer.subdivisionWordFollows(text, match.start + match.length, elsewhereNamed);
        const bool readAlone = namesSubdivision && !elsewhereNamed;
        for (const int index : entries) {
            // "Guatemala" the country outranks its department of the same name, and
            // "the Sahel" the region one of Burkina Faso's, unless that country is the only
            // one the text names.
            const GazetteerEntry &entry = m_gazetteer.entry(index);
            if (namesSubdivision && entry.ref.kind == EntityKind::Country)
                continue;
            const bool outranked = entry.needsCountryContext && !namesSubdivision
                && (hasCountry
                    || (hasRegion && std::any_of(countries.cbegin(), countries.cend(), [&](QStringView code) {
                           return code != entry.ref.country;
                       })));
            const bool named = titled || (readAlone && elsewhere(index)) || allowed(index, countries, placesAllowed);
            if (named && !outranked)
                onEntry(match, index);
        }
        taken = match.start + match.length;
        takenIsTheme = allThemes;
    }
}

void EntityExtractor::extract(Activity *activity, const QList<EntityRef> &inherited) const
{
    const QString &text = activity->text;
    Matches matches;
    m_gazetteer.forEachMatch(text, [&](const AliasMatch &match) { matches.append(match); });
    // The matcher reports in no set order; two aliases may fold to the same span, and the
    // alias breaks that tie, so that the same text always reads the same.
    std::sort(matches.begin(), matches.end(), [](const AliasMatch &a, const AliasMatch &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.length != b.length ? a.length > b.length : a.alias < b.alias;
    });
    yieldArticles(text, &matches);

    // First the countries the text names without help, then the places they make possible.
    Countries countries;
    auto addCountry = [&](const EntityRef &ref) {
        if (ref.kind == EntityKind::Country && !countries.contains(QStringView(ref.code)))
            countries.append(ref.code);
    };
    for (const EntityRef &ref : inherited)
        addCountry(ref);
    select(text, matches, countries, false, [&](const AliasMatch &, int index) {
        const GazetteerEntry &entry = m_gazetteer.entry(index);
        addCountry(entry.ref);
        for (const int implied : entry.implies)
            addCountry(m_gazetteer.entry(implied).ref);
    });

    activity->mentions.clear();
    activity->entities.clear();
    // Entities are kept once each, in order of first appearance; indices compare cheaply.
    QVarLengthArray<int, 32> seen;
    auto addEntity = [&](int index) {
        if (index < 0 || std::find(seen.cbegin(), seen.cend(), index) != seen.cend())
            return;
        seen.append(index);
        activity->entities.append(m_gazetteer.entry(index).ref);
    };
    activity->entities.reserve(inherited.size() + matches.size());
    for (const EntityRef &ref : inherited)
        addEntity(m_gazetteer.indexOf(ref.key));

    QVarLengthArray<int, 16> implied;
    activity->mentions.reserve(matches.size());
    select(text, matches, countries, true, [&](const AliasMatch &match, int index) {
        const GazetteerEntry &entry = m_gazetteer.entry(index);
        activity->mentions.append(Mention{entry.ref, match.start, match.length});
        addEntity(index);
        implied.append(entry.implies.constData(), entry.implies.size());
    });
    for (const int index : std::as_const(implied))
        addEntity(index);

    activity->dates = DateExtractor::extract(text, activity->period);
}

// The canonical name of the first entity @p probe names that reports inventory entries,
// or an empty string.
QString EntityExtractor::firstReporter(const Activity &probe) const
{
    for (const Mention &mention : probe.mentions) {
        const GazetteerEntry &entry = m_gazetteer.entry(m_gazetteer.indexOf(mention.entity.key));
        if (entry.reports)
            return entry.ref.name;
    }
    return {};
}

QString EntityExtractor::reportingEntityName(QStringView headerEntity) const
{
    Activity probe;
    probe.text = headerEntity.trimmed().toString();
    extract(&probe);
    const QString reporter = firstReporter(probe);
    return reporter.isEmpty() ? probe.text : reporter;
}

int EntityExtractor::leadingEntityLength(QStringView text) const
{
    int longest = 0;
    m_gazetteer.forEachMatch(text, [&](const AliasMatch &match) {
        if (match.start != 0 || match.length <= longest)
            return;
        const QList<int> &entries = m_gazetteer.aliasEntries(match.alias);
        if (std::any_of(entries.cbegin(), entries.cend(), [&](int index) {
                const GazetteerEntry &entry = m_gazetteer.entry(index);
                return entry.reports || entry.ref.kind == EntityKind::Agency;
            }))
            longest = match.length;
    });
    return longest;
}

QList<EntityRef> EntityExtractor::jointReporters(QStringView headerEntity) const
{
    Activity probe;
    probe.text = headerEntity.trimmed().toString();
    extract(&probe);
    const QString reporter = firstReporter(probe); // as reportingEntityName() reads it
    QList<EntityRef> joint;
    for (const EntityRef &ref : std::as_const(probe.entities)) {
        if (ref.kind == EntityKind::Agency && ref.name != reporter)
            joint.append(ref);
    }
    return joint;
}

// "MALI AND NIGER", "Jordan, Lebanon & Iraq", "Chad; Niger": names of one @p kind, and between them nothing
// but the words and signs that list them.
bool EntityExtractor::namesOnly(const Activity &heading, EntityKind kind)
{
    QList<Mention> mentions = heading.mentions;
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    auto listsOnly = [](QStringView gap) {
        for (const QStringView word : gap.tokenize(u' ', Qt::SkipEmptyParts)) {
            const QStringView bare = word.endsWith(u',') || word.endsWith(u';') ? word.chopped(1) : word;
            if (!bare.isEmpty() && bare.compare(QLatin1String("and"), Qt::CaseInsensitive) != 0 && bare != u"&"
                && bare != u"/" && bare != u"," && bare != u";")
                return false;
        }
        return true;
    };
    int at = 0;
    for (const Mention &mention : std::as_const(mentions)) {
        if (mention.entity.kind != kind || mention.start < at
            || !listsOnly(QStringView(heading.text).mid(at, mention.start - at)))
            return false;
        at = mention.start + mention.length;
    }
    return listsOnly(QStringView(heading.text).mid(at));
}

EntityExtractor::HeadingReading EntityExtractor::readHeading(QStringView heading) const
{
    Activity probe;
    probe.text = heading.trimmed().toString();
    extract(&probe);
    HeadingReading reading;
    reading.entities = probe.entities;
    if (probe.mentions.size() > 1) {
        reading.isCountry = namesOnly(probe, EntityKind::Country);
        reading.isRegion = namesOnly(probe, EntityKind::Region);
        return reading;
    }
    if (probe.mentions.size() != 1)
        return reading;
    const Mention &mention = probe.mentions.constFirst();
    if (mention.start != 0 || mention.length != probe.text.size())
        return reading;
    // The inventory lists reporting programmes (the UN Trust Fund) among its agencies.
    const GazetteerEntry &entry = m_gazetteer.entry(m_gazetteer.indexOf(mention.entity.key));
    if (entry.reports)
        reading.reporter = entry.ref.name;
    reading.isCountry = entry.ref.kind == EntityKind::Country;
    reading.isRegion = entry.ref.kind == EntityKind::Region;
    return reading;
}

} // namespace evaw
