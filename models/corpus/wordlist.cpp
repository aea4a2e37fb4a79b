#include "wordlist.h"

#include <QFile>

#include <algorithm>

namespace evaw {

const WordList &WordList::english()
{
    static const WordList english(
        {QStringLiteral(":/words/british-english"), QStringLiteral(":/words/american-english")});
    return english;
}

WordList::WordList(const QStringList &paths)
{
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_words += file.readAll() + '\n';
    }
    m_words = QString::fromUtf8(m_words).toLower().toUtf8();
    for (qsizetype start = 0; start < m_words.size();) {
        qsizetype end = m_words.indexOf('\n', start);
        if (end < 0)
            end = m_words.size();
        // A possessive ("Ethiopia's") is never half of a word cut at a line's end.
        const QByteArrayView word = QByteArrayView(m_words.constData() + start, end - start).trimmed();
        if (!word.isEmpty() && !word.endsWith("'s"))
            m_sorted.push_back(word);
        start = end + 1;
    }
    std::sort(m_sorted.begin(), m_sorted.end());
    m_sorted.erase(std::unique(m_sorted.begin(), m_sorted.end()), m_sorted.end());
}

bool WordList::contains(QStringView word) const
{
    const QByteArray lower = word.toString().toLower().toUtf8();
    return std::binary_search(m_sorted.cbegin(), m_sorted.cend(), QByteArrayView(lower));
}

} // namespace evaw
