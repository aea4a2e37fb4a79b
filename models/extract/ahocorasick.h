#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace evaw {

/// A multi-pattern matcher over UTF-16 text (Aho-Corasick compiled to a full DFA).
///
/// Patterns and text go through TextFold::fold, so matching ignores case and typography.
/// A match begins only where a word begins (TextFold::isWordChar); callers check its case
/// and that it ends where a word ends. The alphabet is reduced to the code units that occur
/// in patterns, which keeps the table small enough to scan at one lookup per code unit.
class AhoCorasick
{
public:
    /// Adds a pattern (not yet folded); @p id is reported back on every match.
    void addPattern(QStringView pattern, int id);
    void build();

    /// Calls onMatch(start, length, id) for every occurrence of every pattern that begins at a
    /// word's start, in order of end.
    template<typename Callback> void scan(QStringView text, Callback &&onMatch) const
    {
        Hit hits[HitBatch];
        Cursor cursor{0, m_startStep};
        while (cursor.position < text.size()) {
            const int count = advance(text, &cursor, hits);
            for (int h = 0; h < count; ++h) {
                const qsizetype end = hits[h].end;
                for (std::int32_t s = hits[h].state; s >= 0; s = m_dictionaryLink[std::size_t(s)]) {
                    for (std::int32_t k = m_outputBegin[std::size_t(s)]; k < m_outputBegin[std::size_t(s) + 1]; ++k)
                        onMatch(int(end - m_lengths[std::size_t(k)]), m_lengths[std::size_t(k)],
                            m_outputIds[std::size_t(k)]);
                }
            }
        }
    }

private:
    static constexpr int HitBatch = 64;
    struct Hit {
        qsizetype end;
        std::int32_t state;
    };
    struct Cursor {
        qsizetype position;
        std::uint32_t step;
    };

    /// Runs the automaton from @p cursor until @p hits holds HitBatch states with output or
    /// the text ends; returns how many it holds. Kept out of line so that the loop, which
    /// every code unit of every text goes through, has its registers to itself.
    int advance(QStringView text, Cursor *cursor, Hit *hits) const;

    struct Node {
        std::map<char16_t, std::int32_t> children;
        std::vector<std::pair<std::int32_t, int>> outputs; // (id, length)
    };

    static constexpr std::int32_t InsideWord = 0;
    static constexpr std::int32_t WordStart = 1;

    void renumberBreadthFirst();
    /// Fills m_classOf and m_classCount, and @p patternClass with the class of each folded
    /// code unit patterns use; returns, per class, whether it is part of a word.
    std::vector<bool> buildAlphabet(std::vector<std::uint16_t> *patternClass);

    std::vector<Node> m_trie{Node{}};
    bool m_built = false;

    std::vector<std::uint16_t> m_classOf; // folded-or-raw code unit -> alphabet class
    std::int32_t m_classCount = 1;
    /// The transition table, one row of m_classCount steps per state. A step holds the target's
    /// row offset shifted left by one, with bit 0 set when the target has output: the scan then
    /// needs no multiplication and no second table to follow a code unit.
    std::vector<std::uint32_t> m_steps;
    std::uint32_t m_startStep = 0;
    std::vector<std::int32_t> m_dictionaryLink;
    std::vector<std::int32_t> m_outputBegin;
    std::vector<std::int32_t> m_outputIds;
    std::vector<int> m_lengths;
};

} // namespace evaw
