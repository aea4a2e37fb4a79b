#include "reportingentityreader.h"

#include "extract/textfold.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace evaw {

ReportingEntityReader::ReportingEntityReader(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

// The entity a record is about: the reporting-capable agency or programme it names most,
// with a bonus where it opens a paragraph as the subject ("UNFPA leads..."); ties go to
// the one named first.
QString ReportingEntityReader::inferFrom(const QList<Activity> &paragraphs) const
{
    constexpr int kSubjectBonus = 2;
    // A record names a few candidates at most: a short list in order of first mention,
    // searched from the start, costs no allocation and no hashing of their names.
    struct Candidate {
        int entry;
        int score;
    };
    QVarLengthArray<Candidate, 8> candidates;
    for (const Activity &paragraph : paragraphs) {
        for (const Mention &mention : paragraph.mentions) {
            const int index = m_gazetteer.indexOf(mention.entity.key);
            if (index < 0 || !m_gazetteer.entry(index).reports)
                continue;
            auto it = std::find_if(
                candidates.begin(), candidates.end(), [&](const Candidate &c) { return c.entry == index; });
            if (it == candidates.end()) {
                candidates.append(Candidate{index, 0});
                it = candidates.end() - 1;
            }
            it->score += 1 + (mention.start == 0 ? kSubjectBonus : 0);
        }
    }
    const Candidate *best = nullptr;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!best || candidate.score > best->score)
            best = &candidate;
    }
    return best ? m_gazetteer.entry(best->entry).ref.name : selfReferenced(paragraphs);
}

// Whether @p text has @p phrase as whole words, its first letter (an article's) in either
// case, as a sentence may open with it, and the rest in the phrase's case. Followed by
// "for", "of" or "on", the words begin another body's name ("the Agency for Gender
// Equality"), which is not the entity's.
bool ReportingEntityReader::saysWithItsArticle(QStringView text, QStringView phrase)
{
    static const QLatin1String namesGoOn[] = {QLatin1String(" for "), QLatin1String(" of "), QLatin1String(" on ")};
    const QStringView rest = phrase.mid(1);
    for (qsizetype at = text.indexOf(rest, 1); at > 0; at = text.indexOf(rest, at + 1)) {
        if (text[at - 1].toLower() != phrase.front().toLower()
            || !Gazetteer::isWholeWord(text, int(at - 1), int(phrase.size())))
            continue;
        const QStringView after = text.mid(at + rest.size());
        if (std::none_of(std::begin(namesGoOn), std::end(namesGoOn),
                [&](QLatin1String words) { return after.startsWith(words); }))
            return true;
    }
    return false;
}

// Spotlight's entries may say only "the Initiative". Those words name it where the record
// names no entity that they could mean as well ("the Safe Cities Global Initiative").
QString ReportingEntityReader::selfReferenced(const QList<Activity> &paragraphs) const
{
    for (const Gazetteer::SelfReference &reference : m_gazetteer.selfReferences()) {
        if (refersTo(reference, paragraphs))
            return m_gazetteer.entry(reference.entry).ref.name;
    }
    return {};
}

bool ReportingEntityReader::refersTo(const Gazetteer::SelfReference &reference, const QList<Activity> &paragraphs) const
{
    const QString &self = m_gazetteer.entry(reference.entry).ref.key;
    const QStringView phrase(reference.phrase);
    const QStringView noun = phrase.mid(phrase.lastIndexOf(u' ') + 1);
    bool said = false;
    for (const Activity &paragraph : paragraphs) {
        for (const Mention &mention : paragraph.mentions) {
            const QStringView surface = QStringView(paragraph.text).mid(mention.start, mention.length);
            if (mention.entity.key != self && surface.contains(noun))
                return false;
        }
        said = said || saysWithItsArticle(paragraph.text, phrase);
    }
    return said;
}

// "The Entity supported...": a paragraph that opens with the words an entity's own entries
// use for it is that entity's, unless it names another body those words could mean.
QString ReportingEntityReader::openingSelfReference(const Activity &paragraph) const
{
    const QStringView text(paragraph.text);
    for (const Gazetteer::SelfReference &reference : m_gazetteer.selfReferences()) {
        const QStringView phrase(reference.phrase);
        if (text.size() > phrase.size() && text.front().toLower() == phrase.front().toLower()
            && text.mid(1).startsWith(phrase.mid(1)) && refersTo(reference, {paragraph})) {
            // "The Agency" in Niger is no UNRWA, which works in its five fields only.
            const QString &name = m_gazetteer.entry(reference.entry).ref.name;
            return mayHaveReported(name, paragraph) ? name : QString();
        }
    }
    return {};
}

