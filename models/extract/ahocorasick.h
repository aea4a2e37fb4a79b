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

    /// Calls onMatch(start, length, id) once for every occurrence of every pattern that begins
    /// at a word's start. The order is not set: sort the matches where it matters.
    template<typename Callback> void scan(QStringView text, Callback &&onMatch) const
    {
        const qsizetype split = splitPoint(text);
        Lane lanes[LaneCount]{{0, m_startStep}, {split, m_startStep}};
        Batch batches[LaneCount];
        bool more = true;
        while (more) {
            more = advance(text, split, lanes, batches);
            for (int lane = 0; lane < LaneCount; ++lane) {
                // The first lane runs on past the split to finish the names it has begun;
                // those that begin after it are the second lane's.
                const qsizetype startsBefore = lane == 0 ? split : text.size();
                for (int h = 0; h < batches[lane].count; ++h) {
                    const Hit &hit = batches[lane].hits[h];
                    for (std::int32_t s = hit.state; s >= 0; s = m_dictionaryLink[std::size_t(s)]) {
                        for (std::int32_t k = m_outputBegin[std::size_t(s)]; k < m_outputBegin[std::size_t(s) + 1];
                             ++k) {
                            const int length = m_lengths[std::size_t(k)];
                            if (hit.end - length < startsBefore)
                                onMatch(int(hit.end - length), length, m_outputIds[std::size_t(k)]);
                        }
                    }
                }
            }
        }
    }

private:
    static constexpr int HitBatch = 64;
    static constexpr int LaneCount = 2;
    /// Texts shorter than this are scanned in one lane: a second would have little to overlap.
    static constexpr qsizetype TwoLaneLength = 64;
    struct Hit {
        qsizetype end;
        std::int32_t state;
    };
    struct Lane {
        qsizetype position;
        std::uint32_t step;
    };
    struct Batch {
        Hit hits[HitBatch];
        int count = 0;
    };

    /// Where the second lane starts: the first word start past the middle of a long text,
    /// else the text's end (one lane).
    static qsizetype splitPoint(QStringView text);

    /// Runs both lanes until a batch holds HitBatch states with output or both are done;
    /// returns whether there is more to scan. The lanes' look-ups do not depend on each
    /// other, so the processor overlaps them: the table is too large for the cache, and a
    /// single lane spent most of its time waiting on memory. Out of line, so that the loop
    /// has its registers to itself.
    bool advance(QStringView text, qsizetype split, Lane *lanes, Batch *batches) const;

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
