#include "gazetteer.h"

#include "textfold.h"

#include <QMutex>
#include <QSet>

#include <algorithm>

namespace evaw {

namespace {

// @p text as a string over storage kept for the rest of the process, shared by every equal
// text. Each activity copies a dozen of an entry's names into its mentions and entities;
// a copy of a shared string costs an atomic increment and, when it goes, a decrement,
// while a copy of raw data costs neither. The storage is never freed, so no copy can
// outlive it; it holds each distinct name once, however often gazetteers are loaded.
QString interned(const QString &text)
{
    if (text.isEmpty())
        return text;
    static QMutex mutex;
    static auto *pool = new QSet<QString>;
    const QMutexLocker lock(&mutex);
    auto it = pool->constFind(text);
    if (it == pool->cend())
        it = pool->insert(text);
    return QString::fromRawData(it->constData(), it->size());
}

} // namespace

int Gazetteer::addEntry(const GazetteerEntry &entry)
{
    const auto existing = m_byKey.constFind(entry.ref.key);
    if (existing != m_byKey.constEnd())
        return existing.value();
    m_entries.append(entry);
    EntityRef &ref = m_entries.last().ref;
    for (QString *text : {&ref.key, &ref.name, &ref.code, &ref.country})
        *text = interned(*text);
    const int index = int(m_entries.size()) - 1;
    m_byKey.insert(entry.ref.key, index);
    return index;
}

void Gazetteer::setName(int entry, const QString &name)
{
    m_entries[entry].ref.name = interned(name);
}

// The index of the alias @p text, added with no entries if it is new; -1 for blank text.
int Gazetteer::aliasIndex(const QString &text)
{
    if (text.isEmpty())
        return -1;
    auto it = m_aliasIndex.find(text);
    if (it == m_aliasIndex.end()) {
        QList<int> upperAt;
        for (int i = 0; i < text.size(); ++i) {
            if (text[i].isUpper())
                upperAt.append(i);
        }
        m_aliases.append(Alias{text, {}, upperAt});
        it = m_aliasIndex.insert(text, int(m_aliases.size()) - 1);
    }
    return it.value();
}

void Gazetteer::addAlias(int entry, const QString &alias)
{
    const int index = aliasIndex(alias.trimmed());
    if (index < 0)
        return;
    QList<int> &entries = m_aliases[index].entries;
    if (!entries.contains(entry))
        entries.append(entry);
}

bool Gazetteer::addOtherMeaning(const QString &phrase)
{
    const int index = aliasIndex(phrase.trimmed());
    return index >= 0 && m_aliases[index].entries.isEmpty();
}

void Gazetteer::addImplication(int entry, int implied)
{
    if (entry != implied && !m_entries[entry].implies.contains(implied))
        m_entries[entry].implies.append(implied);
}

void Gazetteer::setSubdivisionTitle(int entry, const QString &type)
{
    m_subdivisionTitles.insert(entry, type.mid(type.lastIndexOf(u' ') + 1));
}

void Gazetteer::addRegionMember(const QString &regionCode, const QString &member)
{
    QStringList &members = m_regionMembers[regionCode];
    if (!members.contains(member))
        members.append(member);
}

void Gazetteer::setRemit(int entry, const QSet<QString> &countries)
{
    m_remits.insert(m_entries.at(entry).ref.name, countries);
}

void Gazetteer::addSelfReference(int entry, const QString &phrase)
{
    m_selfReferences.append(SelfReference{phrase, entry});
}

void Gazetteer::build()
{
    for (int i = 0; i < m_aliases.size(); ++i)
        m_matcher.addPattern(m_aliases[i].text, i);
    m_matcher.build();
}

bool Gazetteer::caseFits(const QList<int> &upperAt, QStringView text)
{
    return std::all_of(upperAt.cbegin(), upperAt.cend(), [&](int i) { return text[i].isUpper(); });
}

bool Gazetteer::isWholeWord(QStringView text, int start, int length)
{
    const int end = start + length;
    return !(start > 0 && TextFold::isWordChar(text[start - 1]))
        && !(end < text.size() && TextFold::isWordChar(text[end]));
}

const Measure *Gazetteer::measureForHeading(QStringView heading) const
{
    // The name itself, however it is written ("Raising & Advocacy"); else a heading that
    // holds one of the names.
    if (const Measure *named = measureNamedBy(heading))
        return named;
    const QString folded = TextFold::folded(heading);
    for (const Measure &measure : m_measures) {
        for (const QString &alias : measure.aliases) {
            if (folded.contains(TextFold::folded(alias)))
                return &measure;
        }
    }
    return nullptr;
}

namespace {

// A measure's name as written in any case, with "&" for "and", hyphens or spaces between
// words, and spaces or none around a slash.
QString measureKey(QStringView text)
{
    const QString folded = TextFold::folded(text.trimmed());
    QString key(folded.size() * 3, Qt::Uninitialized); // room for every '&' to become " and "
    QChar *const begin = key.data();
    QChar *out = begin;
    bool space = false;
    for (const QChar c : folded) {
        if (c.isSpace() || c == u'-') {
            space = out != begin;
            continue;
        }
        const bool slash = c == u'/';
        if (space && !slash && out[-1] != u'/')
            *out++ = u' ';
        space = false;
        if (c == u'&') {
            if (out != begin && out[-1] != u' ')
                *out++ = u' ';
            for (const char ch : {'a', 'n', 'd'})
                *out++ = QLatin1Char(ch);
            space = true;
        } else {
            *out++ = c;
        }
    }
    key.truncate(out - begin);
    return key;
}

} // namespace

void Gazetteer::addMeasure(const Measure &measure)
{
    m_measureKeys.insert(measureKey(measure.name), m_measures.size());
    for (const QString &alias : measure.aliases)
        m_measureKeys.insert(measureKey(alias), m_measures.size());
    m_measures.append(measure);
}

const Measure *Gazetteer::measureNamedBy(QStringView line) const
{
    constexpr int kLongestName = 120; // the longest measure's name, with room for spaces
    // Most lines are sentences: a name holds no stop, and is not read any further.
    if (line.size() > kLongestName || line.contains(u'.') || line.trimmed().endsWith(u':'))
        return nullptr;
    const auto found = m_measureKeys.constFind(measureKey(line));
    return found == m_measureKeys.cend() ? nullptr : &m_measures.at(found.value());
}

void Gazetteer::addPageLabel(const QString &label)
{
    m_pageLabels.insert(TextFold::folded(label));
    if (label.size() >= m_pageLabelLengths.size())
        m_pageLabelLengths.resize(label.size() + 1);
    m_pageLabelLengths.setBit(label.size());
}

void Gazetteer::addNavigationWord(const QString &word)
{
    const QString folded = TextFold::folded(word);
    m_navigationWords.insert(folded);
    if (!folded.isEmpty() && !m_navigationInitials.contains(folded.front()))
        m_navigationInitials.append(folded.front());
}

void Gazetteer::addLabelOpening(const QString &opening)
{
    if (opening.isEmpty() || m_labelOpenings.contains(opening))
        return;
    m_labelOpenings.append(opening);
    if (!m_labelOpeningInitials.contains(opening.front().toCaseFolded()))
        m_labelOpeningInitials.append(opening.front().toCaseFolded());
}

void Gazetteer::addPageTitle(const QString &title)
{
    m_pageTitles.insert(TextFold::folded(title));
    addPageLabel(title);
}

void Gazetteer::addAddressLabel(const QString &label)
{
    m_addressLabels.insert(TextFold::folded(label));
    addPageLabel(label);
}

void Gazetteer::addDonorWord(const QString &word)
{
    m_donorWords.append(TextFold::folded(word));
}

void Gazetteer::addInstrumentWord(const QString &word)
{
    const QString bare = word.trimmed();
    if (!bare.isEmpty() && !m_instrumentWords.contains(bare))
        m_instrumentWords.append(bare);
}

void Gazetteer::addTableColumn(const QString &heading, PageField field)
{
    m_tableColumns.insert(TextFold::folded(heading), field);
}

void Gazetteer::addFieldLabel(const QString &label, PageField field)
{
    m_fieldLabels.insert(TextFold::folded(label), field);
    addItemLabel(label);
}

void Gazetteer::addItemLabel(const QString &label)
{
    m_itemLabels.insert(TextFold::folded(label));
    addPageLabel(label);
}

void Gazetteer::addPageSection(const QString &heading)
{
    m_pageSections.insert(TextFold::folded(heading));
}

void Gazetteer::addSubdivisionWord(const QString &word, bool weak)
{
    m_subdivisionWords.insert(TextFold::folded(word));
    if (weak)
        m_weakSubdivisionWords.insert(TextFold::folded(word));
}

void Gazetteer::addPersonTitle(const QString &title, bool office)
{
    QString bare = title.trimmed();
    if (bare.endsWith(u'.'))
        bare.chop(1);
    QStringList &titles = office ? m_officeTitles : m_personTitles;
    if (bare.isEmpty() || titles.contains(bare))
        return;
    titles.append(bare);
    const char16_t initial = bare.front().unicode();
    if (initial >= u'A' && initial <= u'Z')
        m_personTitleInitials |= 1u << (initial - u'A');
    else
        m_personTitleInitials = ~0u; // a title that opens otherwise: every word is looked up
}

namespace {

// Labels and section headings are short: a paragraph is not folded to learn that it is none.
bool isShortAndIn(QStringView line, const QSet<QString> &folded)
{
    constexpr int kLongest = 40;
    if (line.size() > 2 * kLongest)
        return false;
    const QStringView trimmed = line.trimmed();
    return trimmed.size() <= kLongest && folded.contains(TextFold::folded(trimmed));
}

// @p line with each of its numbers ("1", "1,250") written as '#', and an en dash as a hyphen.
QString withNumberAsHash(QStringView line)
{
    QString result;
    result.reserve(line.size());
    for (qsizetype at = 0; at < line.size();) {
        if (!line[at].isDigit()) {
            // A range of numbers is written with either dash ("1–10").
            result.append(line[at] == u'\u2013' ? QChar(u'-') : line[at]);
            ++at;
            continue;
        }
        while (at < line.size()
            && (line[at].isDigit() || (line[at] == u',' && at + 1 < line.size() && line[at + 1].isDigit())))
            ++at;
        result.append(u'#');
    }
    return result;
}

} // namespace

bool Gazetteer::isPageLabel(QStringView line) const
{
    if (isListedPageLabel(line))
        return true;
    // The count a page prints above its results ("ABOUT 12 RESULTS", "Showing 1-10 of 214
    // results"), whatever the numbers.
    constexpr int kLongestCount = 40;
    const bool mayBeACount
        = line.size() <= kLongestCount && std::any_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); });
    if (mayBeACount && isListedPageLabel(withNumberAsHash(line)))
        return true;
    // A footer's line is short; a paragraph is not looked through.
    constexpr int kLongestFooterLine = 240;
    if (line.size() > 2 * kLongestFooterLine)
        return false;
    const QStringView trimmed = line.trimmed();
    return trimmed.size() <= kLongestFooterLine
        && (opensAsALabel(trimmed) || isLinksToPages(trimmed) || isLabelsApartByBars(trimmed));
}

