#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace evaw {

/// The words a search asks for, found again in a text, so that a reader sees why an
/// activity matched. Every word and phrase of the search counts but those NOT excludes.
/// A text is read as the search index reads it: a word is a run of letters and digits,
/// compared without case or accents; "prefix*" matches the start of a word, a phrase its
/// words in a row, whatever stands between them ("one-stop" finds "one stop").
class SearchTerms
{
public:
    struct Span {
        int start = 0;
        int length = 0;
        bool operator==(const Span &other) const { return start == other.start && length == other.length; }
    };

    explicit SearchTerms(const QString &typed = {});

    bool isEmpty() const { return m_terms.isEmpty(); }
    /// Where the terms stand in @p text, in order, overlaps joined.
    QList<Span> find(QStringView text) const;

private:
    struct Term {
        QStringList words; ///< folded
        bool prefix = false;
    };
    struct Word {
        int start;
        int end;
    };

    void read(QStringView typed, bool inNearGroup = false);
    void addPhrase(QStringView phrase, bool prefix);
    static QList<Word> wordsOf(QStringView text);
    static qsizetype closingBracket(QStringView typed, qsizetype open);

    QList<Term> m_terms;
};

} // namespace evaw
