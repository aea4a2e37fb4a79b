#include "cleanedtext.h"

#include "characterreference.h"
#include "lineendhyphen.h"

#include <QChar>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace evaw {

namespace {

// The links a page prints after an entry's preview, which scrapes glue to its full text:
// the inventory's own, and the one other sites print. Each is a word of four letters, a
// space and "More".
constexpr std::array<QLatin1String, 2> kMoreLinks{QLatin1String("View More"), QLatin1String("Read More")};
constexpr qsizetype kMoreLinkSpace = 4; // where the space stands in each

bool isClosingPunctuation(QChar c)
{
    return c == u',' || c == u'.' || c == u';' || c == u':' || c == u')' || c == u'"' || c == QChar(0x201D)
        || c == QChar(0x2019);
}

// "[12]" at @p i: the length of the marker, else 0.
int footnoteMarkerLength(QStringView raw, qsizetype i)
{
    qsizetype j = i + 1;
    while (j < raw.size() && j - i <= 3 && raw[j].isDigit())
        ++j;
    return (j > i + 1 && j < raw.size() && raw[j] == u']') ? int(j - i + 1) : 0;
}

// True when the three characters before @p i are lower-case letters: the end of a word.
bool followsALowerCaseWord(QStringView raw, qsizetype i)
{
    return i >= 3 && raw[i - 1].isLower() && raw[i - 2].isLower() && raw[i - 3].isLower();
}

// True when @p written ends with a year and a full stop: "adopted in 2022." before a
// footnote's number that a printed report's copy glues after it ("2022.3 The law...").
bool endsWithAYearsStop(QStringView written)
{
    const qsizetype w = written.size();
    if (w < 5 || written[w - 1] != u'.')
        return false;
    const QStringView year = written.mid(w - 5, 4);
    const bool digits = std::all_of(year.cbegin(), year.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const bool alone = w == 5 || !written[w - 6].isLetterOrNumber();
    return digits && alone && (year.startsWith(u"19") || year.startsWith(u"20"));
}

// Digits glued after a word's punctuation ("Package,85 and") or to the word itself
// ("action plans68 and"), or after a year's stop: the count of digits, else 0. A digit
// before other punctuation means a number ("2,000"), and a word in capitals a name
// ("COVID19"), which are left alone. What the digits follow is read in the text @p written
// so far, where a character reference stands for its character: "&lt;5 years" is "<5 years".
int gluedFootnoteLength(QStringView raw, qsizetype i, QStringView written)
{
    const qsizetype w = written.size();
    const bool afterPunctuation = w >= 2 && isClosingPunctuation(written[w - 1]) && written[w - 2].isLetter();
    const bool afterAYearsStop = !afterPunctuation && endsWithAYearsStop(written);
    if (!afterPunctuation && !afterAYearsStop && !followsALowerCaseWord(written, w))
        return 0;
    qsizetype j = i;
    while (j < raw.size() && raw[j].isDigit())
        ++j;
    const qsizetype digits = j - i;
    const bool endsWord = j == raw.size() || raw[j].isSpace();
    // After a year's stop the digits could be a decimal's: a sentence must open after them.
    const bool opensASentence = j == raw.size() || (j + 1 < raw.size() && raw[j] == u' ' && raw[j + 1].isUpper());
    if (afterAYearsStop && !opensASentence)
        return 0;
    return (digits <= 3 && endsWord) ? int(digits) : 0;
}

bool isSuperscriptDigit(char16_t c)
{
    return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

// A footnote number in superscript ("Tunisia.¹", "people²³", "policies¹,²"): the length of
// the run, with the commas between its numbers, else 0. After a word of one or two letters
// it is a unit's power ("500 m²", "km²"), and stays.
int superscriptFootnoteLength(QStringView raw, qsizetype i)
{
    if (i == 0 || isSuperscriptDigit(raw[i - 1].unicode()))
        return 0;
    const bool afterPunctuation = isClosingPunctuation(raw[i - 1]);
    if (!afterPunctuation && !followsALowerCaseWord(raw, i) && !raw[i - 1].isDigit())
        return 0;
    qsizetype j = i;
    while (j < raw.size()
        && (isSuperscriptDigit(raw[j].unicode())
            || (raw[j] == u',' && j + 1 < raw.size() && isSuperscriptDigit(raw[j + 1].unicode()))))
        ++j;
    return int(j - i);
}

// Characters that web pages put inside words and that show nothing: a soft hyphen, a
// zero-width space, a word joiner, a byte order mark. Left in, they cut "Ke\u00ADnya" in two
// for the matcher. Joiners that shape a script (U+200C, U+200D) are kept.
bool isInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// A ligature of Latin letters ("\uFB01" for "fi"), which a copy from a PDF keeps: "Paci\uFB01c"
// is "Pacific" to a reader, and must be to the matcher.
bool isLigature(char16_t c)
{
    return c >= 0xFB00 && c <= 0xFB06;
}

// Where a Markdown link whose text opens at @p open ("[Moldova](https://...)") has its
// target, from the ']' on: the target's start and end, else -1. Its text is on one line and
// holds no other bracket; its target holds no space.
qsizetype markdownLinkTarget(QStringView raw, qsizetype open)
{
    constexpr qsizetype kLongestText = 300;
    qsizetype close = open + 1;
    while (close < raw.size() && close - open <= kLongestText && raw[close] != u']' && raw[close] != u'['
        && raw[close] != u'\n')
        ++close;
    return close < raw.size() && raw[close] == u']' && close > open + 1 ? close : -1;
}

// The target of a Markdown link that closes at @p close ("](https://...)"): its length,
// else 0.
int markdownTargetLength(QStringView raw, qsizetype close)
{
    constexpr qsizetype kLongestTarget = 2000;
    if (close + 1 >= raw.size() || raw[close + 1] != u'(')
        return 0;
    qsizetype end = close + 2;
    // A target has no space and no bracket: the scan ends at the first, so that a line of
    // brackets costs its length.
    while (end < raw.size() && end - close <= kLongestTarget && raw[end] != u')' && raw[end] != u'(' && raw[end] != u'['
        && raw[end] != u']' && !raw[end].isSpace())
        ++end;
    return end < raw.size() && raw[end] == u')' && end > close + 2 ? int(end - close + 1) : 0;
}

// A Markdown image at @p i ("![UN Women logo](logo.png)", "![](photo.jpg "Photo: UN
// Women")"): its length, else 0. A page's picture and its alternative text are no text of
// the page's: the image goes whole.
int markdownImageLength(QStringView raw, qsizetype i)
{
    constexpr qsizetype kLongestAlt = 300;
    constexpr qsizetype kLongestTarget = 2000;
    if (i + 3 >= raw.size() || raw[i + 1] != u'[')
        return 0;
    qsizetype close = i + 2;
    while (close < raw.size() && close - i <= kLongestAlt && raw[close] != u']' && raw[close] != u'['
        && raw[close] != u'\n')
        ++close;
    if (close + 1 >= raw.size() || raw[close] != u']' || raw[close + 1] != u'(')
        return 0;
    // The target, and a title in quotes after it, which may hold spaces and brackets.
    bool quoted = false;
    for (qsizetype end = close + 2; end < raw.size() && end - close <= kLongestTarget && raw[end] != u'\n'; ++end) {
        if (raw[end] == u'"')
            quoted = !quoted;
        else if (raw[end] == u')' && !quoted)
            return end > close + 2 ? int(end - i + 1) : 0;
    }
    return 0;
}

// Whether the '*' or '_' at @p i may open an emphasis ("the *Safe Cities* programme"): at a
// word's start, before a letter or a digit; or close one: at a word's end, after one.
bool opensEmphasis(QStringView raw, qsizetype i)
{
    return (i == 0 || raw[i - 1].isSpace() || raw[i - 1] == u'(') && i + 1 < raw.size()
        && raw[i + 1].isLetterOrNumber();
}

bool closesEmphasis(QStringView raw, qsizetype i)
{
    return i > 0 && raw[i - 1].isLetterOrNumber()
        && (i + 1 == raw.size() || raw[i + 1].isSpace() || isClosingPunctuation(raw[i + 1]));
}

// A single '*' or '_' of an emphasis a page saved as Markdown keeps: 1 where the one at
// @p i opens or closes a pair on its line, else 0. One alone stays: "Kosovo*", as the UN
// writes it, has no pair.
int emphasisLength(QStringView raw, qsizetype i)
{
    constexpr qsizetype kLongestEmphasis = 200;
    const QChar sign = raw[i];
    if (opensEmphasis(raw, i)) {
        for (qsizetype k = i + 1; k < raw.size() && k - i <= kLongestEmphasis && raw[k] != u'\n'; ++k) {
            if (raw[k] == sign)
                return closesEmphasis(raw, k) ? 1 : 0;
        }
    } else if (closesEmphasis(raw, i)) {
        for (qsizetype k = i - 1; k >= 0 && i - k <= kLongestEmphasis && raw[k] != u'\n'; --k) {
            if (raw[k] == sign)
                return opensEmphasis(raw, k) ? 1 : 0;
        }
    }
    return 0;
}

// Length of the debris starting at @p i, or 0. Checked only where debris can start.
int debrisLength(QStringView raw, qsizetype i, QStringView written)
{
    const QChar c = raw[i];
    // A page saved as Markdown: "**" and "__" around strong words, "*" and "_" around
    // emphasised ones, a link's brackets and target ("[Moldova](https://...)" reads "Moldova").
    if (c == u'*' || c == u'_')
        return i + 1 < raw.size() && raw[i + 1] == c ? 2 : emphasisLength(raw, i);
    if (c == u']')
        return markdownTargetLength(raw, i);
    if (c == u'!')
        return markdownImageLength(raw, i);
    if (c == u'[' && i + 1 < raw.size() && !raw[i + 1].isDigit()) {
        const qsizetype close = markdownLinkTarget(raw, i);
        return close > 0 && markdownTargetLength(raw, close) > 0 ? 1 : 0;
    }
    if (isInvisible(c.unicode()))
        return 1;
    if (c == u'V' || c == u'R')
        return CleanedText::moreLinkLength(raw, i);
    if (c == u'[')
        return footnoteMarkerLength(raw, i);
    if (c == u'"') // the second of a doubled quote, as a spreadsheet's cell writes one
        return i > 0 && raw[i - 1] == u'"' ? 1 : 0;
    if (c.isDigit() && (i == 0 || !raw[i - 1].isDigit()))
        return gluedFootnoteLength(raw, i, written);
    if (isSuperscriptDigit(c.unicode()))
        return superscriptFootnoteLength(raw, i);
    return 0;
}

// The numbers that a footnote's marker @p marker holds ("[3]", "3", "³", "¹,²") go to
// @p numbers; other debris holds none.
void appendFootnoteNumbers(QStringView marker, QList<int> *numbers)
{
    static constexpr std::array<char16_t, 10> kSuperscripts{
        0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
    int number = -1;
    for (const QChar c : marker) {
        const auto superscript = std::find(kSuperscripts.cbegin(), kSuperscripts.cend(), c.unicode());
        const int digit = c >= u'0' && c <= u'9'  ? c.unicode() - u'0'
            : superscript != kSuperscripts.cend() ? int(superscript - kSuperscripts.cbegin())
                                                  : -1;
        if (digit >= 0) {
            number = std::max(number, 0) * 10 + digit;
            continue;
        }
        if (c != u'[' && c != u']' && c != u',')
            return; // no marker's character: "View More", a soft hyphen
        if (number >= 0)
            numbers->append(std::exchange(number, -1));
    }
    if (number >= 0)
        numbers->append(number);
}

// A line break in a word that a printed page cut at a hyphen ("the elimina-\ntion of"),
// with the white space around it: its length, else 0. A copy may end the line with spaces,
// of which the text may hold one already ("elimina- "). What follows goes on the word,
// with or without the hyphen.
int cutWordsBreakLength(QStringView raw, qsizetype i, QStringView written)
{
    if (!raw[i].isSpace())
        return 0;
    if (!written.isEmpty() && written.back() == u' ')
        written.chop(1);
    if (written.size() < 2 || written.back() != u'-' || !written[written.size() - 2].isLetter())
        return 0;
    qsizetype j = i;
    bool lineBreak = false;
    for (; j < raw.size() && raw[j].isSpace(); ++j)
        lineBreak = lineBreak || raw[j] == u'\n' || raw[j] == u'\r';
    return lineBreak && j < raw.size() && raw[j].isLetter() ? int(j - i) : 0;
}

// The letters before the hyphen that ends @p written, back to a word's start or an earlier
// hyphen.
QStringView lettersBeforeHyphen(QStringView written)
{
    qsizetype start = written.size() - 1;
    while (start > 0 && written[start - 1].isLetter())
        --start;
    return written.mid(start, written.size() - 1 - start);
}

// The letters of @p raw from @p at on.
QStringView lettersFrom(QStringView raw, qsizetype at)
{
    qsizetype end = at;
    while (end < raw.size() && raw[end].isLetter())
        ++end;
    return raw.mid(at, end - at);
}

// Whether the character at @p i needs cleaning, or starts something that does.
bool needsCleaning(QStringView raw, qsizetype i)
{
    // The ASCII characters worth a second look: where debris starts, spaces and controls.
    static const std::array<bool, 0x80> suspect = [] {
        std::array<bool, 0x80> table{};
        for (char16_t c = 0; c < 0x20; ++c)
            table[c] = true;
        for (char16_t c = u'0'; c <= u'9'; ++c)
            table[c] = true;
        table[u' '] = table[u'['] = table[u'V'] = table[u'R'] = table[u'"'] = table[u'&'] = true;
        table[u'*'] = table[u'_'] = table[u']'] = table[u'!'] = true;
        return table;
    }();
    const char16_t c = raw.utf16()[i];
    if (c >= 0x80) // a digit of another script or in superscript may be a footnote's too
        return QChar::isSpace(c) || isInvisible(c) || QChar::isDigit(c) || isSuperscriptDigit(c) || isLigature(c);
    if (!suspect[c])
        return false;
    const QChar previous = i > 0 ? raw[i - 1] : QChar();
    if (c == u'V' || c == u'R')
        return CleanedText::moreLinkLength(raw, i) > 0;
    if (c == u'&')
        return CharacterReference::read(raw, i) > 0;
    if (c >= u'0' && c <= u'9')
        return isClosingPunctuation(previous) || previous.isLower();
    if (c == u'"')
        return previous == u'"';
    if (c == u'*' || c == u'_')
        return (i + 1 < raw.size() && raw[i + 1] == c) || emphasisLength(raw, i) > 0;
    if (c == u']')
        return markdownTargetLength(raw, i) > 0;
    if (c == u'!')
        return markdownImageLength(raw, i) > 0;
    return c != u' ' || previous == u' '; // '[', a control character, or a second space
}

#ifdef __SSE2__
// The characters blockIsPlain() reads after the block's eight: a marker's fourth letter.
constexpr qsizetype kBlockLookAhead = 3;

// Whether none of the eight characters from @p data may need cleaning: none is a control
// character, '[', ']', '*', '_', '&', '!', the V or R of a marker ("View", "Read": the fourth
// letter tells "Violence" and "Republic" apart), beyond ASCII, a digit after closing
// punctuation, a lower-case letter or a character beyond ASCII (which may be a closing
// quote), or a space or a double quote after another (data[-1] counts as the first one's
// predecessor). Digits elsewhere ("2,000 participants", "in 2021") are common, and never
// debris. Reads data[-1] to data[7 + kBlockLookAhead].
bool blockIsPlain(const char16_t *data)
{
    const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data));
    const __m128i previous = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data - 1));
    const __m128i fourth = _mm_or_si128(
        _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + kBlockLookAhead)), _mm_set1_epi16(0x20));
    const __m128i none = _mm_setzero_si128();
    auto is = [&](char16_t c) { return _mm_cmpeq_epi16(units, _mm_set1_epi16(short(c))); };
    auto was = [&](char16_t c) { return _mm_cmpeq_epi16(previous, _mm_set1_epi16(short(c))); };
    // Unsigned comparisons through saturation: zero exactly when the unit is in range.
    auto atMost = [&](__m128i v, char16_t limit) {
        return _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(short(limit))), none);
    };
    const __m128i control = atMost(units, 0x1F);
    const __m128i digit = atMost(_mm_sub_epi16(units, _mm_set1_epi16(u'0')), 9);
    const __m128i beyondAscii = _mm_andnot_si128(atMost(units, 0x7F), _mm_set1_epi16(-1));
    const __m128i afterPunctuation = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(was(u','), was(u'.')), _mm_or_si128(was(u';'), was(u':'))),
        _mm_or_si128(_mm_or_si128(was(u')'), was(u'"')), _mm_andnot_si128(atMost(previous, 0x7F), _mm_set1_epi16(-1))));
    const __m128i afterLowerCase = atMost(_mm_sub_epi16(previous, _mm_set1_epi16(u'a')), 25);
    const __m128i glued = _mm_and_si128(digit, _mm_or_si128(afterPunctuation, afterLowerCase));
    const __m128i secondSpace = _mm_and_si128(is(u' '), was(u' '));
    const __m128i secondQuote = _mm_and_si128(is(u'"'), was(u'"'));
    // '[' to '_' in one range: '\\' and '^' with them are rare, and a second look clears them.
    const __m128i brackets = atMost(_mm_sub_epi16(units, _mm_set1_epi16(u'[')), u'_' - u'[');
    auto fourthIs = [&](char16_t c) { return _mm_cmpeq_epi16(fourth, _mm_set1_epi16(short(c))); };
    const __m128i marker
        = _mm_or_si128(_mm_and_si128(is(u'V'), fourthIs(u'w')), _mm_and_si128(is(u'R'), fourthIs(u'd')));
    __m128i flagged = _mm_or_si128(_mm_or_si128(control, glued), _mm_or_si128(brackets, marker));
    flagged = _mm_or_si128(flagged, _mm_or_si128(_mm_or_si128(is(u'&'), is(u'*')), is(u'!')));
    flagged = _mm_or_si128(_mm_or_si128(flagged, _mm_or_si128(secondSpace, secondQuote)), beyondAscii);
    return _mm_movemask_epi8(flagged) == 0;
}
#endif

} // namespace

