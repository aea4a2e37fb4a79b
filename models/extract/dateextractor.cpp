#include "dateextractor.h"

#include "textfold.h"

#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace evaw {

namespace {

using namespace std::string_view_literals;

constexpr int kFirstYear = 1950;
constexpr int kLastYear = 2050;

// Views, so that a name's length is known without counting it at every comparison.
struct MonthName {
    std::u16string_view name;
    int number;
};
constexpr std::array<MonthName, 24> kMonths{{
    {u"january"sv, 1},
    {u"february"sv, 2},
    {u"march"sv, 3},
    {u"april"sv, 4},
    {u"may"sv, 5},
    {u"june"sv, 6},
    {u"july"sv, 7},
    {u"august"sv, 8},
    {u"september"sv, 9},
    {u"october"sv, 10},
    {u"november"sv, 11},
    {u"december"sv, 12},
    {u"jan"sv, 1},
    {u"feb"sv, 2},
    {u"mar"sv, 3},
    {u"apr"sv, 4},
    {u"jun"sv, 6},
    {u"jul"sv, 7},
    {u"aug"sv, 8},
    {u"sep"sv, 9},
    {u"sept"sv, 9},
    {u"oct"sv, 10},
    {u"nov"sv, 11},
    {u"dec"sv, 12},
}};

bool isDigit(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text[i].isDigit();
}

// A run of exactly @p digits digits starting at @p i, standing as a number of its own.
int numberAt(QStringView text, qsizetype i, int digits)
{
    if (i < 0 || i + digits > text.size())
        return -1;
    int value = 0;
    for (int k = 0; k < digits; ++k) {
        if (!text[i + k].isDigit())
            return -1;
        value = value * 10 + text[i + k].digitValue();
    }
    return value;
}

// The first position from @p from on that holds an ASCII digit or a character beyond
// ASCII (a digit of another script, maybe), or @p end. Every character of every activity
// passes here, and few are either: eight are looked at at once.
qsizetype mayStartNumber(const char16_t *data, qsizetype from, qsizetype end)
{
    qsizetype i = from;
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi16(u'0');
    const __m128i nine = _mm_set1_epi16(9);
    const __m128i lastAscii = _mm_set1_epi16(0x7F);
    for (; i + 8 <= end; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // c - '0' <= 9 as unsigned: saturating, the excess over 9 is zero for a digit.
        const __m128i digit = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(units, zero), nine), _mm_setzero_si128());
        const __m128i ascii = _mm_cmpeq_epi16(_mm_subs_epu16(units, lastAscii), _mm_setzero_si128());
        const int found = _mm_movemask_epi8(_mm_or_si128(digit, _mm_andnot_si128(ascii, _mm_set1_epi16(-1))));
        if (found != 0)
            return i + qCountTrailingZeroBits(unsigned(found)) / 2;
    }
#endif
    for (; i < end; ++i) {
        if ((data[i] >= u'0' && data[i] <= u'9') || data[i] >= 0x80)
            return i;
    }
    return end;
}

// "FY2020", "FY2020/21": a fiscal year, its letters glued to the year that starts at @p i.
bool isFiscalYear(QStringView text, qsizetype i)
{
    return i >= 2 && text[i - 2] == u'F' && text[i - 1] == u'Y' && (i == 2 || !TextFold::isWordChar(text[i - 3]));
}

// The words that link the start of a range to its end: "2015 to 2020", "2015 until 2020",
// "2016 through 2019", "January through March 2020".
constexpr std::array<QLatin1String, 4> kRangeLinks{
    QLatin1String("to"), QLatin1String("until"), QLatin1String("till"), QLatin1String("through")};

// The length of a range's link word and the space after it at the start of @p rest, else 0.
qsizetype rangeLinkLength(QStringView rest)
{
    // Asked after every year: a first letter that differs costs no call.
    for (const QLatin1String link : kRangeLinks) {
        if (rest.size() > link.size() && rest[0] == link[0] && rest.startsWith(link) && rest[link.size()] == u' ')
            return link.size() + 1;
    }
    return 0;
}

