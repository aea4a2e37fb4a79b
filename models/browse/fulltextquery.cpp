#include "fulltextquery.h"

#include <QStringList>

#include <algorithm>

namespace evaw {

bool FullTextQuery::isOperator(QStringView word)
{
    return word == u"AND" || word == u"OR" || word == u"NOT" || word == u"NEAR";
}

// FTS5 takes a word unquoted when it holds letters, digits, '_' and characters beyond
// ASCII only (with a final '*' for a prefix).
bool FullTextQuery::isBareword(QStringView word)
{
    if (word.endsWith(u'*'))
        word.chop(1);
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const bool ascii
            = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ascii && u < 0x80)
            return false;
    }
    return true;
}

// One word as FTS5 takes it: an operator or a plain word as it is, any other word as the
// phrase of the words it holds ("one-stop" is the phrase "one stop", "co-lead*" a phrase
// prefix), and punctuation alone ("-", "&") as nothing.
QString FullTextQuery::wordToFts5(QStringView word)
{
    if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return {};
    if (isOperator(word) || isBareword(word))
        return word.toString();
    const bool prefix = word.endsWith(u'*');
    if (prefix)
        word.chop(1);
    return QLatin1Char('"') + word.toString() + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}

QString FullTextQuery::toFts5(const QString &typed)
{
    QStringList parts;
    const QStringView text(typed);
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'"') {
            // A phrase as typed, up to its closing quote (or to the end, which FTS5 reports).
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? text.size() : close + 1;
            qsizetype next = end;
            while (next < text.size() && text[next] == u'*')
                ++next;
            parts.append(text.mid(i, next - i).toString());
            i = next;
        } else if (c == u'(' || c == u')') {
            parts.append(QString(c));
            ++i;
        } else {
            qsizetype end = i;
            while (end < text.size() && !text[end].isSpace() && text[end] != u'"' && text[end] != u'('
                && text[end] != u')')
                ++end;
            const QStringView word = text.mid(i, end - i);
            if (word == u"NEAR" && end < text.size() && text[end] == u'(') {
                // NEAR(a b, 5) is kept whole: its comma and number are its own syntax.
                const qsizetype close = text.indexOf(u')', end);
                const qsizetype groupEnd = close < 0 ? text.size() : close + 1;
                parts.append(text.mid(i, groupEnd - i).toString());
                i = groupEnd;
                continue;
            }
            const QString part = wordToFts5(word);
            if (!part.isEmpty())
                parts.append(part);
            i = end;
        }
    }
    return parts.join(u' ');
}

} // namespace evaw
