#pragma once

#include <QList>
#include <QString>

namespace evaw {

/// A line's text with web-scrape debris removed, and the way back to the raw line.
///
/// Removed: stray "View More" (or "Read More") markers, footnote markers ("[1]"),
/// footnote numbers glued to a word after punctuation ("Package,85") or in superscript
/// ("Tunisia.¹"), invisible characters inside words (soft hyphens, zero-width spaces), the
/// second of a doubled double quote (as a spreadsheet's cell writes a quote), the markup of
/// a page saved as Markdown (strong and emphasised words' signs, links' brackets and
/// targets, and images whole), and runs of white space (collapsed to one space, trimmed at
/// both ends). HTML's character references ("&amp;", "&#8217;") become the characters they
/// stand for, and ligatures of Latin letters (U+FB01 for "fi") their letters.
/// rawPosition() maps any position of text back to the line.
class CleanedText
{
public:
    /// A clean line (most are) shares @p raw's characters rather than copying them.
    static CleanedText clean(const QString &raw);

    const QString &text() const { return m_text; }

    /// The length of the "View More" marker at @p at of @p text, or of the "Read More" that
    /// other sites print in its place, or 0: as the site writes it or as a copy keeps it
    /// ("View more", "VIEW MORE"), always with its capital, so that "to view more" or "read
    /// more" in a sentence is none.
    static int moreLinkLength(QStringView text, qsizetype at);
    /// Where the first such marker of @p text from @p from on starts, or -1.
    static qsizetype moreLinkFrom(QStringView text, qsizetype from);

    /// The numbers of the footnote markers removed ("[3]", "Package,85", "Tunisia.⁴"), in order:
    /// the notes they point to may follow as lines of their own.
    const QList<int> &footnotes() const { return m_footnotes; }

    /// The raw position of the character at @p position of text().
    int rawPosition(int position) const;
    /// The raw position just after the character before @p position, and after all of the
    /// character reference it stands for: the raw end of a span.
    int rawEnd(int position) const;

private:
    struct Cut {
        int at; ///< first output position after the cut
        int shift; ///< raw characters removed before that position, less the letters ligatures added
        int tail = 0; ///< of those cut here, the rest of a reference that the character before stands for
    };

    /// How many characters at the start of @p raw cleaning leaves as they are: the whole
    /// line for most lines, which then cost one scan and no copy.
    static qsizetype plainLength(QStringView raw);

    QString m_text;
    QList<Cut> m_cuts; ///< in order of position
    QList<int> m_footnotes;
};

} // namespace evaw
