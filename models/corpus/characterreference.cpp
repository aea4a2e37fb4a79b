#include "characterreference.h"

#include "textfilereader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace evaw {

namespace {

// The longest name of the set ("CounterClockwiseContourIntegral") has 31 letters.
constexpr qsizetype kLongestName = 32;

bool isAsciiAlphanumeric(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// The value of an ASCII digit, hexadecimal ones included; -1 for any other character.
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    const char16_t lower = u | 0x20;
    return lower >= u'a' && lower <= u'f' ? lower - u'a' + 10 : -1;
}

// The code point a numeric reference names, as HTML reads it: 0x80-0x9F are the characters
// Windows-1252 puts there ("&#146;" is a right quote), which pages written in that encoding
// and converted carelessly are full of. 0 where it names nothing a text may hold.
char32_t codePointOf(char32_t number)
{
    if (number >= 0x80 && number < 0xA0) {
        const char byte = char(number);
        return TextFileReader::decode(&byte, 1, TextFileReader::Encoding::Windows1252).front().unicode();
    }
    const bool whiteSpace = number == u'\t' || number == u'\n' || number == u'\r';
    const bool control = number < 0x20 && !whiteSpace;
    const bool surrogate = number >= 0xD800 && number <= 0xDFFF;
    return (control || surrogate || number > 0x10FFFF) ? 0 : number;
}

// "&#8217;" or "&#x2019;" at @p at: its length, else 0.
int readNumeric(QStringView text, qsizetype at, QString *value)
{
    qsizetype i = at + 2;
    const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
    if (hex)
        ++i;
    const int base = hex ? 16 : 10;
    const qsizetype digitsStart = i;
    char32_t number = 0;
    while (i < text.size() && i - digitsStart < 8) {
        const int digit = digitValue(text[i]);
        if (digit < 0 || digit >= base)
            break;
        number = number * char32_t(base) + char32_t(digit);
        ++i;
    }
    if (i == digitsStart || i >= text.size() || text[i] != u';')
        return 0;
    const char32_t codePoint = codePointOf(number);
    if (codePoint == 0)
        return 0;
    if (value)
        *value = QString::fromUcs4(&codePoint, 1);
    return int(i - at + 1);
}

// Every numeric reference in @p definition, decoded: the entity set writes a character
// as "&#x02019;", and "&" and "<" as "&#38;#38;" and "&#38;#60;".
QString decodeDefinition(QString definition)
{
    definition.replace(QLatin1String("&#38;#"), QLatin1String("&#"));
    QString decoded;
    for (qsizetype at = definition.indexOf(QLatin1String("&#")); at >= 0;
         at = definition.indexOf(QLatin1String("&#"), at + 1)) {
        QString character;
        if (readNumeric(definition, at, &character) > 0)
            decoded += character;
    }
    return decoded;
}

QHash<QString, QString> loadNamed()
{
    QHash<QString, QString> named;
    QFile file(QStringLiteral(":/w3c/htmlmathml-f.ent"));
    if (!file.open(QIODevice::ReadOnly))
        return named;
    const QString set = QString::fromUtf8(file.readAll());
    static const QRegularExpression declaration(QStringLiteral(R"re(<!ENTITY\s+([A-Za-z0-9]+)\s+"([^"]*)")re"));
    for (auto it = declaration.globalMatch(set); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString value = decodeDefinition(match.captured(2));
        if (!value.isEmpty())
            named.insert(match.captured(1), value);
    }
    return named;
}

const QHash<QString, QString> &namedReferences()
{
    static const QHash<QString, QString> named = loadNamed();
    return named;
}

// "&rsquo;" at @p at: its length, else 0.
int readNamed(QStringView text, qsizetype at, QString *value)
{
    qsizetype end = at + 1;
    while (end < text.size() && end - at <= kLongestName && isAsciiAlphanumeric(text[end]))
        ++end;
    if (end == at + 1 || end >= text.size() || text[end] != u';')
        return 0;
    const QHash<QString, QString> &named = namedReferences();
    const auto found = named.constFind(text.mid(at + 1, end - at - 1).toString());
    // A reference never stands for more characters than it takes, so that a line that
    // loses its references is never longer.
    const int length = int(end - at + 1);
    if (found == named.constEnd() || found->size() > length)
        return 0;
    if (value)
        *value = *found;
    return length;
}

} // namespace

int CharacterReference::read(QStringView text, qsizetype at, QString *value)
{
    if (at + 3 >= text.size() || text[at] != u'&')
        return 0;
    return text[at + 1] == u'#' ? readNumeric(text, at, value) : readNamed(text, at, value);
}

qsizetype CharacterReference::namedCount()
{
    return namedReferences().size();
}

} // namespace evaw
