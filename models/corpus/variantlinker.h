#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <vector>

namespace evaw {

/// Finds near-duplicate activities: the same statement reported again with other figures
/// ("...FGM in 18 countries" / "...(FGM) in 17 countries"). Candidates come from MinHash
/// signatures in locality-sensitive buckets, so the work grows with the corpus, not its
/// square; each candidate pair is then confirmed by the Jaccard similarity of its words.
class VariantLinker
{
public:
    static constexpr double kThreshold = 0.6;

    void add(qint64 id, QStringView text);

    /// Every pair (lower id first) whose word sets overlap at least kThreshold.
    QList<QPair<qint64, qint64>> links() const;

    static std::vector<std::uint32_t> wordSet(QStringView text);
    static double jaccard(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b);

private:
    static constexpr int kBands = 8;
    static constexpr int kRowsPerBand = 2;
    static constexpr int kShortestText = 6; // words; shorter texts are too generic to compare
    static constexpr int kLargestBucket = 64; // boilerplate beyond this is not a variant

    QList<qint64> m_ids;
    std::vector<std::vector<std::uint32_t>> m_words;
    QHash<quint64, QList<int>> m_buckets;
};

} // namespace evaw
