#include "detailpane.h"

#include "namelocalizer.h"
#include "sourceexcerpt.h"

#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace evaw {

namespace {

// Of a longer paragraph, only the start is shown: the inventory's longest are a few
// thousand characters, and one of megabytes (a scrape that lost its line breaks), with
// hundreds of thousands of names marked, took half a minute to lay out, the window frozen.
constexpr int kLongestShownText = 20000;

struct Span {
    int start;
    int length;
    QString kind;
    QString value;
};

// The value a filter link carries for an entity: a code for countries and places, else
// the key.
QString filterValue(const EntityRef &ref)
{
    if (ref.kind == EntityKind::Country || ref.kind == EntityKind::Place)
        return ref.code.isEmpty() ? ref.key : ref.code;
    return ref.key;
}

// The words of the search, as a highlighter marks them on paper: bold, on a deeper yellow
// than a date's.
const QColor kHitColour(0xFF, 0xE0, 0x33);

QString hit(const QString &escapedText)
{
    return QStringLiteral("<b style=\"color:#000000; background-color:%1\">%2</b>").arg(kHitColour.name(), escapedText);
}

// A target year is underlined but links nowhere: it is no year the activity took place in,
// and filtering to it would find none. Each takes its words as HTML, escaped.
QString marked(const QString &html)
{
    return QStringLiteral("<span style=\"text-decoration:underline\">%1</span>").arg(html);
}

QString link(const Span &span, const QString &html)
{
    return QStringLiteral(
        "<a href=\"filter:%1:%2\" style=\"color:#000000; background-color:%3; text-decoration:none\">%4</a>")
        .arg(span.kind, QString::fromLatin1(QUrl::toPercentEncoding(span.value)),
            DetailPane::kindColour(span.kind).name(), html);
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_source(new QPlainTextEdit(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Activity details"));
    m_browser->setToolTip(tr("Click a marked name or date to filter by it, or a variant's place to read it"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setAccessibleName(tr("Source text"));
    m_source->setToolTip(tr("The source file around this activity; its span is selected"));
    m_source->setPlaceholderText(tr("The source text around the selected activity appears here."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_browser);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);

    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // "activity:<id>": a variant to read in full.
        if (url.scheme() == QLatin1String("activity")) {
            bool ok = false;
            const qint64 id = url.path().toLongLong(&ok);
            if (ok)
                Q_EMIT activityRequested(id);
            return;
        }
        // "filter:<kind>:<value>", the value percent-encoded (keys contain ':').
        if (url.scheme() != QLatin1String("filter"))
            return;
        const QString path = url.path(QUrl::FullyDecoded);
        const qsizetype colon = path.indexOf(u':');
        if (colon > 0)
            Q_EMIT mentionActivated(path.left(colon), path.mid(colon + 1));
    });
    clear();
}

QColor DetailPane::kindColour(const QString &kind)
{
    // Light backgrounds under black text: readable in light and dark palettes alike.
    static const QHash<QString, QColor> colours{{QStringLiteral("country"), QColor(0xBF, 0xDB, 0xF7)},
        {QStringLiteral("place"), QColor(0xB8, 0xE6, 0xDC)}, {QStringLiteral("region"), QColor(0xD4, 0xEE, 0xC2)},
        {QStringLiteral("agency"), QColor(0xFC, 0xD9, 0xA8)}, {QStringLiteral("partner"), QColor(0xE0, 0xE0, 0xE0)},
        {QStringLiteral("programme"), QColor(0xE2, 0xCF, 0xF2)}, {QStringLiteral("theme"), QColor(0xF7, 0xC6, 0xCB)},
        {QStringLiteral("year"), QColor(0xFA, 0xF0, 0x9E)}};
    return colours.value(kind, QColor(0xEE, 0xEE, 0xEE));
}

void DetailPane::clear()
{
    m_browser->setHtml(
        QStringLiteral("<p>%1</p>").arg(tr("Select an activity in the list to read it here, with its source.")));
    m_source->clear();
    m_source->setExtraSelections({});
    m_paragraph.clear();
}

QString DetailPane::paragraphText() const
{
    return m_paragraph;
}

QString DetailPane::asideHtml(const QString &escapedText) const
{
    // Arabic script sets no text in italics, and DejaVu Sans, the font Debian installs, has
    // no Arabic letters in its oblique face: in italics they showed as empty boxes.
    return layoutDirection() == Qt::RightToLeft ? QStringLiteral("<p>%1</p>").arg(escapedText)
                                                : QStringLiteral("<p><i>%1</i></p>").arg(escapedText);
}

QString DetailPane::paragraphHtml(const Activity &activity) const
{
    QList<Span> spans;
    for (const Mention &mention : activity.mentions) {
        spans.append(
            Span{mention.start, mention.length, entityKindName(mention.entity.kind), filterValue(mention.entity)});
    }
    for (const DateMention &date : activity.dates) {
        spans.append(Span{date.start, date.length, date.isTarget() ? QStringLiteral("target") : QStringLiteral("year"),
            QString::number(date.year)});
    }
    std::sort(spans.begin(), spans.end(),
        [](const Span &a, const Span &b) { return a.start != b.start ? a.start < b.start : a.length > b.length; });
    const int shown = int(std::min<qsizetype>(activity.text.size(), kLongestShownText));
    const QList<SearchTerms::Span> hits = m_searchTerms.find(QStringView(activity.text).left(shown));
    QString html;
    int at = 0;
    for (const Span &span : std::as_const(spans)) {
        if (span.start < at)
            continue; // a second entity on the same words: the first link serves
        if (span.start + span.length > shown)
            break;
        const int end = span.start + span.length;
        html += withHits(activity.text, at, span.start, hits);
        const QString words = withHits(activity.text, span.start, end, hits);
        html += span.kind == QLatin1String("target") ? marked(words) : link(span, words);
        at = end;
    }
    html += withHits(activity.text, at, shown, hits);
    if (shown < activity.text.size())
        html += QChar(0x2026);
    return html;
}

QString DetailPane::withHits(const QString &text, int from, int to, const QList<SearchTerms::Span> &hits)
{
    QString html;
    int at = from;
    for (const SearchTerms::Span &span : hits) {
        const int start = std::max(span.start, at);
        const int end = std::min(span.start + span.length, to);
        if (start >= end)
            continue;
        html += text.mid(at, start - at).toHtmlEscaped() + hit(text.mid(start, end - start).toHtmlEscaped());
        at = end;
    }
    return html + text.mid(at, to - at).toHtmlEscaped();
}

void DetailPane::setSearch(const QString &typed)
{
    m_search = typed;
    m_searchTerms = SearchTerms(typed);
}

// The search's words in the raw source too, beside the activity's selected span.
void DetailPane::markHitsInSource()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const SearchTerms::Span &span : m_searchTerms.find(m_source->toPlainText())) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_source->document());
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.start + span.length, QTextCursor::KeepAnchor);
        selection.format.setBackground(kHitColour);
        selection.format.setForeground(Qt::black);
        selection.format.setFontWeight(QFont::Bold);
        selections.append(selection);
    }
    m_source->setExtraSelections(selections);
}

