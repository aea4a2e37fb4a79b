#include "corpusparser.h"

#include "cleanedtext.h"
#include "extract/entityextractor.h"
#include "paragraphsplitter.h"

#include <QCoreApplication>
#include <QtEndian>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <utility>

#include <xxhash.h>

namespace evaw {

namespace {

// True when @p line opens with a list marker once its leading white space is skipped.
bool opensWithAMarker(QStringView line)
{
    qsizetype start = 0;
    while (start < line.size() && (line[start] == u' ' || line[start] == u'\t'))
        ++start;
    return ParagraphSplitter::itemMarkerLength(line.mid(start)) > 0;
}

// Appends to @p context what of @p named an entry's partners' field or column gives: the
// agencies, partners and programmes its work is done with. A donor's country ("Donor:
// Sweden") is not where the work is done.
void appendPartners(const QList<EntityRef> &named, QList<EntityRef> *context)
{
    for (const EntityRef &ref : named) {
        if (ref.kind == EntityKind::Agency || ref.kind == EntityKind::Partner || ref.kind == EntityKind::Programme)
            context->append(ref);
    }
}

// The characters that part a table's cells: a copy of a page's table or a spreadsheet's
// gives tabs, a file saved as CSV commas, or semicolons where a comma marks decimals, and a
// page saved as Markdown bars, at the row's ends too ("| Entity | Description |").
constexpr std::array<char16_t, 4> kCellSeparators{u'\t', u',', u';', u'|'};

// A table's row split into its cells at @p separator. A cell that opens with a double
// quote, as a spreadsheet quotes one that holds a line break or a separator, runs to its
// closing quote, and is given without its quotes. Sets @p open when the last cell's quote
// is not closed yet: the row goes on on the next line.
QList<QStringView> cellsOf(QStringView row, QChar separator, bool *open = nullptr)
{
    QList<QStringView> cells;
    qsizetype start = 0;
    bool unclosed = false;
    while (true) {
        if (start < row.size() && row[start] == u'"') {
            qsizetype i = start + 1;
            while (i < row.size() && !(row[i] == u'"' && (i + 1 == row.size() || row[i + 1] == separator))) {
                i += (row[i] == u'"' && i + 1 < row.size() && row[i + 1] == u'"') ? 2 : 1; // "" is a quote
            }
            unclosed = i >= row.size();
            cells.append(row.mid(start + 1, std::min(i, row.size()) - start - 1));
            start = i + 1; // past the closing quote, at the separator
        } else {
            const qsizetype end = row.indexOf(separator, start);
            cells.append(row.mid(start, (end < 0 ? row.size() : end) - start));
            start = end < 0 ? row.size() + 1 : end;
        }
        if (start >= row.size())
            break;
        ++start; // past the separator
    }
    if (open)
        *open = unclosed;
    return cells;
}

// True when @p line is a table's row whose last cell's quote runs on to the next line.
bool rowGoesOn(QStringView line, QChar separator)
{
    if (!line.contains(u'"') || !line.contains(separator))
        return false;
    bool open = false;
    cellsOf(line, separator, &open);
    return open;
}

} // namespace

CorpusParser::CorpusParser(const EntityExtractor &extractor, VariantLinker *variants)
    : m_extractor(extractor)
    , m_reporters(extractor.gazetteer())
    , m_variants(variants)
{
}

void CorpusParser::addKnownText(const QByteArray &textHash, qint64 id, bool reported)
{
    TextKey key;
    if (!keyOf(textHash, &key)) // not a hash this version wrote
        return;
    m_known.insert(key, id);
    if (!reported)
        m_unreported.insert(id);
}

CorpusParser::TextKey CorpusParser::textKey(QStringView text)
{
    // The key is stored, so it must not change between machines or versions (qHash may):
    // xxHash's XXH3 keeps its output from one release to the next, and is taken here over the
    // text's UTF-16 code units in little-endian order, 128 bits, which puts a collision out
    // of reach at any corpus size. It reads 16 bytes at a time: the two chained hashes of one
    // code unit each that it replaced took a tenth of all extraction.
#if Q_BYTE_ORDER == Q_BIG_ENDIAN
    QVarLengthArray<char16_t, 512> units(text.size());
    qToLittleEndian<char16_t>(text.utf16(), text.size(), units.data());
    const XXH128_hash_t hash = XXH3_128bits(units.constData(), std::size_t(text.size()) * sizeof(char16_t));
#else
    const XXH128_hash_t hash = XXH3_128bits(text.utf16(), std::size_t(text.size()) * sizeof(char16_t));
#endif
    return TextKey{hash.low64, hash.high64};
}

QByteArray CorpusParser::bytesOf(const TextKey &key)
{
    // XXH128's canonical form, high half first, each big-endian: what xxhsum -H2 prints.
    QByteArray bytes(2 * sizeof(quint64), Qt::Uninitialized);
    qToBigEndian(key.second, bytes.data());
    qToBigEndian(key.first, bytes.data() + sizeof(quint64));
    return bytes;
}

bool CorpusParser::keyOf(const QByteArray &bytes, TextKey *key)
{
    if (bytes.size() != 2 * sizeof(quint64))
        return false;
    key->second = qFromBigEndian<quint64>(bytes.constData());
    key->first = qFromBigEndian<quint64>(bytes.constData() + sizeof(quint64));
    return true;
}

ParseResult CorpusParser::parseFile(const QString &path, const QString &label, ActivitySink *sink)
{
    m_sink = sink;
    m_label = label;
    startPage();
    m_addressCue = AddressCue::MayFollow; // a page may open with its agency's address
    m_result = ParseResult{};
    m_sinkFailed = false;
    m_lastRecord = false;
    m_wrapWidth = 0;
    m_wrappedLines = 0;
    m_paragraphsApart = 0;
    m_paragraphsAdjacent = 0;
    m_pageHeaders.clear();
    m_headingsSeen.clear();
    m_footnotesCited.clear();
    m_longestHeadingSeen = 0;
    m_measureHeadingLast = false;
    m_periodLineLast = false;
    m_fileDrafted = false;

    TextFileReader reader;
    std::unique_ptr<Segmenter> segmenter;
    bool anyText = false;
    const bool read = reader.read(path, [&](const SourceLine &line) {
        if (!segmenter) {
            m_encoding = reader.encoding();
            segmenter = std::make_unique<Segmenter>(
                m_encoding, [this](RecordBlock &&record) { processRecord(std::move(record)); },
                [this](QStringView text) { return m_extractor.leadingEntityLength(text); });
        }
        anyText = anyText || !line.text.trimmed().isEmpty();
        segmenter->addLine(line);
        if (m_progress && line.number % 4096 == 0)
            m_progress(line.byteOffset, reader.size());
        return !m_sinkFailed && !(m_cancel && m_cancel->load(std::memory_order_relaxed));
    });
    m_result.encoding = reader.encodingName();
    m_result.bytes = reader.size();
    if (!read) {
        m_result.cancelled = reader.cancelled() && !m_sinkFailed;
        if (m_sinkFailed)
            m_result.error = label + tr(": could not be stored");
        else
            m_result.error = reader.cancelled() ? label + tr(": import cancelled") : reader.error();
        return m_result;
    }
    m_lastRecord = true;
    if (segmenter)
        segmenter->finish();
    m_lastRecord = false;
    if (!anyText) {
        m_result.error = label + tr(": contains no text");
        return m_result;
    }
    if (m_progress)
        m_progress(reader.size(), reader.size());
    m_result.ok = !m_sinkFailed;
    return m_result;
}

void CorpusParser::processRecord(RecordBlock &&record)
{
    if (m_sinkFailed)
        return;
    m_itemPath = ItemPath{};
    m_fieldContext.clear();
    m_fieldOrder = FieldOrder::Unknown;
    m_countryFieldRead.reset();
    m_textDrafted = false;
    if (!record.headerEntity.isEmpty()) {
        // A country's heading with only headings between it and an entry's header heads a
        // page of that country's entries: it holds for all of them, under any measure, up to
        // the next country's heading.
        if (!m_countryHeading.isEmpty() && !m_countryHeadingFiled)
            m_pageCountry = std::exchange(m_countryHeading, {});
        // An agency's page gives its entries, each under a header, after its own sections;
        // and an entry's header starts another entry, which a country's heading in the last
        // one does not hold for.
        if (!m_sectionContext.isEmpty() || m_extractor.gazetteer().isPageSection(m_section)) {
            m_section.clear();
            m_sectionContext.clear();
        }
    }
    m_headerContext = jointReportersOf(record.headerEntity);
    // A header whose entity the gazetteer could not tell from the text glued to it starts
    // another entry all the same: the one above's entity is not this one's.
    if (!record.period.isEmpty() && record.headerEntity.isEmpty())
        m_lastReportingEntity.clear();
    learnLayout(record.lines);
    QList<Activity> drafts;
    drafts.reserve(record.lines.size()); // most lines are one activity: none is moved as they come
    QList<QString> earlier; // the last paragraphs read, for previews printed after them
    const QList<SourceLine> &lines = record.lines;
    const auto firstText = std::find_if(lines.cbegin(), lines.cend(),
        [](const SourceLine &line) { return !QStringView(line.text).trimmed().isEmpty(); });
    const QStringView headersText = firstText == lines.cend() ? QStringView() : QStringView(firstText->text).trimmed();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        SourceLine paragraph = paragraphFrom(lines, &i);
        // A table's cell with line breaks in it, which a spreadsheet quotes.
        while (i + 1 < lines.size() && !m_tableColumns.isEmpty() && rowGoesOn(paragraph.text, m_tableSeparator)
            && joinLine(&paragraph, lines[i + 1]))
            ++i;
        const std::optional<SourceLine> heading = takeGluedHeading(&paragraph);
        // A measure's page may also list every result from the header's own on, with no
        // heading between: the header's entry ends where its first paragraph comes again.
        if (!record.headerEntity.isEmpty() && !drafts.isEmpty() && !headersText.isEmpty()
            && QStringView(paragraph.text).trimmed() == headersText)
            endEntry(record, &drafts);
        // Blank lines may stand between a list's items.
        qsizetype next = i + 1;
        while (next < lines.size() && QStringView(lines[next].text).trimmed().isEmpty())
            ++next;
        const bool itemFollows = next < lines.size() && opensWithAMarker(lines[next].text);
        if (!previewsEarlier(paragraph.text, earlier)) {
            constexpr int kPreviewLookBack = 20;
            // A line of contents ("2. Results by region ........ 7") is no full text that
            // the heading it lists would preview.
            if (!ParagraphSplitter::isPageFurniture(paragraph.text)) {
                if (earlier.size() == kPreviewLookBack)
                    earlier.removeFirst();
                earlier.append(paragraph.text);
            }
            processLine(paragraph, record, itemFollows && !heading, &drafts);
        }
        if (heading)
            processLine(*heading, record, itemFollows, &drafts);
    }
    // An entry's title may stand above the next paragraph of its own record, never of
    // another entry's; the file's last title has nothing below it at all.
    if (m_lastRecord || !record.headerEntity.isEmpty() || record.isEntry)
        readTitleOfNothing(record, &drafts);
    fileDrafts(record, &drafts);
    resolvePreview(record.preview);
}

