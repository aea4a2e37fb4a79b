#include "paragraphsplitter.h"

#include "characterreference.h"
#include "textfilereader.h"

#include <QRegularExpression>
#include <QtAlgorithms>

#include <algorithm>
#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace evaw::ParagraphSplitter {

namespace {

// Words that end in a full stop without ending a sentence.
constexpr std::array<const char16_t *, 22> kAbbreviations{u"mr", u"mrs", u"ms", u"dr", u"st", u"no", u"nos", u"vol",
    u"art", u"para", u"inc", u"ltd", u"jr", u"sr", u"prof", u"etc", u"vs", u"approx", u"dept", u"fig", u"sec", u"co"};

bool isAbbreviation(QStringView word)
{
    for (const char16_t *abbreviation : kAbbreviations) {
        if (word.compare(QStringView(abbreviation), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isBullet(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'*':
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2022: // bullet
    case 0x25AA: // small black square
    case 0x25CF: // black circle
    case 0x25E6: // white bullet
    case 0x2023: // triangular bullet
    case 0x00B7: // middle dot
    case 0x2043: // hyphen bullet
    case 0x2219: // bullet operator
    case 0x2192: // rightwards arrow
    case 0x25A0: // black square
    case 0x25A1: // white square
    case 0x25B6: // black right-pointing triangle
    case 0x25BA: // black right-pointing pointer
    case 0x2713: // check mark
    case 0x2714: // heavy check mark
    case 0x27A2: // arrowhead
    case 0x27A4: // arrowhead
    // Word's Symbol and Wingdings bullets, pasted as the private-use characters they are
    // in those fonts.
    case 0xF076:
    case 0xF0A7:
    case 0xF0B7:
    case 0xF0D8:
    case 0xF0FC:
        return true;
    default:
        return false;
    }
}

// The first position in [from, end) that holds '.', '!' or '?', or @p end. Every character
// of every paragraph passes here and few are stops: eight are looked at at once.
int nextStop(const char16_t *data, int from, int end)
{
    int i = from;
#ifdef __SSE2__
    const __m128i dot = _mm_set1_epi16(u'.');
    const __m128i bang = _mm_set1_epi16(u'!');
    const __m128i question = _mm_set1_epi16(u'?');
    for (; i + 8 <= end; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i stops = _mm_or_si128(
            _mm_cmpeq_epi16(units, dot), _mm_or_si128(_mm_cmpeq_epi16(units, bang), _mm_cmpeq_epi16(units, question)));
        if (const int found = _mm_movemask_epi8(stops))
            return i + qCountTrailingZeroBits(unsigned(found)) / 2;
    }
#endif
    for (; i < end; ++i) {
        if (data[i] == u'.' || data[i] == u'!' || data[i] == u'?')
            return i;
    }
    return end;
}

// "per cent.UNICEF's": an acronym glued to a stop opens a sentence when the stop ends an
// ordinary word, or a compound of them ("awareness-raising.UNAIDS"), or an acronym of three
// letters or more ("CEDAW.UNFPA", "ILO.UNFPA"), one of the two four or more, or a number
// before an acronym of three or more ("in 2021.UNFPA"). Where both are shorter ("UN.GIFT",
// "GLO.ACT": programmes' names) or inside an address ("www.un.org.UNDP") the capitals are
// the same name going on.
bool opensAcronymAfterAWord(QStringView text, int stop)
{
    if (!text[stop + 1].isUpper() || !text[stop + 2].isUpper())
        return false;
    int wordStart = stop;
    while (wordStart > 0 && !text[wordStart - 1].isSpace())
        --wordStart;
    const QStringView word = text.mid(wordStart, stop - wordStart);
    constexpr int kShortestWord = 3;
    constexpr int kLongAcronym = 4;
    int after = stop + 1;
    while (after < text.size() && text[after].isUpper())
        ++after;
    // One digit may number an item glued to what it numbers ("1.UNFPA trained...").
    const bool number = word.size() > 1 && word.front().isDigit()
        && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit() || c == u','; });
    if (number)
        return after - stop - 1 >= 3;
    if (word.size() < kShortestWord || !word.front().isLetter())
        return false;
    const bool acronymBefore = std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); })
        && after - stop - 1 >= 3 && (word.size() >= kLongAcronym || after - stop - 1 >= kLongAcronym);
    if (!word.back().isLower() && !acronymBefore)
        return false;
    // A compound counts as a word ("awareness-raising.UNAIDS"); a dot inside does not.
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter() || c == u'-'; });
}

// Words that join what comes before to what comes after: a line that ends on one of them
// was cut in the middle of its sentence.
bool isLinkWord(QStringView word)
{
    static constexpr std::array<const char16_t *, 16> kLinkWords{u"a", u"an", u"the", u"of", u"in", u"on", u"at", u"to",
        u"by", u"for", u"from", u"with", u"and", u"or", u"between", u"including"};
    return std::any_of(kLinkWords.begin(), kLinkWords.end(), [&](const char16_t *link) { return word == link; });
}

bool endsOnALinkWord(QStringView line)
{
    qsizetype start = line.size();
    while (start > 0 && line[start - 1].isLetter())
        --start;
    return isLinkWord(line.mid(start));
}

