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
            if (std::none_of(word.begin(), word.end(), [](QChar w) { return w.isLetterOrNumber(); })) {
                i = end; // "-", "&": nothing to look for
                continue;
            }
            if (isOperator(word) || isBareword(word)) {
                parts.append(word.toString());
            } else {
                // "one-stop" becomes the phrase "one stop"; "co-lead*" a phrase prefix.
                QStringView inner = word;
                const bool prefix = inner.endsWith(u'*');
                if (prefix)
                    inner.chop(1);
                parts.append(QLatin1Char('"') + inner.toString() + QLatin1Char('"')
                    + (prefix ? QStringLiteral("*") : QString()));
            }
            i = end;
        }
    }
    return parts.join(u' ');
}

} // namespace evaw