// The length of " onwards" (or " onward") right after a date that ends at @p end, else 0.
qsizetype onwardsLength(QStringView text, qsizetype end)
{
    qsizetype wordStart = end;
    while (wordStart < text.size() && text[wordStart] == u' ')
        ++wordStart;
    if (wordStart == end || wordStart >= text.size() || text[wordStart] != u'o')
        return 0;
    qsizetype wordEnd = wordStart;
    while (wordEnd < text.size() && text[wordEnd].isLetter())
        ++wordEnd;
    const QStringView word = text.mid(wordStart, wordEnd - wordStart);
    return word == QLatin1String("onwards") || word == QLatin1String("onward") ? wordEnd - end : 0;
}

// Whether a number that ends at @p end is not part of a word or a larger number ("2020.5",
// "2020,000", "59%").
bool endsAlone(QStringView text, qsizetype end)
{
    if (end < text.size() && TextFold::isWordChar(text[end]))
        return false;
    if (end + 1 < text.size() && (text[end] == u',' || text[end] == u'.') && isDigit(text, end + 1))
        return false;
    return end >= text.size() || text[end] != u'%';
}

bool standsAlone(QStringView text, qsizetype start, qsizetype end)
{
    if (start > 0 && TextFold::isWordChar(text[start - 1]))
        return false;
    // "2,020,000", "1.2020": a part of a larger number.
    if (start >= 2 && (text[start - 1] == u',' || text[start - 1] == u'.') && isDigit(text, start - 2))
        return false;
    return endsAlone(text, end);
}

// The day and month written as numbers before the year that starts at @p start, day first
// as the UN writes them: "25/11/2019", "25.11.2019", and "11/25/2019" where the second
// cannot be a month. True when read, with @p start moved to the day.
bool readNumericDayMonth(QStringView text, qsizetype *start, int *month, int *day)
{
    const qsizetype yearStart = *start;
    if (yearStart < 4 || (text[yearStart - 1] != u'/' && text[yearStart - 1] != u'.'))
        return false;
    const QChar separator = text[yearStart - 1];
    // One or two digits that end at @p end, and where they start.
    auto field = [&](qsizetype end, qsizetype *fieldStart) {
        qsizetype at = end;
        while (at > 0 && end - at < 2 && text[at - 1].isDigit())
            --at;
        *fieldStart = at;
        return at == end ? -1 : numberAt(text, at, int(end - at));
    };
    qsizetype secondStart = 0;
    const int second = field(yearStart - 1, &secondStart);
    if (second < 0 || secondStart < 2 || text[secondStart - 1] != separator)
        return false;
    qsizetype firstStart = 0;
    int first = field(secondStart - 1, &firstStart);
    // "1.2.25.2019" is a number of parts, not a date.
    if (first < 0
        || (firstStart > 0
            && (TextFold::isWordChar(text[firstStart - 1]) || text[firstStart - 1] == u'.'
                || text[firstStart - 1] == u'/' || text[firstStart - 1] == u','))) {
        return false;
    }
    int monthNumber = second;
    if (monthNumber > 12 && first <= 12)
        std::swap(first, monthNumber);
    if (monthNumber < 1 || monthNumber > 12 || first < 1 || first > 31)
        return false;
    *month = monthNumber;
    *day = first;
    *start = firstStart;
    return true;
}

// The month and day of a date written as ISO 8601 writes it ("2021-03-01", or with
// slashes, "2021/03/01"), from the dash after its year at @p at on: true when they are read.
bool readIsoMonthDay(QStringView text, qsizetype at, int *month, int *day)
{
    if (at + 6 > text.size() || (text[at] != u'-' && text[at] != u'/') || text[at + 3] != text[at])
        return false;
    *month = numberAt(text, at + 1, 2);
    *day = numberAt(text, at + 4, 2);
    return *month >= 1 && *month <= 12 && *day >= 1 && *day <= 31 && standsAlone(text, at + 4, at + 6);
}