// Whether a line opens as the title of a resource does: the kind of document, then what
// it is on or for ("Guidance note on...", "Handbook for...", "Report of...").
bool opensAsAResourceTitle(QStringView text)
{
    static constexpr std::array<const char16_t *, 17> kDocumentKinds{u"Guidance", u"Guidelines", u"Guide", u"Handbook",
        u"Manual", u"Toolkit", u"Report", u"Brief", u"Factsheet", u"Compendium", u"Checklist", u"Infographic",
        u"Publication", u"Video", u"Booklet", u"Leaflet", u"Brochure"};
    int position = 0;
    for (const QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (position == 0 && std::none_of(kDocumentKinds.begin(), kDocumentKinds.end(), [&](const char16_t *kind) {
                return word == kind;
            }))
            return false;
        // "Guidance note on": one more word may name the kind.
        if (position > 0 && (word == u"on" || word == u"for" || word == u"of" || word == u"to" || word == u"about"))
            return true;
        if (++position > 2)
            return false;
    }
    return false;
}

// A line of five words or more, most of them in lower case, with a number, a comma or a
// verb in the past ("UNFPA supported 12 safe spaces in Yemen"), is a sentence that lost
// its stop: titles capitalise their words ("Safe Cities Global Initiative"), and those in
// sentence case ("Joint campaign on sexual harassment") tell no more than they name. In
// a resource's title, a number or a comma dates or counts what it names ("Guidance note
// on the 16 days of activism 2018"); only a verb in the past is a sign.
bool readsAsASentence(QStringView text)
{
    constexpr int kFewestWords = 5;
    const bool title = opensAsAResourceTitle(text);
    int words = 0;
    int content = 0;
    int lower = 0;
    bool sign = false;
    for (const QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        ++words;
        sign = sign
            || (!title
                && (word.contains(u',') || std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); })));
        if (!word.front().isLetter() || isLinkWord(word))
            continue;
        ++content;
        if (word.front().isLower()) {
            ++lower;
            sign = sign || (word.endsWith(QLatin1String("ed")) && !word.contains(u'-'));
        }
    }
    return words >= kFewestWords && 2 * lower > content && sign;
}

// A colon inside a quotation that the line opened ("campaign: “Generation Equality:")
// ends no lead-in.
bool colonInsideAQuote(QStringView line)
{
    return line.endsWith(u':') && line.count(QChar(0x201C)) > line.count(QChar(0x201D));
}

// The widest line that a line going on in lower case showed is a little narrower than the
// file's wrap, most often: a line a tenth wider was wrapped all the same.
bool withinItsWrap(QStringView line, int wrapWidth)
{
    return line.size() <= wrapWidth + wrapWidth / 10;
}

bool isOpeningQuoteOrBracket(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'(' || c == u'[' || c == QChar(0x201C) || c == QChar(0x2018);
}

bool isClosingQuoteOrBracket(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201D) || c == QChar(0x2019);
}

// "Display.aspx?NewsID=": a stop inside a web address ends no sentence. The address is the
// word the stop is in, up to the space before it.
bool insideWebAddress(QStringView text, int stop)
{
    int start = stop;
    while (start > 0 && !text[start - 1].isSpace() && text[start - 1] != u'(')
        --start;
    const QStringView word = text.mid(start, stop - start);
    return word.contains(QLatin1String("://")) || word.startsWith(QLatin1String("www."));
}

} // namespace

bool hasAWordInLowerCase(QStringView line)
{
    for (const QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.front().isLower() && !isLinkWord(word))
            return true;
    }
    return false;
}

int itemMarkerLength(QStringView text)
{
    if (text.isEmpty())
        return 0;
    if (isBullet(text[0]))
        return (text.size() > 1 && text[1] == u' ') ? 2 : 0;
    // Word's bullet of a second level is a lower-case "o", which opens no English line.
    if (text.size() > 2 && text[0] == u'o' && text[1] == u' ' && text[2].isLetterOrNumber())
        return 2;
    // "1- ", "12. ", "3) ", "a) ", "(iv) " — numbers of one to three digits only, so that
    // a year opening a sentence ("2020 was...") is never taken for a list number.
    qsizetype i = 0;
    const bool parenthesised = text[0] == u'(';
    if (parenthesised)
        ++i;
    const qsizetype numberStart = i;
    while (i < text.size() && text[i].isDigit() && i - numberStart < 3)
        ++i;
    const bool numbered = i > numberStart && !(i < text.size() && text[i].isDigit());
    if (!numbered) {
        // A single letter or a short roman numeral, only with a closing bracket or dot: a
        // sentence's last word that a wrap put at a line's start ("team. It is...") is none.
        i = numberStart;
        while (i < text.size() && text[i].isLower() && i - numberStart < 4)
            ++i;
        if (i == numberStart || i >= text.size() || (text[i] != u')' && text[i] != u'.'))
            return 0;
        const QStringView letters = text.mid(numberStart, i - numberStart);
        if (letters.size() > 1 && !std::all_of(letters.begin(), letters.end(), [](QChar c) {
                return c == u'i' || c == u'v' || c == u'x' || c == u'l';
            }))
            return 0;
    }
    if (i >= text.size())
        return 0;
    const QChar closer = text[i];
    if (parenthesised ? closer != u')' : (closer != u'-' && closer != u'.' && closer != u')'))
        return 0;
    ++i;
    if (i < text.size() && text[i] == u' ')
        return int(i + 1);
    // "1-Conducted" with no space is still an item; "1.5" is not.
    return (numbered && closer == u'-' && i < text.size() && text[i].isUpper()) ? int(i) : 0;
}

