#pragma once

#include <QString>

namespace evaw {

/// The lines of a corpus file around an activity, read in the file's own encoding, with
/// where the activity's span lies in them — so the user can check the source itself.
struct SourceExcerpt {
    QString text; ///< the lines, joined by '\n'
    int firstLine = 0;
    int spanStart = -1; ///< character offsets of the activity's span in text, -1 if unknown
    int spanLength = 0;
    QString error;

    /// Reads lines [line - context, endLine + context] of @p file and marks the bytes
    /// [byteOffset, byteOffset + byteLength).
    static SourceExcerpt read(
        const QString &file, int line, int endLine, qint64 byteOffset, qint64 byteLength, int context = 2);
};

} // namespace evaw
