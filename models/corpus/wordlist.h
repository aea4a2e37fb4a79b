#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace evaw {

/// A list of the words of a language, to ask whether letters make one.
///
/// English's comes from the word lists of British and American spelling in Debian's
/// wbritish-large and wamerican-large packages, compiled into the engine: the inflected
/// forms are there too ("stakeholders", "eliminating"), proper names with their capitals.
/// Words are compared in lower case.
class WordList
{
public:
    /// English, read once on first use; empty if its lists could not be read.
    static const WordList &english();

    /// Reads the lists at @p paths, one word to a line, in UTF-8.
    explicit WordList(const QStringList &paths);

    bool contains(QStringView word) const;
    qsizetype size() const { return qsizetype(m_sorted.size()); }

private:
    QByteArray m_words; ///< every list, in lower case
    std::vector<QByteArrayView> m_sorted; ///< the words of m_words, sorted, each once
};

} // namespace evaw