QString itemMarkerStyle(QStringView text)
{
    const int length = itemMarkerLength(text);
    // Word's bullet of a second level is a bullet, not a lettered item.
    if (length == 2 && text[0] == u'o')
        return QStringLiteral("\u2022");
    QString style;
    for (const QChar c : text.left(length).trimmed()) {
        const QChar kind = c.isDigit() ? QChar(u'1') : c.isLower() ? QChar(u'a') : c;
        if (style.isEmpty() || style.back() != kind)
            style.append(kind);
    }
    return style;
}

int sectionNumberLength(QStringView text)
{
    constexpr qsizetype kLongestNumeral = 5; // "XVIII"
    qsizetype i = 0;
    while (i < text.size() && i < kLongestNumeral && QStringView(u"IVXL").contains(text[i]))
        ++i;
    // Or a single capital letter: "A. Legislative and policy frameworks".
    if (i == 0 && !text.isEmpty() && text[0] >= u'A' && text[0] <= u'Z')
        i = 1;
    if (i == 0 || i + 2 >= text.size() || text[i] != u'.' || text[i + 1] != u' ' || !text[i + 2].isUpper())
        return 0;
    return int(i + 2);
}

bool isHeading(QStringView text)
{
    constexpr int kLongestHeading = 120;
    constexpr int kMostWords = 14;
    if (text.isEmpty() || text.size() > kLongestHeading || itemMarkerLength(text) > 0)
        return false;
    // The stop may stand inside a closing quote or bracket: '...called "Orange the World."'
    qsizetype end = text.size();
    while (end > 1 && isClosingQuoteOrBracket(text[end - 1]))
        --end;
    const QChar last = text[end - 1];
    if (last == u'.' || last == u':' || last == u';' || last == u',' || last == u'!' || last == u'?'
        || last == QChar(0x2026))
        return false;
    if (!text[0].isUpper() && !text[0].isDigit())
        return false;
    if (text.count(u' ') + 1 > kMostWords)
        return false;
    bool hasLetter = false;
    for (const QChar c : text)
        hasLetter = hasLetter || c.isLetter();
    // A sentence inside ("X. Y") means prose that lost its final stop, not a heading.
    return hasLetter && !text.contains(QLatin1String(". ")) && !readsAsASentence(text);
}

bool continuesOnNextLine(QStringView line, QStringView next)
{
    const QStringView left = line.trimmed();
    const QStringView right = next.trimmed();
    if (left.isEmpty() || right.isEmpty() || itemMarkerLength(right) > 0)
        return false;
    // A line that opens with a comma goes on with the one above: "...with UNFPA (link)" /
    // ", Guidelines on...".
    if (right.front() == u',' || right.front() == u';')
        return true;
    // A word cut at a hyphen goes on: "the elimina-" / "tion of...", "Socio-" / "Economic".
    const QChar last = left.back();
    const bool cutWord = last == u'-' && left.size() > 1 && left[left.size() - 2].isLetter();
    if (cutWord)
        return right.front().isLetter();
    // The next line goes on in lower case, as no new paragraph begins, unless a stop or a
    // lead-in's colon ended the line: a bracket, a quote, a sign or an abbreviation ends no
    // sentence ("(and better respond to)" / "a potential...", "the LGBTIQ+" / "community...",
    // "Jr." / "staff from...").
    if (right.front().isLower()) {
        const bool stop = (last == u'.' && endsSentence(left, int(left.size()) - 1)) || last == u'!' || last == u'?'
            || last == u':' || last == u';';
        return !stop;
    }
    // Or the line ends on a word no title or sentence ends on ("...one-stop centres in" /
    // "Nigeria and ...").
    return last.isLetter() && (right.front().isLetterOrNumber() || isOpeningQuoteOrBracket(right.front()))
        && endsOnALinkWord(left);
}

bool goesOnInItsBlock(QStringView paragraph, QStringView line, QStringView next, int wrapWidth)
{
    // The lines a wrap breaks before the last fall short of its width by a word or two;
    // a text that fills its lines to a goal rather than to the width falls shorter.
    constexpr int kShortestShare = 70; // per cent of the width
    const QStringView left = line.trimmed();
    const QStringView right = next.trimmed();
    if (wrapWidth <= 0 || left.isEmpty() || right.isEmpty() || !withinItsWrap(line, wrapWidth)
        || 100 * line.size() < kShortestShare * qsizetype(wrapWidth) || itemMarkerLength(right) > 0
        || (left.back() == u':' && !colonInsideAQuote(left)))
        return false;
    // A title over its paragraph is a block's first line; a line of names ("the United
    // Nations Population Fund (UNFPA), United Nations Human Settlements") may follow a
    // sentence's first.
    return hasAWordInLowerCase(paragraph);
}

