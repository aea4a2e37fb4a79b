#include "cleanedtext.h"

#include <QChar>

#include <algorithm>

namespace evaw {

namespace {

const QLatin1String kViewMore("View More");

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

// Digits glued after a word's punctuation ("Package,85 and"): the count of digits, else 0.
// A digit before the punctuation means a number ("2,000"), which is left alone.
int gluedFootnoteLength(QStringView raw, qsizetype i)
{
    if (i < 2 || !isClosingPunctuation(raw[i - 1]) || !raw[i - 2].isLetter())
        return 0;
    qsizetype j = i;
    while (j < raw.size() && raw[j].isDigit())
        ++j;
    const qsizetype digits = j - i;
    const bool endsWord = j == raw.size() || raw[j].isSpace();
    return (digits <= 3 && endsWord) ? int(digits) : 0;
}

// Length of the debris starting at @p i, or 0. Checked only where debris can start.
int debrisLength(QStringView raw, qsizetype i)
{
    const QChar c = raw[i];
    if (c == u'V')
        return raw.mid(i).startsWith(kViewMore) ? int(kViewMore.size()) : 0;
    if (c == u'[')
        return footnoteMarkerLength(raw, i);
    if (c.isDigit() && (i == 0 || !raw[i - 1].isDigit()))
        return gluedFootnoteLength(raw, i);
    return 0;
}

} // namespace

// Copies @p input to the output in runs, leaving out the ranges @p skipAt reports, and
// records a cut wherever something was left out. Unchanged input costs no copy at all.
template<typename SkipAt> QString CleanedText::removeRanges(const QString &input, QList<Cut> *cuts, SkipAt skipAt)
{
    QString output;
    qsizetype copiedUpTo = 0;
    int removed = 0;
    for (qsizetype i = 0; i < input.size();) {
        const int skip = skipAt(QStringView(input), i);
        if (skip <= 0) {
            ++i;
            continue;
        }
        if (output.isNull())
            output.reserve(input.size());
        output.append(QStringView(input).mid(copiedUpTo, i - copiedUpTo));
        removed += skip;
        cuts->append(Cut{int(output.size()), removed});
        i += skip;
        copiedUpTo = i;
    }
    if (output.isNull())
        return input;
    output.append(QStringView(input).mid(copiedUpTo));
    return output;
}

// True when @p raw has nothing to clean: most lines, which then cost one scan and no copy.
bool CleanedText::isClean(QStringView raw)
{
    if (raw.isEmpty())
        return true;
    if (raw.front().isSpace() || raw.back().isSpace())
        return false;
    QChar previous;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar ch = raw[i];
        const char16_t c = ch.unicode();
        if (c == u'[' || (c == u'V' && raw.mid(i).startsWith(kViewMore))
            || (c >= u'0' && c <= u'9' && isClosingPunctuation(previous)))
            return false;
        if (c < 0x80 ? (c == u' ' && previous == u' ') || c < 0x20 : ch.isSpace())
            return false;
        previous = ch;
    }
    return true;
}

CleanedText CleanedText::clean(const QString &raw)
{
    CleanedText result;
    if (isClean(raw)) {
        result.m_text = raw;
        return result;
    }
    result.m_stages.resize(3);
    QString text = removeRanges(raw, &result.m_stages[0], debrisLength);
    // White space runs at either end go entirely...
    text = removeRanges(text, &result.m_stages[1], [](QStringView in, qsizetype i) -> int {
        if (!in[i].isSpace())
            return 0;
        qsizetype end = i;
        while (end < in.size() && in[end].isSpace())
            ++end;
        return (i == 0 || end == in.size()) ? int(end - i) : 0;
    });
    // ...and a run inside the text keeps only its first character.
    text = removeRanges(text, &result.m_stages[2], [](QStringView in, qsizetype i) -> int {
        if (i == 0 || !in[i].isSpace() || !in[i - 1].isSpace())
            return 0;
        qsizetype end = i;
        while (end < in.size() && in[end].isSpace())
            ++end;
        return int(end - i);
    });
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u' ' && text[i].isSpace())
            text[i] = u' ';
    }
    result.m_text = text;
    return result;
}

int CleanedText::shifted(const QList<Cut> &cuts, int position)
{
    // The last cut at or before position tells how far the input runs ahead.
    auto it
        = std::upper_bound(cuts.begin(), cuts.end(), position, [](int pos, const Cut &cut) { return pos < cut.at; });
    return it == cuts.begin() ? position : position + std::prev(it)->shift;
}

int CleanedText::rawPosition(int position) const
{
    // Undo the stages in reverse order of application.
    for (auto stage = m_stages.crbegin(); stage != m_stages.crend(); ++stage)
        position = shifted(*stage, position);
    return position;
}

int CleanedText::rawEnd(int position) const
{
    return position == 0 ? rawPosition(0) : rawPosition(position - 1) + 1;
}

} // namespace evaw