int CleanedText::moreLinkLength(QStringView text, qsizetype at)
{
    // Every "V" and "R" of the text comes here ("Violence", "Republic"): the fourth letter
    // tells most apart before the rest of the link is compared.
    const QLatin1String *link = nullptr;
    if (text.size() - at >= kMoreLinks.front().size()) {
        const char16_t fourth = text[at + kMoreLinkSpace - 1].unicode() | 0x20;
        for (const QLatin1String &candidate : kMoreLinks) {
            if (text[at] == QLatin1Char(candidate.front())
                && fourth == char16_t(candidate[kMoreLinkSpace - 1].unicode())
                && text.mid(at + 1, kMoreLinkSpace - 1)
                        .compare(candidate.mid(1, kMoreLinkSpace - 1), Qt::CaseInsensitive)
                    == 0)
                link = &candidate;
        }
    }
    if (link == nullptr)
        return 0;
    // Any space between the words: a copy may keep the page's no-break space, or the
    // reference to it where it copied the page's source ("View&nbsp;More").
    qsizetype space = text[at + kMoreLinkSpace].isSpace() ? 1 : 0;
    if (space == 0 && text[at + kMoreLinkSpace] == u'&') {
        QString value;
        const int length = CharacterReference::read(text, at + kMoreLinkSpace, &value);
        space = value.size() == 1 && value.front().isSpace() ? length : 0;
    }
    if (space == 0)
        return 0;
    const QLatin1String more = link->mid(kMoreLinkSpace + 1);
    const QStringView after = text.mid(at + kMoreLinkSpace + space, more.size());
    return after.compare(more, Qt::CaseInsensitive) == 0 ? int(kMoreLinkSpace + space + more.size()) : 0;
}

