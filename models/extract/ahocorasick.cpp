#include "ahocorasick.h"

#include "textfold.h"

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

    // Alphabet: every folded code unit used by a pattern gets a class; the rest share class 0.
    std::vector<std::uint16_t> foldedClass(0x10000, 0);
    m_classCount = 1;
    for (const Node &node : m_trie) {
        for (const auto &child : node.children) {
            if (foldedClass[child.first] == 0)
                foldedClass[child.first] = std::uint16_t(m_classCount++);
        }
    }
    m_classOf.assign(0x10000, 0);
    for (unsigned c = 0; c < 0x10000; ++c)
        m_classOf[c] = foldedClass[TextFold::fold(char16_t(c))];

    const std::size_t states = m_trie.size();
    m_delta.assign(states * std::size_t(m_classCount), 0);
    m_failure.assign(states, 0);
    m_dictionaryLink.assign(states, -1);

    // Breadth-first, so that a node's failure target is complete before the node itself.
    std::queue<std::int32_t> queue;
    for (const auto &child : m_trie[0].children) {
        m_delta[std::size_t(foldedClass[child.first])] = child.second;
        queue.push(child.second);
    }
    while (!queue.empty()) {
        const std::int32_t node = queue.front();
        queue.pop();
        const std::int32_t fail = m_failure[std::size_t(node)];
        std::int32_t *row = &m_delta[std::size_t(node) * std::size_t(m_classCount)];
        const std::int32_t *failRow = &m_delta[std::size_t(fail) * std::size_t(m_classCount)];
        std::copy(failRow, failRow + m_classCount, row);
        m_dictionaryLink[std::size_t(node)]
            = m_trie[std::size_t(fail)].outputs.empty() ? m_dictionaryLink[std::size_t(fail)] : fail;
        for (const auto &child : m_trie[std::size_t(node)].children) {
            const std::uint16_t cls = foldedClass[child.first];
            m_failure[std::size_t(child.second)] = failRow[cls];
            row[cls] = child.second;
            queue.push(child.second);
        }
    }

    m_outputBegin.assign(states + 1, 0);
    m_hasOutput.assign(states, 0);
    for (std::size_t s = 0; s < states; ++s) {
        m_outputBegin[s] = std::int32_t(m_outputIds.size());
        for (const auto &[id, length] : m_trie[s].outputs) {
            m_outputIds.push_back(id);
            m_lengths.push_back(length);
        }
    }
    m_outputBegin[states] = std::int32_t(m_outputIds.size());
    for (std::size_t s = 0; s < states; ++s)
        m_hasOutput[s] = (!m_trie[s].outputs.empty() || m_dictionaryLink[s] >= 0) ? 1 : 0;

    m_trie.clear();
    m_trie.shrink_to_fit();
    m_built = true;
}

} // namespace evaw