// A page of a measure's results may open with one entry under its header, then list the
// results, each told by its own subject, as on a search page: where the list begins, the
// header's entry ends, and its entity holds no more. So does an entry the page marked by
// "View More" alone, at the next measure's heading: what follows is another measure's.
void CorpusParser::endEntry(RecordBlock &record, QList<Activity> *drafts)
{
    if ((record.headerEntity.isEmpty() && !record.isEntry) || drafts->isEmpty())
        return;
    fileDrafts(record, drafts);
    record.headerEntity.clear();
    m_headerContext.clear();
    record.isEntry = false;
}

// Gives @p drafts their reporting entity and sends them to the sink.
void CorpusParser::fileDrafts(const RecordBlock &record, QList<Activity> *drafts)
{
    if (drafts->isEmpty())
        return;
    // Where nothing marks the record as one entry (a page of search results), a paragraph
    // that names its own subject ("OHCHR advised...") starts another entity's entries; the
    // paragraphs before the first such one are the page's agency's, when it names one. An
    // entry whose header or item path names its entity is that entity's throughout.
    const bool stated = !record.headerEntity.isEmpty() || !m_itemPath.entity.isEmpty();
    const bool oneEntity = record.isEntry || stated;
    QList<QString> subjects(stated ? 0 : drafts->size());
    QList<QStringList> jointSubjects(oneEntity ? 0 : drafts->size());
    for (qsizetype i = oneEntity ? 1 : 0; i < subjects.size(); ++i) {
        // The website shows a short entry whole, with no "View More": after the full text of
        // an entry it marks by one alone, a paragraph that names another reporting entity as
        // its subject is that entity's entry. An item is still its list's.
        if (!oneEntity || !m_draftPlaces[i].isItem)
            subjects[i] = m_reporters.subjectOf(drafts->at(i), oneEntity ? nullptr : &jointSubjects[i]);
        // An item that names no subject of its own ("co-chaired the GBV sub-cluster") is the
        // work of its lead-in's subject ("UN Women Country Office in Moldova:").
        if (!oneEntity && subjects[i].isEmpty())
            subjects[i] = m_draftPlaces[i].leadInSubject;
    }
    const QString reporter = oneEntity ? entryReporter(record, *drafts, subjects)
        : m_pageAgency.isEmpty()       ? leadingReporter(record, *drafts, subjects)
                                       : m_pageAgency;
    if (!reporter.isEmpty())
        m_lastReportingEntity = reporter;
    const Measure *pathMeasure
        = m_itemPath.measure.isEmpty() ? nullptr : m_extractor.gazetteer().measureForHeading(m_itemPath.measure);
    const QString measure = pathMeasure ? pathMeasure->name : m_itemPath.measure;
    // An item page's fields, which may follow the text, name a joint entry's other entities
    // as a header does: the paragraphs are filed under them too.
    // So does its "Country" field name the places the entry is about.
    const QList<EntityRef> joint = jointReportersOf(m_itemPath.entity) + m_fieldContext;
    for (qsizetype i = 0; i < drafts->size(); ++i) {
        Activity &activity = (*drafts)[i];
        for (const EntityRef &ref : joint) {
            const bool known = std::any_of(activity.entities.cbegin(), activity.entities.cend(),
                [&](const EntityRef &entity) { return entity.key == ref.key; });
            if (!known)
                activity.entities.append(ref);
        }
        bool guessed = false; // the entity of the results above it, which it does not name
        if (!oneEntity) {
            QString subject = subjects[i].isEmpty() ? m_reporters.ownerOf(activity) : subjects[i];
            // Of two subjects ("UNICEF and UNFPA jointly run..."), the one the results above are
            // by, else the first: not an entity the result does not name.
            const QStringList &twoSubjects = jointSubjects[i];
            if (subject.isEmpty() && !twoSubjects.isEmpty())
                subject = twoSubjects.contains(m_lastReportingEntity) ? m_lastReportingEntity : twoSubjects.first();
            if (!subject.isEmpty())
                m_lastReportingEntity = subject;
            guessed = subject.isEmpty();
        } else if (i < subjects.size() && !subjects[i].isEmpty()) {
            m_lastReportingEntity = subjects[i]; // an entry shown whole (above)
        }
        if (!guessed || m_reporters.mayHaveReported(m_lastReportingEntity, activity))
            activity.reportingEntity = m_lastReportingEntity;
        if (!measure.isEmpty())
            activity.measure = measure;
        if (activity.period.isEmpty())
            activity.period = m_itemPath.period;
        emitActivity(std::move(activity));
    }
    drafts->clear();
    m_draftPlaces.clear();
}

// A line that is only a period ("Feb 2019 - Jan 2020") starts an entry, as a header does:
// a copy may print the header's period apart from its entity, which the next line names.
// It is read here rather than where the segmenter reads headers with their bar, as only the
// parser knows when the line is the value of an item page's "Period" label instead.
bool CorpusParser::readPeriodLine(const QString &text, RecordBlock &record, QList<Activity> *drafts)
{
    QString period;
    if (!ParagraphSplitter::readPeriodLine(text, &period))
        return false;
    readTitleOfNothing(record, drafts);
    fileDrafts(record, drafts);
    record.period = period;
    record.headerEntity.clear();
    record.isEntry = true;
    m_headerContext.clear();
    m_lastReportingEntity.clear();
    m_periodLineLast = true;
    return true;
}

void CorpusParser::startAgencyUnderMeasure()
{
    m_pendingTitle.clear();
    m_titleContext.clear();
    m_countryHeading.clear();
    m_pageCountry.clear();
    m_leadIn.clear();
    m_leadInStyle.clear();
    m_listTitle.clear();
    m_lastReportingEntity.clear();
}

void CorpusParser::startPage()
{
    m_agenciesUnderMeasure = false;
    m_itemPath = ItemPath{};
    m_fieldContext.clear();
    m_fieldOrder = FieldOrder::Unknown;
    m_countryFieldRead.reset();
    m_textDrafted = false;
    m_section.clear();
    m_measure.clear();
    m_pendingTitle.clear();
    m_titleContext.clear();
    m_sectionContext.clear();
    m_countryHeading.clear();
    m_pageCountry.clear();
    m_tableColumns.clear();
    m_leadIn.clear();
    m_leadInStyle.clear();
    m_listTitle.clear();
    m_lastReportingEntity.clear();
    m_pageAgency.clear();
}

// Whether @p title has words: letters alone ("A B", a table's stray row) or a symbol
// ("A/78/256") say nothing.
bool CorpusParser::saysSomething(QStringView title)
{
    constexpr int kFewestWords = 2;
    int words = 0;
    for (const QStringView word : title.tokenize(u' ', Qt::SkipEmptyParts))
        words += word.size() > 1 ? 1 : 0;
    return words >= kFewestWords;
}

// A title with no paragraph under it titles nothing: it is read as a paragraph, not lost.
// Lines without a stop read as titles ("UNFPA trained 300 midwives in Kenya"), unless they
// say nothing.
void CorpusParser::readTitleOfNothing(RecordBlock &record, QList<Activity> *drafts)
{
    if (m_pendingTitle.isEmpty())
        return;
    const SourceLine line = std::exchange(m_titleLine, SourceLine{});
    const QString title = std::exchange(m_pendingTitle, QString());
    m_titleContext.clear();
    if (!saysSomething(title))
        return;
    const bool readAsText = std::exchange(m_readAsText, true);
    processLine(line, record, false, drafts);
    m_readAsText = readAsText;
}

