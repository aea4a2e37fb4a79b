#pragma once

#include <QCoreApplication>

#include "activitysink.h"
#include "reportingentityreader.h"
#include "segmenter.h"
#include "variantlinker.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <optional>

namespace evaw {

class CleanedText;
class EntityExtractor;

/// What came of parsing one file.
struct ParseResult {
    bool ok = false;
    bool cancelled = false;
    QString error; ///< one line naming the file and the reason
    QString encoding;
    qint64 bytes = 0;
    int activities = 0; ///< new activities
    int duplicates = 0; ///< texts already seen, kept as extra provenance
};

/// Turns corpus files into de-duplicated, annotated activities.
///
/// Per record: lines are cleaned of debris, headings set the section and measure, list
/// items inherit the country and agency of the lead-in above them, glued run-on sentences
/// are split, entities and dates are extracted, and the record's reporting entity is
/// inferred. Exact repeats become occurrences of the first; near-repeats are collected by
/// the VariantLinker. State carries across files, so one parser de-duplicates them all.
class CorpusParser
{
    Q_DECLARE_TR_FUNCTIONS(evaw::CorpusParser)

public:
    using ProgressHandler = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    /// Which reading of the engine this is. It goes up whenever the same file gives other
    /// activities than it gave before (the parser, the extractor or the gazetteer read it
    /// otherwise): a store reads again the files an earlier reading read.
    static constexpr int kReading = 20;

    /// @p variants, when given, collects every new activity for near-duplicate linking.
    explicit CorpusParser(const EntityExtractor &extractor, VariantLinker *variants = nullptr);

