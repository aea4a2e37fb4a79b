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
    /// The seed's variant pairs overlap 0.78 and 0.81; statements that merely share a
    /// template ("In X, UNFPA supported Y") stay well below.
    static constexpr double kThreshold = 0.7;

    /// An activity of the store, imported before: it is linked to the new ones, but pairs
    /// of stored activities were settled by earlier imports and are not looked for again.
    /// Stored activities come before any new one.
    void addStored(qint64 id, QStringView text);
    /// An activity of this import.
    void add(qint64 id, QStringView text);
    /// Forgets every activity from @p id on (a file whose import was rolled back).
    void discardFrom(qint64 id);

    /// Every pair (lower id first), at least one of them new, whose word sets overlap at
    /// least kThreshold.
    QList<QPair<qint64, qint64>> links();

    /// The distinct words of @p text, case folded and hashed, in order of hash.
    static std::vector<std::uint32_t> wordSet(QStringView text);
    static double jaccard(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b);

private:
    // 10 bands of 4 rows: a pair at 0.78 shares a bucket with probability 0.99, a pair
    // at 0.5 with 0.48 and one at 0.3 with 0.08, which keeps the comparisons few.
    static constexpr int kBands = 10;
    static constexpr int kRowsPerBand = 4;
    static constexpr int kSignatureSize = kBands * kRowsPerBand;
    static constexpr int kShortestText = 6; // words; shorter texts are too generic to compare
    static constexpr int kLargestBucket = 32; // boilerplate beyond this is not a variant

    // Every activity's words back to back: a vector each would add 40 bytes of overhead
    // to half a million activities.
    QList<qint64> m_ids;
    int m_storedCount = 0; ///< the first entries, which addStored() made
    std::vector<std::uint32_t> m_words;
    std::vector<std::size_t> m_wordStart{0}; ///< per activity, and one past the last
    // 32-bit band keys: a rare collision only adds a candidate that Jaccard turns down.
    struct BandKey {
        std::uint32_t key;
        int index;
    };
    std::vector<BandKey> m_bandKeys; ///< one per band per activity

    static void collectWords(QStringView text, std::vector<std::uint32_t> *words);
    /// One past the last band key equal to the one at @p begin.
    std::size_t bucketEnd(std::size_t begin) const;
    /// The start of the bucket where half of the comparisons links() makes are done.
    std::size_t halfOfTheComparisons() const;
    /// The links among the buckets in [from, to); both are bucket starts or the end.
    QList<QPair<qint64, qint64>> confirm(std::size_t from, std::size_t to) const;

    std::vector<std::uint32_t> m_scratch; ///< the words of the text being added

    /// Whether the Jaccard similarity of two activities' words reaches kThreshold.
    bool similarEnough(int first, int second) const;
};

} // namespace evaw
