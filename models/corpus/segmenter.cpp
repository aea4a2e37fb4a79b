#include "segmenter.h"

#include "cleanedtext.h"
#include "extract/textfold.h"
#include "paragraphsplitter.h"

#include <algorithm>

namespace evaw {

namespace {

const QLatin1String kHide("Hide");

// How far back a preview may start before its "View More" marker, in lines.
constexpr int kPreviewLookBack = 200;
// A record longer than this is handed on in parts, so memory stays bounded.
constexpr int kLongestRecord = 20000;

QString withoutEllipsis(QStringView text)
{
    QStringView trimmed = text.trimmed();
    while (trimmed.endsWith(u'.') || trimmed.endsWith(QChar(0x2026)))
        trimmed.chop(1);
    return trimmed.trimmed().toString();
}

bool opensAGluedSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || c == u'"' || c == QChar(0x201C) || c == QChar(0x2018);
}

// "Hide", the link that folds away a full text "View More" unfolded, which scrapes glue to
// the next entry ("HideUNAIDS is an active member..."): where the entry starts after it
// (the line's end when "Hide" stands alone), or 0. The word opening a sentence of its own
// would be followed by a space.
qsizetype leadingHideLength(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && line[at].isSpace())
        ++at;
    // Every line passes here: most are told apart by their first letter alone.
    if (at == line.size() || line[at] != u'H' || !line.mid(at).startsWith(kHide))
        return 0;
    const QStringView rest = line.mid(at + kHide.size());
    if (rest.trimmed().isEmpty())
        return line.size();
    return opensAGluedSentence(rest.front()) ? at + kHide.size() : 0;
}

// Where "Hide" glued to the end of a full text ("...against women.Hide") starts, or -1.
qsizetype trailingHideStart(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && line[end - 1].isSpace())
        --end;
    if (end == 0 || line[end - 1] != u'e') // most lines end in a stop
        return -1;
    const QStringView trimmed = line.left(end).trimmed();
    if (!trimmed.endsWith(kHide) || trimmed.size() == kHide.size())
        return -1;
    const QChar before = trimmed[trimmed.size() - kHide.size() - 1];
    const bool afterAStop = before == u'.' || before == u'!' || before == u'?' || before == u')' || before == u'"'
        || before == QChar(0x201D);
    return afterAStop ? (trimmed.data() - line.data()) + trimmed.size() - kHide.size() : -1;
}

// A line that a page saved as Markdown sets in bold whole ("**Feb 2020 - Sep 2021 | UN
// Women**"), as a heading ("## Feb 2020 - ...") or as a quotation ("> UN Women ran..."):
// where its text starts, else 0, and in @p end where it ends.
qsizetype markdownLineText(QStringView line, qsizetype *end)
{
    auto opensMarkup = [](QChar c) { return c == u'*' || c == u'_' || c == u'#' || c == u'>'; };
    if (line.isEmpty() || (!opensMarkup(line[0]) && !line[0].isSpace()))
        return 0;
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || !opensMarkup(trimmed.front()))
        return 0;
    const qsizetype start = trimmed.data() - line.data();
    if (trimmed.front() == u'>') {
        // "> text", and "> > text" for a quotation in a quotation.
        qsizetype text = 0;
        while (text < trimmed.size() && (trimmed[text] == u'>' || trimmed[text] == u' '))
            ++text;
        if (text == trimmed.size() || trimmed[text - 1] != u' ')
            return 0;
        *end = start + trimmed.size();
        return start + text;
    }
    if (trimmed.front() == u'#') {
        // One to six signs and a space: a hashtag ("#MeToo") has none.
        constexpr qsizetype kDeepestLevel = 6;
        qsizetype level = 0;
        while (level < trimmed.size() && trimmed[level] == u'#')
            ++level;
        if (level > kDeepestLevel || level + 1 >= trimmed.size() || trimmed[level] != u' ')
            return 0;
        *end = start + trimmed.size();
        return start + level + 1;
    }
    constexpr qsizetype kShortest = 5; // "**A**"
    const QStringView strong = trimmed.left(2);
    if (trimmed.size() < kShortest || (strong != u"**" && strong != u"__") || !trimmed.endsWith(strong)
        || trimmed.mid(2, trimmed.size() - 4).trimmed().isEmpty())
        return 0;
    *end = start + trimmed.size() - 2;
    return start + 2;
}

} // namespace

