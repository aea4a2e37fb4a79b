#include "listcolumn.h"

#include <array>
#include <charconv>
#include <limits>

namespace evaw::ListColumn {

namespace {

constexpr int kMostFields = 8;

// One value of an item: an integer, or a string without escapes (the only strings the
// columns hold are date kinds).
struct Field {
    qint64 number = 0;
    QByteArrayView string;
    bool isString = false;
};

// A cursor over one column's text. Reads only what the columns hold: an array whose items
// are integers, or arrays of integers and plain strings.
class Parser
{
public:
    explicit Parser(QByteArrayView json)
        : m_json(json)
    {
    }

    /// Calls onItem(fields, count) per item; false when the text is malformed or onItem
    /// refuses an item's shape.
    template<typename OnItem> bool parse(OnItem &&onItem)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return atEnd();
        std::array<Field, kMostFields> fields;
        do {
            int count = 0;
            if (take('[')) {
                if (!take(']')) {
                    do {
                        if (count == kMostFields || !value(&fields[std::size_t(count)]))
                            return false;
                        ++count;
                    } while (take(','));
                    if (!take(']'))
                        return false;
                }
            } else if (value(&fields[0])) {
                count = -1; // a bare value, not a one-field array
            } else {
                return false;
            }
            if (!onItem(fields.data(), count))
                return false;
        } while (take(','));
        return take(']') && atEnd();
    }

private:
    void skipSpace()
    {
        while (m_at < m_json.size()
            && (m_json[m_at] == ' ' || m_json[m_at] == '\n' || m_json[m_at] == '\t' || m_json[m_at] == '\r'))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at < m_json.size() && m_json[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_json.size();
    }

    bool value(Field *field)
    {
        skipSpace();
        if (m_at >= m_json.size())
            return false;
        if (m_json[m_at] == '"') {
            const qsizetype start = ++m_at;
            while (m_at < m_json.size() && m_json[m_at] != '"' && m_json[m_at] != '\\')
                ++m_at;
            if (m_at >= m_json.size() || m_json[m_at] != '"')
                return false;
            *field = Field{0, m_json.sliced(start, m_at - start), true};
            ++m_at;
            return true;
        }
        const bool negative = m_json[m_at] == '-';
        if (negative)
            ++m_at;
        const qsizetype start = m_at;
        qint64 number = 0;
        while (m_at < m_json.size() && m_json[m_at] >= '0' && m_json[m_at] <= '9') {
            if (number > (std::numeric_limits<qint64>::max() - 9) / 10)
                return false;
            number = number * 10 + (m_json[m_at] - '0');
            ++m_at;
        }
        if (m_at == start)
            return false;
        *field = Field{negative ? -number : number, {}, false};
        return true;
    }

    QByteArrayView m_json;
    qsizetype m_at = 0;
};

bool allNumbers(const Field *fields, int count)
{
    for (int i = 0; i < count; ++i) {
        if (fields[i].isString)
            return false;
    }
    return true;
}

int asInt(qint64 number)
{
    return number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max() ? -1 : int(number);
}

// Kinds are a handful of words: shared strings, so that reading a large store allocates
// none per date.
QString kindOf(QByteArrayView word)
{
    struct Kind {
        const char *word;
        QString name;
    };
    static const std::array<Kind, 5> kKinds{{{"year", QStringLiteral("year")}, {"since", QStringLiteral("since")},
        {"as-of", QStringLiteral("as-of")}, {"range", QStringLiteral("range")}, {"target", QStringLiteral("target")}}};
    for (const Kind &kind : kKinds) {
        if (word == QByteArrayView(kind.word))
            return kind.name;
    }
    return QString::fromUtf8(word);
}

// Builds one column's text in a single allocation, sized for the longest text the items
// could make and cut to what they made: an import writes three per activity, and
// appending character by character cost more than the SQLite insert around them.
class Builder
{
public:
    static constexpr qsizetype kLongestNumber = 21; // "-9223372036854775808,"

