#include "textfold.h"

#include <vector>

namespace evaw::TextFold {

namespace {

char16_t typographic(char16_t c)
{
    switch (c) {
    case 0x2018: // left single quotation mark
    case 0x2019: // right single quotation mark
    case 0x02BC: // modifier letter apostrophe
    case 0x2032: // prime
    case 0x0060: // grave accent used as an apostrophe
        return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
        return u'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
        return u'-';
    case 0x00A0:
    case 0x2007:
    case 0x2009:
    case 0x202F:
    case u'\t':
        return u' ';
    default:
        return c;
    }
}

const std::vector<char16_t> &foldTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> t(0x10000);
        for (unsigned c = 0; c < 0x10000; ++c) {
            const char16_t plain = typographic(char16_t(c));
            if (plain != c) {
                t[c] = plain;
                continue;
            }
            // Accents fold to their base letter ("Zambézia" matches "Zambezia"), which also
            // keeps the matcher's alphabet, and so its table, small.
            QChar ch{char16_t(c)};
            if (ch.decompositionTag() == QChar::Canonical && !ch.decomposition().isEmpty()
                && ch.decomposition().at(0).unicode() < 0x80)
                ch = ch.decomposition().at(0);
            t[c] = ch.toLower().unicode();
        }
        return t;
    }();
    return table;
}

} // namespace

char16_t fold(char16_t c)
{
    return foldTable()[c];
}

QString folded(QStringView text)
{
    const auto &table = foldTable();
    QString result(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = table[text[i].unicode()];
    return result;
}

QString normalizedForComparison(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(result.data());
    char16_t *out = begin;
    bool pendingSpace = false;
    for (const QChar ch : text) {
        const char16_t c = typographic(ch.unicode());
        if (c == u' ' || QChar::isSpace(c)) {
            pendingSpace = out != begin;
            continue;
        }
        if (pendingSpace)
            *out++ = u' ';
        pendingSpace = false;
        *out++ = c;
    }
    result.truncate(out - begin);
    return result;
}

} // namespace evaw::TextFold