Segmenter::Segmenter(TextFileReader::Encoding encoding, RecordHandler onRecord, NameLength nameLength)
    : m_encoding(encoding)
    , m_onRecord(std::move(onRecord))
    , m_nameLength(std::move(nameLength))
{
}

// "Feb 2019 - Jan 2020 | UN Women UN Women supported...": a header glued to its entry's first
// paragraph, which reads as text, ending a sentence or running long, where a header's entity
// is a name. The entity is the name it opens with; a name the gazetteer does not know tells
// where it ends by its repeat, glued or after a space ("UNICEFUNICEF trained...", "Some
// Office Some Office trained..."). Returns where the name ends; 0 where the text names none
// first, so that all of it is the paragraph; -1 where the header is only a header, a long
// name ("Office of the Special Representative of the Secretary-General on...") included.
qsizetype Segmenter::nameEndInHeader(QStringView entity) const
{
    constexpr int kMostWordsOfAName = 16;
    constexpr int kLongestName = 60;
    const QChar last = entity.back();
    const bool readsAsText = last == u'.' || last == u'!' || last == u'?' || entity.count(u' ') >= kMostWordsOfAName;
    if (!readsAsText)
        return -1;
    qsizetype end = m_nameLength ? m_nameLength(entity) : 0;
    if (end == entity.size())
        return -1;
    for (qsizetype k = 2; end == 0 && k <= std::min<qsizetype>(kLongestName, entity.size() / 2); ++k) {
        if (!entity[k - 1].isLetterOrNumber())
            continue;
        const qsizetype gap = entity[k] == u' ' ? 1 : 0;
        const qsizetype after = 2 * k + gap;
        if (after <= entity.size() && entity.mid(k + gap, k) == entity.left(k)
            && (after == entity.size() || !entity[after].isLetterOrNumber()))
            end = k;
    }
    return end;
}

QString Segmenter::textAfterViewMore(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    const int marker = CleanedText::moreLinkLength(trimmed, 0);
    if (marker == 0)
        return {};
    return trimmed.mid(marker).trimmed().toString();
}

bool Segmenter::previews(QStringView previewLine, QStringView fullLine)
{
    return previewsNormalized(previewLine, TextFold::normalizedForComparison(fullLine));
}

bool Segmenter::previewsNormalized(QStringView previewLine, const QString &full)
{
    constexpr int kShortestPreview = 12;
    // Most lines differ from the first character on; only candidates pay for normalising.
    const QStringView trimmed = previewLine.trimmed();
    if (trimmed.isEmpty() || full.isEmpty() || trimmed.front() != full.front())
        return false;
    const QString preview = TextFold::normalizedForComparison(withoutEllipsis(trimmed));
    if (preview.size() < std::min<qsizetype>(kShortestPreview, full.size()) || preview.isEmpty())
        return false;
    return full.startsWith(preview);
}

// True when @p previewLine shows the whole of the full text's first line and goes on: the
// website printed a short entry's preview on one line and its full text over several.
bool Segmenter::showsAllOf(QStringView previewLine, const QString &normalizedFull)
{
    constexpr int kShortestLine = 12;
    const QStringView trimmed = previewLine.trimmed();
    if (normalizedFull.size() < kShortestLine || trimmed.size() <= normalizedFull.size()
        || trimmed.front() != normalizedFull.front())
        return false;
    return TextFold::normalizedForComparison(trimmed).startsWith(normalizedFull);
}