// The word that ends just before @p end (skipping spaces), as [start, end).
QStringView wordBefore(QStringView text, qsizetype end, qsizetype *wordStart)
{
    qsizetype e = end;
    while (e > 0 && (text[e - 1] == u' ' || text[e - 1] == u','))
        --e;
    if (e > 0 && text[e - 1] == u'.')
        --e; // "Feb. 2020"
    qsizetype s = e;
    while (s > 0 && text[s - 1].isLetterOrNumber())
        --s;
    *wordStart = s;
    return text.mid(s, e - s);
}

bool equalsFolded(QStringView word, QLatin1String expected)
{
    // Most words before a year have another length: those cost no comparison at all. The
    // others are nearly all ASCII, and are compared here, letter by letter, with no call.
    if (word.size() != expected.size())
        return false;
    auto lowered = [](char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c; };
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = word[k].unicode();
        if (c >= 0x80)
            return word.compare(expected, Qt::CaseInsensitive) == 0;
        if (lowered(c) != lowered(expected[k].unicode()))
            return false;
    }
    return true;
}

// The words of a clause that tell a deadline was met ("By the end of 2021, 60 spaces had
// opened"), and those that tell it is aimed at ("aims to reach 5,000 girls by 2025").
constexpr std::array<QLatin1String, 3> kDoneWords{QLatin1String("had"), QLatin1String("was"), QLatin1String("were")};
constexpr std::array<QLatin1String, 12> kAimWords{QLatin1String("will"), QLatin1String("aim"), QLatin1String("aims"),
    QLatin1String("aimed"), QLatin1String("plan"), QLatin1String("plans"), QLatin1String("planned"),
    QLatin1String("expected"), QLatin1String("goal"), QLatin1String("pledged"), QLatin1String("committed"),
    QLatin1String("seeks")};

template<std::size_t N> bool isOneOf(QStringView word, const std::array<QLatin1String, N> &list)
{
    return std::any_of(list.begin(), list.end(), [&](QLatin1String w) { return equalsFolded(word, w); });
}

enum class DeadlineReading { Unknown, Met, Aimed };

