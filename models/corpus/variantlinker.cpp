#include "variantlinker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace evaw {

namespace {

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64's finaliser: a fast, well-spread permutation of 64-bit values.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Letters and digits make words; ASCII, nearly all of the text, is decided without a table.
bool isWordUnit(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
    return c.isLetterOrNumber();
}

char16_t lowered(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u;
    return c.toLower().unicode();
}

// The signature's hash functions: h_k(x) = a_k x + b_k over 32 bits, with odd a_k, of the
// word's mixed hash. One multiply-add per word and function, where mixing each word anew
// for each function cost several times that; in 32 bits, the compiler does four at once.
template<int Size> struct SignatureSeeds {
    std::uint32_t multiplier[Size];
    std::uint32_t offset[Size];
};

template<int Size> const SignatureSeeds<Size> &signatureSeeds()
{
    static const SignatureSeeds<Size> seeds = [] {
        SignatureSeeds<Size> s{};
        for (int k = 0; k < Size; ++k) {
            s.multiplier[k] = std::uint32_t(mix(std::uint64_t(2 * k))) | 1u;
            s.offset[k] = std::uint32_t(mix(std::uint64_t(2 * k + 1)));
        }
        return s;
    }();
    return seeds;
}

} // namespace

std::vector<std::uint32_t> VariantLinker::wordSet(QStringView text)
{
    std::vector<std::uint32_t> words;
    collectWords(text, &words);
    return words;
}

void VariantLinker::collectWords(
    QStringView text, std::vector<std::uint32_t> *words, std::optional<std::uint32_t> *opening)
{
    words->clear();
    if (opening)
        opening->reset();
    std::uint64_t openingKey = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordUnit(text[i]))
            ++i;
        std::uint32_t hash = 2166136261u; // FNV-1a over the folded word
        qsizetype length = 0;
        while (i < text.size() && isWordUnit(text[i])) {
            hash = (hash ^ lowered(text[i])) * 16777619u;
            ++i;
            ++length;
        }
        if (length == 0)
            continue;
        words->push_back(hash);
        if (opening && words->size() <= std::size_t(kOpeningWords)) {
            openingKey = mix(openingKey ^ hash);
            if (words->size() == std::size_t(kOpeningWords))
                *opening = std::uint32_t(openingKey >> 32) | 1u;
        }
    }
    std::sort(words->begin(), words->end());
    words->erase(std::unique(words->begin(), words->end()), words->end());
}

bool VariantLinker::similarEnough(int first, int second) const
{
    const std::uint32_t *a = m_words.data() + m_wordRanges[std::size_t(first)].begin;
    const std::uint32_t *aEnd = m_words.data() + m_wordRanges[std::size_t(first)].end;
    const std::uint32_t *b = m_words.data() + m_wordRanges[std::size_t(second)].begin;
    const std::uint32_t *bEnd = m_words.data() + m_wordRanges[std::size_t(second)].end;
    // Most candidates fail, so both bounds below turn them down before the merge ends:
    // common / (|A| + |B| - common) >= t exactly when common >= t (|A| + |B|) / (1 + t).
    const auto sizes = double((aEnd - a) + (bEnd - b));
    const auto needed = std::size_t(std::ceil(kThreshold * sizes / (1.0 + kThreshold) - 1e-9));
    std::size_t common = 0;
    while (a != aEnd && b != bEnd) {
        if (common + std::size_t(std::min(aEnd - a, bEnd - b)) < needed)
            return false; // even if every word left matched
        if (*a < *b) {
            ++a;
        } else if (*b < *a) {
            ++b;
        } else {
            ++common;
            ++a;
            ++b;
        }
    }
    return common >= needed;
}

bool VariantLinker::oneHoldsTheOther(int first, int second) const
{
    const WordRange &one = m_wordRanges[std::size_t(first)];
    const WordRange &other = m_wordRanges[std::size_t(second)];
    const bool oneIsShorter = one.end - one.begin <= other.end - other.begin;
    const WordRange &shorter = oneIsShorter ? one : other;
    const WordRange &longer = oneIsShorter ? other : one;
    if (shorter.begin == shorter.end)
        return false; // a stored activity whose words could not be read
    return std::includes(m_words.begin() + longer.begin, m_words.begin() + longer.end, m_words.begin() + shorter.begin,
        m_words.begin() + shorter.end);
}

double VariantLinker::jaccard(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b)
{
    std::size_t common = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    const std::size_t unionSize = a.size() + b.size() - common;
    return unionSize == 0 ? 0.0 : double(common) / double(unionSize);
}

void VariantLinker::reserve(qsizetype activities)
{
    m_ids.reserve(activities);
    m_wordRanges.reserve(std::size_t(activities));
    m_bandKeys.reserve(std::size_t(activities) * (kBands + 1));
}

void VariantLinker::addStored(qint64 id, QStringView text)
{
    Q_ASSERT(m_ids.size() == m_storedCount); // no new activity yet
    if (!addBands(id, text))
        return;
    m_wordRanges.push_back(WordRange{0, 0});
    ++m_storedCount;
}

void VariantLinker::add(qint64 id, QStringView text)
{
    if (!addBands(id, text))
        return;
    m_wordRanges.push_back(WordRange{std::uint32_t(m_words.size()), std::uint32_t(m_words.size() + m_scratch.size())});
    m_words.insert(m_words.end(), m_scratch.begin(), m_scratch.end());
}

