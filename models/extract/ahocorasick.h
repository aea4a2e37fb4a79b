#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace evaw {

/// A multi-pattern matcher over UTF-16 text (Aho-Corasick compiled to a full DFA).
///
/// Patterns and text go through TextFold::fold, so matching ignores case and typography;
/// callers check case and word boundaries on the candidates. The alphabet is reduced to
/// the code units that occur in patterns, which keeps the table small enough to scan at
/// one lookup per code unit.
class AhoCorasick
{
public:
    /// Adds a pattern (not yet folded); @p id is reported back on every match.
    void addPattern(QStringView pattern, int id);
    void build();


    /// Calls onMatch(start, length, id) for every occurrence of every pattern, in order of end.
    template<typename Callback> void scan(QStringView text, Callback &&onMatch) const
    {
        const char16_t *data = reinterpret_cast<const char16_t *>(text.data());
        const qsizetype size = text.size();
        const std::int32_t *delta = m_delta.data();
        const std::uint16_t *classOf = m_classOf.data();
        const std::int32_t classes = m_classCount;
        std::int32_t state = 0;
        for (qsizetype i = 0; i < size; ++i) {
            state = delta[state * classes + classOf[data[i]]];
            if (!m_hasOutput[state])
                continue;
            for (std::int32_t s = state; s >= 0; s = m_dictionaryLink[s]) {
                for (std::int32_t k = m_outputBegin[s]; k < m_outputBegin[s + 1]; ++k) {
                    const std::int32_t id = m_outputIds[k];
                    const int length = m_lengths[k];
                    onMatch(int(i + 1 - length), length, id);
                }
            }
        }
    }

private:
    struct Node {
        std::map<char16_t, std::int32_t> children;
        std::vector<std::pair<std::int32_t, int>> outputs; // (id, length)
    };

    void renumberBreadthFirst();

    std::vector<Node> m_trie{Node{}};
    bool m_built = false;

    std::vector<std::uint16_t> m_classOf; // folded-or-raw code unit -> alphabet class
    std::int32_t m_classCount = 1;
    std::vector<std::int32_t> m_delta;
    std::vector<std::int32_t> m_failure;
    std::vector<std::int32_t> m_dictionaryLink;
    std::vector<std::int32_t> m_outputBegin;
    std::vector<std::int32_t> m_outputIds;
    std::vector<int> m_lengths;
    std::vector<char> m_hasOutput;
};

} // namespace evaw
