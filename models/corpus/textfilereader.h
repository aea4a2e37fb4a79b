#pragma once

#include <QCoreApplication>

#include "sourceline.h"

#include <QString>

#include <functional>

class QIODevice;

namespace evaw {

/// Reads a corpus file line by line in whatever encoding it came in.
///
/// The encoding is decided once for the whole file: a byte order mark names UTF-8 or
/// UTF-16; otherwise the file is UTF-8 when every byte sequence is valid UTF-8 and
/// Windows-1252 when any is not. Lines end at LF, CRLF or CR. Memory stays bounded by
/// one read buffer and the longest line, whatever the file's size.
class TextFileReader
{
    Q_DECLARE_TR_FUNCTIONS(evaw::TextFileReader)

public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    static constexpr qint64 kDefaultMaxBytes = qint64(512) * 1024 * 1024;

    /// Called for every line; return false to stop reading (cancel).
    using LineHandler = std::function<bool(const SourceLine &)>;

    explicit TextFileReader(qint64 maxBytes = kDefaultMaxBytes);

    /// Reads the file at @p path. On failure error() holds one line naming the file and the reason.
    bool read(const QString &path, const LineHandler &onLine);

    QString error() const { return m_error; }
    Encoding encoding() const { return m_encoding; }
    QString encodingName() const;
    qint64 size() const { return m_size; }
    bool cancelled() const { return m_cancelled; }

    /// Decodes bytes of a file in @p encoding (no byte order mark among them).
    static QString decode(const char *data, qsizetype size, Encoding encoding);

    /// How many bytes @p text takes in @p encoding, to map character offsets back to the file.
    static qint64 encodedLength(QStringView text, Encoding encoding);
    /// Characters [@p from, @p to) of @p line, with the bytes they take in the file.
    static SourceLine slice(const SourceLine &line, qsizetype from, qsizetype to, Encoding encoding);

private:
    bool inspect(QIODevice &file, const QString &path);
    bool emitLines(QIODevice &file, const LineHandler &onLine);
    bool fail(const QString &path, const QString &reason);

    qint64 m_maxBytes;
    QString m_error;
    Encoding m_encoding = Encoding::Utf8;
    int m_bomLength = 0;
    qint64 m_size = 0;
    bool m_cancelled = false;
};

} // namespace evaw
