#pragma once

#include <QIODevice>

#include <cstdint>
#include <random>

namespace evaw::bench {

/// Writes synthetic corpora in the inventory's style, the same bytes for the same seed:
/// measure headings, entry headers, cut previews followed by "View More", bullets under
/// lead-ins, numbered items, glued run-on sentences, repeated blocks and dated statements
/// naming agencies, countries, provinces, programmes and forms of violence.
class CorpusGenerator
{
public:
    explicit CorpusGenerator(std::uint32_t seed = 20081201u);

    /// Writes entries until at least @p bytes have been written; returns the bytes written.
    qint64 write(QIODevice *out, qint64 bytes);

private:
    QByteArray entry();
    QByteArray sentence();
    const char *pick(const std::initializer_list<const char *> &items);
    int number(int low, int high);

    std::mt19937 m_random;
    QByteArray m_lastBlock;
};

} // namespace evaw::bench