void CorpusParser::openSection(const QString &heading, QList<EntityRef> context)
{
    m_section = heading;
    m_sectionContext = std::move(context);
    m_pendingTitle.clear();
    m_titleContext.clear();
}

// The record's reporting entity: its header's, its item path's, the one its text is most
// about, or else the agency the page is about. A page of one agency's entries lists those
// of other entities it takes part in too, so the page's agency does not outrank the text.
QString CorpusParser::recordReporter(const RecordBlock &record, const QList<Activity> &drafts) const
{
    if (!record.headerEntity.isEmpty())
        return m_extractor.reportingEntityName(record.headerEntity);
    if (!m_itemPath.entity.isEmpty())
        return m_extractor.reportingEntityName(m_itemPath.entity);
    const QString inferred = m_reporters.inferFrom(drafts);
    return inferred.isEmpty() ? m_pageAgency : inferred;
}

// The reporting entity of an entry with no header: the subject of its opening, else the one
// of the paragraphs before the first that names its own subject, as those are other
// entities' entries shown whole (above) and may name theirs more often than the entry does
// its own; else the one of all of them. An entry whose header or item path names its entity
// has no subjects read.
QString CorpusParser::entryReporter(
    const RecordBlock &record, const QList<Activity> &drafts, const QList<QString> &subjects) const
{
    if (subjects.isEmpty())
        return recordReporter(record, drafts);
    // An entry is its opening's subject: a lead-in's ("In Liberia UNESCO CO:") or its first
    // paragraph's ("Since 2020 ILO, jointly with UNAIDS, leads...").
    if (!m_draftPlaces.constFirst().leadInSubject.isEmpty())
        return m_draftPlaces.constFirst().leadInSubject;
    const QString opening = m_reporters.subjectOf(drafts.constFirst());
    if (!opening.isEmpty())
        return opening;
    qsizetype firstSubject = 0;
    const QString inferred = inferredBeforeFirstSubject(drafts, subjects, &firstSubject);
    return inferred.isEmpty() ? recordReporter(record, drafts) : inferred;
}

// The reporting entity that the paragraphs before the first with a subject of its own are
// most about, where there are such paragraphs; @p firstSubject is where that one stands, or
// the number of paragraphs when none has a subject.
QString CorpusParser::inferredBeforeFirstSubject(
    const QList<Activity> &drafts, const QList<QString> &subjects, qsizetype *firstSubject) const
{
    *firstSubject = std::find_if(subjects.cbegin(), subjects.cend(), [](const QString &subject) {
        return !subject.isEmpty();
    }) - subjects.cbegin();
    if (*firstSubject == subjects.size() || *firstSubject == 0)
        return QString();
    return m_reporters.inferFrom(drafts.mid(0, *firstSubject));
}

// The reporting entity of the paragraphs up to the first that names its own subject, on a
// page of search results that names no agency. They are told by what they name themselves:
// the page's most named entity may be one whose entries come after them. Failing that,
// where every later paragraph that names its subject names the same one, the page is that
// entity's results, theirs too; where those name several, the page tells nothing of them.
QString CorpusParser::leadingReporter(
    const RecordBlock &record, const QList<Activity> &drafts, const QList<QString> &subjects) const
{
    qsizetype first = 0;
    const QString inferred = inferredBeforeFirstSubject(drafts, subjects, &first);
    if (!inferred.isEmpty())
        return inferred;
    if (first > 0 && first < subjects.size()) {
        const QString &firstSubject = subjects[first];
        const bool oneSubject = std::all_of(subjects.cbegin() + first, subjects.cend(),
            [&](const QString &subject) { return subject.isEmpty() || subject == firstSubject; });
        if (!oneSubject)
            return QString();
    }
    return recordReporter(record, drafts);
}

// True when @p paragraph is the beginning of one of the paragraphs just read, cut short:
// an item page prints the entry's abstract after its text.
bool CorpusParser::previewsEarlier(QStringView paragraph, const QList<QString> &earlier)
{
    // A cut ends mid-sentence or in an ellipsis, and only a paragraph that begins as another
    // does is normalised and compared in full: most paragraphs cost two comparisons.
    constexpr int kSameStart = 16;
    if (paragraph.isEmpty())
        return false;
    // Most lines have no white space around them: those are not trimmed.
    const QStringView text
        = paragraph.front().isSpace() || paragraph.back().isSpace() ? paragraph.trimmed() : paragraph;
    if (text.size() < kSameStart)
        return false;
    const QChar last = text.back();
    if ((last == u'.' && !text.endsWith(QLatin1String("..."))) || last == u'!' || last == u'?')
        return false;
    const QStringView start = text.left(kSameStart);
    for (const QString &full : earlier) {
        const QStringView fullText = QStringView(full).trimmed();
        if (fullText.size() > text.size() && fullText.startsWith(start) && Segmenter::previews(text, fullText))
            return true;
    }
    return false;
}

// A heading of the page glued to the end of the paragraph above it ("...and
// transport.Policy framework", "...awareness-raising.Areas of Focus"): the paragraph ends
// at its stop, and the heading, taken from it, is a line of its own. Only the page's own
// headings count: a sentence glued on may be short too.
std::optional<SourceLine> CorpusParser::takeGluedHeading(SourceLine *paragraph) const
{
    const int start = ParagraphSplitter::gluedHeadingStart(paragraph->text);
    if (start < 0)
        return std::nullopt;
    const Gazetteer &gazetteer = m_extractor.gazetteer();
    const QStringView tail = QStringView(paragraph->text).mid(start);
    if (!gazetteer.isPageSection(tail) && !gazetteer.isPageLabel(tail) && !gazetteer.measureForHeading(tail))
        return std::nullopt;
    const qsizetype size = paragraph->text.size();
    SourceLine heading = TextFileReader::slice(*paragraph, start, size, m_encoding);
    *paragraph = TextFileReader::slice(*paragraph, 0, start, m_encoding);
    return heading;
}

// A page names the same few entities in header after header: each is read once.
QList<EntityRef> CorpusParser::jointReportersOf(const QString &headerEntity)
{
    if (headerEntity.isEmpty())
        return {};
    const auto known = m_jointReporters.constFind(headerEntity);
    if (known != m_jointReporters.constEnd())
        return known.value();
    constexpr int kMostRemembered = 1000; // a file of ever new headers does not grow this
    if (m_jointReporters.size() >= kMostRemembered)
        m_jointReporters.clear();
    return m_jointReporters.insert(headerEntity, m_extractor.jointReporters(headerEntity)).value();
}

// An item page may print its fields before its text, and a copy of several such pages has
// nothing else between them: a field after the text is the next item's. The item above is
// filed with its own fields first. Where the fields follow the text, they are that text's.
void CorpusParser::openFieldsEntry(RecordBlock &record, QList<Activity> *drafts)
{
    if (m_fieldOrder == FieldOrder::Unknown)
        m_fieldOrder = m_textDrafted ? FieldOrder::AfterText : FieldOrder::BeforeText;
    if (m_fieldOrder == FieldOrder::AfterText || m_fieldOrder == FieldOrder::AfterTextRead) {
        m_fieldOrder = FieldOrder::AfterTextRead;
        if (m_countryFieldRead && m_countryFieldRead->heading == m_section) {
            // "Country: Kenya" / "Entity: UNDP" under the text: the country is the text's.
            CountryFieldRead read = *std::exchange(m_countryFieldRead, std::nullopt);
            m_section = std::move(read.section);
            m_sectionContext = std::move(read.sectionContext);
            m_countryHeading = std::move(read.countryHeading);
            m_countryHeadingFiled = read.countryHeadingFiled;
            m_pageCountry = std::move(read.pageCountry);
            m_fieldContext += read.names;
        }
        return;
    }
    if (m_fieldOrder != FieldOrder::BeforeTextRead)
        return;
    closeFieldsEntry(record, drafts);
    m_fieldOrder = FieldOrder::BeforeText;
}

// Text after an item's fields that followed text: the item above, with those fields, is
// filed. Or the text above was an introduction ("This page lists the entries..."), the
// fields lead and are this text's: it names the entity they give, which the text above
// does not.
void CorpusParser::readTextAfterFields(QStringView text, RecordBlock &record, QList<Activity> *drafts)
{
    const QString reporter
        = m_itemPath.entity.isEmpty() ? QString() : m_extractor.readHeading(m_itemPath.entity).reporter;
    auto names = [&reporter](const Activity &activity) {
        return std::any_of(activity.entities.cbegin(), activity.entities.cend(),
            [&reporter](const EntityRef &ref) { return ref.name == reporter; });
    };
    if (!reporter.isEmpty() && std::none_of(drafts->cbegin(), drafts->cend(), names)) {
        Activity probe;
        probe.text = text.toString();
        m_extractor.extract(&probe);
        if (names(probe)) {
            const ItemPath fields = std::exchange(m_itemPath, ItemPath{});
            const QList<EntityRef> context = std::exchange(m_fieldContext, {});
            fileDrafts(record, drafts);
            m_itemPath = fields;
            m_fieldContext = context;
            m_fieldOrder = FieldOrder::BeforeText;
            return;
        }
    }
    const bool itemNamed
        = !m_itemPath.entity.isEmpty() || !m_itemPath.period.isEmpty() || !m_itemPath.measure.isEmpty();
    if (itemNamed)
        closeFieldsEntry(record, drafts);
    m_fieldOrder = FieldOrder::AfterText;
}