bool leftNoRoomForNext(QStringView line, QStringView next, int wrapWidth)
{
    const QStringView left = line.trimmed();
    const QStringView right = next.trimmed();
    if (wrapWidth <= 0 || left.isEmpty() || right.isEmpty() || line.size() > wrapWidth || itemMarkerLength(right) > 0)
        return false;
    qsizetype word = right.indexOf(u' ');
    if (word < 0)
        word = right.size();
    if (line.size() + 1 + word > wrapWidth)
        return true;
    // Some tools wrap at a width in bytes, not in characters: "“Generation Equality" is
    // two bytes longer in UTF-8 than it looks. A line that leaves no room either way was
    // wrapped; three bytes is the most a character of a line takes.
    constexpr int kWidestCharacter = 3;
    constexpr auto kUtf8 = TextFileReader::Encoding::Utf8;
    return kWidestCharacter * (line.size() + word) + 1 > wrapWidth
        && TextFileReader::encodedLength(line, kUtf8) + 1 + TextFileReader::encodedLength(right.left(word), kUtf8)
        > wrapWidth;
}

bool reachesItsWrap(QStringView line, QStringView next, int wrapWidth)
{
    // A wrap breaks a line before the word that would pass the width: the line falls short
    // of it by that word's length at most, most often by a few letters; a long word may
    // leave it shorter.
    constexpr int kShortestShare = 85; // per cent of the width
    const QStringView left = line.trimmed();
    const QStringView right = next.trimmed();
    if (wrapWidth <= 0 || left.isEmpty() || right.isEmpty() || !withinItsWrap(line, wrapWidth)
        || itemMarkerLength(right) > 0 || !(right.front().isLetterOrNumber() || isOpeningQuoteOrBracket(right.front())))
        return false;
    const QChar last = left.back();
    return (last.isLetterOrNumber() || last == u',' || last == u';' || isClosingQuoteOrBracket(last)
               || colonInsideAQuote(left))
        && (100 * line.size() >= kShortestShare * qsizetype(wrapWidth) || leftNoRoomForNext(line, next, wrapWidth));
}

bool fillsItsWrap(QStringView paragraph, QStringView line, QStringView next, int wrapWidth)
{
    // A title is its paragraph's first line: a line of names after a sentence's first is
    // no title.
    return reachesItsWrap(line, next, wrapWidth) && hasAWordInLowerCase(paragraph);
}

namespace {

// A period is a year, maybe after a month ("Feb 2020", "1 Feb 2020", "02/2020"), months
// ("Jan-Dec 2021"), a season or a part of the year ("Summer 2019", "Mid 2020"), a quarter
// or half ("Q1 2020", "H2 2021") or a fiscal year ("FY2021"), up to another, an open end
// ("Present", "Ongoing") or none ("Sep 2020 - ", an end the page left blank); a year and
// the next ("2018/2019", "2018/19", "FY 2020/21"); or an open period alone ("Ongoing").
// Another word before a year ("Kenya 2021", "UNFPA 2019") makes no period.
const QString &periodPattern()
{
    static const QString month = QStringLiteral(
        R"((?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?)"
        R"(|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|early|mid|late|end)\.?)");
    static const QString pattern = QStringLiteral(R"((?:(?:\d{1,2}\s+)?)") + month
        + QStringLiteral(R"((?:\s*[-\x{2013}\x{2014}]\s*)") + month
        + QStringLiteral(R"()?\s+)"
                         R"(|\d{1,2}/|[QH]\d\s+|FY\s?)?(?:19|20)\d\d)"
                         R"((?:\s*(?:[-\x{2013}\x{2014}]|to)\s*)"
                         R"((?:(?:(?:\d{1,2}\s+)?)")
        + month
        + QStringLiteral(R"(\s+|\d{1,2}/|[QH]\d\s+|FY\s?)?(?:19|20)\d\d)"
                         R"(|(?i:present|ongoing|to date|date|now|current))?|/(?:(?:19|20)\d\d|\d\d)(?!\d))?)"
                         R"(|(?i:ongoing|continuous|present))");
    return pattern;
}

// @p text for a pattern's "\s" to match the no-break spaces too that a copy of a web page
// keeps (U+00A0, or "&nbsp;" where it copied the page's source), and for its dash to match
// one a reference writes ("&ndash;"). Each stays as long as it was, in its place, so that
// what a pattern captures stands there in @p text too.
QString withPlainSpaces(QStringView text)
{
    QString plain = text.toString();
    plain.replace(QChar::Nbsp, u' ');
    QString value;
    for (qsizetype at = plain.indexOf(u'&'); at >= 0; at = plain.indexOf(u'&', at + 1)) {
        const int length = CharacterReference::read(plain, at, &value);
        if (length == 0 || value.size() != 1)
            continue;
        const QChar character = value.front();
        const bool dash = character.category() == QChar::Punctuation_Dash;
        if (!character.isSpace() && !dash)
            continue;
        std::fill(plain.begin() + at, plain.begin() + at + length, u' ');
        if (dash)
            plain[at] = character;
    }
    return plain;
}

// A field's label that a page may print before the period or the entity: "Period: ".
const QLatin1String kFieldLabel(R"((?:[A-Za-z][A-Za-z ]{0,30}:\s*)?)");

// The period, maybe after its label, then the bar.
const QString &headerPeriodPattern()
{
    // The bar, or a dot with spaces around it, as some pages print it ("Feb 2020 - Sep 2021 ·
    // UNICEF").
    static const QString pattern = QStringLiteral(R"(^\s*)") + kFieldLabel + u'(' + periodPattern()
        + QStringLiteral(R"()(?:\s*\||\s+[\x{00B7}\x{2022}]\s)\s*)");
    return pattern;
}

// Whether @p text holds a middle dot or a bullet: some pages print one between a header's
// period and its name.
bool holdsAHeadersDot(QStringView text)
{
    return text.contains(QChar(0x00B7)) || text.contains(QChar(0x2022));
}

// @p name without the label a page printed before it ("Entity: UNDP").
QString withoutFieldLabel(const QString &name)
{
    static const QRegularExpression labelled(QStringLiteral(R"(^[A-Za-z][A-Za-z ]{0,30}:\s*(\S.*)$)"));
    const QRegularExpressionMatch match = labelled.match(withPlainSpaces(name));
    return match.hasMatch() ? match.captured(1) : name;
}

// The period and what follows the bar, as @p header reads them in @p text, and where in
// @p text that starts.
bool matchHeader(const QRegularExpression &header, QStringView text, QString *period, QString *afterBar,
    qsizetype *afterBarAt = nullptr)
{
    const QRegularExpressionMatch match = header.match(withPlainSpaces(text));
    if (!match.hasMatch())
        return false;
    *period = match.captured(1).trimmed();
    *afterBar = match.captured(2);
    if (afterBarAt)
        *afterBarAt = match.capturedStart(2);
    return true;
}

} // namespace