// What the clause around a deadline tells of it (words from @p deadlineStart back and from
// @p dateEnd on, within a few words and no further than a stop, a semicolon or a colon):
// that it was met, that it is aimed at, or neither.
DeadlineReading readDeadline(QStringView text, qsizetype deadlineStart, qsizetype dateEnd)
{
    constexpr int kClauseWords = 8;
    auto endsClause = [](QChar c) { return c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?'; };
    bool done = false;
    bool aimed = false;
    auto weigh = [&](QStringView word) {
        done = done || isOneOf(word, kDoneWords);
        aimed = aimed || isOneOf(word, kAimWords);
    };
    qsizetype at = deadlineStart;
    for (int words = 0; words < kClauseWords; ++words) {
        while (at > 0 && (text[at - 1] == u' ' || text[at - 1] == u','))
            --at;
        if (at == 0 || endsClause(text[at - 1]))
            break;
        qsizetype wordStart = 0;
        weigh(wordBefore(text, at, &wordStart));
        if (wordStart == at)
            break; // no word before: a bracket or a dash
        at = wordStart;
    }
    at = dateEnd;
    for (int words = 0; words < kClauseWords && at < text.size() && !endsClause(text[at]); ++words) {
        while (at < text.size() && !text[at].isLetterOrNumber() && !endsClause(text[at]))
            ++at;
        qsizetype wordEnd = at;
        while (wordEnd < text.size() && text[wordEnd].isLetterOrNumber())
            ++wordEnd;
        weigh(text.mid(at, wordEnd - at));
        at = wordEnd;
    }
    // Both ("were expected to reach ... by 2021") tell nothing sure.
    if (aimed != done)
        return aimed ? DeadlineReading::Aimed : DeadlineReading::Met;
    return DeadlineReading::Unknown;
}

// A day of the month as written before or after its month: "12", "1st", "23rd"; else 0.
int dayNumber(QStringView word)
{
    qsizetype digits = 0;
    while (digits < word.size() && digits < 3 && word[digits].isDigit())
        ++digits;
    if (digits == 0 || digits > 2)
        return 0;
    const QStringView suffix = word.mid(digits);
    if (!suffix.isEmpty() && !equalsFolded(suffix, QLatin1String("st")) && !equalsFolded(suffix, QLatin1String("nd"))
        && !equalsFolded(suffix, QLatin1String("rd")) && !equalsFolded(suffix, QLatin1String("th")))
        return 0;
    const int day = word.left(digits).toInt();
    return day >= 1 && day <= 31 ? day : 0;
}

bool isAllDigits(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// The instruments a year names rather than dates: "the 2030 Agenda", "the 1951 Convention",
// "the 1993 Declaration", "the Women's Act of 2010", "the 2014 Law on Protection of Women",
// "the 2004 Family Code", the ILO's "Violence and Harassment Recommendation, 2019", and
// "Law 1257 of 2008", "Decree 762 of 2018".
constexpr std::array<QLatin1String, 14> kInstruments{QLatin1String("Agenda"), QLatin1String("Convention"),
    QLatin1String("Protocol"), QLatin1String("Declaration"), QLatin1String("Covenant"), QLatin1String("Charter"),
    QLatin1String("Constitution"), QLatin1String("Act"), QLatin1String("Law"), QLatin1String("Code"),
    QLatin1String("Recommendation"), QLatin1String("Decree"), QLatin1String("Ordinance"),
    QLatin1String("Proclamation")};

bool isInstrument(QStringView word)
{
    return std::any_of(kInstruments.begin(), kInstruments.end(), [&](QLatin1String name) { return word == name; });
}

// A year that dates no activity: the year a resolution was adopted as its citation gives
// it ("resolution 1325 (2000)"), a year in an instrument's name, and a number's digits.
bool namesRatherThanDates(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype wordStart = 0;
    if (start >= 2 && text[start - 1] == u'(' && end < text.size() && text[end] == u')'
        && isAllDigits(wordBefore(text, start - 1, &wordStart)))
        return true;
    if (end + 1 < text.size() && text[end] == u' ') {
        qsizetype wordEnd = end + 1;
        while (wordEnd < text.size() && text[wordEnd].isLetter())
            ++wordEnd;
        if (isInstrument(text.mid(end + 1, wordEnd - end - 1)))
            return true;
    }
    const QStringView before = wordBefore(text, start, &wordStart);
    if (before == QLatin1String("Agenda"))
        return true; // "Agenda 2030"
    // The ILO cites its instruments by year and number: "Convention, 2019 (No. 190)".
    if ((isInstrument(before) && start >= 2 && text[start - 2] == u',')
        || text.mid(end).startsWith(QLatin1String(" (No.")))
        return true;
    // A number's identifier: "Decree No. 2020-123".
    if (before == QLatin1String("No") && text[start - 1] == u' ' && text[start - 2] == u'.')
        return true;
    if (before != QLatin1String("of"))
        return false;
    qsizetype ofStart = 0;
    QStringView instrument = wordBefore(text, wordStart, &ofStart);
    if (isAllDigits(instrument)) // "Law 1257 of 2008"
        instrument = wordBefore(text, ofStart, &ofStart);
    return isInstrument(instrument);
}

// The things a report counts: a number right before one counts it ("in 2000 communities",
// "1980 participants"), unless it opens its sentence as its time ("In 2021 people fled").
constexpr std::array<QLatin1String, 17> kCountedThings{QLatin1String("communities"), QLatin1String("participants"),
    QLatin1String("households"), QLatin1String("villages"), QLatin1String("schools"), QLatin1String("students"),
    QLatin1String("teachers"), QLatin1String("enumerators"), QLatin1String("officers"), QLatin1String("officials"),
    QLatin1String("beneficiaries"), QLatin1String("volunteers"), QLatin1String("people"), QLatin1String("persons"),
    QLatin1String("individuals"), QLatin1String("copies"), QLatin1String("workers")};

// The words that open a sentence with its time, whose comma a writer may leave out.
constexpr std::array<QLatin1String, 5> kOpeningTimeWords{
    QLatin1String("In"), QLatin1String("Since"), QLatin1String("By"), QLatin1String("During"), QLatin1String("Until")};

bool countsRatherThanDates(QStringView text, qsizetype start, qsizetype end)
{
    if (end + 1 >= text.size() || text[end] != u' ' || !text[end + 1].isLower())
        return false;
    qsizetype wordEnd = end + 1;
    while (wordEnd < text.size() && text[wordEnd].isLetter())
        ++wordEnd;
    const QStringView word = text.mid(end + 1, wordEnd - end - 1);
    if (std::none_of(kCountedThings.begin(), kCountedThings.end(), [&](QLatin1String thing) { return word == thing; }))
        return false;
    qsizetype wordStart = 0;
    const QStringView before = wordBefore(text, start, &wordStart);
    return std::none_of(
        kOpeningTimeWords.begin(), kOpeningTimeWords.end(), [&](QLatin1String opening) { return before == opening; });
}

} // namespace

int DateExtractor::monthNumber(QStringView word)
{
    constexpr qsizetype kLongestName = 9; // "september"
    if (word.size() < 3 || word.size() > kLongestName)
        return 0;
    // Every year asks for the words before it: ASCII words, nearly all of them, are lowered
    // once and compared as code units, which spares 24 case-insensitive comparisons.
    char16_t lowered[kLongestName];
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = word[k].unicode();
        if (c >= 0x80) {
            for (const MonthName &month : kMonths) {
                if (word.compare(QStringView(month.name.data(), qsizetype(month.name.size())), Qt::CaseInsensitive)
                    == 0)
                    return month.number;
            }
            return 0;
        }
        lowered[k] = (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
    }
    const std::u16string_view folded(lowered, std::size_t(word.size()));
    for (const MonthName &month : kMonths) {
        if (folded == month.name)
            return month.number;
    }
    return 0;
}

// "January to March 2020", "Jan–Mar 2020", "between January and March 2020", "January
// through March 2020": the period is dated by its first month. Returns where the period
// starts, or @p monthStart.
qsizetype DateExtractor::startOfMonthRange(QStringView text, qsizetype monthStart, DateMention *date)
{
    qsizetype linkStart = 0;
    const QStringView link = wordBefore(text, monthStart, &linkStart);
    const bool dash = link.isEmpty() && linkStart > 0 && TextFold::fold(text[linkStart - 1].unicode()) == u'-';
    const bool to = std::any_of(
        kRangeLinks.cbegin(), kRangeLinks.cend(), [&](QLatin1String word) { return equalsFolded(link, word); });
    const bool and_ = equalsFolded(link, QLatin1String("and"));
    if (!dash && !to && !and_)
        return monthStart;
    qsizetype firstStart = 0;
    const int first = monthNumber(wordBefore(text, dash ? linkStart - 1 : linkStart, &firstStart));
    if (first == 0 || first >= date->month)
        return monthStart;
    qsizetype betweenStart = firstStart;
    if (and_ && !equalsFolded(wordBefore(text, firstStart, &betweenStart), QLatin1String("between")))
        return monthStart; // "in January and March 2020" names two months, not a period
    date->month = first;
    date->kind = QStringLiteral("range");
    return and_ ? betweenStart : firstStart;
}

// "1 to 15 March 2019", "25 November to 10 December 2021", "between 2 and 4 May 2020",
// "November to 10 December 2021": a period of days, dated by its first day (or month, where
// the first day is not given). Returns where the period starts, or @p dayStart. "On 8 and 9
// March" names two days, not a period, and a first day after the last is none.
qsizetype DateExtractor::startOfDayRange(QStringView text, qsizetype dayStart, DateMention *date)
{
    qsizetype linkStart = 0;
    const QStringView link = wordBefore(text, dayStart, &linkStart);
    const bool to = std::any_of(
        kRangeLinks.cbegin(), kRangeLinks.cend(), [&](QLatin1String word) { return equalsFolded(link, word); });
    const bool and_ = equalsFolded(link, QLatin1String("and"));
    if (!to && !and_)
        return dayStart;
    // The first end: a day, a month, or both in either order ("25 November", "November 25").
    qsizetype firstStart = 0;
    const QStringView first = wordBefore(text, linkStart, &firstStart);
    qsizetype otherStart = 0;
    const QStringView other = wordBefore(text, firstStart, &otherStart);
    int month = monthNumber(first);
    int day = month > 0 ? dayNumber(other) : dayNumber(first);
    if (month == 0 && day == 0)
        return dayStart;
    if (month > 0 ? day > 0 : monthNumber(other) > 0) {
        month = month > 0 ? month : monthNumber(other);
        firstStart = otherStart;
    }
    const bool earlier
        = month > 0 ? month < date->month || (month == date->month && day > 0 && day < date->day) : day < date->day;
    if (!earlier)
        return dayStart;
    qsizetype betweenStart = firstStart;
    if (and_ && !equalsFolded(wordBefore(text, firstStart, &betweenStart), QLatin1String("between")))
        return dayStart;
    date->month = month > 0 ? month : date->month;
    date->day = day;
    date->kind = QStringLiteral("range");
    return and_ ? betweenStart : firstStart;
}

QString DateExtractor::sentenceAround(QStringView text, int at)
{
    auto isBoundary = [&](qsizetype i) { // a sentence ends at text[i]
        return (text[i] == u'.' || text[i] == u'!' || text[i] == u'?') && i + 2 < text.size() && text[i + 1] == u' '
            && text[i + 2].isUpper()
            && !(i > 0 && text[i - 1].isDigit() && text[i] == u'.' && i + 1 < text.size() && text[i + 1].isDigit());
    };
    // Looked for no further than kSentenceReach either side: a paragraph without stops (a scrape's
    // glued sentences) would be one sentence, copied whole for each of its dates, which for
    // a line of megabytes exhausted memory. Beyond the reach, the part shown ends at a word.
    const qsizetype from = std::max<qsizetype>(0, at - kSentenceReach);
    const qsizetype to = std::min<qsizetype>(text.size(), at + kSentenceReach);
    qsizetype begin = from;
    for (qsizetype i = at - 1; i > from; --i) {
        if (isBoundary(i)) {
            begin = i + 2;
            break;
        }
    }
    const bool cutBefore = begin == from && from > 0;
    if (cutBefore) {
        const qsizetype space = text.mid(begin, at - begin).indexOf(u' ');
        begin += space < 0 ? 0 : space + 1;
    }
    qsizetype end = to;
    bool cutAfter = to < text.size();
    for (qsizetype i = at; i < to; ++i) {
        if (isBoundary(i)) {
            end = i + 1;
            cutAfter = false;
            break;
        }
    }
    if (cutAfter) {
        const qsizetype space = text.mid(at, end - at).lastIndexOf(u' ');
        end = space < 0 ? end : at + space;
    }
    QString sentence;
    sentence.reserve(end - begin + 2);
    if (cutBefore)
        sentence += QChar(0x2026);
    sentence += text.mid(begin, end - begin);
    if (cutAfter)
        sentence += QChar(0x2026);
    return sentence;
}

qsizetype DateExtractor::startOfDeadline(QStringView text, qsizetype start, QStringView word, qsizetype wordStart)
{
    auto isEndOrMiddle = [](QStringView w) {
        return equalsFolded(w, QLatin1String("end")) || equalsFolded(w, QLatin1String("mid"))
            || equalsFolded(w, QLatin1String("middle"));
    };
    if (word.isEmpty() && start > 0 && TextFold::fold(text[start - 1].unicode()) == u'-') { // "by mid-2026"
        if (!isEndOrMiddle(wordBefore(text, start - 1, &wordStart)))
            return -1;
        word = wordBefore(text, wordStart, &wordStart);
    } else if (equalsFolded(word, QLatin1String("of"))) { // "by the end of 2025"
        if (!isEndOrMiddle(wordBefore(text, wordStart, &wordStart)))
            return -1;
        word = wordBefore(text, wordStart, &wordStart);
        if (equalsFolded(word, QLatin1String("the")))
            word = wordBefore(text, wordStart, &wordStart);
    }
    return equalsFolded(word, QLatin1String("by")) ? wordStart : -1;
}

void DateExtractor::markTargets(QList<DateMention> *dates, const Deadlines &deadlines, QStringView period)
{
    auto isDeadline = [&](qsizetype i) {
        return std::any_of(deadlines.cbegin(), deadlines.cend(), [i](const Deadline &d) { return d.date == i; });
    };
    int latest = 0;
    for (qsizetype i = 0; i < dates->size(); ++i) {
        if (!isDeadline(i))
            latest = std::max({latest, dates->at(i).year, dates->at(i).endYear});
    }
    if (!period.isEmpty()) {
        for (const DateMention &date : extract(period))
            latest = std::max({latest, date.year, date.endYear});
    }
    for (const Deadline &deadline : deadlines) {
        DateMention &date = (*dates)[deadline.date];
        // With no other year to compare, only the words around it tell a target.
        if (latest == 0 ? deadline.aimed : date.year > latest) {
            date.kind = QStringLiteral("target");
            date.length += date.start - int(deadline.start);
            date.start = int(deadline.start);
        }
    }
}

QList<DateMention> DateExtractor::extract(QStringView text, QStringView period)
{
    QList<DateMention> dates;
    Deadlines deadlines;
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = mayStartNumber(data, 0, size); i + 2 <= size; i = mayStartNumber(data, i + 1, size)) {
        if (data[i] >= 0x80 && !QChar::isDigit(data[i]))
            continue;
        if (i > 0 && text[i - 1].isDigit())
            continue;
        const bool fiscal = isFiscalYear(text, i);
        const qsizetype yearStart = fiscal ? i - 2 : i;
        int year = numberAt(text, i, 4);
        qsizetype yearEnd = i + 4;
        // "FY21": a fiscal year by its last two digits.
        if (fiscal && year < 0 && numberAt(text, i, 2) >= 0 && standsAlone(text, yearStart, i + 2)) {
            year = 2000 + numberAt(text, i, 2);
            yearEnd = i + 2;
        }
        qsizetype numericStart = yearStart;
        int numericMonth = 0;
        int numericDay = 0;
        const bool numeric = !fiscal && readNumericDayMonth(text, &numericStart, &numericMonth, &numericDay);
        if (year < kFirstYear || year > kLastYear
            || !(numeric ? endsAlone(text, yearEnd) : standsAlone(text, yearStart, yearEnd))
            || namesRatherThanDates(text, i, yearEnd) || countsRatherThanDates(text, i, yearEnd))
            continue;

        DateMention date;
        date.year = year;
        date.kind = QStringLiteral("year");
        qsizetype start = yearStart;
        qsizetype end = yearEnd;

        // A range: "2021-2023", "2021–23", "2021 to 2023", "between 2021 and 2023".
        qsizetype after = end;
        while (after < text.size() && text[after] == u' ')
            ++after;
        qsizetype rangeEnd = -1;
        qsizetype betweenStart = -1;
        // Two digits end a range only after a dash or a slash ("2018-19", "2020/21"): after
        // a word they are a day ("from 1 January 2020 to 31 December 2021").
        bool shortEndAllowed = true;
        if (after < text.size() && TextFold::fold(text[after].unicode()) == u'-') {
            rangeEnd = after + 1;
        } else if (end < text.size() && text[end] == u'/') {
            rangeEnd = end + 1;
        } else if (const qsizetype link = rangeLinkLength(text.mid(after)); link > 0) {
            rangeEnd = after + link;
            shortEndAllowed = false;
        } else if (after < text.size() && text[after] == u'a' && text.mid(after).startsWith(QLatin1String("and "))
            && equalsFolded(wordBefore(text, start, &betweenStart), QLatin1String("between"))) {
            rangeEnd = after + 4;
            shortEndAllowed = false;
        }
        if (rangeEnd > 0) {
            while (rangeEnd < text.size() && text[rangeEnd] == u' ')
                ++rangeEnd;
            const int full = numberAt(text, rangeEnd, 4);
            const int shortYear = numberAt(text, rangeEnd, 2);
            if (full > year && full <= kLastYear && standsAlone(text, rangeEnd, rangeEnd + 4)) {
                date.endYear = full;
                end = rangeEnd + 4;
            } else if (shortEndAllowed && shortYear >= 0 && standsAlone(text, rangeEnd, rangeEnd + 2)
                && (year / 100) * 100 + shortYear > year) {
                date.endYear = (year / 100) * 100 + shortYear;
                end = rangeEnd + 2;
            }
            if (date.endYear > 0) {
                date.kind = QStringLiteral("range");
                if (betweenStart >= 0)
                    start = betweenStart;
            }
        }

        // Month and day after the year, as ISO writes them: "2021-03-01".
        if (int month = 0, day = 0; date.endYear == 0 && readIsoMonthDay(text, end, &month, &day)) {
            date.month = month;
            date.day = day;
            end += 6;
        }

        if (numeric && date.endYear == 0 && date.month == 0) { // "25/11/2019"
            date.month = numericMonth;
            date.day = numericDay;
            start = numericStart;
        }

        // Month and day before the year: "March 2021", "12 March 2021", "March 12, 2021".
        qsizetype wordStart = 0;
        QStringView word = wordBefore(text, start, &wordStart);
        if (word.size() == 2 && word[0] == u'F' && word[1] == u'Y') { // "FY 2019"
            start = wordStart;
            word = wordBefore(text, start, &wordStart);
        }
        int day = 0;
        if (dayNumber(word) > 0) { // "March 12, 2021", "January 1st, 2020"
            qsizetype monthStart = 0;
            const QStringView month = wordBefore(text, wordStart, &monthStart);
            if (monthNumber(month) > 0) {
                day = dayNumber(word);
                word = month;
                wordStart = monthStart;
            }
        }
        if (const int month = monthNumber(word); month > 0 && date.endYear == 0 && date.month == 0) {
            date.month = month;
            start = wordStart;
            if (day == 0) {
                qsizetype dayStart = 0;
                QStringView dayWord = wordBefore(text, wordStart, &dayStart);
                if (equalsFolded(dayWord, QLatin1String("of"))) // "the 1st of January 2020"
                    dayWord = wordBefore(text, dayStart, &dayStart);
                if (dayNumber(dayWord) > 0) {
                    day = dayNumber(dayWord);
                    start = dayStart;
                    // Days of one month: "18-20 November 2019" starts on the 18th.
                    qsizetype firstStart = 0;
                    const QStringView first = start > 1 && TextFold::fold(text[start - 1].unicode()) == u'-'
                        ? wordBefore(text, start - 1, &firstStart)
                        : QStringView();
                    if (dayNumber(first) > 0 && dayNumber(first) < day) {
                        day = dayNumber(first);
                        start = firstStart;
                        date.kind = QStringLiteral("range");
                    }
                }
            }
            if (day >= 1 && day <= 31) {
                date.day = day;
                start = startOfDayRange(text, start, &date);
            } else {
                start = startOfMonthRange(text, start, &date);
            }
            word = wordBefore(text, start, &wordStart);
        }

        // "Since 2008", "(from) 2016 onwards", "As of 2021".
        if (equalsFolded(word, QLatin1String("since"))) {
            date.kind = QStringLiteral("since");
            start = wordStart;
        } else if (const qsizetype onwards = onwardsLength(text, end); onwards > 0 && date.endYear == 0) {
            date.kind = QStringLiteral("since");
            end += onwards;
            if (equalsFolded(word, QLatin1String("from")))
                start = wordStart;
        } else if (equalsFolded(word, QLatin1String("of"))) {
            qsizetype asStart = 0;
            if (equalsFolded(wordBefore(text, wordStart, &asStart), QLatin1String("as"))) {
                date.kind = QStringLiteral("as-of");
                start = asStart;
            }
        }

        if (date.kind == QLatin1String("year")) {
            if (const qsizetype deadline = startOfDeadline(text, start, word, wordStart); deadline >= 0) {
                const DeadlineReading reading = readDeadline(text, deadline, end);
                if (reading != DeadlineReading::Met)
                    deadlines.append(Deadline{dates.size(), deadline, reading == DeadlineReading::Aimed});
            }
        }
        date.start = int(start);
        date.length = int(end - start);
        dates.append(date);
        i = end - 1;
    }
    if (!deadlines.isEmpty())
        markTargets(&dates, deadlines, period);
    return dates;
}

} // namespace evaw
