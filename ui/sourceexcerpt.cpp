#include "sourceexcerpt.h"

#include "corpus/textfilereader.h"

#include <QStringList>

namespace evaw {

SourceExcerpt SourceExcerpt::read(
    const QString &file, int line, int endLine, qint64 byteOffset, qint64 byteLength, int context)
{
    SourceExcerpt excerpt;
    excerpt.firstLine = std::max(1, line - context);
    const int lastLine = endLine + context;
    QStringList lines;
    TextFileReader reader;
    const bool ok = reader.read(file, [&](const SourceLine &source) {
        if (source.number < excerpt.firstLine)
            return true;
        if (source.number > lastLine)
            return false; // stop early: the rest of the file is not needed
        if (source.number >= line && source.number <= endLine && excerpt.spanStart < 0
            && byteOffset >= source.byteOffset && byteOffset <= source.byteOffset + source.byteLength) {
            // Walk the line's characters until their encoded length reaches the offset.
            const qint64 wanted = byteOffset - source.byteOffset;
            int character = 0;
            while (character < source.text.size()
                && TextFileReader::encodedLength(QStringView(source.text).left(character), reader.encoding()) < wanted)
                ++character;
            int end = character;
            while (end < source.text.size()
                && TextFileReader::encodedLength(
                       QStringView(source.text).mid(character, end - character), reader.encoding())
                    < byteLength)
                ++end;
            qsizetype before = 0;
            for (const QString &earlier : std::as_const(lines))
                before += earlier.size() + 1;
            excerpt.spanStart = int(before) + character;
            excerpt.spanLength = end - character;
        }
        lines.append(source.text);
        return true;
    });
    if (!ok && !reader.cancelled())
        excerpt.error = reader.error();
    excerpt.text = lines.join(u'\n');
    return excerpt;
}

} // namespace evaw
