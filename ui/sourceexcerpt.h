#pragma once

#include <QCoreApplication>
#include <QString>

namespace evaw {

/// The lines of a corpus file around an activity, read in the file's own encoding, with
/// where the activity's span lies in them — so the user can check the source itself.
struct SourceExcerpt {
    Q_DECLARE_TR_FUNCTIONS(evaw::SourceExcerpt)

public:
    QString text; ///< the lines, joined by '\n'
    int firstLine = 0;
    int spanStart = -1; ///< character offsets of the activity's span in text, -1 if unknown
    int spanLength = 0;
    QString error;

    /// The lines around the bytes [byteOffset, byteOffset + byteLength) of @p file, which
    /// stand on @p line, with @p context lines on either side. Only a window of bytes
    /// around the span is read, so a selection in a large corpus costs no file scan; of a
    /// span over 64 KiB, only its first 64 KiB, with no lines after it. A byte offset of
    /// -1 (bytes unknown) stands for the whole of @p line, which is then looked for.
    static SourceExcerpt read(const QString &file, int line, qint64 byteOffset, qint64 byteLength, int context = 2);
};

} // namespace evaw