// Files the item read so far with its fields; the next item owes it nothing.
void CorpusParser::closeFieldsEntry(RecordBlock &record, QList<Activity> *drafts)
{
    fileDrafts(record, drafts);
    m_itemPath = ItemPath{};
    m_fieldContext.clear();
    record.period.clear();
    record.headerEntity.clear();
    m_headerContext.clear();
    m_lastReportingEntity.clear();
}

// Whether an item page's field is of an entry: of the text under it where the fields lead,
// of the entry above where the page marks one.
bool CorpusParser::fieldsLead(const RecordBlock &record) const
{
    const bool lead = m_fieldOrder == FieldOrder::Unknown
        ? !m_textDrafted
        : m_fieldOrder == FieldOrder::BeforeText || m_fieldOrder == FieldOrder::BeforeTextRead;
    return lead || record.isEntry;
}

// The value an item page prints under a field's label ("UN Agency" above "ESCWA"), read
// as its item path would give it; the path, where there is one, says it first. The label,
// read first, has opened the item the value is of (openFieldsEntry()). A line that
// does not read as the field's value (a paragraph under a label left empty) is not taken.
bool CorpusParser::readFieldValue(
    Gazetteer::PageField field, const QString &text, const RecordBlock &record, bool afterLabel)
{
    // A period's form is strict enough to tell it alone; a year ("2019") reads as no heading.
    // A list of partners or a detail may be long on its label's own line ("Partners: Ministry
    // of Health, Labour and Social Protection; La Strada"), and only short under it; a sentence
    // is text, after any label ("Entity: UNFPA trained...", "Funding: UNFPA funded...").
    const bool namesMeasure = field == Gazetteer::PageField::Measure && m_extractor.gazetteer().measureNamedBy(text);
    const QStringView end = QStringView(text).trimmed().right(1);
    const bool sentence = end == u"." || end == u"!" || end == u"?";
    const bool listed
        = afterLabel && !sentence && (field == Gazetteer::PageField::Partners || field == Gazetteer::PageField::Detail);
    if (!ParagraphSplitter::isHeading(text) && !namesMeasure && field != Gazetteer::PageField::Period && !listed)
        return false;
    const QString value = text.trimmed();
    QString period;
    QString entity;
    switch (field) {
    case Gazetteer::PageField::Entity: {
        const EntityExtractor::HeadingReading reading = m_extractor.readHeading(value);
        const bool namesAnAgency = !reading.reporter.isEmpty()
            || std::any_of(reading.entities.cbegin(), reading.entities.cend(),
                [](const EntityRef &ref) { return ref.kind == EntityKind::Agency; });
        if (!namesAnAgency)
            return false;
        if (m_itemPath.entity.isEmpty())
            m_itemPath.entity = value;
        return true;
    }
    case Gazetteer::PageField::Period:
        if (!ParagraphSplitter::splitEntryHeader(QString(value + QStringLiteral(" | -")), &period, &entity))
            return false;
        if (m_itemPath.period.isEmpty())
            m_itemPath.period = period;
        return true;
    case Gazetteer::PageField::Measure:
        if (!m_extractor.gazetteer().measureForHeading(value))
            return false;
        if (m_itemPath.measure.isEmpty())
            m_itemPath.measure = value;
        return true;
    case Gazetteer::PageField::Country: {
        // "Kenya", "Guatemala; Honduras", "Asia and the Pacific": places and nothing else.
        const EntityExtractor::HeadingReading reading = m_extractor.readHeading(value);
        if (!reading.isCountry && !reading.isRegion)
            return false;
        // After text, the field is an entry's where the page marks one; elsewhere it heads
        // the paragraphs under it, as a country's heading would ("Country: Burkina Faso"),
        // unless another of the text's fields follows it.
        if (!fieldsLead(record)) {
            m_countryFieldRead = CountryFieldRead{m_section, m_sectionContext, m_countryHeading, m_countryHeadingFiled,
                m_pageCountry, reading.entities, value};
            return false;
        }
        if (m_fieldContext.isEmpty())
            m_fieldContext = reading.entities;
        return true;
    }
    case Gazetteer::PageField::Partners:
        // "Partners: Ministry of Health; La Strada; UNFPA", "Donor: Sweden": the entry's work is
        // done with them, not where they are.
        if (fieldsLead(record))
            appendPartners(m_extractor.readHeading(value).entities, &m_fieldContext);
        return true;
    case Gazetteer::PageField::Detail:
        return true; // "Budget: USD 1,250,000" tells of the entry, and is none of its text
    case Gazetteer::PageField::Text:
    case Gazetteer::PageField::Title:
    case Gazetteer::PageField::None:
        break;
    }
    return false;
}

// "UN Agency: UNHCR", "Abstract: UNHCR opened...": an item page's label with its value on
// the same line, as a copy may give them. A field's value is read as the field's; any other
// label's (the abstract, the title) as a line of its own. False where @p line opens with
// no label.
bool CorpusParser::readLabelledLine(const SourceLine &line, RecordBlock &record, QList<Activity> *drafts)
{
    constexpr int kLatestColon = 40;
    const qsizetype colon = QStringView(line.text).left(kLatestColon).indexOf(u':');
    if (colon <= 0)
        return false;
    const Gazetteer &gazetteer = m_extractor.gazetteer();
    const QStringView label = QStringView(line.text).left(colon);
    if (!gazetteer.isPageLabel(label) || gazetteer.isPageTitle(label))
        return false;
    if (gazetteer.isItemLabel(label))
        openFieldsEntry(record, drafts);
    qsizetype valueStart = colon + 1;
    while (valueStart < line.text.size() && line.text[valueStart].isSpace())
        ++valueStart;
    if (valueStart == line.text.size()) {
        m_pendingField = gazetteer.fieldOfLabel(label); // the value may be on the next line
        return true;
    }
    const SourceLine value = partOf(line, valueStart, line.text.size() - valueStart);
    const Gazetteer::PageField field = gazetteer.fieldOfLabel(label);
    if (field == Gazetteer::PageField::None || !readFieldValue(field, value.text, record, true))
        processLine(value, record, false, drafts);
    return true;
}

// Whether @p text may be a row of a table's column headings apart by commas, semicolons or
// bars: a short line that ends with a heading, an empty cell or a bar, not with a sentence's
// stop, and whose first cell is as short as a heading ("Entity,Country,Description"). Every
// paragraph comes here: nearly all are told by their last character.
bool CorpusParser::mayOpenATable(QStringView text)
{
    constexpr int kLongestRow = 400; // a dozen headings, each as long as the longest
    constexpr int kLongestHeading = 40;
    const QStringView row = text.trimmed();
    const QChar last = row.isEmpty() ? QChar() : row.back();
    const bool endsAsARow = last.isLetter() || last == u'"' || last == u',' || last == u'|';
    if (!endsAsARow || row.size() > kLongestRow)
        return false;
    const QStringView head = row.left(kLongestHeading + 2); // with its quotes
    return head.contains(u',') || head.contains(u';') || head.contains(u'|');
}

// A table's row of column headings has the text's column and another that the gazetteer
// knows; its other cells ("ID", "Link") read as headings do, short and with no stop. A row
// of entries has a sentence where the text's heading would be.
bool CorpusParser::isRowOfHeadings(const QList<QStringView> &cells, const QList<Gazetteer::PageField> &columns)
{
    constexpr int kLongestHeading = 40;
    bool text = false;
    bool other = false;
    bool allKnown = true;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        text = text || columns[i] == Gazetteer::PageField::Text;
        other = other || (columns[i] != Gazetteer::PageField::None && columns[i] != Gazetteer::PageField::Text);
        const QStringView cell = cells[i].trimmed();
        if (columns[i] != Gazetteer::PageField::None || cell.isEmpty())
            continue;
        allKnown = false;
        const QChar last = cell.back();
        const bool readsAsAHeading = cell.size() <= kLongestHeading
            && std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isLetter(); }) && last != u'.'
            && last != u'!' && last != u'?';
        if (!readsAsAHeading)
            return false;
    }
    return text && (allKnown || other);
}