QStringList DetailPane::differingFigures(const QString &text, const QString &other)
{
    static const QRegularExpression figure(QStringLiteral(R"(\b\d[\d,.]*(?:\s+[\p{L}-]+)?)"));
    auto figures = [](const QString &source) {
        QStringList list;
        auto it = figure.globalMatch(source);
        while (it.hasNext())
            list.append(it.next().captured(0));
        return list;
    };
    const QStringList theirs = figures(other);
    QStringList differing;
    for (const QString &mine : figures(text)) {
        if (!theirs.contains(mine))
            differing.append(mine);
    }
    return differing;
}

// What the activity is filed under without its text naming it: a lead-in's or a title's
// country and agency, the country of a city, the theme of a programme. Said, so that a
// reader who filtered by one of them sees why this paragraph is there.
QString DetailPane::unnamedEntitiesHtml(const Activity &activity) const
{
    QStringList links;
    for (const EntityRef &ref : activity.entities) {
        const bool named = std::any_of(activity.mentions.cbegin(), activity.mentions.cend(),
            [&](const Mention &mention) { return mention.entity.key == ref.key; });
        if (named)
            continue;
        const QString name = m_localizer ? m_localizer->name(ref) : ref.name;
        links.append(link(Span{0, 0, entityKindName(ref.kind), filterValue(ref)}, name.toHtmlEscaped()));
    }
    if (links.isEmpty())
        return {};
    return QStringLiteral("<p>%1 %2</p>")
        .arg(tr("Filed under, though the text does not name it:").toHtmlEscaped(), links.join(QStringLiteral(", ")));
}

// Where a repeat stands, and who reported it when, where its own entry says otherwise than
// the activity's: the same words under another entity's or another period's header.
QString DetailPane::repeatPlace(const Activity &activity, const Occurrence &occurrence)
{
    const QString place = tr("%1, line %2").arg(QFileInfo(occurrence.file).fileName()).arg(occurrence.line);
    if (!occurrence.contextKnown)
        return place;
    QStringList differs;
    if (occurrence.reportingEntity != activity.reportingEntity) {
        differs.append(occurrence.reportingEntity.isEmpty() ? tr("reporting entity not stated")
                                                            : tr("reported by %1").arg(occurrence.reportingEntity));
    }
    if (occurrence.period != activity.period && !occurrence.period.isEmpty())
        differs.append(occurrence.period);
    return differs.isEmpty() ? place : place + QStringLiteral(" (") + differs.join(QStringLiteral(", ")) + u')';
}

