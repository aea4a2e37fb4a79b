#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace evaw {

/// Finds near-duplicate activities: the same statement reported again with other figures
/// ("...FGM in 18 countries" / "...(FGM) in 17 countries"), or reported again with more
/// said after it ("UNFPA actively engages with the 16 Days of Activism..." and the same
/// sentence followed by another). Candidates come from MinHash signatures in
/// locality-sensitive buckets, and from buckets of texts that open with the same words, so
/// the work grows with the corpus, not its square. A pair from a MinHash bucket is
/// confirmed by the Jaccard similarity of its words; one from an opening's bucket when
/// every word of the shorter text is in the longer.
class VariantLinker
{
public:
    /// The seed's variant pairs overlap 0.78 and 0.81; statements that merely share a
    /// template ("In X, UNFPA supported Y") stay well below.
    static constexpr double kThreshold = 0.7;

    /// An activity of the store, imported before: it is linked to the new ones, but pairs
    /// of stored activities were settled by earlier imports and are not looked for again.
    /// Stored activities come before any new one, in ascending order of id. Only their
    /// buckets are kept: a store's words would take more memory than an import may.
    void addStored(qint64 id, QStringView text);
    /// Room for @p activities in all: growing by doubling would hold a big store's buckets
    /// twice at once.
    void reserve(qsizetype activities);
    /// The stored activities that share a bucket with a new one, in ascending order: their
    /// words are needed, through setStoredWords(), before links() can compare them.
    QList<qint64> storedNeedingWords();
    void setStoredWords(qint64 id, QStringView text);
    /// An activity of this import.
    void add(qint64 id, QStringView text);

    /// Every pair (lower id first), at least one of them new, whose word sets overlap at
    /// least kThreshold, or that open with the same kOpeningWords words and of which one
    /// has every word of the other.
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
    /// Words in order that two texts must open with for one to extend the other: enough
    /// that a common template ("Since 2016 UNFPA, jointly with UNICEF,") is not a statement.
    static constexpr int kOpeningWords = 10;
    static constexpr int kLargestBucket = 32; // boilerplate beyond this is not a variant

    // Every activity's words back to back: a vector each would add 40 bytes of overhead
    // to half a million activities.
    QList<qint64> m_ids;
    int m_storedCount = 0; ///< the first entries, which addStored() made
    std::vector<std::uint32_t> m_words;
    struct WordRange { // offsets into m_words, which holds far fewer than 2^32 words
        std::uint32_t begin;
        std::uint32_t end;
    };
    std::vector<WordRange> m_wordRanges; ///< per activity; empty for a stored one until needed
    // 32-bit band keys: a rare collision only adds a candidate that Jaccard turns down.
    struct BandKey {
        std::uint32_t key;
        int index;
    };
    /// One per band per activity, and one for its opening. A MinHash band's key is even,
    /// an opening's odd, so that a bucket knows which test confirms its pairs.
    std::vector<BandKey> m_bandKeys;
    bool m_bandsSorted = false;

    /// The distinct words of @p text into @p words; and into @p opening, when asked and the
    /// text has that many words, a key of its first kOpeningWords words in order.
    static void collectWords(
        QStringView text, std::vector<std::uint32_t> *words, std::optional<std::uint32_t> *opening = nullptr);
    /// Adds the bands of @p text's words (in m_scratch); false when it is too short.
    bool addBands(qint64 id, QStringView text);
    void sortBands();
    /// One past the last band key equal to the one at @p begin.
    std::size_t bucketEnd(std::size_t begin) const;
    /// The start of the bucket where half of the comparisons links() makes are done.
    std::size_t halfOfTheComparisons() const;
    /// The links among the buckets in [from, to); both are bucket starts or the end.
    QList<QPair<qint64, qint64>> confirm(std::size_t from, std::size_t to) const;

    std::vector<std::uint32_t> m_scratch; ///< the words of the text being added

    /// Whether the Jaccard similarity of two activities' words reaches kThreshold.
    bool similarEnough(int first, int second) const;
    /// Whether every word of one activity is a word of the other.
    bool oneHoldsTheOther(int first, int second) const;
};

} // namespace evaw
