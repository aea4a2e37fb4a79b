#pragma once

#include "sourceline.h"
#include "textfilereader.h"

#include <QList>

#include <functional>

namespace evaw {

/// One inventory entry as the website lays it out: its lines, and what announced it.
struct RecordBlock {
    QList<SourceLine> lines;
    QList<SourceLine> preview; ///< the preview the website showed before "View More"
    QString period; ///< from an entry header "<period> | <entity>"
    QString headerEntity; ///< the entity named in that header
    /// True when the page marks the record as one entry, by a header or a "View More";
    /// otherwise it may run through several entries (a page of search results).
    bool isEntry = false;
};

/// Cuts a stream of lines into records. A record ends where the next one's preview starts
/// (the lines before a "View More" marker that the full text repeats), where an entry
/// header starts, where "Hide" folds a full text away, or at the end of the file. Only the
/// lines of the open record are kept, so memory is bounded by the longest record, not by
/// the file.
class Segmenter
{
public:
    using RecordHandler = std::function<void(RecordBlock &&)>;

    /// The length of the entity's name that opens a text, or 0: "UN Women" in "UN Women
    /// supported...".
    using NameLength = std::function<int(QStringView)>;

    Segmenter(TextFileReader::Encoding encoding, RecordHandler onRecord, NameLength nameLength = {});

    void addLine(const SourceLine &line);
    void finish();

    /// The text after a leading "View More" marker, or a null string when there is none.
    static QString textAfterViewMore(QStringView line);

    /// True when @p previewLine (maybe cut with "...") is how the website previews @p fullLine.
    static bool previews(QStringView previewLine, QStringView fullLine);

private:
    void startRecord(QList<SourceLine> preview, const QString &period, const QString &entity);
    static bool previewsNormalized(QStringView previewLine, const QString &normalizedFull);
    static bool showsAllOf(QStringView previewLine, const QString &normalizedFull);
    int previewStart(QStringView fullLine) const;
    static bool isCutByWrap(QStringView line);
    void openFullText(const SourceLine &fullText, int previewStart);
    void addPiece(const SourceLine &line);
    void addUnmarkedPiece(const SourceLine &line);
    void closeFullText();
    static qsizetype previewInside(QStringView piece, QStringView full);
    qsizetype nameEndInHeader(QStringView entity) const;
    bool readEntryHeader(const SourceLine &line);

    TextFileReader::Encoding m_encoding;
    RecordHandler m_onRecord;
    NameLength m_nameLength;
    RecordBlock m_open;
    bool m_markerAwaitsFullText = false;
    bool m_fullTextOpen = false; ///< the open record is a full text that "View More" opened
    int m_cutsInLine = 0; ///< the pieces cut off the line being read at its headers, so far
};

} // namespace evaw
