#include "sourceexcerpt.h"

#include "corpus/textfilereader.h"

#include <QFile>
#include <QStringDecoder>

namespace evaw {

namespace {

// Bytes read on either side of the span: enough for the context lines of any paragraph
// the inventory prints, however large the file. The window never freezes on a big file.
constexpr qint64 kWindowBytes = 8192;
// Of a longer span, only its start is shown, and no lines after it: a paragraph of
// megabytes would take the window half a minute to lay out.
constexpr qint64 kLongestSpanBytes = 65536;

QString withPlainLineEnds(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

// A repeat that an earlier version stored knows its line but not its bytes, and it
// becomes an activity's source when the file first read is taken out of the store: the
// whole line stands in for the span. Only then is the file read up to that line.
void placeOnLine(const QString &file, int number, qint64 *byteOffset, qint64 *byteLength)
{
    TextFileReader reader;
    reader.read(file, [&](const SourceLine &line) {
        if (line.number < number)
            return true;
        *byteOffset = line.byteOffset;
        *byteLength = line.byteLength;
        return false;
    });
}

} // namespace

SourceExcerpt SourceExcerpt::read(const QString &file, int line, qint64 byteOffset, qint64 byteLength, int context)
{
    SourceExcerpt excerpt;
    if (byteOffset < 0 && line > 0)
        placeOnLine(file, line, &byteOffset, &byteLength);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || byteOffset < 0 || byteOffset + byteLength > in.size()) {
        excerpt.error = tr("%1 cannot be read, or no longer holds this activity").arg(file);
        return excerpt;
    }

    // The file's encoding: a byte order mark says it; otherwise UTF-8 when the window
    // decodes cleanly, Windows-1252 when not — as the import decided for the whole file.
    const QByteArray head = in.read(3);
    TextFileReader::Encoding encoding = TextFileReader::Encoding::Utf8;
    qint64 bom = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        bom = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        encoding = TextFileReader::Encoding::Utf16LE;
        bom = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        encoding = TextFileReader::Encoding::Utf16BE;
        bom = 2;
    }
    const bool wide = encoding != TextFileReader::Encoding::Utf8;
    qint64 start = std::max(bom, byteOffset - kWindowBytes);
    if (wide && (start - bom) % 2 != 0)
        ++start;
    const bool cut = byteLength > kLongestSpanBytes;
    qint64 shownLength = cut ? kLongestSpanBytes : byteLength;
    // Cut, the span ends where a character begins: a UTF-8 sequence's first byte is read too.
    const qint64 end = std::min(in.size(), byteOffset + shownLength + (cut ? 1 : kWindowBytes));
    in.seek(start);
    QByteArray bytes = in.read(end - start);
    if (cut) {
        const qint64 spanAt = byteOffset - start;
        qint64 spanEnd = spanAt + shownLength;
        while (!wide && spanEnd > spanAt && spanEnd < bytes.size()
            && (static_cast<unsigned char>(bytes[spanEnd]) & 0xC0) == 0x80)
            --spanEnd; // back over the continuation bytes of a sequence the cut fell in
        bytes.truncate(spanEnd);
        shownLength = spanEnd - spanAt;
    }
    qint64 skipped = 0;
    if (!wide) {
        // Start on a character, not inside a UTF-8 sequence cut by the window.
        while (skipped < bytes.size() && skipped < byteOffset - start
            && (static_cast<unsigned char>(bytes[skipped]) & 0xC0) == 0x80)
            ++skipped;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(QByteArrayView(bytes.constData() + skipped, bytes.size() - skipped));
        if (utf8.hasError() || decoded.isNull())
            encoding = TextFileReader::Encoding::Windows1252;
    }
    const qint64 spanAt = byteOffset - start;
    auto decode = [&](qint64 from, qint64 to) {
        return withPlainLineEnds(TextFileReader::decode(bytes.constData() + from, to - from, encoding));
    };
    const QString before = decode(skipped, spanAt);
    const QString span = decode(spanAt, spanAt + shownLength);
    const QString after = decode(spanAt + shownLength, bytes.size());

    // Keep the span's own line and `context` whole lines on either side: back to the
    // (context + 1)-th line break before the span, on to the (context + 1)-th after it.
    qsizetype from = before.size();
    for (int breaks = 0; breaks <= context; ++breaks) {
        const qsizetype newline = from > 0 ? before.lastIndexOf(u'\n', from - 1) : -1;
        if (newline < 0) {
            from = -1;
            break;
        }
        from = newline;
    }
    from += 1;
    qsizetype to = -1;
    for (int breaks = 0; breaks <= context; ++breaks) {
        to = after.indexOf(u'\n', to + 1);
        if (to < 0) {
            to = after.size();
            break;
        }
    }
    const QString kept = before.mid(from);
    excerpt.firstLine = std::max(1, line - int(kept.count(u'\n')));
    excerpt.text = kept + span + after.left(to);
    if (excerpt.text.endsWith(u'\n')) // the file's last line break, not a line of its own
        excerpt.text.chop(1);
    excerpt.spanStart = int(kept.size());
    excerpt.spanLength = int(span.size());
    return excerpt;
}

} // namespace evaw