// Folding preserves length: a line is folded and looked up only where a label is as long,
// though some are longer than the other labels (the site's own name).
bool Gazetteer::isListedPageLabel(QStringView line) const
{
    if (line.size() > 2 * m_pageLabelLengths.size())
        return false;
    const QStringView trimmed = line.trimmed();
    return trimmed.size() < m_pageLabelLengths.size() && m_pageLabelLengths.testBit(trimmed.size())
        && m_pageLabels.contains(TextFold::folded(trimmed));
}

bool Gazetteer::opensAsALabel(QStringView line) const
{
    // Most lines open with a letter no opening does: no comparison.
    const QChar initial = line.isEmpty() ? QChar() : line.front().toCaseFolded();
    if (std::find(m_labelOpeningInitials.cbegin(), m_labelOpeningInitials.cend(), initial)
        == m_labelOpeningInitials.cend())
        return false;
    return std::any_of(m_labelOpenings.cbegin(), m_labelOpenings.cend(), [&](const QString &opening) {
        return opening.front().toCaseFolded() == initial && line.startsWith(opening, Qt::CaseInsensitive);
    });
}

// "« Previous 1 2 3 … 9 Next »", "Page 2 of 12": words of the links and page numbers only,
// and among them a link, which a page writes capitalised or as a sign ("of" is none).
bool Gazetteer::isLinksToPages(QStringView line) const
{
    constexpr int kLongest = 80;
    constexpr int kLongestNumber = 4;
    if (line.isEmpty() || line.size() > kLongest)
        return false;
    // Most lines open with a letter no link does: no word is looked up.
    const QChar initial = line.front().toCaseFolded();
    if (!(initial >= u'0' && initial <= u'9')
        && std::find(m_navigationInitials.cbegin(), m_navigationInitials.cend(), initial)
            == m_navigationInitials.cend())
        return false;
    bool link = false;
    for (const QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        const bool number = word.size() <= kLongestNumber
            && std::all_of(word.begin(), word.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (number)
            continue;
        if (!m_navigationWords.contains(TextFold::folded(word)))
            return false;
        link = link || !word.front().isLower();
    }
    return link;
}

// "Privacy notice | Terms of use": a footer's links, each a label.
bool Gazetteer::isLabelsApartByBars(QStringView line) const
{
    // A footer's links make a short line, and the first bar ends the first label: only a
    // label's length is looked through for it.
    constexpr int kLongestLine = 120;
    constexpr int kLongestLabel = 40;
    if (line.size() > kLongestLine || !line.left(kLongestLabel + 2).contains(u'|'))
        return false;
    for (const QStringView part : line.tokenize(u'|')) {
        if (!isShortAndIn(part, m_pageLabels))
            return false;
    }
    return true;
}

bool Gazetteer::isAddressLabel(QStringView line) const
{
    return isShortAndIn(line, m_addressLabels);
}

bool Gazetteer::isItemLabel(QStringView line) const
{
    return isShortAndIn(line, m_itemLabels);
}

namespace {

Gazetteer::PageField fieldIn(const QHash<QString, Gazetteer::PageField> &fields, QStringView line)
{
    constexpr int kLongest = 40;
    const QStringView trimmed = line.trimmed();
    return trimmed.size() > kLongest ? Gazetteer::PageField::None
                                     : fields.value(TextFold::folded(trimmed), Gazetteer::PageField::None);
}

} // namespace

Gazetteer::PageField Gazetteer::fieldOfLabel(QStringView line) const
{
    return fieldIn(m_fieldLabels, line);
}

Gazetteer::PageField Gazetteer::tableColumnOf(QStringView cell) const
{
    return fieldIn(m_tableColumns, cell);
}

bool Gazetteer::isPageTitle(QStringView line) const
{
    return isShortAndIn(line, m_pageTitles);
}

bool Gazetteer::isPageSection(QStringView heading) const
{
    return isShortAndIn(heading, m_pageSections);
}

bool Gazetteer::subdivisionWordFollows(QStringView text, qsizetype end, bool countryNamed) const
{
    // A list runs on over a few more names at most: "Somali, Afar and Amhara regions",
    // "Nimba, Lofa and Grand Cape Mount counties".
    constexpr int kMostWords = 8;
    qsizetype at = end;
    bool inList = false; // after a comma or "and", the list's other names may come
    for (int words = 0; words < kMostWords; ++words) {
        while (at < text.size() && text[at] == u' ')
            ++at;
        if (at < text.size() && text[at] == u',') {
            ++at;
            inList = true;
            continue;
        }
        const qsizetype start = at;
        while (at < text.size() && (text[at].isLetter() || text[at] == u'-'))
            ++at;
        const QStringView word = text.mid(start, at - start);
        if (word.isEmpty())
            return false;
        const QString folded = TextFold::folded(word);
        if (m_subdivisionWords.contains(folded))
            return countryNamed || word.front().isUpper() || !m_weakSubdivisionWords.contains(folded);
        if (word == QLatin1String("and"))
            inList = true;
        else if (!inList || !word.front().isUpper())
            return false;
    }
    return false;
}

bool Gazetteer::personTitleBefore(QStringView text, qsizetype start, qsizetype nameEnd) const
{
    // The longest title read is a word such as "Commissioner"; the name follows one space on.
    constexpr int kLongest = 14;
    qsizetype end = start - 1;
    if ((m_personTitles.isEmpty() && m_officeTitles.isEmpty()) || end < 1 || text[end] != u' ')
        return false;
    if (text[end - 1] == u'.')
        --end;
    qsizetype begin = end;
    while (begin > 0 && end - begin < kLongest && text[begin - 1].isLetter())
        --begin;
    // Most names follow a word that no title opens as ("in", "In", "the"): no lookup.
    const char16_t initial = begin < end ? text[begin].unicode() : u' ';
    const bool titleInitial = m_personTitleInitials == ~0u
        || (initial >= u'A' && initial <= u'Z' && (m_personTitleInitials & (1u << (initial - u'A'))));
    if (!titleInitial || (begin > 0 && text[begin - 1].isLetterOrNumber()))
        return false;
    const QStringView word = text.mid(begin, end - begin);
    auto isWord = [&](const QString &title) { return title == word; };
    if (std::any_of(m_personTitles.cbegin(), m_personTitles.cend(), isWord))
        return true;
    const bool surnameFollows = nameEnd + 1 < text.size() && text[nameEnd] == u' ' && text[nameEnd + 1].isUpper();
    return surnameFollows && std::any_of(m_officeTitles.cbegin(), m_officeTitles.cend(), isWord);
}

bool Gazetteer::donorWordFollows(QStringView text, qsizetype end) const
{
    if (end + 1 >= text.size() || text[end] != u'-')
        return false;
    const QStringView after = text.mid(end + 1);
    return std::any_of(m_donorWords.cbegin(), m_donorWords.cend(), [&](const QString &word) {
        return after.startsWith(word, Qt::CaseInsensitive)
            && (after.size() == word.size() || !after[word.size()].isLetter());
    });
}

bool Gazetteer::instrumentWordFollows(QStringView text, qsizetype end) const
{
    // Instruments' words are capitalised: "a Geneva conference" was held in Geneva.
    if (end + 2 >= text.size() || text[end] != u' ' || !text[end + 1].isUpper())
        return false;
    const QStringView after = text.mid(end + 1);
    return std::any_of(m_instrumentWords.cbegin(), m_instrumentWords.cend(), [&](const QString &word) {
        return after.startsWith(word) && (after.size() == word.size() || !after[word.size()].isLetter());
    });
}

} // namespace evaw