bool splitEntryHeader(QStringView text, QString *period, QString *entity)
{
    // A header is a period and a name, far shorter than the paragraphs: those are not
    // even searched for the bar.
    constexpr int kLongestHeader = 200;
    if (text.size() > kLongestHeader || !(text.contains(u'|') || holdsAHeadersDot(text)))
        return false;
    static const QRegularExpression header(headerPeriodPattern() + QStringLiteral(R"((\S.{0,100}?)\s*$)"));
    if (!matchHeader(header, text, period, entity))
        return false;
    *entity = withoutFieldLabel(*entity);
    return true;
}

bool splitEntityFirstHeader(QStringView text, QString *entity, QString *period)
{
    constexpr int kLongestHeader = 200;
    if (text.size() > kLongestHeader)
        return false;
    const bool barOrDash = text.contains(u'|') || text.contains(QLatin1String(" - ")) || text.contains(QChar(0x2013))
        || text.contains(QChar(0x2014));
    if (!barOrDash && !(holdsAHeadersDot(text) || text.contains(u',') || text.contains(u'(') || text.contains(u'[')))
        return false;
    // A period ends on a year, an open end's word or dash, or its bracket: a sentence's stop
    // ends most lines. One without a year ("Ongoing") stands only after a bar or a dash: a
    // heading's comma ("Prevention, Including Awareness Raising...") is no header's.
    const QStringView trimmed = text.trimmed();
    const QChar last = trimmed.isEmpty() ? QChar() : trimmed.back();
    if (!(last.isLetterOrNumber() || last == u')' || last == u']' || last.category() == QChar::Punctuation_Dash))
        return false;
    if (!barOrDash && std::none_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    // The name and the period apart by a bar, by a dash or a dot with spaces around it,
    // which no name holds ("UN-Habitat"), or by a comma; or the period in brackets after the
    // name ("UNFPA (Jan 2020 - Dec 2020)").
    static const QRegularExpression header(
        QStringLiteral(R"(^\s*(\S.{0,100}?)(?:\s*\||\s+[-\x{2013}\x{2014}\x{00B7}\x{2022}]|\s*,)\s*)") + kFieldLabel
        + u'(' + periodPattern() + QStringLiteral(R"()\s*$)"));
    static const QRegularExpression bracketed(
        QStringLiteral(R"(^\s*(\S.{0,100}?)\s*[(\[]\s*()") + periodPattern() + QStringLiteral(R"()\s*[)\]]\s*$)"));
    const QString plain = withPlainSpaces(text);
    QRegularExpressionMatch match = header.match(plain);
    if (!match.hasMatch())
        match = bracketed.match(plain);
    if (!match.hasMatch())
        return false;
    *entity = withoutFieldLabel(match.captured(1));
    *period = match.captured(2).trimmed();
    return true;
}

bool readPeriodLine(QStringView text, QString *period)
{
    // A period is short, ends on its year, an open end or a dash ("Sep 2020 -"), and has
    // digits: most lines are not even matched.
    constexpr int kLongestPeriodLine = 60;
    const QStringView trimmed = text.trimmed();
    if (text.size() > kLongestPeriodLine || trimmed.isEmpty()
        || !(trimmed.back().isLetterOrNumber() || trimmed.back().category() == QChar::Punctuation_Dash)
        || std::none_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    static const QRegularExpression line(
        QStringLiteral(R"(^\s*)") + kFieldLabel + u'(' + periodPattern() + QStringLiteral(R"()\s*$)"));
    const QRegularExpressionMatch match = line.match(withPlainSpaces(text));
    if (!match.hasMatch())
        return false;
    // A year alone heads what follows ("2021"), and a word alone ("Ongoing") may be any
    // field's value; a month or a range of years is an entry's period.
    const QString found = match.captured(1).trimmed();
    const bool dated = std::any_of(found.cbegin(), found.cend(), [](QChar c) { return c.isDigit(); });
    if (!dated || std::all_of(found.cbegin(), found.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    *period = found;
    return true;
}

bool splitGluedEntryHeader(QStringView text, QString *period, QString *rest, qsizetype *restAt)
{
    // The bar stands near the start, after the period.
    constexpr int kLatestBar = 60;
    const qsizetype bar = text.left(kLatestBar).indexOf(u'|');
    if (bar < 0)
        return false;
    static const QRegularExpression header(headerPeriodPattern() + QStringLiteral(R"((\S.*?)\s*$)"));
    return matchHeader(header, text, period, rest, restAt);
}

qsizetype entryHeaderAfterHeading(QStringView text)
{
    // A heading is short, and the period after it shorter.
    constexpr int kLatestBar = 180;
    const qsizetype bar = text.left(kLatestBar).indexOf(u'|');
    if (bar < 0)
        return -1;
    QString period;
    QString rest;
    // A period is short ("1 September 2020 - 31 December 2021"): it starts just before the bar.
    constexpr int kLongestPeriod = 48;
    for (qsizetype at = std::max<qsizetype>(1, bar - kLongestPeriod); at < bar; ++at) {
        if (text[at - 1] != u' ' || !(text[at].isUpper() || text[at].isDigit()))
            continue;
        const QStringView heading = text.left(at).trimmed();
        if (splitGluedEntryHeader(text.mid(at), &period, &rest))
            return isHeading(heading) ? at : -1;
    }
    return -1;
}

bool splitItemPath(QStringView text, QString *measure, QString *period, QString *entity)
{
    const QStringView path = text.trimmed();
    if (!path.startsWith(u'/'))
        return false;
    const QLatin1String kMeasures("/Measures/");
    const qsizetype measuresAt = path.indexOf(kMeasures, 0, Qt::CaseInsensitive);
    if (measuresAt < 0)
        return false;
    // Read from the end: the period and the entity hold no '/', a measure may.
    const QStringView rest = path.mid(measuresAt + kMeasures.size());
    const qsizetype entityAt = rest.lastIndexOf(u'/');
    const qsizetype periodAt = entityAt > 0 ? rest.left(entityAt).lastIndexOf(u'/') : -1;
    if (periodAt <= 0)
        return false;
    // The period must read as an entry header's does.
    QString headerPeriod;
    QString headerEntity;
    const QString header
        = rest.mid(periodAt + 1, entityAt - periodAt - 1) + QStringLiteral(" | ") + rest.mid(entityAt + 1);
    if (!splitEntryHeader(header, &headerPeriod, &headerEntity))
        return false;
    *measure = rest.left(periodAt).trimmed().toString();
    *period = headerPeriod;
    *entity = headerEntity;
    return true;
}

namespace {

// A table of contents' line: a title, a leader of dots and its page ("2. Results by
// region ........ 7").
bool isContentsLine(QStringView line)
{
    constexpr int kShortestLeader = 4;
    qsizetype end = line.size();
    while (end > 0 && line[end - 1].isDigit())
        --end;
    if (end == line.size())
        return false;
    while (end > 0 && line[end - 1] == u' ')
        --end;
    int dots = 0;
    while (end > 0 && (line[end - 1] == u'.' || line[end - 1] == QChar(0x2026) || line[end - 1] == u' ')) {
        dots += line[end - 1] == u'.' ? 1 : line[end - 1] == QChar(0x2026) ? 3 : 0;
        --end;
    }
    return dots >= kShortestLeader;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A report's symbol, which each of its pages prints at its top ("A/77/302", "E/CN.6/2023/3",
// "A/HRC/50/26"): the letters of an organ first, then parts apart by slashes, one of them a
// number.
bool isDocumentSymbol(QStringView line)
{
    constexpr int kFewestParts = 3;
    constexpr int kLongestOrgan = 6;
    int parts = 0;
    bool numbered = false;
    for (const QStringView part : line.tokenize(u'/')) {
        if (part.isEmpty())
            return false;
        const bool organ = parts == 0;
        if (organ && (part.size() > kLongestOrgan || !std::all_of(part.begin(), part.end(), [](QChar c) {
                return c >= u'A' && c <= u'Z';
            })))
            return false;
        if (!std::all_of(part.begin(), part.end(),
                [](QChar c) { return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'.' || c == u'-'; }))
            return false;
        numbered = numbered || std::all_of(part.begin(), part.end(), isAsciiDigit);
        ++parts;
    }
    return parts >= kFewestParts && numbered;
}

// What a printed report puts at the foot of its pages, words apart: its job number
// ("22-12345", with "(E)" for its language), the page of the pages ("5/20"), a date of
// printing ("010922") and a bar code's digits ("*2212345*"). A job number, a page or a bar
// code must be there: a number alone is looked at elsewhere.
bool isPrintersLine(QStringView line)
{
    constexpr int kJobYearDigits = 2;
    constexpr int kJobNumberDigits = 5;
    constexpr int kPrintDateDigits = 6;
    constexpr int kMostPageDigits = 3;
    auto digitsAt = [](QStringView word, qsizetype from, qsizetype count) {
        return word.size() >= from + count
            && std::all_of(word.begin() + from, word.begin() + from + count, isAsciiDigit);
    };
    bool marked = false;
    for (const QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        const qsizetype slash = word.indexOf(u'/');
        if (word.size() == kJobYearDigits + 1 + kJobNumberDigits && word[kJobYearDigits] == u'-'
            && digitsAt(word, 0, kJobYearDigits) && digitsAt(word, kJobYearDigits + 1, kJobNumberDigits)) {
            marked = true;
        } else if (slash > 0 && slash <= kMostPageDigits && word.size() - slash - 1 <= kMostPageDigits
            && digitsAt(word, 0, slash) && digitsAt(word, slash + 1, word.size() - slash - 1)) {
            // Page 5 of 20; "2018/19" is a period, whose first number is the larger.
            if (word.left(slash).toInt() > word.mid(slash + 1).toInt())
                return false;
            marked = true;
        } else if (word.size() == 3 && word.front() == u'(' && word.back() == u')' && word[1].isUpper()) {
            continue; // the language of the edition
        } else if (word.size() >= kJobNumberDigits + 2 && word.front() == u'*' && word.back() == u'*'
            && digitsAt(word, 1, word.size() - 2)) {
            marked = true;
        } else if (!(word.size() == kPrintDateDigits && digitsAt(word, 0, kPrintDateDigits))) {
            return false;
        }
    }
    return marked;
}

} // namespace

bool isPageFurniture(QStringView text)
{
    if (text.isEmpty())
        return false;
    // Most lines have no white space around them: those are not trimmed.
    const QStringView line = text.front().isSpace() || text.back().isSpace() ? text.trimmed() : text;
    if (line.isEmpty())
        return false;
    // A rule between the text and a page's footnotes ("____________"), or any line without a
    // letter or a digit.
    if (std::none_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return true;
    // A page's number, which a copy of a printed report keeps between its paragraphs, or an
    // item page's id ("Item ID" over "2290"): a number alone, unless it can be a year that
    // heads what follows.
    if (line.front().isDigit()) {
        const bool digitsOnly = std::all_of(line.begin(), line.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        constexpr int kYearDigits = 4;
        constexpr int kFirstYear = 1900;
        constexpr int kLastYear = 2099;
        const int value = line.size() == kYearDigits ? line.toInt() : 0;
        const bool mayBeAYear = value >= kFirstYear && value <= kLastYear;
        return (digitsOnly && !mayBeAYear) || isContentsLine(line) || isPrintersLine(line);
    }
    if (line.front() == u'*' || (line.front().isUpper() && line.back().isDigit() && line.contains(u'/')))
        return isDocumentSymbol(line) || isPrintersLine(line) || isContentsLine(line);
    if ((line.front() != u'{' && line.front() != u'h' && line.front() != u'w') || line.contains(u' '))
        return isContentsLine(line);
    if (line.startsWith(QLatin1String("http://")) || line.startsWith(QLatin1String("https://"))
        || line.startsWith(QLatin1String("www.")))
        return true;
    constexpr int kShortestId = 8;
    if (line.size() < kShortestId + 2 || line.front() != u'{' || line.back() != u'}')
        return false;
    const QStringView id = line.mid(1, line.size() - 2);
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F') || u == u'-';
    });
}

bool readsAsAnAddress(QStringView text, bool labelled)
{
    const int fewestParts = labelled ? 2 : 3;
    constexpr int kMostWordsInAPart = 5;
    // Parts end at a stop or a comma: pages write "Plaza. New York" and "Street, 21st Floor".
    // An address's words are names and numbers, with particles ("Avenue de la Paix") and a
    // word such as "floor" at most, or a few under a label that announces it ("street 12,
    // district of Wazir Akbar Khan"): sentences have verbs ("UNFPA supported 12 centres.
    // In 2021, they served...").
    constexpr int kLongestParticle = 3;
    const int kMostLowerCaseWords = labelled ? 3 : 1;
    int lowerCaseWords = 0;
    int parts = 0;
    bool numbered = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end
            = i == text.size() || ((text[i] == u'.' || text[i] == u',') && i + 1 < text.size() && text[i + 1] == u' ');
        if (!end)
            continue;
        const QStringView part = text.mid(start, i - start).trimmed();
        start = i + 1;
        if (part.isEmpty())
            continue;
        if (part.count(u' ') + 1 > kMostWordsInAPart)
            return false;
        for (const QStringView word : part.tokenize(u' ', Qt::SkipEmptyParts)) {
            if (word.front().isLower() && word.size() > kLongestParticle && ++lowerCaseWords > kMostLowerCaseWords)
                return false;
        }
        ++parts;
        // A number with words beside it: "Room 613", "NY 10017", where a year stands alone.
        const bool digit = std::any_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
        const bool letter = std::any_of(part.begin(), part.end(), [](QChar c) { return c.isLetter(); });
        numbered = numbered || (digit && letter);
    }
    return parts >= fewestParts && (numbered || labelled);
}

bool endsSentence(QStringView text, int dot)
{
    if (dot <= 0)
        return false;
    if (text[dot - 1].isDigit() && dot + 1 < text.size() && text[dot + 1].isDigit())
        return false; // a decimal
    int wordStart = dot;
    while (wordStart > 0 && text[wordStart - 1].isLetterOrNumber())
        --wordStart;
    const QStringView word = text.mid(wordStart, dot - wordStart);
    if (word.isEmpty())
        return text[dot - 1] == u')' || text[dot - 1] == u'"' || text[dot - 1] == QChar(0x201D);
    // "U.N.", "e.g.": a word that is itself preceded by a dot is part of an abbreviation.
    if (wordStart > 0 && text[wordStart - 1] == u'.')
        return false;
    if (word.size() == 1 && word[0].isLetter())
        return false; // an initial
    return !isAbbreviation(word);
}

TextSpans splitRunOns(QStringView text)
{
    TextSpans spans;
    int start = 0;
    const int last = int(text.size()) - 2; // a stop needs two characters after it
    for (int i = nextStop(text.utf16(), 1, last); i < last; i = nextStop(text.utf16(), i + 1, last)) {
        const QChar c = text[i];
        // Glued: an upper-case letter opening a word straight after the stop.
        if (!text[i + 1].isUpper() || !(text[i + 2].isLower() || opensAcronymAfterAWord(text, i)))
            continue;
        if (c == u'.' && !endsSentence(text, i))
            continue;
        if (!text[i - 1].isLetterOrNumber() && text[i - 1] != u')')
            continue;
        if (insideWebAddress(text, i))
            continue;
        spans.append(TextSpan{start, i + 1});
        start = i + 1;
    }
    spans.append(TextSpan{start, int(text.size())});
    return spans;
}

int gluedHeadingStart(QStringView text)
{
    // Only the end is looked at: a heading is short, and most paragraphs end in a stop.
    if (text.isEmpty() || !text.back().isLetter())
        return -1;
    constexpr int kLongestGluedHeading = 60;
    const int last = std::max(2, int(text.size()) - kLongestGluedHeading);
    for (int i = int(text.size()) - 2; i >= last; --i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != u';' && c != u':')
            continue;
        // The text's last stop: glued to a capital after a word, it may end a sentence.
        const bool glued = text[i + 1].isUpper() && text[i - 1].isLetterOrNumber();
        const bool ends = c != u'.' || endsSentence(text, i);
        return glued && ends && isHeading(text.mid(i + 1)) ? i + 1 : -1;
    }
    return -1;
}

bool isCountedStyle(QStringView style)
{
    return std::any_of(style.begin(), style.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

namespace {

// Whether @p text holds a list's marker of @p style inside it, after a space: not its own,
// at its start.
bool holdsMarkerInside(QStringView text, const QString &style)
{
    for (qsizetype at = text.indexOf(u')'); at > 0; at = text.indexOf(u')', at + 1)) {
        if (at + 1 < text.size() && !text[at + 1].isSpace())
            continue;
        qsizetype start = at;
        while (start > 0 && text[start - 1].isLetterOrNumber())
            --start;
        if (start > 0 && text[start - 1] == u'(')
            --start;
        if (start == 0 || !text[start - 1].isSpace())
            continue;
        if (itemMarkerStyle(QString(text.mid(start, at - start + 1) + u' ')) == style)
            return true;
    }
    return false;
}

// The style of the marker @p line opens with, where it may be a list's inside a sentence:
// only a bracket closes such markers, as "1." after a number ends a sentence as often.
QString inlineMarkerStyle(QStringView line)
{
    const QString style = itemMarkerStyle(line.trimmed());
    return isCountedStyle(style) && style.back() == u')' ? style : QString();
}

} // namespace

bool listGoesOnInline(QStringView paragraph, QStringView next)
{
    const QString style = inlineMarkerStyle(next);
    const QStringView left = paragraph.trimmed();
    if (style.isEmpty() || left.isEmpty() || left.back() == u'.' || left.back() == u':')
        return false;
    return holdsMarkerInside(left, style);
}

bool listStartsInline(QStringView line, const QList<QStringView> &after)
{
    const QString style = inlineMarkerStyle(line);
    if (style.isEmpty())
        return false;
    for (const QStringView next : after) {
        if (next.trimmed().isEmpty() || itemMarkerLength(next.trimmed()) > 0)
            return false;
        if (holdsMarkerInside(next.trimmed(), style))
            return true;
    }
    return false;
}

TextSpans splitInlineItems(QStringView text, QStringView style)
{
    TextSpans spans;
    int start = 0;
    // Looking for the stop alone is fast; the space after it is checked where one is.
    for (qsizetype dot = isCountedStyle(style) ? text.indexOf(u'.') : -1; dot > 0; dot = text.indexOf(u'.', dot + 1)) {
        if (dot + 2 >= text.size() || text[dot + 1] != u' ')
            continue;
        const QStringView rest = text.mid(dot + 2);
        const int marker = itemMarkerLength(rest);
        if (marker == 0 || marker >= rest.size() || !rest[marker].isUpper() || itemMarkerStyle(rest) != style
            || !endsSentence(text, int(dot)))
            continue;
        spans.append(TextSpan{start, int(dot) + 1});
        start = int(dot + 2) + marker;
    }
    spans.append(TextSpan{start, int(text.size())});
    return spans;
}

int trailingLeadInStart(QStringView text)
{
    if (!text.endsWith(u':'))
        return -1;
    for (int i = int(text.size()) - 3; i > 0; --i) {
        const QChar c = text[i];
        if ((c == u'.' || c == u'!' || c == u'?') && text[i + 1] == u' ' && text[i + 2].isUpper()
            && (c != u'.' || endsSentence(text, i)))
            return i + 2;
    }
    return 0;
}

} // namespace evaw::ParagraphSplitter
