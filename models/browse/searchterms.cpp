#include "searchterms.h"

#include "extract/textfold.h"

#include <algorithm>

namespace evaw {

namespace {

// What the search index (SQLite's unicode61 tokenizer) counts as part of a word.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// NEAR too: before a bracket it opens a group, and alone FTS5 reads it as the operator.
bool isOperator(QStringView word)
{
    return word == u"AND" || word == u"OR" || word == u"NOT" || word == u"NEAR";
}

} // namespace

SearchTerms::SearchTerms(const QString &typed)
{
    read(typed);
}

QList<SearchTerms::Word> SearchTerms::wordsOf(QStringView text)
{
    QList<Word> words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordCharacter(text[i]))
            ++i;
        words.append(Word{int(start), int(i)});
    }
    return words;
}

void SearchTerms::addPhrase(QStringView phrase, bool prefix)
{
    const QString folded = TextFold::folded(phrase);
    Term term;
    term.prefix = prefix;
    for (const Word &word : wordsOf(folded))
        term.words.append(folded.mid(word.start, word.end - word.start));
    if (!term.words.isEmpty())
        m_terms.append(term);
}

// The bracket that closes the one at @p open, or the end of @p typed.
qsizetype SearchTerms::closingBracket(QStringView typed, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < typed.size(); ++i) {
        if (typed[i] == u'(')
            ++depth;
        else if (typed[i] == u')' && --depth == 0)
            return i;
    }
    return typed.size();
}

// Reads the search as FullTextQuery hands it to the index: phrases in quotes, brackets,
// operators, NEAR groups and words. What follows NOT, a term or a bracketed group, is
// what the activity does not say, and is left out. A NEAR group is read by a call of its
// own, and one inside it (which FTS5 refuses) as words: no query calls this deeper.
void SearchTerms::read(QStringView typed, bool inNearGroup)
{
    bool excluded = false;
    qsizetype i = 0;
    while (i < typed.size()) {
        const QChar c = typed[i];
        if (c.isSpace() || c == u')') {
            ++i;
            continue;
        }
        qsizetype end = i;
        if (c == u'(') {
            // A group NOT excludes is passed over whole; any other is read on, bracket and
            // all, so that no depth of brackets calls this again.
            i = excluded ? closingBracket(typed, i) + 1 : i + 1;
            excluded = false;
            continue;
        }
        if (c == u'"') {
            const qsizetype close = typed.indexOf(u'"', i + 1);
            end = close < 0 ? typed.size() : close + 1;
            const bool prefix = end < typed.size() && typed[end] == u'*';
            if (!excluded)
                addPhrase(typed.mid(i + 1, (close < 0 ? end : close) - i - 1), prefix);
            excluded = false;
            i = prefix ? end + 1 : end;
            continue;
        }
        while (end < typed.size() && !typed[end].isSpace() && typed[end] != u'"' && typed[end] != u'('
            && typed[end] != u')')
            ++end;
        QStringView word = typed.mid(i, end - i);
        if (word == u"NEAR" && !inNearGroup && end < typed.size() && typed[end] == u'(') {
            // NEAR(a b, 5): its words, not the distance after the comma.
            const qsizetype close = closingBracket(typed, end);
            const QStringView group = typed.mid(end + 1, close - end - 1);
            const qsizetype comma = group.lastIndexOf(u',');
            if (!excluded)
                read(comma < 0 ? group : group.left(comma), true);
            excluded = false;
            i = close + 1;
            continue;
        }
        i = end;
        if (isOperator(word)) {
            excluded = word == u"NOT";
            continue;
        }
        const bool prefix = word.endsWith(u'*');
        if (prefix)
            word.chop(1);
        if (!excluded)
            addPhrase(word, prefix);
        excluded = false;
    }
}

QList<SearchTerms::Span> SearchTerms::find(QStringView text) const
{
    if (m_terms.isEmpty())
        return {};
    const QString folded = TextFold::folded(text);
    const QList<Word> words = wordsOf(folded);
    auto wordAt = [&](qsizetype k) { return QStringView(folded).mid(words[k].start, words[k].end - words[k].start); };
    QList<Span> spans;
    for (const Term &term : m_terms) {
        const qsizetype count = term.words.size();
        for (qsizetype k = 0; k + count <= words.size(); ++k) {
            bool matches = true;
            for (qsizetype w = 0; matches && w < count; ++w) {
                const bool last = w == count - 1;
                matches
                    = last && term.prefix ? wordAt(k + w).startsWith(term.words[w]) : wordAt(k + w) == term.words[w];
            }
            if (matches)
                spans.append(Span{words[k].start, words[k + count - 1].end - words[k].start});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> joined;
    for (const Span &span : std::as_const(spans)) {
        if (!joined.isEmpty() && span.start <= joined.last().start + joined.last().length) {
            Span &last = joined.last();
            last.length = std::max(last.length, span.start + span.length - last.start);
        } else {
            joined.append(span);
        }
    }
    return joined;
}

} // namespace evaw