// A table copied from a page or a spreadsheet, a row to a line, its cells apart by tabs,
// commas, semicolons or bars: a row of column headings ("Entity", "Country", "Activity")
// opens it, and each row with as many cells under it is one entry, read as an item page
// is, the text column its text and the other cells its fields. False where @p line is no
// row of a table.
bool CorpusParser::readTableRow(const SourceLine &line, RecordBlock &record, QList<Activity> *drafts)
{
    const Gazetteer &gazetteer = m_extractor.gazetteer();
    for (const char16_t separator : kCellSeparators) {
        if (!line.text.contains(separator))
            continue;
        const QList<QStringView> cells = cellsOf(line.text, separator);
        QList<Gazetteer::PageField> columns;
        for (const QStringView cell : cells)
            columns.append(cell.trimmed().isEmpty() ? Gazetteer::PageField::None : gazetteer.tableColumnOf(cell));
        if (isRowOfHeadings(cells, columns)) {
            fileDrafts(record, drafts);
            m_tableColumns = columns;
            m_tableSeparator = separator;
            return true;
        }
        if (separator == u'\t')
            break; // a line with tabs is a row of a table apart by tabs, or of none
    }
    if (m_tableColumns.isEmpty())
        return false;
    const QList<QStringView> cells = cellsOf(line.text, m_tableSeparator);
    if (m_tableColumns.size() != cells.size())
        return false;
    fileDrafts(record, drafts); // what stands above the row is no part of it
    const ItemPath outside = std::exchange(m_itemPath, ItemPath{});
    qsizetype textCell = -1;
    QString title;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString value = cells[i].trimmed().toString();
        QString period;
        QString entity;
        switch (m_tableColumns[i]) {
        case Gazetteer::PageField::Entity:
            m_itemPath.entity = value;
            break;
        case Gazetteer::PageField::Period:
            if (ParagraphSplitter::splitEntryHeader(QString(value + QStringLiteral(" | -")), &period, &entity))
                m_itemPath.period = period;
            break;
        case Gazetteer::PageField::Measure:
            m_itemPath.measure = value;
            break;
        case Gazetteer::PageField::Country:
            m_rowContext += m_extractor.readHeading(value).entities;
            break;
        case Gazetteer::PageField::Partners:
            appendPartners(m_extractor.readHeading(value).entities, &m_rowContext);
            break;
        case Gazetteer::PageField::Text:
            textCell = i;
            break;
        case Gazetteer::PageField::Title:
            title = CleanedText::clean(value).text();
            break;
        case Gazetteer::PageField::Detail:
        case Gazetteer::PageField::None:
            break;
        }
    }
    if (textCell >= 0) {
        // The cell is the entry's text, whatever it looks like: a short one is no heading.
        const QList<Gazetteer::PageField> table = std::exchange(m_tableColumns, {});
        if (!title.isEmpty()) {
            readTitleOfNothing(record, drafts);
            m_pendingTitle = title;
            m_titleLine = line;
            m_titleContext = m_extractor.readHeading(title).entities;
        }
        m_readAsText = true;
        const qsizetype start = cells[textCell].data() - line.text.constData();
        processLine(partOf(line, start, cells[textCell].size()), record, false, drafts);
        fileDrafts(record, drafts);
        m_readAsText = false;
        m_tableColumns = table;
    }
    m_rowContext.clear();
    m_itemPath = outside;
    return true;
}

// The part of @p line from @p start on, @p length characters, with its place in the file.
SourceLine CorpusParser::partOf(const SourceLine &line, qsizetype start, qsizetype length) const
{
    const QStringView raw(line.text);
    const bool bytePerCharacter = line.byteLength == raw.size();
    auto bytes = [&](QStringView part) {
        return bytePerCharacter ? qint64(part.size()) : TextFileReader::encodedLength(part, m_encoding);
    };
    SourceLine cell = line;
    cell.text = line.text.mid(start, length);
    cell.byteOffset = line.byteOffset + bytes(raw.left(start));
    cell.byteLength = bytes(raw.mid(start, length));
    return cell;
}

// Learns from @p lines how the file lays its paragraphs out: the lines that a line going on
// in lower case shows wrapped tell the width at which the file wraps, and blank lines after
// sentences' ends tell that they set its paragraphs apart, unless paragraphs follow others
// with no blank line half as often or more. The record is looked at before its first
// paragraph is read, so that a file's first lines are joined as surely as its last.
void CorpusParser::learnLayout(const QList<SourceLine> &lines)
{
    // Beyond it, a line is a paragraph that a text in lower case follows by chance.
    constexpr int kWidestWrap = 120;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringView line = lines[i].text;
        const QStringView next = lines[i + 1].text;
        // Most lines end a paragraph before another: only a line that a blank line or a
        // capital follows is looked at further.
        const bool endsParagraph = line.endsWith(u'.') && (next.isEmpty() || next.front().isUpper());
        const int width = lines[i].column + int(line.size());
        if (!endsParagraph && width <= kWidestWrap && ParagraphSplitter::continuesOnNextLine(line, next)) {
            m_wrapWidth = std::max(m_wrapWidth, width);
            ++m_wrappedLines;
        }
    }
    if (m_wrappedLines < kLinesThatTellAWrap)
        return; // the file wraps nothing: paragraphs are lines
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringView line = QStringView(lines[i].text).trimmed();
        if (!line.endsWith(u'.'))
            continue;
        const QStringView next = QStringView(lines[i + 1].text).trimmed();
        if (next.isEmpty()) {
            // A heading after the blank line opens a section: sections, not paragraphs,
            // may be what blank lines set apart.
            qsizetype following = i + 2;
            while (following < lines.size() && QStringView(lines[following].text).trimmed().isEmpty())
                ++following;
            if (following < lines.size() && !ParagraphSplitter::isHeading(QStringView(lines[following].text).trimmed()))
                ++m_paragraphsApart;
        } else if (next.front().isUpper()
            && !ParagraphSplitter::leftNoRoomForNext(line, next, m_wrapWidth - lines[i].column)) {
            ++m_paragraphsAdjacent;
        }
    }
}

// Whether the line after @p lines[i] goes on with @p paragraph, which that line ends: the
// line was wrapped in the middle of a sentence, as the next line goes on in lower case, or
// as the line fills the width at which the file wraps.
bool CorpusParser::continuesOnNextLine(QStringView paragraph, const QList<SourceLine> &lines, qsizetype i) const
{
    const SourceLine &line = lines[i];
    const SourceLine &next = lines[i + 1];
    if (ParagraphSplitter::continuesOnNextLine(paragraph, next.text))
        return true;
    if (m_wrappedLines < kLinesThatTellAWrap)
        return false;
    if (ParagraphSplitter::listGoesOnInline(paragraph, next.text))
        return true;
    const QStringView left = QStringView(line.text).trimmed();
    const QStringView right = QStringView(next.text).trimmed();
    if (left.isEmpty() || right.isEmpty())
        return false; // a blank line ends a paragraph, and goes on with none
    // A line that is the rest of the file's line (after the "View More" glued to a full
    // text) had that much less room.
    const int width = m_wrapWidth - line.column;
    // A list inside a sentence, whose first marker the wrap put at the line's start: "...in:"
    // / "(i) applying..." / "...services; and (ii) developing...". A few lines tell it.
    if (left.back() == u':' && ParagraphSplitter::itemMarkerLength(right) > 0) {
        constexpr qsizetype kLinesOfAnItem = 8;
        QList<QStringView> following;
        for (qsizetype k = i + 2; k < lines.size() && k <= i + 1 + kLinesOfAnItem; ++k)
            following.append(lines[k].text);
        if (ParagraphSplitter::listStartsInline(right, following))
            return true;
    }
    // A clause that a semicolon ends goes on in lower case on a wrapped line: "...services;"
    // / "and (ii) developing...". Short lines so are a list's items, with no marker.
    if (left.endsWith(u';') && right.front().isLower()
        && ParagraphSplitter::reachesItsWrap(line.text, next.text, width))
        return true;
    // Where blank lines set paragraphs apart, a line break inside a block is a wrap.
    if (m_paragraphsApart >= kLinesThatTellAWrap && m_paragraphsApart > 2 * m_paragraphsAdjacent) {
        return ParagraphSplitter::goesOnInItsBlock(paragraph, line.text, next.text, width)
            || (ParagraphSplitter::reachesItsWrap(line.text, next.text, width) && nameSpansBreak(left, right));
    }
    // The wrap left no room on the line for the next one's first word: a paragraph's last
    // line ends short of that but by chance.
    const bool noRoom = ParagraphSplitter::leftNoRoomForNext(line.text, next.text, width);
    // A title as long ("Training of health workers ... in Ethiopia") stands over the next
    // paragraph all the same: only a comma, a name the break cuts in two ("the Spotlight" /
    // "Initiative"), or no room for the next word tells that the sentence goes on.
    if (ParagraphSplitter::fillsItsWrap(paragraph, line.text, next.text, width))
        return noRoom || left.back() == u',' || nameSpansBreak(left, right);
    // A line of names goes on where one of them does ("...and the United Nations" / "Entity
    // for Gender Equality...").
    if (ParagraphSplitter::reachesItsWrap(line.text, next.text, width))
        return nameSpansBreak(left, right);
    if (!noRoom || left.back() != u'.')
        return false;
    // An abbreviation or an initial ends no sentence ("...Commission; Ms." / "Ruth Cho...").
    if (!ParagraphSplitter::endsSentence(left, int(left.size()) - 1))
        return true;
    // A sentence may end where the wrap does ("...province of Cabo Delgado." / "With..."),
    // unless what follows reads as a title over the next paragraph.
    if (!ParagraphSplitter::isHeading(right))
        return true;
    if (i + 2 >= lines.size())
        return false;
    const QStringView after = lines[i + 2].text;
    return ParagraphSplitter::continuesOnNextLine(right, after)
        || (ParagraphSplitter::fillsItsWrap(right, right, after, m_wrapWidth - next.column)
            && ParagraphSplitter::leftNoRoomForNext(right, after, m_wrapWidth - next.column));
}

// Whether a name the gazetteer knows begins at the end of @p line and ends in @p next.
bool CorpusParser::nameSpansBreak(QStringView line, QStringView next) const
{
    constexpr int kReach = 80; // longer than the longest names' parts on either side
    const QStringView tail = line.right(kReach);
    const QStringView head = next.left(kReach);
    const QString joined = tail + u' ' + head;
    const int junction = int(tail.size());
    bool spans = false;
    m_extractor.gazetteer().forEachMatch(joined, [&](const AliasMatch &match) {
        spans = spans || (match.start < junction && match.start + match.length > junction + 1);
    });
    return spans;
}