// The reporting entity a paragraph names as its subject: at its start ("OHCHR advised..."),
// after an opening phrase that names no agency ("In Cambodia, OHCHR provided...") or only
// its partners ("In partnership with UNICEF, WHO trained..."), after two short ones ("In
// 2020, through its programme, UNHCR deployed...") or after a short one without its comma
// ("During the period UNRWA trained..."). In "UNICEF and UNFPA jointly lead..." either
// may be reporting: no subject is told, and the two are given in @p jointSubjects.
QString ReportingEntityReader::subjectOf(const Activity &paragraph, QStringList *jointSubjects) const
{
    if (QString self = openingSelfReference(paragraph); !self.isEmpty())
        return self;
    auto reports = [&](const Mention &mention) {
        const int index = m_gazetteer.indexOf(mention.entity.key);
        return index >= 0 && m_gazetteer.entry(index).reports;
    };
    const QStringView text(paragraph.text);
    const qsizetype comma = commaOutsideBrackets(text);
    const qsizetype afterComma = comma < 0 ? -1 : comma + 2;
    // Two short phrases of time, place or means may stand before the subject, each with its
    // comma: "In 2020, through the Safe from the Start programme, UNHCR deployed...". They
    // are looked for only when a name stands after the first phrase's clause.
    constexpr qsizetype kNotLookedFor = -2;
    qsizetype afterSecondComma = kNotLookedFor;
    const QList<Mention> &mentions = paragraph.mentions;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const Mention &mention = mentions[i];
        if (afterComma >= 0 && mention.start > afterComma + 4) {
            if (afterSecondComma == kNotLookedFor)
                afterSecondComma = afterTwoOpeningPhrases(text, comma);
            if (afterSecondComma < 0 || mention.start > afterSecondComma + 4)
                break;
        }
        // Brackets hold an aside ("In Jordan (with UNICEF) UNFPA trained..."), never the subject.
        if (!reports(mention) || insideBrackets(text.left(mention.start)))
            continue;
        // "The UN Trust Fund provides...", "In 2019, the UN Trust Fund provided...".
        auto opensAt = [&](qsizetype at) {
            return mention.start == at
                || (mention.start == at + 4
                    && QStringView(paragraph.text).mid(at, 4).compare(QLatin1String("the "), Qt::CaseInsensitive) == 0);
        };
        const QStringView opening = text.left(mention.start);
        if (opensAt(0) || (afterComma >= 0 && opensAt(afterComma))
            || (afterSecondComma >= 0 && opensAt(afterSecondComma))
            || (opening.contains(u'(') ? opensAfterAShortPhrase(withoutBrackets(opening))
                                       : opensAfterAShortPhrase(opening))) {
            const int end = mention.start + mention.length;
            const bool joint = i + 1 < mentions.size() && reports(mentions[i + 1])
                && mentions[i + 1].entity.kind == EntityKind::Agency
                && QStringView(paragraph.text).mid(end, mentions[i + 1].start - end).trimmed() == QLatin1String("and");
            if (joint && jointSubjects)
                *jointSubjects = {mention.entity.name, mentions[i + 1].entity.name};
            return joint ? QString() : mention.entity.name;
        }
        if (mention.entity.kind == EntityKind::Agency)
            return comma > mention.start && namesPartners(text.left(comma)) ? subjectAfterPartners(paragraph, comma)
                                                                            : QString();
    }
    return {};
}