int Segmenter::previewStart(QStringView fullLine) const
{
    const QString full = TextFold::normalizedForComparison(fullLine);
    const int last = int(m_open.lines.size()) - 1;
    // Only the line just above may run on past the full text's first line: further up, a
    // paragraph that begins with the same sentence is another paragraph.
    if (last >= 0 && showsAllOf(m_open.lines[last].text, full))
        return last;
    // Where the file wraps its lines, the full text's first line ends in the middle of a
    // sentence, and the preview's first line, wrapped at other words, may show it whole.
    const bool cutByWrap = isCutByWrap(fullLine.trimmed());
    for (int i = last; i >= 0 && i > last - kPreviewLookBack; --i) {
        const QStringView line = m_open.lines[i].text;
        if (previewsNormalized(line, full) || (cutByWrap && showsAllOf(line, full)))
            return i;
    }
    return -1;
}

// A line long enough to be a wrapped line of prose, which ends where no sentence does and
// has words in lower case that no title has.
bool Segmenter::isCutByWrap(QStringView line)
{
    constexpr int kShortestWrap = 30;
    if (line.size() < kShortestWrap)
        return false;
    const QChar last = line.back();
    return (last.isLetterOrNumber() || last == u',' || last == u'-') && ParagraphSplitter::hasAWordInLowerCase(line);
}

void Segmenter::startRecord(QList<SourceLine> preview, const QString &period, const QString &entity)
{
    if (!m_open.lines.isEmpty() || !m_open.preview.isEmpty())
        m_onRecord(std::move(m_open));
    m_open = RecordBlock{};
    m_fullTextOpen = false;
    m_open.preview = std::move(preview);
    // A header is read in the raw line; what it gives is read as its paragraphs are, with
    // its character references decoded ("UN Women &amp; UNFPA").
    m_open.period = CleanedText::clean(period).text();
    m_open.headerEntity = CleanedText::clean(entity).text();
}

void Segmenter::openFullText(const SourceLine &fullText, int previewStart)
{
    // What preceded the full text, back to the preview's start, was the preview; what
    // preceded the preview belongs to the last record.
    QList<SourceLine> preview;
    if (previewStart >= 0) {
        preview = m_open.lines.mid(previewStart);
        m_open.lines.resize(previewStart);
    }
    // A header followed at once by the preview announced this entry, not the last one.
    const bool headerIsOurs = m_open.lines.isEmpty();
    const QString period = headerIsOurs ? m_open.period : QString();
    const QString entity = headerIsOurs ? m_open.headerEntity : QString();
    if (headerIsOurs) {
        m_open.period.clear();
        m_open.headerEntity.clear();
    }
    startRecord(std::move(preview), period, entity);
    m_open.isEntry = true;
    m_fullTextOpen = true;
    m_open.lines.append(fullText);
}

void Segmenter::addLine(const SourceLine &line)
{
    const QStringView text(line.text);
    qsizetype marker = CleanedText::moreLinkFrom(text, 1);
    if (marker < 0) {
        addPiece(line); // nearly every line
        return;
    }
    // Some scrapes keep a preview and its marker on one line ("...Tunisia.View MoreILO,
    // jointly..."), or a whole list of entries, each full text followed by the next
    // preview. The line is cut into the lines the website showed: before every marker
    // that follows other text, and where the preview of the entry a marker opens begins.
    QList<qsizetype> cuts;
    qsizetype start = 0;
    for (; marker > 0; marker = CleanedText::moreLinkFrom(text, marker + 1)) {
        const QStringView head = text.mid(start, marker - start);
        if (head.trimmed().isEmpty())
            continue; // only white space before it: this marker opens the line
        const qsizetype next = CleanedText::moreLinkFrom(text, marker + 1);
        const qsizetype fullStart = marker + CleanedText::moreLinkLength(text, marker);
        const QStringView full = text.mid(fullStart, (next < 0 ? text.size() : next) - fullStart).trimmed();
        const qsizetype preview = previewInside(head, full);
        if (preview > 0)
            cuts.append(start + preview);
        cuts.append(marker);
        start = marker;
    }
    // Each piece is copied once, so a line of thousands of entries costs its length.
    cuts.append(text.size());
    qsizetype from = 0;
    qint64 byte = line.byteOffset;
    for (const qsizetype cut : std::as_const(cuts)) {
        SourceLine piece = line;
        piece.text = text.mid(from, cut - from).toString();
        piece.byteOffset = byte;
        piece.byteLength = cut == text.size() ? line.byteOffset + line.byteLength - byte
                                              : TextFileReader::encodedLength(piece.text, m_encoding);
        addPiece(piece);
        byte += piece.byteLength;
        from = cut;
    }
}