qsizetype CleanedText::moreLinkFrom(QStringView text, qsizetype from)
{
    const char16_t *data = text.utf16();
    qsizetype at = std::max<qsizetype>(from, 0);
#ifdef __SSE2__
    // Every line is looked through: eight characters at a time for either initial.
    const __m128i view = _mm_set1_epi16(short(u'V'));
    const __m128i read = _mm_set1_epi16(short(u'R'));
    for (; at + 8 <= text.size(); at += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        int initials = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(units, view), _mm_cmpeq_epi16(units, read)));
        while (initials != 0) {
            const qsizetype k = at + qCountTrailingZeroBits(quint32(initials)) / 2;
            if (moreLinkLength(text, k) > 0)
                return k;
            initials &= ~(3 << ((k - at) * 2)); // both bytes of the unit
        }
    }
#endif
    for (; at < text.size(); ++at) {
        if ((data[at] == u'V' || data[at] == u'R') && moreLinkLength(text, at) > 0)
            return at;
    }
    return -1;
}

qsizetype CleanedText::plainLength(QStringView raw)
{
    if (raw.isEmpty() || raw.front().isSpace() || needsCleaning(raw, 0))
        return 0;
    qsizetype i = 1;
#ifdef __SSE2__
    // Eight at a time where nothing is suspect; a block with a suspect character is looked
    // at one character at a time.
    for (; i + 8 + kBlockLookAhead <= raw.size(); i += 8) {
        if (blockIsPlain(raw.utf16() + i))
            continue;
        for (qsizetype k = i; k < i + 8; ++k) {
            if (needsCleaning(raw, k))
                return k;
        }
    }
#endif
    for (; i < raw.size(); ++i) {
        if (needsCleaning(raw, i))
            return i;
    }
    return raw.size();
}