bool VariantLinker::addBands(qint64 id, QStringView text)
{
    std::vector<std::uint32_t> &words = m_scratch;
    std::optional<std::uint32_t> opening;
    collectWords(text, &words, &opening);
    if (int(words.size()) < kShortestText)
        return false;
    const int index = int(m_ids.size());
    const auto &seeds = signatureSeeds<kSignatureSize>();
    std::uint32_t signature[kSignatureSize];
    std::fill(std::begin(signature), std::end(signature), std::numeric_limits<std::uint32_t>::max());
    for (const std::uint32_t word : words) {
        const auto spread = std::uint32_t(mix(word));
        for (int k = 0; k < kSignatureSize; ++k)
            signature[k] = std::min(signature[k], seeds.multiplier[k] * spread + seeds.offset[k]);
    }
    for (int band = 0; band < kBands; ++band) {
        std::uint64_t key = mix(std::uint64_t(band));
        for (int row = 0; row < kRowsPerBand; ++row)
            key = mix(key ^ signature[band * kRowsPerBand + row]);
        m_bandKeys.push_back(BandKey{std::uint32_t(key >> 32) & ~1u, index});
    }
    if (opening)
        m_bandKeys.push_back(BandKey{*opening, index});
    m_bandsSorted = false;
    m_ids.append(id);
    return true;
}

void VariantLinker::sortBands()
{
    if (m_bandsSorted)
        return; // storedNeedingWords() sorted them, and nothing came since
    // Buckets are runs of equal band keys once sorted: a flat array of (key, activity)
    // costs 8 bytes an entry, where a hash of lists cost several times that.
    std::sort(m_bandKeys.begin(), m_bandKeys.end(),
        [](const BandKey &a, const BandKey &b) { return a.key != b.key ? a.key < b.key : a.index < b.index; });
    m_bandsSorted = true;
}

QList<qint64> VariantLinker::storedNeedingWords()
{
    sortBands();
    QList<qint64> ids;
    for (std::size_t begin = 0; begin < m_bandKeys.size();) {
        const std::size_t end = bucketEnd(begin);
        // As links() compares: the first kLargestBucket of a bucket, sorted stored first.
        const std::size_t last = std::min(end, begin + std::size_t(kLargestBucket));
        if (last - begin > 1 && m_bandKeys[last - 1].index >= m_storedCount) {
            for (std::size_t k = begin; k < last && m_bandKeys[k].index < m_storedCount; ++k) {
                const WordRange &range = m_wordRanges[std::size_t(m_bandKeys[k].index)];
                if (range.begin == range.end)
                    ids.append(m_ids[m_bandKeys[k].index]);
            }
        }
        begin = end;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void VariantLinker::setStoredWords(qint64 id, QStringView text)
{
    const auto storedEnd = m_ids.cbegin() + m_storedCount;
    const auto it = std::lower_bound(m_ids.cbegin(), storedEnd, id);
    if (it == storedEnd || *it != id)
        return;
    WordRange &range = m_wordRanges[std::size_t(it - m_ids.cbegin())];
    if (range.begin != range.end)
        return; // already known
    collectWords(text, &m_scratch);
    range = WordRange{std::uint32_t(m_words.size()), std::uint32_t(m_words.size() + m_scratch.size())};
    m_words.insert(m_words.end(), m_scratch.begin(), m_scratch.end());
}

QList<QPair<qint64, qint64>> VariantLinker::links()
{
    sortBands();

    // Buckets are independent: two threads confirm half of the comparisons each.
    const std::size_t middle = halfOfTheComparisons();
    QList<QPair<qint64, qint64>> secondHalf;
    std::thread helper([&] { secondHalf = confirm(middle, m_bandKeys.size()); });
    QList<QPair<qint64, qint64>> result = confirm(0, middle);
    helper.join();
    result.append(secondHalf);
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

std::size_t VariantLinker::bucketEnd(std::size_t begin) const
{
    std::size_t end = begin;
    while (end < m_bandKeys.size() && m_bandKeys[end].key == m_bandKeys[begin].key)
        ++end;
    return end;
}

std::size_t VariantLinker::halfOfTheComparisons() const
{
    auto comparisons = [](std::size_t size) {
        const std::size_t compared = std::min(size, std::size_t(kLargestBucket));
        return compared * (compared - 1) / 2;
    };
    std::size_t total = 0;
    for (std::size_t begin = 0; begin < m_bandKeys.size();) {
        const std::size_t end = bucketEnd(begin);
        total += comparisons(end - begin);
        begin = end;
    }
    std::size_t sofar = 0;
    for (std::size_t begin = 0; begin < m_bandKeys.size();) {
        if (2 * sofar >= total)
            return begin;
        const std::size_t end = bucketEnd(begin);
        sofar += comparisons(end - begin);
        begin = end;
    }
    return m_bandKeys.size();
}

QList<QPair<qint64, qint64>> VariantLinker::confirm(std::size_t from, std::size_t to) const
{
    // Pairs are confirmed bucket by bucket and only the few links are kept: listing every
    // candidate first would hold tens of millions of pairs on a repetitive corpus.
    QList<QPair<qint64, qint64>> result;
    for (std::size_t begin = from; begin < to;) {
        const std::size_t end = bucketEnd(begin);
        const std::size_t last = std::min(end, begin + std::size_t(kLargestBucket));
        const bool opening = (m_bandKeys[begin].key & 1u) != 0;
        for (std::size_t a = begin; a < last; ++a) {
            for (std::size_t b = a + 1; b < last; ++b) {
                const int first = m_bandKeys[a].index;
                const int second = m_bandKeys[b].index;
                if (first < m_storedCount && second < m_storedCount)
                    continue;
                if (opening ? oneHoldsTheOther(first, second) : similarEnough(first, second))
                    result.append(
                        qMakePair(std::min(m_ids[first], m_ids[second]), std::max(m_ids[first], m_ids[second])));
            }
        }
        begin = end;
    }
    return result;
}

} // namespace evaw