// Where, after other text in @p piece, the preview of @p full begins, or -1. Previews are
// short: only the end of a piece is looked at, so a long piece costs no more than a short one.
qsizetype Segmenter::previewInside(QStringView piece, QStringView full)
{
    constexpr qsizetype kLongestPreview = 2000;
    const QString normalized = TextFold::normalizedForComparison(full);
    for (qsizetype at = std::max<qsizetype>(1, piece.size() - kLongestPreview); at < piece.size(); ++at) {
        if (piece[at - 1].isSpace() && !piece[at].isSpace() && previewsNormalized(piece.mid(at), normalized))
            return at;
    }
    return -1;
}

// "Hide" ends the full text that "View More" opened: what follows is another entry.
void Segmenter::closeFullText()
{
    if (m_fullTextOpen)
        startRecord({}, QString(), QString());
}

// An entry header starts a record: alone on its line, glued to the entry's first paragraph
// ("... | UN Women UN Women supported..."), or after a heading glued before it ("Training
// and Capacity Building Jan 2020 - Dec 2020 | UNFPA"). True when @p line held one.
bool Segmenter::readEntryHeader(const SourceLine &line)
{
    // Every line comes here, and few hold the bar near their start, or are as short as a
    // name and a period apart by a dash, a dot or a comma, or with the period in brackets
    // ("UNDP – Jan 2018 - Dec 2019", "Feb 2020 - Sep 2021 · UNICEF", "UNFPA (2020)"): the
    // rest are looked at no further.
    constexpr int kLatestBar = 200;
    constexpr int kLongestDashedHeader = 80;
    const auto apart = [](QStringView text) {
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c == 0x2013 || c == 0x2014 || c == 0x00B7 || c == 0x2022 || c == u',' || c == u'(' || c == u'['
                || (c == u'-' && text[i - 1] == u' ' && text[i + 1] == u' '))
                return true;
        }
        return false;
    };
    if (QStringView(line.text).left(kLatestBar).indexOf(u'|') < 0
        && (line.text.size() > kLongestDashedHeader || !apart(line.text)))
        return false;
    // The text after a header glued to it is read for another header, and so on: a line of
    // thousands ("Jan 2020 - Dec 2020 | UNFPA UNFPA trained... Jan 2020 - ...") would hold a
    // copy of its rest for each cut. Past a few dozen headers on one line (each cut off its
    // heading, then its text), the rest is text.
    constexpr int kMostCutsInALine = 64;
    if (m_cutsInLine >= kMostCutsInALine)
        return false;
    QString period;
    QString entity;
    if (ParagraphSplitter::splitEntryHeader(line.text, &period, &entity) && nameEndInHeader(entity) < 0) {
        m_markerAwaitsFullText = false;
        startRecord({}, period, entity);
        m_open.isEntry = true;
        return true;
    }
    // "UN Women | Feb 2020 - Sep 2021": the entity first, where it is one's name.
    constexpr int kMostWordsOfAName = 8;
    if (ParagraphSplitter::splitEntityFirstHeader(line.text, &entity, &period) && m_nameLength) {
        entity = CleanedText::clean(entity).text(); // as it reads: "UN&nbsp;Women" is "UN Women"
        if (m_nameLength(entity) > 0 && entity.count(u' ') < kMostWordsOfAName) {
            m_markerAwaitsFullText = false;
            startRecord({}, period, entity);
            m_open.isEntry = true;
            return true;
        }
    }
    QString rest;
    qsizetype restAt = 0;
    if (ParagraphSplitter::splitGluedEntryHeader(line.text, &period, &rest, &restAt)) {
        // The name is told from the paragraph in the text as it reads, where a page's
        // references and runs of white space are single characters ("UN&nbsp;Women").
        const CleanedText readable = CleanedText::clean(rest);
        const qsizetype nameEnd = nameEndInHeader(readable.text());
        if (nameEnd < 0)
            return false;
        m_markerAwaitsFullText = false;
        startRecord({}, period, readable.text().left(nameEnd));
        m_open.isEntry = true;
        qsizetype textStart = restAt + readable.rawEnd(int(nameEnd));
        while (textStart < line.text.size() && line.text[textStart].isSpace())
            ++textStart;
        ++m_cutsInLine;
        addPiece(TextFileReader::slice(line, textStart, restAt + rest.size(), m_encoding));
        --m_cutsInLine;
        return true;
    }
    if (const qsizetype at = ParagraphSplitter::entryHeaderAfterHeading(line.text); at > 0) {
        ++m_cutsInLine;
        addPiece(TextFileReader::slice(line, 0, at, m_encoding));
        addPiece(TextFileReader::slice(line, at, line.text.size(), m_encoding));
        --m_cutsInLine;
        return true;
    }
    return false;
}