    /// Room for @p items items of @p fieldsPerItem numbers, and @p extra more characters.
    explicit Builder(std::size_t items, int fieldsPerItem, qsizetype extra = 0)
        : m_json(qsizetype(2 + items * (3 + std::size_t(fieldsPerItem) * kLongestNumber)) + extra, Qt::Uninitialized)
        , m_at(m_json.data())
    {
        *m_at++ = '[';
    }
    void beginItem()
    {
        if (m_at != m_json.constData() + 1)
            *m_at++ = ',';
    }
    void number(qint64 value, bool last = false)
    {
        m_at = std::to_chars(m_at, m_at + kLongestNumber, value).ptr;
        if (!last)
            *m_at++ = ',';
    }
    void tuple(std::initializer_list<qint64> values)
    {
        beginItem();
        *m_at++ = '[';
        for (const qint64 *value = values.begin(); value != values.end(); ++value)
            number(*value, value + 1 == values.end());
        *m_at++ = ']';
    }
    /// At most text.size() + 3 characters.
    void word(const QString &text)
    {
        // Kinds are the extractor's own words; anything that would need escaping is dropped.
        *m_at++ = '"';
        for (const QChar c : text) {
            if (c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\')
                *m_at++ = char(c.unicode());
        }
        *m_at++ = '"';
        *m_at++ = ',';
    }
    void raw(char c) { *m_at++ = c; }
    QByteArray finish()
    {
        *m_at++ = ']';
        m_json.truncate(m_at - m_json.constData());
        return std::move(m_json);
    }

private:
    QByteArray m_json;
    char *m_at;
};

} // namespace

QByteArray encodeIds(const std::vector<qint64> &ids)
{
    Builder json(ids.size(), 1);
    for (const qint64 id : ids) {
        json.beginItem();
        json.number(id, true);
    }
    return json.finish();
}

QByteArray encodeMentions(const std::vector<MentionSpan> &mentions)
{
    Builder json(mentions.size(), 3);
    for (const MentionSpan &m : mentions)
        json.tuple({m.entityId, m.start, m.length});
    return json.finish();
}

QByteArray encodeDates(const QList<DateMention> &dates)
{
    qsizetype kinds = 0;
    for (const DateMention &d : dates)
        kinds += d.kind.size() + 3;
    Builder json(std::size_t(dates.size()), 6, kinds);
    for (const DateMention &d : dates) {
        json.beginItem();
        json.raw('[');
        for (const int number : {d.year, d.month, d.day, d.endYear})
            json.number(number);
        json.word(d.kind);
        json.number(d.start);
        json.number(d.length, true);
        json.raw(']');
    }
    return json.finish();
}

bool decodeIds(QByteArrayView json, std::vector<qint64> *out)
{
    const std::size_t before = out->size();
    const bool ok = Parser(json).parse([&](const Field *fields, int count) {
        if (count != -1 || fields[0].isString)
            return false;
        out->push_back(fields[0].number);
        return true;
    });
    if (!ok)
        out->resize(before);
    return ok;
}

bool decodeMentions(QByteArrayView json, std::vector<MentionSpan> *out)
{
    const std::size_t before = out->size();
    const bool ok = Parser(json).parse([&](const Field *fields, int count) {
        if (count != 3 || !allNumbers(fields, count))
            return false;
        out->push_back(MentionSpan{fields[0].number, asInt(fields[1].number), asInt(fields[2].number)});
        return true;
    });
    if (!ok)
        out->resize(before);
    return ok;
}

bool decodeDates(QByteArrayView json, QList<DateMention> *out)
{
    const qsizetype before = out->size();
    const bool ok = Parser(json).parse([&](const Field *fields, int count) {
        if (count != 7 || !allNumbers(fields, 4) || !fields[4].isString || !allNumbers(fields + 5, 2))
            return false;
        DateMention d;
        d.year = asInt(fields[0].number);
        d.month = asInt(fields[1].number);
        d.day = asInt(fields[2].number);
        d.endYear = asInt(fields[3].number);
        d.kind = kindOf(fields[4].string);
        d.start = asInt(fields[5].number);
        d.length = asInt(fields[6].number);
        out->append(d);
        return true;
    });
    if (!ok)
        out->resize(before);
    return ok;
}

} // namespace evaw::ListColumn