// "Together with UNFPA, IOM, and UNICEF, UN Women co-led...": the subject after an opening
// phrase of partners, which may list them with commas of its own. It opens a part of the
// sentence after a comma and ends the list; none is told where the list ends in a name
// that is not a reporting entity, or in two ("UNDP and UN Women supported...").
QString ReportingEntityReader::subjectAfterPartners(const Activity &paragraph, qsizetype comma) const
{
    const QStringView text(paragraph.text);
    for (const Mention &mention : paragraph.mentions) {
        if (mention.start <= comma)
            continue;
        const QStringView before = text.left(mention.start);
        const QStringView after = text.mid(mention.start + mention.length);
        const bool listGoesOn = after.startsWith(u',') || after.startsWith(QLatin1String(" and "))
            || after.startsWith(QLatin1String(" or "));
        if (listGoesOn)
            continue;
        if (before.endsWith(QLatin1String(", ")) || before.endsWith(QLatin1String(", the "))) {
            const int index = m_gazetteer.indexOf(mention.entity.key);
            const bool reports = index >= 0 && m_gazetteer.entry(index).reports;
            return reports && !insideBrackets(before) ? mention.entity.name : QString();
        }
        // Past the list's last name ("...and DCO, UN Women") the subject may still come;
        // a name inside the sentence is no subject.
        if (!before.endsWith(QLatin1String("and ")) && !before.endsWith(QLatin1String("or ")))
            return {};
    }
    return {};
}

// Whether @p phrase, which opens a paragraph up to its first comma, says who the subject
// worked with: "With UNICEF", "Together with UNFPA and IOM", "In partnership with the
// Government and UNDP", "Alongside WHO".
bool ReportingEntityReader::namesPartners(QStringView phrase)
{
    static const std::array<QLatin1String, 5> kOpeners{QLatin1String("with "), QLatin1String("together with "),
        QLatin1String("along with "), QLatin1String("alongside "), QLatin1String("jointly with ")};
    // "In partnership with", "In close collaboration with", "In cooperation with".
    constexpr int kMostWordsBeforeWith = 3;
    if (std::any_of(kOpeners.begin(), kOpeners.end(),
            [&](QLatin1String opener) { return phrase.startsWith(opener, Qt::CaseInsensitive); }))
        return true;
    if (!phrase.startsWith(QLatin1String("in "), Qt::CaseInsensitive))
        return false;
    const qsizetype with = phrase.indexOf(QLatin1String(" with "));
    return with > 0 && phrase.left(with).count(u' ') < kMostWordsBeforeWith;
}

// Where the text after two short opening phrases starts ("In 2020, through its programme,
// UNHCR..."), the first ending at @p comma; -1 when the text does not open so.
qsizetype ReportingEntityReader::afterTwoOpeningPhrases(QStringView text, qsizetype comma)
{
    const qsizetype from = comma + 2;
    if (from >= text.size() || !opensAfterAShortPhrase(text.left(comma)))
        return -1;
    const qsizetype second = commaOutsideBrackets(text.mid(from));
    return second >= 0 && opensAfterAShortPhrase(text.mid(from, second)) ? from + second + 2 : -1;
}

// The first comma of @p text that is not inside brackets, or -1.
qsizetype ReportingEntityReader::commaOutsideBrackets(QStringView text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'(')
            ++depth;
        else if (text[i] == u')')
            depth = std::max(0, depth - 1);
        else if (text[i] == u',' && depth == 0)
            return i;
    }
    return -1;
}

// Whether @p text leaves a bracket open.
bool ReportingEntityReader::insideBrackets(QStringView text)
{
    return text.count(u'(') > text.count(u')');
}

// @p text with what stands in brackets left out: "In various countries (e.g. DRC, Burundi)"
// opens a paragraph as "In various countries" does.
QString ReportingEntityReader::withoutBrackets(QStringView text)
{
    QString kept;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            kept += c;
    }
    return kept;
}

