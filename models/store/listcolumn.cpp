#include "listcolumn.h"

#include "extract/dateextractor.h"

#include <array>
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
    static const std::array<Kind, 4> kKinds{{{"year", QStringLiteral("year")}, {"since", QStringLiteral("since")},
        {"as-of", QStringLiteral("as-of")}, {"range", QStringLiteral("range")}}};
    for (const Kind &kind : kKinds) {
        if (word == QByteArrayView(kind.word))
            return kind.name;
    }
    return QString::fromUtf8(word);
}

void appendTuple(QByteArray *json, std::initializer_list<qint64> numbers)
{
    json->append('[');
    bool first = true;
    for (const qint64 number : numbers) {
        if (!first)
            json->append(',');
        first = false;
        json->append(QByteArray::number(number));
    }
    json->append(']');
}

} // namespace

QByteArray encodeIds(const std::vector<qint64> &ids)
{
    QByteArray json("[");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json.append(',');
        json.append(QByteArray::number(ids[i]));
    }
    json.append(']');
    return json;
}

QByteArray encodeMentions(const std::vector<MentionSpan> &mentions)
{
    QByteArray json("[");
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        if (i > 0)
            json.append(',');
        appendTuple(&json, {mentions[i].entityId, mentions[i].start, mentions[i].length});
    }
    json.append(']');
    return json;
}

QByteArray encodeDates(const QList<DateMention> &dates)
{
    QByteArray json("[");
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const DateMention &d = dates[i];
        if (i > 0)
            json.append(',');
        json.append('[');
        for (const int number : {d.year, d.month, d.day, d.endYear})
            json.append(QByteArray::number(number)).append(',');
        // Kinds are the extractor's own words; anything that would need escaping is dropped.
        QByteArray kind = d.kind.toUtf8();
        kind.replace('"', QByteArray()).replace('\\', QByteArray());
        json.append('"').append(kind).append("\",");
        json.append(QByteArray::number(d.start)).append(',').append(QByteArray::number(d.length)).append(']');
    }
    json.append(']');
    return json;
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

bool decodeDates(QByteArrayView json, QList<DateMention> *out, QStringView text)
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
        if (!text.isNull() && d.start >= 0 && d.length >= 0 && d.start + qint64(d.length) <= text.size()) {
            d.text = text.mid(d.start, d.length).toString();
            d.sentence = DateExtractor::sentenceAround(text, d.start);
        }
        out->append(d);
        return true;
    });
    if (!ok)
        out->resize(before);
    return ok;
}

} // namespace evaw::ListColumn
