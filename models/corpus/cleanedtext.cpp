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
    if (raw[i] != u'[')
        return 0;
    qsizetype j = i + 1;
    while (j < raw.size() && j - i <= 3 && raw[j].isDigit())
        ++j;
    return (j > i + 1 && j < raw.size() && raw[j] == u']') ? int(j - i + 1) : 0;
}

// Digits glued after a word's punctuation ("Package,85 and"): the count of digits, else 0.
// A digit before the punctuation means a number ("2,000"), which is left alone.
int gluedFootnoteLength(QStringView raw, qsizetype i)
{
    if (i < 2 || !raw[i].isDigit() || !isClosingPunctuation(raw[i - 1]) || !raw[i - 2].isLetter())
        return 0;
    qsizetype j = i;
    while (j < raw.size() && raw[j].isDigit())
        ++j;
    const qsizetype digits = j - i;
    const bool endsWord = j == raw.size() || raw[j].isSpace();
    return (digits <= 3 && endsWord) ? int(digits) : 0;
}

} // namespace

CleanedText CleanedText::clean(QStringView raw)
{
    CleanedText result;
    result.m_text.reserve(raw.size());
    int removed = 0;
    bool pendingSpace = false;
    auto skip = [&](qsizetype count) {
        removed += int(count);
        result.m_cuts.append(Cut{int(result.m_text.size()), removed});
    };

    for (qsizetype i = 0; i < raw.size();) {
        const QChar c = raw[i];
        if (c.isSpace()) {
            pendingSpace = !result.m_text.isEmpty();
            ++i;
            // Spaces are re-emitted as one when the next kept character arrives.
            skip(1);
            continue;
        }
        int debris = 0;
        if (raw.mid(i).startsWith(kViewMore))
            debris = int(kViewMore.size());
        else if (int marker = footnoteMarkerLength(raw, i))
            debris = marker;
        else if (int glued = gluedFootnoteLength(raw, i))
            debris = glued;
        if (debris > 0) {
            skip(debris);
            i += debris;
            continue;
        }
        if (pendingSpace) {
            // Give back the last skipped space: the run of spaces becomes that one space.
            --removed;
            result.m_cuts.append(Cut{int(result.m_text.size()), removed});
            result.m_text.append(u' ');
            pendingSpace = false;
        }
        result.m_text.append(c);
        ++i;
    }
    return result;
}

int CleanedText::rawPosition(int position) const
{
    // The last cut at or before position tells how far the raw text runs ahead.
    auto it = std::upper_bound(m_cuts.begin(), m_cuts.end(), position,
                               [](int pos, const Cut &cut) { return pos < cut.at; });
    if (it == m_cuts.begin())
        return position;
    return position + std::prev(it)->shift;
}

int CleanedText::rawEnd(int position) const
{
    return position == 0 ? rawPosition(0) : rawPosition(position - 1) + 1;
}

} // namespace evaw