// True when @p opening, the words before a paragraph's first reporting entity, is a short
// phrase of time or place with no comma after it ("During the reporting period", "In Kenya",
// "Since 2008", "Since 2009 the"): the entity is the subject. After a word that joins it to
// something ("with", "of the", "by"), it is a partner or an object, as it is after a verb
// ("The ministry used").
bool ReportingEntityReader::opensAfterAShortPhrase(QStringView opening)
{
    constexpr int kMostWords = 8;
    static const QStringList opens{QStringLiteral("in"), QStringLiteral("during"), QStringLiteral("since"),
        QStringLiteral("throughout"), QStringLiteral("through"), QStringLiteral("under"), QStringLiteral("over"),
        QStringLiteral("last"), QStringLiteral("this"), QStringLiteral("from"), QStringLiteral("after"),
        QStringLiteral("before"), QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("by"),
        QStringLiteral("within"), QStringLiteral("across"), QStringLiteral("following"), QStringLiteral("until"),
        QStringLiteral("between"), QStringLiteral("as"), QStringLiteral("for")};
    static const QStringList joining{QStringLiteral("with"), QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("by"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("from"),
        QStringLiteral("through"), QStringLiteral("via"), QStringLiteral("the"), QStringLiteral("this"),
        QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("including"), QStringLiteral("between"),
        QStringLiteral("among"), QStringLiteral("alongside"), QStringLiteral("under")};
    QStringView words = opening.trimmed();
    // The subject's article: "Since 2009 the United Nations Population Fund leads...".
    if (words.endsWith(QLatin1String(" the"), Qt::CaseInsensitive))
        words = words.chopped(4).trimmed();
    if (words.isEmpty() || words.contains(u',') || words.contains(u'.') || words.contains(u';') || words.contains(u':')
        || words.count(u' ') + 1 > kMostWords)
        return false;
    const QStringView first = words.left(words.indexOf(u' ')); // all of it, with no space
    const QStringView last = words.mid(words.lastIndexOf(u' ') + 1);
    auto isOneOf = [](QStringView word, const QStringList &list) {
        return std::any_of(list.cbegin(), list.cend(),
            [&](const QString &listed) { return word.compare(listed, Qt::CaseInsensitive) == 0; });
    };
    return isOneOf(first, opens) && !isOneOf(last, joining);
}

// A page of several entities' results gives a result that names no subject to the entity
// above it. Where that entity works only in some countries, and the result names others
// only, the guess is refuted: no reporting entity is better than a wrong one.
bool ReportingEntityReader::mayHaveReported(const QString &entity, const Activity &paragraph) const
{
    const QSet<QString> remit = m_gazetteer.remitOf(entity);
    if (remit.isEmpty())
        return true;
    bool namesACountry = false;
    for (const EntityRef &ref : paragraph.entities) {
        if (ref.kind != EntityKind::Country && ref.kind != EntityKind::Place)
            continue;
        const QString &country = ref.kind == EntityKind::Place ? ref.country : ref.code;
        if (remit.contains(country))
            return true;
        namesACountry = namesACountry || !country.isEmpty();
    }
    return !namesACountry;
}

// The reporting entity a paragraph tells its own work of, without naming it as its subject:
// "...remained a key area of the UN Trust Fund's work", "...a priority of the UN Trust
// Fund", "initiatives supported by the UN Trust Fund", "the UN Trust Fund-supported
// project". It must be the only reporting entity the paragraph names, and named as the
// owner or the doer at least once: named only as in "with UN Women", it may be a partner.
QString ReportingEntityReader::ownerOf(const Activity &paragraph) const
{
    const QStringView text(paragraph.text);
    QString owner;
    bool owns = false;
    for (const Mention &mention : paragraph.mentions) {
        const int index = m_gazetteer.indexOf(mention.entity.key);
        if (index < 0 || !m_gazetteer.entry(index).reports)
            continue;
        if (!owner.isEmpty() && mention.entity.name != owner)
            return {};
        owner = mention.entity.name;
        const QStringView after = text.mid(mention.start + mention.length, 2);
        owns = owns || after == QLatin1String("'s") || after == u"\u2019s" || followsOfOrBy(text.left(mention.start))
            || backsWhatFollows(text.mid(mention.start + mention.length));
    }
    return owns ? owner : QString();
}

// Whether @p before, the text up to a name, ends in "of", "by", "of the" or "by the".
bool ReportingEntityReader::followsOfOrBy(QStringView before)
{
    QStringView words = before.trimmed();
    if (words.endsWith(QLatin1String(" the"), Qt::CaseInsensitive))
        words = words.chopped(4);
    return words.endsWith(QLatin1String(" of")) || words.endsWith(QLatin1String(" by"));
}

// Whether @p after, the text after a name, makes the name the backer or leader of what
// follows: "a UN Trust Fund-supported project", "the WFP-sponsored initiative".
bool ReportingEntityReader::backsWhatFollows(QStringView after)
{
    static const std::array<QLatin1String, 6> kBacking{QLatin1String("-supported"), QLatin1String("-funded"),
        QLatin1String("-sponsored"), QLatin1String("-financed"), QLatin1String("-led"), QLatin1String("-backed")};
    if (!after.startsWith(u'-'))
        return false;
    return std::any_of(kBacking.begin(), kBacking.end(), [&](QLatin1String backing) {
        return after.startsWith(backing, Qt::CaseInsensitive)
            && (after.size() == backing.size() || !TextFold::isWordChar(after[backing.size()]));
    });
}

} // namespace evaw