    /// Activities already stored, so that their repeats in new files become occurrences;
    /// @p reported is false for one stored without a reporting entity.
    void addKnownText(const QByteArray &textHash, qint64 id, bool reported = true);
    /// The hash the store keeps for an activity's text, by which repeats are known: XXH128
    /// of its UTF-16 code units in little-endian order, in canonical form (16 bytes).
    static QByteArray textHash(QStringView text) { return bytesOf(textKey(text)); }
    void setNextId(qint64 id) { m_nextId = id; }
    qint64 nextId() const { return m_nextId; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Parses @p path; @p label is the name provenance records for it.
    ParseResult parseFile(const QString &path, const QString &label, ActivitySink *sink);

private:
    // The two halves of a text's hash held by value: a hash table of QByteArray keys costs
    // a heap block per known text, some 50 MB at half a million activities.
    struct TextKey {
        quint64 first = 0; ///< XXH128's low half
        quint64 second = 0; ///< its high half
        friend bool operator==(const TextKey &a, const TextKey &b)
        {
            return a.first == b.first && a.second == b.second;
        }
        friend size_t qHash(const TextKey &key, size_t seed) { return qHashMulti(seed, key.first, key.second); }
    };
    static TextKey textKey(QStringView text);
    /// The key as the store keeps it, and as addKnownText() takes it back.
    static QByteArray bytesOf(const TextKey &key);
    /// The key back from bytesOf()'s bytes; false for bytes of another length.
    static bool keyOf(const QByteArray &bytes, TextKey *key);

    void processRecord(RecordBlock &&record);
    bool readFieldValue(Gazetteer::PageField field, const QString &text, const RecordBlock &record, bool afterLabel);
    bool fieldsLead(const RecordBlock &record) const;
    void closeFieldsEntry(RecordBlock &record, QList<Activity> *drafts);
    void readTextAfterFields(QStringView text, RecordBlock &record, QList<Activity> *drafts);
    void openFieldsEntry(RecordBlock &record, QList<Activity> *drafts);
    bool readLabelledLine(const SourceLine &line, RecordBlock &record, QList<Activity> *drafts);
    static bool mayOpenATable(QStringView text);
    static bool isRowOfHeadings(const QList<QStringView> &cells, const QList<Gazetteer::PageField> &columns);
    bool readTableRow(const SourceLine &line, RecordBlock &record, QList<Activity> *drafts);
    SourceLine partOf(const SourceLine &line, qsizetype start, qsizetype length) const;
    QList<EntityRef> jointReportersOf(const QString &headerEntity);
    void learnLayout(const QList<SourceLine> &lines);
    bool continuesOnNextLine(QStringView paragraph, const QList<SourceLine> &lines, qsizetype i) const;
    bool nameSpansBreak(QStringView line, QStringView next) const;
    SourceLine paragraphFrom(const QList<SourceLine> &lines, qsizetype *i) const;
    bool joinLine(SourceLine *paragraph, const SourceLine &next) const;
    bool joinOver(SourceLine *paragraph, const QList<SourceLine> &lines, qsizetype from, qsizetype to) const;
    bool isRunningHeader(const SourceLine &line, const QString &text) const;
    void rememberPageHeader(const QString &text) const;
    void rememberHeading(const QString &text);
    bool isFootnote(QStringView text) const;
    bool isFacet(QStringView text) const;
    void rememberFootnote(int number);
    bool joinOverRunningHeader(SourceLine *paragraph, const QList<SourceLine> &lines, qsizetype *i) const;
    bool joinAcrossPageBreak(SourceLine *paragraph, const QList<SourceLine> &lines, qsizetype *i) const;
    std::optional<SourceLine> takeGluedHeading(SourceLine *paragraph) const;
    void endEntry(RecordBlock &record, QList<Activity> *drafts);
    void processLine(const SourceLine &line, RecordBlock &record, bool itemFollows, QList<Activity> *drafts);
    /// Makes the pending title the lead-in of the list whose first item follows it.
    void leadListWithTitle(const RecordBlock &record);
    Activity makeActivity(const SourceLine &line, const CleanedText &cleaned, int start, int end) const;
    QString recordReporter(const RecordBlock &record, const QList<Activity> &drafts) const;
    void openSection(const QString &heading, QList<EntityRef> context);
    void fileDrafts(const RecordBlock &record, QList<Activity> *drafts);
    void startPage();
    void startAgencyUnderMeasure();
    bool readPeriodLine(const QString &text, RecordBlock &record, QList<Activity> *drafts);
    static bool saysSomething(QStringView title);
    void readTitleOfNothing(RecordBlock &record, QList<Activity> *drafts);
    QString entryReporter(
        const RecordBlock &record, const QList<Activity> &drafts, const QList<QString> &subjects) const;
    QString inferredBeforeFirstSubject(
        const QList<Activity> &drafts, const QList<QString> &subjects, qsizetype *firstSubject) const;
    QString leadingReporter(
        const RecordBlock &record, const QList<Activity> &drafts, const QList<QString> &subjects) const;
    static bool previewsEarlier(QStringView paragraph, const QList<QString> &earlier);
    void emitActivity(Activity &&activity);
    void resolvePreview(const QList<SourceLine> &preview);

    const EntityExtractor &m_extractor;
    ReportingEntityReader m_reporters;
    ActivitySink *m_sink = nullptr;
    ProgressHandler m_progress;
    const std::atomic_bool *m_cancel = nullptr;

    // Per file
    QString m_label;
    TextFileReader::Encoding m_encoding = TextFileReader::Encoding::Utf8;
    QString m_section;
    QString m_measure;
    QString m_pendingTitle;
    SourceLine m_titleLine; ///< the pending title's line
    QList<EntityRef> m_titleContext; ///< what the pending title names
    bool m_lastRecord = false; ///< whether the record being read is the file's last
    QList<EntityRef> m_sectionContext; ///< the country a section's heading names, for all it holds
    QList<EntityRef> m_countryHeading; ///< what the last country's heading names
    bool m_countryHeadingFiled = false; ///< whether a paragraph stood under that heading yet
    QList<EntityRef> m_pageCountry; ///< the country a page of its entries is about
    QList<Gazetteer::PageField> m_tableColumns; ///< what each column of the table being read holds
    QChar m_tableSeparator = u'\t'; ///< what parts that table's cells
    QList<EntityRef> m_rowContext; ///< what a table's row names outside its text
    /// The places an item page's "Country" field names, and the agencies, partners and
    /// programmes its partners' field names
    QList<EntityRef> m_fieldContext;
    /// Where an item page prints its fields: before its text, so that a field after the text
    /// starts the next item, or after it, so that text after an item's fields starts the next.
    enum class FieldOrder { Unknown, BeforeText, BeforeTextRead, AfterText, AfterTextRead };
    FieldOrder m_fieldOrder = FieldOrder::Unknown;
    /// A "Country" field after text that nothing marks as an entry is read as a heading of
    /// what follows, unless another field follows it: then it was the text's own, and what
    /// the heading changed is taken back.
    struct CountryFieldRead {
        QString section;
        QList<EntityRef> sectionContext;
        QList<EntityRef> countryHeading;
        bool countryHeadingFiled = false;
        QList<EntityRef> pageCountry;
        QList<EntityRef> names; ///< what the field names
        QString heading; ///< the section it opened, which no other heading may have closed since
    };
    std::optional<CountryFieldRead> m_countryFieldRead;
    bool m_textDrafted = false; ///< whether the record or page read so far has given an activity
    bool m_fileDrafted = false; ///< whether the file read so far has given an activity
    /// Whether the line being read is text whatever it looks like, never a heading or a
    /// label: a table's text cell, or a title that titled nothing.
    bool m_readAsText = false;
    QList<EntityRef> m_headerContext; ///< the other entities a joint entry's header names
    QHash<QString, QList<EntityRef>> m_jointReporters; ///< by header entity, as read
    /// The headings that a printed report's pages opened with: read as the layout is, as
    /// paragraphs are joined.
    mutable QSet<QString> m_pageHeaders;
    QSet<QString> m_headingsSeen; ///< the headings read on lines of their own, as they are read
    qsizetype m_longestHeadingSeen = 0;
    QSet<int> m_footnotesCited; ///< the numbers of the footnote markers the text has held
    QList<EntityRef> m_leadIn;
    QString m_leadInSubject; ///< the reporting entity the lead-in names as its subject
    QString m_listTitle; ///< the title that leads the list, where no colon's lead-in does
    QString m_leadInStyle; ///< the marker style of the lead-in's first item
    bool m_lastWasItem = false; ///< whether the line read last was a list's item
    bool m_measureHeadingLast = false; ///< whether the line read last was a measure's heading
    bool m_periodLineLast = false; ///< whether the line read last was a period alone
    /// Whether the page is a measure's, with its entities' names over their entries.
    bool m_agenciesUnderMeasure = false;
    /// The width at which the file wraps its paragraphs, as the lines that a line going on
    /// in lower case shows wrapped tell it, and how many tell it.
    int m_wrapWidth = 0;
    int m_wrappedLines = 0;
    static constexpr int kLinesThatTellAWrap = 2;
    /// How many blank lines follow a sentence's end, and how many paragraphs follow one with
    /// no blank line, where a wrap would have left room for their first word: the first, two
    /// or more and more than twice the second, tell that blank lines set the file's
    /// paragraphs apart.
    int m_paragraphsApart = 0;
    int m_paragraphsAdjacent = 0;
    /// What a draft not yet filed owes to the list it may stand in.
    struct DraftPlace {
        bool isItem = false; ///< whether it is a list's item
        QString leadInSubject; ///< the subject of the lead-in it is an item of, where it has one
    };
    QList<DraftPlace> m_draftPlaces; ///< one per draft not yet filed
    QString m_lastReportingEntity;
    QString m_pageAgency; ///< the agency a page of its entries opens with
    /// Whether the next paragraph may be an agency's postal address: at a page's start, after
    /// an agency's name or a label, and announced after "Mail Address" and the like.
    enum class AddressCue { None, MayFollow, Announced };
    AddressCue m_addressCue = AddressCue::None;
    Gazetteer::PageField m_pendingField = Gazetteer::PageField::None; ///< the label just read
    ParseResult m_result;
    bool m_sinkFailed = false;
    // Per record: what its item page's path says of it, printed after its text.
    struct ItemPath {
        QString measure;
        QString period;
        QString entity;
    } m_itemPath;

    // Across files
    QHash<TextKey, qint64> m_known;
    QSet<qint64> m_unreported; ///< known activities whose reporting entity no place has given
    qint64 m_nextId = 1;
    VariantLinker *m_variants = nullptr;
};

} // namespace evaw
