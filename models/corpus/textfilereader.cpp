#include "textfilereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstring>

namespace evaw {

namespace {

// Small enough for the allocator to hand back memory it has already touched: each chunk of
// a MiB was mapped afresh, and its page faults made the first pass over a 1 MiB file take
// 4.3 ms where 64 KiB chunks take 0.6 ms.
constexpr qint64 kChunkBytes = 1 << 16;

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes keep
// their C1 code points so that no byte is ever lost.
constexpr std::array<char16_t, 32> kWindows1252High{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The bytes of U+FEFF in @p encoding: a byte order mark; none in Windows-1252.
QByteArrayView byteOrderMark(TextFileReader::Encoding encoding)
{
    switch (encoding) {
    case TextFileReader::Encoding::Utf8:
        return QByteArrayView("\xEF\xBB\xBF");
    case TextFileReader::Encoding::Utf16LE:
        return QByteArrayView("\xFF\xFE");
    case TextFileReader::Encoding::Utf16BE:
        return QByteArrayView("\xFE\xFF");
    case TextFileReader::Encoding::Windows1252:
        break;
    }
    return {};
}

// Whether @p start, a file's first characters, opens a web page: a document type or an html
// element first, after white space, an XML declaration and comments (a browser notes where
// it saved the page from: "<!-- saved from url=... -->"). A page saved from a browser is
// markup, scripts and menus around the inventory's text, and would be read as paragraphs.
bool opensAWebPage(QStringView start)
{
    QStringView rest = start.trimmed();
    for (const auto &[open, close] : {std::pair(QLatin1String("<?xml"), QLatin1String("?>")),
             std::pair(QLatin1String("<!--"), QLatin1String("-->"))}) {
        while (rest.startsWith(open, Qt::CaseInsensitive)) {
            const qsizetype end = rest.indexOf(close, open.size());
            if (end < 0)
                return false;
            rest = rest.mid(end + close.size()).trimmed();
        }
    }
    return rest.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive)
        || rest.startsWith(QLatin1String("<html"), Qt::CaseInsensitive);
}

QString decodeWindows1252(const char *data, qsizetype size)
{
    QString result(size, Qt::Uninitialized);
    QChar *out = result.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(kWindows1252High[byte - 0x80]) : QChar(byte);
    }
    return result;
}

// Checks UTF-8 well-formedness chunk by chunk; @p pending carries the continuation bytes
// still owed by a sequence cut at the end of the previous chunk.
bool validUtf8(const QByteArray &chunk, int *pending)
{
    const auto *p = reinterpret_cast<const unsigned char *>(chunk.constData());
    const unsigned char *const end = p + chunk.size();
    while (p < end) {
        // Most text is ASCII: skip it eight bytes at a time.
        while (*pending == 0 && end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char byte = *p++;
        if (*pending > 0) {
            if ((byte & 0xC0) != 0x80)
                return false;
            --*pending;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
            *pending = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            *pending = 2;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            *pending = 3;
        } else if (byte >= 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

TextFileReader::TextFileReader(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
}

QString TextFileReader::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool TextFileReader::fail(const QString &path, const QString &reason)
{
    m_error = QFileInfo(path).fileName() + QStringLiteral(": ") + reason;
    return false;
}

bool TextFileReader::read(const QString &path, const LineHandler &onLine)
{
    m_error.clear();
    m_cancelled = false;
    QFile file(path);
    if (QFileInfo(path).isDir())
        return fail(path, tr("is a folder, not a text file"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, tr("cannot be read (%1)").arg(file.errorString()));
    if (!inspect(file, path))
        return false;
    if (!file.seek(0))
        return fail(path, tr("cannot be read again (%1)").arg(file.errorString()));
    return emitLines(file, onLine);
}

// First pass: size limit, byte order mark, binary content and the encoding.
bool TextFileReader::inspect(QIODevice &file, const QString &path)
{
    m_size = file.size();
    if (m_size == 0)
        return fail(path, tr("is empty"));
    if (m_size > m_maxBytes)
        return fail(path, tr("is %1 MiB, larger than the %2 MiB limit").arg(m_size >> 20).arg(m_maxBytes >> 20));

    bool isUtf8 = true;
    int pendingUtf8 = 0;
    qint64 offset = 0;
    m_bomLength = 0;
    m_encoding = Encoding::Utf8;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty() && !file.atEnd())
            return fail(path, tr("cannot be read (%1)").arg(file.errorString()));
        if (offset == 0) {
            for (const Encoding marked : {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE}) {
                const QByteArrayView bom = byteOrderMark(marked);
                if (QByteArrayView(chunk).startsWith(bom)) {
                    m_encoding = marked;
                    m_bomLength = int(bom.size());
                    break;
                }
            }
            // A page is told by its first characters, read as the byte order mark says
            // (markup is ASCII, which UTF-8 and Windows-1252 read alike).
            constexpr qsizetype kOpeningBytes = 1024;
            const QByteArray opening = chunk.mid(m_bomLength, kOpeningBytes);
            if (opensAWebPage(decode(opening.constData(), opening.size(), m_encoding)))
                return fail(path,
                    tr("is a web page (HTML), not text: save it from the browser as text, or copy its text into "
                       "a file, and import that"));
        }
        if (m_encoding == Encoding::Utf8) {
            const qsizetype nul = chunk.indexOf('\0');
            if (nul >= 0)
                return fail(path, tr("is binary, not text (NUL byte at offset %1)").arg(offset + nul));
            isUtf8 = isUtf8 && validUtf8(chunk, &pendingUtf8);
        } else {
            if ((m_size - m_bomLength) % 2 != 0)
                return fail(path, tr("is not valid UTF-16 (odd number of bytes)"));
            for (qsizetype i = (offset == 0 ? m_bomLength : 0); i + 1 < chunk.size(); i += 2) {
                if (chunk[i] == '\0' && chunk[i + 1] == '\0')
                    return fail(path, tr("is binary, not text (NUL character at offset %1)").arg(offset + i));
            }
        }
        offset += chunk.size();
    }
    if (m_encoding == Encoding::Utf8 && (!isUtf8 || pendingUtf8 > 0)) {
        m_encoding = Encoding::Windows1252;
        m_bomLength = 0;
    }
    return true;
}

QString TextFileReader::decode(const char *data, qsizetype size, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QString::fromUtf8(data, size);
    case Encoding::Windows1252:
        return decodeWindows1252(data, size);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        QString result(size / 2, Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(result.data());
        const auto *bytes = reinterpret_cast<const unsigned char *>(data);
        const bool little = encoding == Encoding::Utf16LE;
        for (qsizetype i = 0; i < size / 2; ++i) {
            const unsigned lo = bytes[2 * i + (little ? 0 : 1)];
            const unsigned hi = bytes[2 * i + (little ? 1 : 0)];
            out[i] = char16_t(lo | (hi << 8));
        }
        return result;
    }
    }
    return {};
}

// Second pass: split at line ends in the file's own code units and decode line by line.
bool TextFileReader::emitLines(QIODevice &file, const LineHandler &onLine)
{
    const int unit = (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) ? 2 : 1;
    const bool bigEndian = m_encoding == Encoding::Utf16BE;
    auto codeUnitAt = [&](const char *data, qsizetype i) -> unsigned {
        if (unit == 1)
            return static_cast<unsigned char>(data[i]);
        const auto a = static_cast<unsigned char>(data[i]);
        const auto b = static_cast<unsigned char>(data[i + 1]);
        return bigEndian ? (a << 8 | b) : (b << 8 | a);
    };
    // Where the next LF and the next CR of the buffer are (or its size for none), found with
    // memchr and kept until passed, so that a file with only one kind costs no rescans.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    auto find = [](const char *data, qsizetype from, qsizetype size, char byte) -> qsizetype {
        const void *found = std::memchr(data + from, byte, std::size_t(size - from));
        return found ? static_cast<const char *>(found) - data : size;
    };
    // The position of the next CR or LF at or after @p i, or the end of the whole units.
    auto nextLineEnd = [&](const char *data, qsizetype i, qsizetype size) -> qsizetype {
        if (unit == 1) {
            if (nextLf < i)
                nextLf = find(data, i, size, '\n');
            if (nextCr < i)
                nextCr = find(data, i, size, '\r');
            return std::min(nextLf, nextCr);
        }
        for (; i + unit <= size; i += unit) {
            const unsigned cu = codeUnitAt(data, i);
            if (cu == '\n' || cu == '\r')
                return i;
        }
        return size;
    };

    QByteArray buffer; // bytes of the current, unfinished line
    qint64 lineStart = m_bomLength; // file offset of buffer[0]
    int lineNumber = 1;
    bool skipLineFeed = false; // a chunk ended in CR; an LF starting the next belongs to it
    if (m_bomLength > 0)
        file.read(m_bomLength);

    // Files joined into one keep each one's byte order mark, at a line's start: the mark is
    // no text of the line, as the file's own is none.
    const QByteArrayView bom = byteOrderMark(m_encoding);
    auto emitLine = [&](const char *data, qsizetype length) -> bool {
        qsizetype marks = 0;
        while (!bom.isEmpty() && QByteArrayView(data + marks, length - marks).startsWith(bom))
            marks += bom.size();
        SourceLine line;
        line.text = decode(data + marks, length - marks, m_encoding);
        line.number = lineNumber++;
        line.byteOffset = lineStart + marks;
        line.byteLength = length - marks;
        if (!onLine(line)) {
            m_cancelled = true;
            return false;
        }
        return true;
    };

    while (!file.atEnd()) {
        const qsizetype scanFrom = buffer.size();
        buffer.append(file.read(kChunkBytes));
        const char *data = buffer.constData();
        const qsizetype size = buffer.size();
        nextLf = nextCr = -1;
        qsizetype consumed = 0;
        if (skipLineFeed && size >= unit && codeUnitAt(data, 0) == '\n') {
            consumed = unit;
            lineStart += unit;
        }
        skipLineFeed = false;
        qsizetype i = std::max(scanFrom - (scanFrom % unit), consumed);
        while ((i = nextLineEnd(data, i, size)) + unit <= size) {
            const unsigned cu = codeUnitAt(data, i);
            if (!emitLine(data + consumed, i - consumed))
                return false;
            lineStart += (i - consumed) + unit;
            i += unit;
            if (cu == '\r') {
                if (i + unit > size) {
                    skipLineFeed = true;
                } else if (codeUnitAt(data, i) == '\n') {
                    lineStart += unit;
                    i += unit;
                }
            }
            consumed = i;
        }
        buffer.remove(0, consumed);
    }
    if (!buffer.isEmpty())
        return emitLine(buffer.constData(), buffer.size());
    return true;
}

qint64 TextFileReader::encodedLength(QStringView text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: {
        qint64 bytes = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c < 0x80)
                bytes += 1;
            else if (c < 0x800)
                bytes += 2;
            else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                bytes += 4;
                ++i;
            } else
                bytes += 3;
        }
        return bytes;
    }
    case Encoding::Windows1252:
        return text.size();
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return text.size() * 2;
    }
    return text.size();
}

SourceLine TextFileReader::slice(const SourceLine &line, qsizetype from, qsizetype to, Encoding encoding)
{
    SourceLine part = line;
    part.text = line.text.mid(from, to - from);
    part.column = line.column + int(from);
    part.byteOffset += encodedLength(QStringView(line.text).left(from), encoding);
    part.byteLength = encodedLength(part.text, encoding);
    return part;
}

} // namespace evaw
