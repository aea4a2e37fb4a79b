#pragma once

#include <QString>

namespace evaw {

/// One line of a corpus file, decoded, with where its bytes sit in the file.
struct SourceLine {
    QString text;
    int number = 0; ///< 1-based line number
    qint64 byteOffset = 0; ///< offset of the line's first byte in the file
    qint64 byteLength = 0; ///< bytes of the line without its terminator
    int lastNumber = 0; ///< the last line a wrapped paragraph spans, or 0 for one line
    int column = 0; ///< characters of the file's line before text, where text is a part of it
};

} // namespace evaw