// The paragraph that @p lines[*i] opens, with the lines that a wrap or a page break cut from
// it; moves @p i to its last line. It shares the line's text until another line joins it.
SourceLine CorpusParser::paragraphFrom(const QList<SourceLine> &lines, qsizetype *i) const
{
    SourceLine paragraph = lines[*i];
    do {
        while (*i + 1 < lines.size()) {
            if (joinOverRunningHeader(&paragraph, lines, i))
                continue;
            if (!continuesOnNextLine(paragraph.text, lines, *i) || !joinLine(&paragraph, lines[*i + 1]))
                break;
            ++*i;
        }
    } while (joinAcrossPageBreak(&paragraph, lines, i));
    return paragraph;
}

// A printed report copied without its form feeds keeps the running header of a page inside
// the sentence that the page cut: "...adjusted its risk" / "A/77/273" / "management
// arrangements...". Headings that stood on lines of their own before, in a wrapped file,
// between a sentence left unfinished and its going on (in lower case, after a comma or a
// link word), are that header. It stays in the paragraph's bytes, as white space in its text.
bool CorpusParser::joinOverRunningHeader(SourceLine *paragraph, const QList<SourceLine> &lines, qsizetype *i) const
{
    constexpr qsizetype kMostHeaderLines = 2; // the report's symbol, and its title
    constexpr qsizetype kLongestMarking = 40; // "A/77/273", or "22-12345   5/20" spaced out
    if (m_wrappedLines < kLinesThatTellAWrap)
        return false;
    qsizetype next = *i + 1;
    for (; next < lines.size() && next - *i <= kMostHeaderLines; ++next) {
        // Most lines are longer than any heading: only a short one is looked up. The report's
        // symbol is no heading, but the page's marking.
        const QStringView text = QStringView(lines[next].text).trimmed();
        const bool seen = !m_headingsSeen.isEmpty() && text.size() <= m_longestHeadingSeen
            && m_headingsSeen.contains(text.toString());
        if (text.isEmpty() || (!seen && (text.size() > kLongestMarking || !ParagraphSplitter::isPageFurniture(text))))
            break;
    }
    const bool header = next > *i + 1 && next < lines.size();
    if (!header || !ParagraphSplitter::continuesOnNextLine(paragraph->text, lines[next].text)
        || !joinOver(paragraph, lines, *i + 1, next))
        return false;
    *i = next;
    return true;
}

// Whether @p line, which reads as a heading (@p text), is a printed report's running header:
// pdftotext opens each page with a form feed, and a heading that a page opened with before
// is the header every page repeats ("A/77/273"), not a section's title.
bool CorpusParser::isRunningHeader(const SourceLine &line, const QString &text) const
{
    if (line.text.isEmpty() || line.text.front() != u'\f')
        return false;
    if (m_pageHeaders.contains(text))
        return true;
    rememberPageHeader(text);
    return false;
}

void CorpusParser::rememberPageHeader(const QString &text) const
{
    constexpr qsizetype kMostRemembered = 100; // a report has few headers; a file of pages, more
    if (m_pageHeaders.size() < kMostRemembered)
        m_pageHeaders.insert(text);
}

// A printed report's footnote, which a copy keeps at its page's foot: a line that opens with
// a number in superscript ("³ See www.unwomen.org..."), or with a number that a marker in
// the text before cited ("3 See the report of the Secretary-General..."), and a space.
bool CorpusParser::isFootnote(QStringView text) const
{
    constexpr qsizetype kMostDigits = 3;
    qsizetype digits = 0;
    int number = 0;
    // A digit in superscript has its value too, though it is no decimal digit.
    for (; digits < text.size() && digits < kMostDigits && text[digits].digitValue() >= 0; ++digits)
        number = number * 10 + text[digits].digitValue();
    if (digits == 0 || digits >= text.size() || text[digits] != u' ')
        return false;
    return !text[0].isDigit() || m_footnotesCited.contains(number);
}