CleanedText CleanedText::clean(const QString &raw)
{
    CleanedText result;
    // What comes before the first character to clean is copied as it is, not read again; a
    // single space can be the only white space in it, and goes with those at the end below.
    const qsizetype plain = plainLength(raw);
    if (plain == raw.size() && (raw.isEmpty() || !raw.back().isSpace())) {
        result.m_text = raw;
        return result;
    }
    // One pass: debris goes, white space at the start goes, and a run of white space keeps
    // its first character, as a plain space. Debris is found in the raw line, and spaces on
    // either side of it make one run.
    const QStringView in(raw);
    QString text(raw.size(), Qt::Uninitialized);
    QChar *out = text.data();
    std::copy(raw.constData(), raw.constData() + plain, out);
    int size = int(plain);
    int removed = 0;
    auto skip = [&](int count) {
        removed += count;
        if (!result.m_cuts.isEmpty() && result.m_cuts.last().at == size)
            result.m_cuts.last().shift = removed;
        else
            result.m_cuts.append(Cut{size, removed});
    };
    // Takes back the last character written, as if it had been cut, unless a reference
    // wrote it: the cut after it holds the reference's rest, which may not be split.
    auto unwrite = [&]() {
        QList<Cut> &cuts = result.m_cuts;
        const bool afterCut = !cuts.isEmpty() && cuts.last().at == size;
        if (afterCut && cuts.last().tail > 0)
            return;
        --size;
        ++removed;
        // A cut after the character now stands where it stood, as one with any cut there.
        if (afterCut)
            cuts.removeLast();
        if (!cuts.isEmpty() && cuts.last().at == size)
            cuts.last().shift = removed;
        else
            cuts.append(Cut{size, removed});
    };
    // A character reference of @p length becomes what it stands for: nothing, for one that
    // shows nothing; a space of the run around it, for white space ("&nbsp;").
    auto writeReference = [&](const QString &value, int length) {
        const char16_t first = value.front().unicode();
        if (value.size() == 1
            && (isInvisible(first) || (QChar::isSpace(first) && (size == 0 || out[size - 1] == u' ')))) {
            skip(length);
            return;
        }
        if (value.size() == 1 && QChar::isSpace(first)) {
            out[size++] = u' ';
            skip(length - 1);
            return;
        }
        std::copy(value.cbegin(), value.cend(), out + size);
        size += int(value.size());
        if (length > value.size()) {
            skip(length - int(value.size()));
            result.m_cuts.last().tail = length - int(value.size());
        }
    };
    QString reference;
    for (qsizetype i = plain; i < in.size();) {
#ifdef __SSE2__
        // Eight characters where no debris can start and no white space collapses are
        // copied as they are; only a space that would follow one already written differs.
        if (i > 0 && i + 8 + kBlockLookAhead <= in.size() && blockIsPlain(in.utf16() + i)
            && !(in[i] == u' ' && (size == 0 || out[size - 1] == u' '))) {
            std::copy(in.data() + i, in.data() + i + 8, out + size);
            size += 8;
            i += 8;
            continue;
        }
#endif
        if (const int debris = debrisLength(in, i, QStringView(out, size))) {
            appendFootnoteNumbers(in.mid(i, debris), &result.m_footnotes);
            skip(debris);
            i += debris;
        } else if (const int length = in[i] == u'&' ? CharacterReference::read(in, i, &reference) : 0) {
            writeReference(reference, length);
            i += length;
        } else if (isLigature(in[i].unicode())) {
            // Its letters, each mapped back to it: the text runs ahead of the raw line.
            const QString letters = QChar::decomposition(in[i].unicode());
            // The only characters that lengthen the text: room is made for them as they come.
            const qsizetype needed = size + letters.size() + (in.size() - i - 1);
            if (needed > text.size()) {
                text.resize(needed);
                out = text.data();
            }
            for (qsizetype k = 0; k < letters.size(); ++k) {
                if (k > 0)
                    skip(-1);
                out[size++] = letters[k];
            }
            ++i;
        } else if (const int lineBreak = cutWordsBreakLength(in, i, QStringView(out, size))) {
            // The space a copy left at the line's end goes; so does the hyphen where the
            // page cut a word ("elimina-" / "tion"), while "gender-" / "based" keeps its own.
            if (out[size - 1] == u' ')
                unwrite();
            const QStringView written(out, size);
            if (written.back() == u'-'
                && LineEndHyphen::cutsAWord(lettersBeforeHyphen(written), lettersFrom(in, i + lineBreak)))
                unwrite();
            skip(lineBreak);
            i += lineBreak;
        } else if (!in[i].isSpace()) {
            out[size++] = in[i++];
        } else if (size == 0 || out[size - 1] == u' ') {
            skip(1);
            ++i;
        } else {
            out[size++] = u' ';
            ++i;
        }
    }
    // White space at the end goes too; no position past the text is ever mapped back.
    while (size > 0 && out[size - 1] == u' ')
        --size;
    text.truncate(size);
    result.m_text = text;
    return result;
}

int CleanedText::rawPosition(int position) const
{
    // The last cut at or before position tells how far the raw line runs ahead.
    auto it = std::upper_bound(
        m_cuts.cbegin(), m_cuts.cend(), position, [](int pos, const Cut &cut) { return pos < cut.at; });
    return it == m_cuts.cbegin() ? position : position + std::prev(it)->shift;
}

int CleanedText::rawEnd(int position) const
{
    if (position == 0)
        return rawPosition(0);
    // A character that a reference stands for ends where the reference does; debris cut
    // after a character is no part of a span that ends with it.
    const int end = rawPosition(position - 1) + 1;
    auto it = std::lower_bound(
        m_cuts.cbegin(), m_cuts.cend(), position, [](const Cut &cut, int pos) { return cut.at < pos; });
    return it != m_cuts.cend() && it->at == position ? end + it->tail : end;
}

} // namespace evaw