void Segmenter::addPiece(const SourceLine &line)
{
    // Every line passes here: most open with another character than those of markup. The
    // markups are taken off together ("> **Jan 2021 - Dec 2021 | UN Women**" is quoted and
    // bold), and no more than a few: a line of nothing else costs its length.
    constexpr int kMostMarkups = 3;
    qsizetype start = 0;
    qsizetype end = line.text.size();
    for (int markups = 0; markups < kMostMarkups; ++markups) {
        qsizetype innerEnd = 0;
        const qsizetype innerStart = markdownLineText(QStringView(line.text).mid(start, end - start), &innerEnd);
        if (innerStart == 0)
            break;
        end = start + innerEnd;
        start += innerStart;
    }
    if (start > 0 || end < line.text.size())
        addUnmarkedPiece(TextFileReader::slice(line, start, end, m_encoding));
    else
        addUnmarkedPiece(line);
}

void Segmenter::addUnmarkedPiece(const SourceLine &line)
{
    // "HideHide...": each closes the same full text; the line is cut once, after the last.
    qsizetype hidden = 0;
    for (qsizetype hide = leadingHideLength(line.text); hide > 0;
         hide = leadingHideLength(QStringView(line.text).mid(hidden))) {
        hidden += hide;
        closeFullText();
    }
    if (hidden > 0) {
        if (hidden < line.text.size())
            addUnmarkedPiece(TextFileReader::slice(line, hidden, line.text.size(), m_encoding));
        return;
    }
    if (const qsizetype hide = trailingHideStart(line.text); hide > 0) {
        addUnmarkedPiece(TextFileReader::slice(line, 0, hide, m_encoding));
        closeFullText();
        return;
    }

    if (readEntryHeader(line))
        return;

    const QString fullText = textAfterViewMore(line.text);
    if (!fullText.isNull()) {
        if (fullText.isEmpty()) {
            // A marker on a line of its own: the full text may be the next line, or the
            // marker may be stray; a preview above the next line tells which.
            m_markerAwaitsFullText = true;
            return;
        }
        // The full text runs to the line's last character that is not white space.
        qsizetype end = line.text.size();
        while (end > 0 && line.text[end - 1].isSpace())
            --end;
        openFullText(TextFileReader::slice(line, end - fullText.size(), end, m_encoding), previewStart(fullText));
        return;
    }

    if (m_markerAwaitsFullText && !line.text.trimmed().isEmpty()) {
        m_markerAwaitsFullText = false;
        const int start = previewStart(line.text);
        if (start >= 0) {
            openFullText(line, start);
            return;
        }
    }

    m_open.lines.append(line);
    if (m_open.lines.size() >= kLongestRecord) {
        // Keep the tail open: a preview may still be found in it.
        RecordBlock head;
        head.lines = m_open.lines.mid(0, kLongestRecord - kPreviewLookBack);
        head.period = m_open.period;
        head.headerEntity = m_open.headerEntity;
        head.isEntry = m_open.isEntry;
        head.preview = std::move(m_open.preview);
        m_open.lines.remove(0, head.lines.size());
        m_open.preview.clear();
        m_onRecord(std::move(head));
    }
}

void Segmenter::finish()
{
    startRecord({}, QString(), QString());
}

} // namespace evaw