QString DetailPane::variantsHtml(const Activity &activity, const QList<Activity> &variants) const
{
    if (variants.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4>")
                       .arg(tr("Variants: the same statement elsewhere, with other figures or more text"));
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>%1</th><th>%2</th></tr>")
                .arg(tr("This entry"), tr("Variant"));
    for (const Activity &variant : variants) {
        const QString here = differingFigures(activity.text, variant.text).join(QStringLiteral(", "));
        const QString there = differingFigures(variant.text, activity.text).join(QStringLiteral(", "));
        // A statement reported again with more words may keep every figure.
        const QString none = here.isEmpty() && there.isEmpty() ? tr("same figures") : tr("no figure");
        html += QStringLiteral(
            "<tr><td><b>%1</b></td><td><b>%2</b><br><small>%3 (<a href=\"activity:%6\">%4, %5</a>)</small></td></tr>")
                    .arg(here.isEmpty() ? none : here.toHtmlEscaped(), there.isEmpty() ? none : there.toHtmlEscaped(),
                        variant.text.toHtmlEscaped(), QFileInfo(variant.source.file).fileName().toHtmlEscaped(),
                        tr("line %1").arg(variant.source.line), QString::number(variant.id));
    }
    return html + QStringLiteral("</table>");
}

void DetailPane::showActivity(const Activity &activity, const QList<Activity> &variants, const SourceExcerpt &source)
{
    QStringList heading;
    // Said, not left out: the reader should know that the source leaves it open.
    heading.append(activity.reportingEntity.isEmpty() ? tr("Reporting entity not stated")
                                                      : tr("Reported by %1").arg(activity.reportingEntity));
    if (!activity.measure.isEmpty())
        heading.append(m_localizer ? m_localizer->measureName(activity.measure) : activity.measure);
    if (!activity.period.isEmpty())
        heading.append(activity.period);
    m_paragraph = activity.text;

    QString html = QStringLiteral("<p><b>%1</b></p>").arg(heading.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped());
    // Said above the paragraph, where it is read before the paragraph is scrolled through.
    if (activity.text.size() > kLongestShownText) {
        html += asideHtml(tr("Only the first %1 of its %2 characters are shown here.")
                              .arg(QLocale().toString(kLongestShownText), QLocale().toString(activity.text.size()))
                              .toHtmlEscaped());
    }
    html += QStringLiteral("<p style=\"font-size:large\">%1</p>").arg(paragraphHtml(activity));
    html += unnamedEntitiesHtml(activity);
    if (!activity.section.isEmpty() && activity.section != activity.measure)
        html += asideHtml(tr("Under the heading \u201c%1\u201d").arg(activity.section.toHtmlEscaped()));
    const QString file = QFileInfo(activity.source.file).fileName();
    const QString lines = activity.source.endLine > activity.source.line
        ? tr("lines %1\u2013%2").arg(activity.source.line).arg(activity.source.endLine)
        : tr("line %1").arg(activity.source.line);
    QString place = file.toHtmlEscaped() + QStringLiteral(", ") + lines;
    // A source taken over from a repeat an earlier version stored has no known bytes.
    if (activity.source.byteOffset >= 0)
        place += QStringLiteral(", ")
            + tr("bytes %1\u2013%2")
                  .arg(activity.source.byteOffset)
                  .arg(activity.source.byteOffset + activity.source.byteLength);
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Source:"), place);
    if (!activity.duplicates.isEmpty()) {
        QStringList places;
        for (const Occurrence &occurrence : activity.duplicates)
            places.append(repeatPlace(activity, occurrence).toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("The same text also stands at:"), places.join(QStringLiteral("; ")));
    }
    html += variantsHtml(activity, variants);
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("country"), tr("country")},
        {QStringLiteral("place"), tr("place")}, {QStringLiteral("region"), tr("region")},
        {QStringLiteral("agency"), tr("agency")}, {QStringLiteral("partner"), tr("partner")},
        {QStringLiteral("programme"), tr("programme")}, {QStringLiteral("theme"), tr("form of violence")},
        {QStringLiteral("year"), tr("date")}};
    QStringList legend;
    for (const auto &[kind, label] : kinds)
        legend.append(QStringLiteral("<span style=\"color:#000000; background-color:%1\">&nbsp;%2&nbsp;</span>")
                          .arg(kindColour(kind).name(), label.toHtmlEscaped()));
    legend.append(marked(tr("target year").toHtmlEscaped()));
    if (!m_searchTerms.isEmpty())
        legend.append(hit(tr("words searched for").toHtmlEscaped()));
    html += QStringLiteral("<p><small>%1 %2</small></p>").arg(tr("Marked:"), legend.join(u' '));
    m_browser->setHtml(html);
    showSource(source);
}

void DetailPane::showSource(const SourceExcerpt &source)
{
    m_source->setPlainText(source.error.isEmpty() ? source.text : source.error);
    if (source.error.isEmpty())
        markHitsInSource();
    else
        m_source->setExtraSelections({});
    if (source.spanStart >= 0) {
        // Selected from its end back to its start, so that the view centres where the
        // activity begins: a long paragraph would otherwise show only its last lines.
        QTextCursor cursor(m_source->document());
        cursor.setPosition(source.spanStart + source.spanLength);
        cursor.setPosition(source.spanStart, QTextCursor::KeepAnchor);
        m_source->setTextCursor(cursor);
        m_source->centerCursor();
    }
}

} // namespace evaw
