#include "ahocorasick.h"

#include "textfold.h"

#include <algorithm>
#include <queue>

namespace evaw {

void AhoCorasick::addPattern(QStringView pattern, int id)
{
    Q_ASSERT(!m_built);
    if (pattern.isEmpty())
        return;
    std::int32_t node = 0;
    for (const QChar ch : pattern) {
        const char16_t c = TextFold::fold(ch.unicode());
        auto it = m_trie[node].children.find(c);
        if (it == m_trie[node].children.end()) {
            const auto next = std::int32_t(m_trie.size());
            m_trie[node].children.emplace(c, next);
            m_trie.emplace_back();
            node = next;
        } else {
            node = it->second;
        }
    }
    m_trie[node].outputs.emplace_back(id, int(pattern.size()));
}

void AhoCorasick::renumberBreadthFirst()
{
    std::vector<std::int32_t> order{0};
    order.reserve(m_trie.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        for (const auto &child : m_trie[std::size_t(order[k])].children)
            order.push_back(child.second);
    }
    std::vector<std::int32_t> renumbered(m_trie.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        renumbered[std::size_t(order[k])] = std::int32_t(k);
    std::vector<Node> trie(m_trie.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        Node &node = m_trie[std::size_t(order[k])];
        for (auto &child : node.children)
            child.second = renumbered[std::size_t(child.second)];
        trie[k] = std::move(node);
    }
    m_trie.swap(trie);
}

void AhoCorasick::build()
{
    // Text keeps the automaton near its root: numbered breadth-first, the shallow states'
    // rows lie together at the start of the table and stay in cache, where numbered in the
    // order patterns were added they were spread over all of it and the scan mostly waited
    // on memory.
    renumberBreadthFirst();

    // State 0 is "inside a word", where no pattern may begin; the trie's root becomes state 1,
    // "at a word's start", entered at the start of the text and after every character that is
    // not part of a word. Anchored so, the automaton idles in state 0 through most words
    // instead of following every name that happens to continue a word's tail ("un" in
    // "fund"), which both spares the callers those candidates and keeps the scan in the few
    // rows that stay in cache.
    m_trie.insert(m_trie.begin(), Node{});
    for (Node &node : m_trie) {
        for (auto &child : node.children)
            ++child.second;
    }
    std::vector<std::uint16_t> patternClass; // of each folded code unit patterns use
    const std::vector<bool> classIsWord = buildAlphabet(&patternClass);

    const std::size_t states = m_trie.size();
    const auto classes = std::size_t(m_classCount);
    // Filled with target states first, then turned into steps in place (see m_steps).
    Q_ASSERT(states * classes < (std::size_t(1) << 31));
    std::vector<std::uint32_t> &delta = m_steps;
    delta.assign(states * classes, 0);
    std::vector<std::int32_t> failure(states, 0);
    m_dictionaryLink.assign(states, -1);

    for (std::size_t k = 0; k < classes; ++k)
        delta[k] = classIsWord[k] ? InsideWord : WordStart;

    // Breadth-first, so that a node's failure target is complete before the node itself.
    std::queue<std::int32_t> queue;
    queue.push(WordStart);
    while (!queue.empty()) {
        const std::int32_t node = queue.front();
        queue.pop();
        const std::int32_t fail = failure[std::size_t(node)];
        std::uint32_t *row = &delta[std::size_t(node) * classes];
        const std::uint32_t *failRow = &delta[std::size_t(fail) * classes];
        std::copy(failRow, failRow + classes, row);
        m_dictionaryLink[std::size_t(node)]
            = m_trie[std::size_t(fail)].outputs.empty() ? m_dictionaryLink[std::size_t(fail)] : fail;
        for (const auto &child : m_trie[std::size_t(node)].children) {
            const std::uint16_t cls = patternClass[child.first];
            failure[std::size_t(child.second)] = std::int32_t(failRow[cls]);
            row[cls] = std::uint32_t(child.second);
            queue.push(child.second);
        }
    }

    m_outputBegin.assign(states + 1, 0);
    for (std::size_t s = 0; s < states; ++s) {
        m_outputBegin[s] = std::int32_t(m_outputIds.size());
        for (const auto &[id, length] : m_trie[s].outputs) {
            m_outputIds.push_back(id);
            m_lengths.push_back(length);
        }
    }
    m_outputBegin[states] = std::int32_t(m_outputIds.size());

    std::vector<bool> hasOutput(states);
    for (std::size_t s = 0; s < states; ++s)
        hasOutput[s] = !m_trie[s].outputs.empty() || m_dictionaryLink[s] >= 0;
    for (std::uint32_t &step : m_steps)
        step = std::uint32_t(step * std::uint32_t(classes)) << 1 | (hasOutput[step] ? 1u : 0u);
    m_startStep = std::uint32_t(WordStart * m_classCount) << 1;

    m_trie.clear();
    m_trie.shrink_to_fit();
    m_built = true;
}

std::vector<bool> AhoCorasick::buildAlphabet(std::vector<std::uint16_t> *patternClass)
{
    // Every folded code unit used by a pattern gets a class of its own; the rest share class
    // 0 (parts of words) or 1 (everything else). A code unit whose folding would change
    // whether it belongs to a word keeps its own nature rather than its folded letter.
    std::vector<std::uint16_t> &foldedClass = *patternClass;
    foldedClass.assign(0x10000, 0);
    std::vector<bool> classIsWord{true, false};
    for (const Node &node : m_trie) {
        for (const auto &child : node.children) {
            if (foldedClass[child.first] == 0) {
                foldedClass[child.first] = std::uint16_t(classIsWord.size());
                classIsWord.push_back(TextFold::isWordChar(QChar(child.first)));
            }
        }
    }
    m_classCount = std::int32_t(classIsWord.size());
    m_classOf.assign(0x10000, 0);
    for (unsigned c = 0; c < 0x10000; ++c) {
        const bool word = TextFold::isWordChar(QChar(char16_t(c)));
        const std::uint16_t cls = foldedClass[TextFold::fold(char16_t(c))];
        m_classOf[c] = (cls != 0 && classIsWord[cls] == word) ? cls : (word ? 0 : 1);
    }
    return classIsWord;
}

qsizetype AhoCorasick::splitPoint(QStringView text)
{
    if (text.size() < TwoLaneLength)
        return text.size();
    for (qsizetype i = text.size() / 2; i < text.size(); ++i) {
        if (!TextFold::isWordChar(text[i - 1]))
            return i;
    }
    return text.size();
}

bool AhoCorasick::advance(QStringView text, qsizetype split, Lane *lanes, Batch *batches) const
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    const std::uint32_t *steps = m_steps.data();
    const std::uint16_t *classOf = m_classOf.data();
    const auto classes = std::uint32_t(m_classCount);
    // In these two rows no name is under way: the first lane may stop there past the split.
    const std::uint32_t idleRows = m_startStep >> 1;
    qsizetype first = lanes[0].position;
    qsizetype second = lanes[1].position;
    std::uint32_t firstStep = lanes[0].step;
    std::uint32_t secondStep = lanes[1].step;
    Batch &firstHits = batches[0];
    Batch &secondHits = batches[1];
    firstHits.count = 0;
    secondHits.count = 0;
    auto save = [&] {
        lanes[0] = Lane{first, firstStep};
        lanes[1] = Lane{second, secondStep};
    };
    auto full = [&] { return firstHits.count == HitBatch || secondHits.count == HitBatch; };

    const qsizetype together = std::min(split - first, size - second);
    for (qsizetype k = 0; k < together; ++k) {
        firstStep = steps[(firstStep >> 1) + classOf[data[first]]];
        secondStep = steps[(secondStep >> 1) + classOf[data[second]]];
        ++first;
        ++second;
        if ((firstStep | secondStep) & 1u) {
            if (firstStep & 1u)
                firstHits.hits[firstHits.count++] = Hit{first, std::int32_t((firstStep >> 1) / classes)};
            if (secondStep & 1u)
                secondHits.hits[secondHits.count++] = Hit{second, std::int32_t((secondStep >> 1) / classes)};
            if (full()) {
                save();
                return true;
            }
        }
    }
    // Then each lane alone while goesOn() holds; true when a batch filled on the way.
    auto alone = [&](qsizetype &position, std::uint32_t &step, Batch &batch, auto goesOn) {
        while (goesOn()) {
            step = steps[(step >> 1) + classOf[data[position]]];
            ++position;
            if (step & 1u) {
                batch.hits[batch.count++] = Hit{position, std::int32_t((step >> 1) / classes)};
                if (full())
                    return true;
            }
        }
        return false;
    };
    const bool filled = alone(first, firstStep, firstHits, [&] {
        return first < size && (first < split || (firstStep >> 1) > idleRows);
    }) || alone(second, secondStep, secondHits, [&] { return second < size; });
    save();
    return filled;
}

} // namespace evaw