// A search page's facet: the name of an entity, a country or a region and the count of its
// results ("UN Women (25)", "Kenya (3)"), which the page lists beside them to filter them
// by. A measure's name with its count heads its results all the same, as a name with a
// year heads that year's.
bool CorpusParser::isFacet(QStringView text) const
{
    constexpr qsizetype kLongestFacet = 120;
    if (text.size() > kLongestFacet || !text.endsWith(u')'))
        return false;
    const qsizetype open = text.lastIndexOf(u'(');
    const QStringView count = open > 0 ? text.mid(open + 1, text.size() - open - 2) : QStringView();
    if (count.isEmpty() || !std::all_of(count.begin(), count.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    // "UNFPA (2019)" heads a year's entries.
    constexpr int kYearDigits = 4;
    if (count.size() == kYearDigits && (count.startsWith(QLatin1String("19")) || count.startsWith(QLatin1String("20"))))
        return false;
    const EntityExtractor::HeadingReading reading = m_extractor.readHeading(text.left(open).trimmed());
    return !reading.reporter.isEmpty() || reading.isCountry || reading.isRegion;
}

void CorpusParser::rememberFootnote(int number)
{
    constexpr qsizetype kMostRemembered = 10000;
    if (m_footnotesCited.size() < kMostRemembered)
        m_footnotesCited.insert(number);
}

void CorpusParser::rememberHeading(const QString &text)
{
    constexpr qsizetype kMostRemembered = 1000; // a report's headings, not a list's titles
    if (m_headingsSeen.size() < kMostRemembered) {
        m_headingsSeen.insert(text);
        m_longestHeadingSeen = std::max(m_longestHeadingSeen, text.size());
    }
}

// A paragraph that a printed report's page break cuts goes on after the page's number and
// the form feed between: "...its risk management" / "12" / "\f" / "arrangements to...".
// Joins the lines up to where it goes on, and moves @p i there.
bool CorpusParser::joinAcrossPageBreak(SourceLine *paragraph, const QList<SourceLine> &lines, qsizetype *i) const
{
    // Only a blank line, a page's number or a form feed may follow the page's last line.
    if (*i + 1 >= lines.size())
        return false;
    const QString &following = lines[*i + 1].text;
    if (!following.isEmpty() && !following.front().isSpace() && !following.front().isDigit())
        return false;
    constexpr qsizetype kMostLinesBetween = 6;
    auto isPageNumber = [](QStringView text) {
        constexpr int kMostDigits = 4;
        return text.size() <= kMostDigits && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    };
    bool pageBreak = false;
    qsizetype headerAt = -1; // where the report's running header stands, if it does
    qsizetype next = *i + 1;
    for (; next < lines.size() && next - *i <= kMostLinesBetween; ++next) {
        const QString &text = lines[next].text;
        const QStringView trimmed = QStringView(text).trimmed();
        // pdftotext ends a page with a form feed, alone or before the next page's first line,
        // which may be the report's running header ("A/77/273").
        const bool pageStart = !text.isEmpty() && text.front() == u'\f';
        pageBreak = pageBreak || pageStart || (!trimmed.isEmpty() && isPageNumber(trimmed));
        if (pageStart && !trimmed.isEmpty() && headerAt < 0 && ParagraphSplitter::isHeading(trimmed)) {
            headerAt = next;
            continue;
        }
        if (!trimmed.isEmpty() && !isPageNumber(trimmed))
            break;
    }
    if (!pageBreak || next == *i + 1 || next >= lines.size() || next - *i > kMostLinesBetween)
        return false;
    // In a wrapped file, a sentence the page cut may go on in capitals: "...a successful 16" /
    // "Days of Activism..."; after a running header, only in lower case, as a heading at the
    // page's top may open the next section.
    const QStringView left = QStringView(paragraph->text).trimmed();
    const QStringView right = QStringView(lines[next].text).trimmed();
    if (left.isEmpty())
        return false; // a blank line, which no page break cuts
    const bool unfinished = m_wrappedLines >= kLinesThatTellAWrap && headerAt < 0
        && (left.back().isLetterOrNumber() || left.back() == u',') && ParagraphSplitter::hasAWordInLowerCase(left)
        && ParagraphSplitter::itemMarkerLength(right) == 0;
    // After a header, a name the break cuts in two goes on all the same: "...a successful 16"
    // / "Days of Activism...".
    const bool nameGoesOn = headerAt >= 0 && nameSpansBreak(left, right);
    if (!unfinished && !nameGoesOn && !ParagraphSplitter::continuesOnNextLine(paragraph->text, lines[next].text))
        return false;
    if (headerAt >= 0)
        rememberPageHeader(QStringView(lines[headerAt].text).trimmed().toString());
    // The page's number and header stay in the paragraph's bytes, as white space in its text:
    // cleaning makes one space of it, and every offset still points into the file.
    if (!joinOver(paragraph, lines, *i + 1, next))
        return false;
    *i = next;
    return true;
}

// Joins @p next to the wrapped @p paragraph with the line break that stands between them
// in the file, so every character still has its bytes there; cleaning makes it a space.
// Joins @p lines[from] to @p lines[to] to @p paragraph, the lines before @p to as white space
// of as many bytes: the paragraph's bytes keep them, its text does not, and every position
// after them still points at its byte in the file.
bool CorpusParser::joinOver(SourceLine *paragraph, const QList<SourceLine> &lines, qsizetype from, qsizetype to) const
{
    const qint64 space = TextFileReader::encodedLength(u" ", m_encoding);
    SourceLine joined = *paragraph;
    for (qsizetype k = from; k <= to; ++k) {
        SourceLine part = lines[k];
        if (k < to)
            part.text = QString(qsizetype(part.byteLength / space), u' ');
        if (!joinLine(&joined, part))
            return false;
    }
    *paragraph = joined;
    return true;
}

bool CorpusParser::joinLine(SourceLine *paragraph, const SourceLine &next) const
{
    const qint64 unit = TextFileReader::encodedLength(u"\n", m_encoding);
    const qint64 gap = next.byteOffset - (paragraph->byteOffset + paragraph->byteLength);
    if (gap != unit && gap != 2 * unit)
        return false;
    paragraph->text += gap == unit ? QStringView(u"\n") : QStringView(u"\r\n");
    paragraph->text += next.text;
    paragraph->byteLength = next.byteOffset + next.byteLength - paragraph->byteOffset;
    paragraph->lastNumber = next.number;
    return true;
}

void CorpusParser::processLine(const SourceLine &line, RecordBlock &record, bool itemFollows, QList<Activity> *drafts)
{
    const bool hasTabs = line.text.contains(u'\t');
    if (hasTabs || !m_tableColumns.isEmpty() || mayOpenATable(line.text)) {
        if (readTableRow(line, record, drafts))
            return;
        if (!hasTabs && !QStringView(line.text).trimmed().isEmpty())
            m_tableColumns.clear(); // a line that is no row ends the table
    }
    if (!m_readAsText && readLabelledLine(line, record, drafts))
        return;
    const CleanedText cleaned = CleanedText::clean(line.text);
    const QString &text = cleaned.text();
    if (text.isEmpty() || ParagraphSplitter::isPageFurniture(text) || isFootnote(text)
        || (!m_readAsText && isFacet(text)))
        return;
    for (const int footnote : cleaned.footnotes())
        rememberFootnote(footnote);
    const bool afterMeasureHeading = std::exchange(m_measureHeadingLast, false);
    const Gazetteer::PageField field = std::exchange(m_pendingField, Gazetteer::PageField::None);
    if (!m_readAsText && m_extractor.gazetteer().isPageLabel(text)) {
        if (m_extractor.gazetteer().isItemLabel(text))
            openFieldsEntry(record, drafts);
        m_pendingField = m_extractor.gazetteer().fieldOfLabel(text);
        // A file of several pages: what the last page said holds nothing on this one.
        if (m_extractor.gazetteer().isPageTitle(text)) {
            readTitleOfNothing(record, drafts);
            fileDrafts(record, drafts);
            startPage();
        }
        m_addressCue = m_extractor.gazetteer().isAddressLabel(text) ? AddressCue::Announced : AddressCue::MayFollow;
        return;
    }
    if (ItemPath path; ParagraphSplitter::splitItemPath(text, &path.measure, &path.period, &path.entity)) {
        openFieldsEntry(record, drafts);
        m_itemPath = std::move(path);
        return;
    }
    if (field != Gazetteer::PageField::None && readFieldValue(field, text, record, false))
        return;
    // An agency's page gives its postal address first, or under its name or a label: the
    // address is not text of the inventory, and its country is not where the agency works.
    const AddressCue addressCue = std::exchange(m_addressCue, AddressCue::None);
    if (addressCue != AddressCue::None
        && ParagraphSplitter::readsAsAnAddress(text, addressCue == AddressCue::Announced))
        return;
    const bool afterPeriodLine = std::exchange(m_periodLineLast, false);
    if (!m_readAsText && readPeriodLine(text, record, drafts))
        return;
    const int marker = ParagraphSplitter::itemMarkerLength(text);
    // "1. Introduction": a numbered title alone, in no list, over a paragraph. An item opens
    // with what was done ("1. Trained 40 counsellors"), which no title does.
    const bool lastWasItem = std::exchange(m_lastWasItem, false);
    const QStringView afterMarker = QStringView(text).mid(marker);
    const bool numberedTitle = marker > 0 && !itemFollows && !lastWasItem && m_leadIn.isEmpty() && !m_readAsText
        && text[0].isDigit() && ParagraphSplitter::isHeading(afterMarker)
        && !afterMarker.left(afterMarker.indexOf(u' ')).endsWith(QLatin1String("ed"));
    // A report's sections are numbered in capitals: "II. Measures taken by the United Nations".
    const int sectionNumber = marker == 0 && !m_readAsText ? ParagraphSplitter::sectionNumberLength(text) : 0;
    const bool sectionTitle = sectionNumber > 0 && ParagraphSplitter::isHeading(QStringView(text).mid(sectionNumber));
    const bool heading
        = numberedTitle || sectionTitle || (marker == 0 && !m_readAsText && ParagraphSplitter::isHeading(text));
    if (heading && isRunningHeader(line, text))
        return;
    if (heading)
        rememberHeading(text);
    const Measure *named
        = marker == 0 && !heading && !m_readAsText ? m_extractor.gazetteer().measureNamedBy(text) : nullptr;
    if (heading || named) {
        // A title over a numbered section's ("Report of the Secretary-General" / "II.
        // Measures...") is the report's or a chapter's, which no paragraph lost its stop to.
        if (numberedTitle || sectionTitle)
            m_pendingTitle.clear();
        // Headings one under another at a file's start, before any paragraph, title the
        // document ("Intensification of efforts to eliminate all forms of violence against
        // women" / "Report of the Secretary-General"): the first is no paragraph that lost its
        // stop, unless it names what a result would.
        if (!m_fileDrafted && m_titleContext.isEmpty() && saysSomething(m_pendingTitle))
            openSection(m_pendingTitle, {});
        readTitleOfNothing(record, drafts);
        // A measure category opens a section, as does a section of an agency's page; an
        // agency's name opens a page of its entries; any other heading titles the paragraph
        // under it.
        if (const Measure *measure = named ? named : m_extractor.gazetteer().measureForHeading(text)) {
            // The measure's heading after an entry starts the list of its results, or another
            // measure's entries.
            endEntry(record, drafts);
            m_measure = measure->name;
            openSection(text, {});
            m_measureHeadingLast = true;
        } else if (m_extractor.gazetteer().isPageSection(text)) {
            openSection(text, {});
        } else if (EntityExtractor::HeadingReading heading = m_extractor.readHeading(text);
                   !heading.reporter.isEmpty()) {
            fileDrafts(record, drafts); // the page above was another's
            if (afterPeriodLine) {
                record.headerEntity = text; // the second line of a header
            } else if (afterMeasureHeading || m_agenciesUnderMeasure) {
                // A measure's page lists its entities' entries under their names: each name
                // starts another entity's entries, in the same measure.
                startAgencyUnderMeasure();
                m_agenciesUnderMeasure = true;
            } else {
                startPage();
                m_addressCue = AddressCue::MayFollow;
            }
            if (!afterPeriodLine)
                m_pageAgency = heading.reporter;
        } else if (heading.isCountry) {
            // "MALI" above a country's paragraphs: all of them are its, not only the first.
            m_pageCountry.clear();
            m_countryHeading = heading.entities;
            m_countryHeadingFiled = false;
            openSection(text, std::move(heading.entities));
        } else if (heading.isRegion) {
            // "Latin America and the Caribbean" over a region's paragraphs: the country above
            // is not theirs.
            m_pageCountry.clear();
            m_countryHeading.clear();
            openSection(text, std::move(heading.entities));
        } else if (sectionTitle) {
            // "B. Prevention": a report's section holds all the paragraphs up to the next.
            openSection(text, std::move(heading.entities));
        } else {
            m_pendingTitle = text;
            m_titleLine = line;
            m_titleContext = std::move(heading.entities);
        }
        m_leadIn.clear();
        return;
    }
    // The marker's style is worked out only where it counts: for a lead-in's list, and for
    // items of a counted list, which may run on into the next ones.
    const bool counted
        = std::any_of(text.cbegin(), text.cbegin() + marker, [](QChar c) { return c.isLetterOrNumber(); });
    const QString style
        = counted || (marker > 0 && !m_leadIn.isEmpty()) ? ParagraphSplitter::itemMarkerStyle(text) : QString();
    // Pages often print a list's first item without its bullet ("...include:", "North
    // Macedonia: Supported...", "- Nigeria: ..."): a plain paragraph between a lead-in and
    // the first marked item is an item too. So is a plain paragraph alone under a lead-in
    // ("Ecuador Country Office:"), the one thing the lead-in introduces.
    const bool unmarkedFirstItem = marker == 0 && !m_leadIn.isEmpty() && m_leadInStyle.isEmpty();
    // A title without a colon over a list ("UNICEF in Rwanda" / "a) trained 40 teachers")
    // hands what it names to all the list's items, as a lead-in does, not to the first alone.
    if (marker > 0 && m_leadIn.isEmpty() && !m_pendingTitle.isEmpty() && !m_titleContext.isEmpty())
        leadListWithTitle(record);
    m_lastWasItem = marker > 0 || unmarkedFirstItem;
    if (marker == 0 && !unmarkedFirstItem) {
        m_leadIn.clear(); // a plain paragraph ends the list a lead-in opened
    } else if (marker > 0 && !m_leadIn.isEmpty()) {
        // So does an item of another style: "i." after the bullets of "In Iraq, UNFPA:". A
        // bullet drawn otherwise ("▪", then "➢") is the same list's, as copies mix them.
        if (m_leadInStyle.isEmpty())
            m_leadInStyle = style;
        else if (style != m_leadInStyle
            && (ParagraphSplitter::isCountedStyle(style) || ParagraphSplitter::isCountedStyle(m_leadInStyle)))
            m_leadIn.clear();
    }

    // One activity per item, and per sentence glued to the one before it.
    const QStringView body = QStringView(text).mid(marker);
    TextSpans pieces;
    if (counted) {
        for (const TextSpan &item : ParagraphSplitter::splitInlineItems(body, style)) {
            for (TextSpan piece : ParagraphSplitter::splitRunOns(body.mid(item.start, item.length()))) {
                piece.start += item.start;
                piece.end += item.start;
                pieces.append(piece);
            }
        }
    } else {
        pieces = ParagraphSplitter::splitRunOns(body);
    }
    for (TextSpan &piece : pieces) {
        piece.start += marker;
        piece.end += marker;
    }
    QString leadIn;
    TextSpan &last = pieces.last();
    const int leadInStart = ParagraphSplitter::trailingLeadInStart(QStringView(text).mid(last.start, last.length()));
    if (leadInStart >= 0) {
        leadIn = text.mid(last.start + leadInStart, last.end - last.start - leadInStart);
        last.end = last.start + leadInStart;
        while (last.end > last.start && text[last.end - 1] == u' ')
            --last.end;
        if (last.length() == 0)
            pieces.removeLast();
    }

    if (!pieces.isEmpty()) {
        m_countryFieldRead.reset();
        // Text after the fields that followed an item's text is the next item's; unless the
        // fields lead after all, after an introduction that is no item.
        if (m_fieldOrder == FieldOrder::AfterTextRead)
            readTextAfterFields(QStringView(text).mid(pieces.first().start), record, drafts);
    }
    QList<EntityRef> inherited = marker > 0 || unmarkedFirstItem ? m_leadIn : QList<EntityRef>();
    inherited += m_titleContext;
    inherited += m_sectionContext;
    inherited += m_pageCountry;
    inherited += m_rowContext;
    inherited += m_fieldContext;
    m_countryHeadingFiled = m_countryHeadingFiled || !pieces.isEmpty();
    if (!pieces.isEmpty()) {
        m_textDrafted = true;
        m_fileDrafted = true;
        if (m_fieldOrder == FieldOrder::BeforeText)
            m_fieldOrder = FieldOrder::BeforeTextRead;
    }
    if (!m_headerContext.isEmpty()) // most headers name one entity: nothing to copy
        inherited += m_headerContext;
    for (const TextSpan &piece : std::as_const(pieces)) {
        Activity activity = makeActivity(line, cleaned, piece.start, piece.end);
        const bool isItem = marker > 0 || unmarkedFirstItem;
        // A titled list's items all have its title.
        const bool inTitledList = isItem && !m_leadIn.isEmpty() && !m_listTitle.isEmpty();
        activity.section = !m_pendingTitle.isEmpty() ? m_pendingTitle : inTitledList ? m_listTitle : m_section;
        activity.measure = m_measure;
        activity.period = record.period;
        const TextKey key = textKey(activity.text);
        activity.textHash = bytesOf(key); // the store keeps it, and emitActivity() finds repeats by it
        // A text seen before will only be one more place where it stands, so its entities
        // are not looked for, unless the record's reporting entity is inferred from them.
        if (record.headerEntity.isEmpty() || !m_known.contains(key))
            m_extractor.extract(&activity, inherited);
        drafts->append(std::move(activity));
        m_draftPlaces.append(DraftPlace{isItem, isItem && !m_leadIn.isEmpty() ? m_leadInSubject : QString()});
    }
    m_pendingTitle.clear();
    m_titleContext.clear();
    if (unmarkedFirstItem && !itemFollows)
        m_leadIn.clear(); // a lead-in's only paragraph: the next one is not under it
    if (!leadIn.isEmpty()) {
        // It hands all it names to the items under it: its countries and agencies as much as
        // its programme or form of violence ("...a national strategy on child marriage:").
        Activity probe;
        probe.text = leadIn;
        m_extractor.extract(&probe);
        m_leadIn = probe.entities;
        m_listTitle.clear();
        // One that names neither where nor whose ("Key results included:") closes a paragraph
        // whose results the items are: they are that paragraph's work, where it was.
        const bool namesWhereOrWhose = std::any_of(m_leadIn.cbegin(), m_leadIn.cend(), [](const EntityRef &ref) {
            return ref.kind == EntityKind::Country || ref.kind == EntityKind::Place || ref.kind == EntityKind::Region
                || ref.kind == EntityKind::Agency;
        });
        for (qsizetype i = drafts->size() - pieces.size(); !namesWhereOrWhose && i < drafts->size(); ++i) {
            for (const EntityRef &ref : drafts->at(i).entities) {
                if (std::none_of(
                        m_leadIn.cbegin(), m_leadIn.cend(), [&](const EntityRef &own) { return own.key == ref.key; }))
                    m_leadIn.append(ref);
            }
        }
        // Its subject ("UN Women Country Office in Moldova:") is its items' where nothing
        // else tells whose they are: under a header, the header does.
        m_leadInSubject = record.headerEntity.isEmpty() ? m_reporters.subjectOf(probe) : QString();
        m_leadInStyle.clear();
    }
}

void CorpusParser::leadListWithTitle(const RecordBlock &record)
{
    m_leadIn = m_titleContext;
    m_leadInStyle.clear();
    m_listTitle = m_pendingTitle;
    Activity probe;
    probe.text = m_pendingTitle;
    m_extractor.extract(&probe);
    m_leadInSubject = record.headerEntity.isEmpty() ? m_reporters.subjectOf(probe) : QString();
}

Activity CorpusParser::makeActivity(const SourceLine &line, const CleanedText &cleaned, int start, int end) const
{
    Activity activity;
    activity.text = cleaned.text().mid(start, end - start);
    const int rawStart = cleaned.rawPosition(start);
    const int rawEnd = cleaned.rawEnd(end);
    const QStringView raw(line.text);
    activity.source.file = m_label;
    activity.source.line = line.number;
    activity.source.endLine = line.lastNumber > 0 ? line.lastNumber : line.number;
    // A line with as many bytes as characters has one byte per character: most lines.
    const bool bytePerCharacter = line.byteLength == raw.size();
    activity.source.byteOffset = line.byteOffset
        + (bytePerCharacter ? rawStart : TextFileReader::encodedLength(raw.left(rawStart), m_encoding));
    activity.source.byteLength = bytePerCharacter
        ? rawEnd - rawStart
        : TextFileReader::encodedLength(raw.mid(rawStart, rawEnd - rawStart), m_encoding);
    return activity;
}

void CorpusParser::emitActivity(Activity &&activity)
{
    if (m_sinkFailed)
        return;
    TextKey hash;
    if (!keyOf(activity.textHash, &hash))
        hash = textKey(activity.text);
    const auto known = m_known.constFind(hash);
    if (known != m_known.constEnd()) {
        Occurrence occurrence{m_label, activity.source.line, activity.source.endLine, activity.source.byteOffset,
            activity.source.byteLength, true, std::move(activity.section), std::move(activity.measure),
            std::move(activity.period), std::move(activity.reportingEntity), false};
        // Another page may tell whose a result is where the first did not.
        occurrence.givesReportingEntity = !occurrence.reportingEntity.isEmpty() && m_unreported.remove(known.value());
        m_sinkFailed = !m_sink->addOccurrence(known.value(), occurrence);
        ++m_result.duplicates;
        return;
    }
    activity.id = m_nextId++;
    m_known.insert(hash, activity.id);
    if (activity.reportingEntity.isEmpty())
        m_unreported.insert(activity.id);
    if (m_variants)
        m_variants->add(activity.id, activity.text);
    m_sinkFailed = !m_sink->addActivity(std::move(activity));
    ++m_result.activities;
}

// A preview line that the full text repeats word for word is one more place the text
// stands; a cut preview ("...") repeats nothing and simply disappears. A wrapped preview's
// lines are joined as a record's are.
void CorpusParser::resolvePreview(const QList<SourceLine> &preview)
{
    for (qsizetype i = 0; i < preview.size(); ++i) {
        const SourceLine line = paragraphFrom(preview, &i);
        const CleanedText cleaned = CleanedText::clean(line.text);
        const QStringView text = QStringView(cleaned.text()).mid(ParagraphSplitter::itemMarkerLength(cleaned.text()));
        for (const TextSpan &piece : ParagraphSplitter::splitRunOns(text)) {
            const auto known = m_known.constFind(textKey(text.mid(piece.start, piece.length())));
            if (known == m_known.constEnd())
                continue;
            // Its bytes are the preview line's, "View More" and all: the place it stands.
            m_sinkFailed = m_sinkFailed
                || !m_sink->addOccurrence(known.value(),
                    Occurrence{m_label, line.number, line.lastNumber > 0 ? line.lastNumber : line.number,
                        line.byteOffset, line.byteLength});
            ++m_result.duplicates;
        }
    }
}

} // namespace evaw
