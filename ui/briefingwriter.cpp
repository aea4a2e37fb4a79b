#include "briefingwriter.h"

#include "chartexporter.h"
#include "explorerstate.h"
#include "partnershipmodel.h"
#include "tableexporter.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace evaw {

BriefingWriter::BriefingWriter(const ExplorerState &state, const TimelineModel &timeline)
    : m_state(state)
    , m_timeline(timeline)
{
}

QString BriefingWriter::sourceLine(int activities)
{
    return tr("Source: UN inventory of activities to end violence against women and girls \u2014 %n activities",
        nullptr, activities);
}

QTextDocument *BriefingWriter::document(const QString &title) const
{
    auto *document = new QTextDocument;
    document->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    const int count = int(m_state.result().rows.size());
    const QString filters = m_state.describeFilter().isEmpty() ? tr("All activities") : m_state.describeFilter();

    ChartExportOptions options;
    options.size = QSize(1600, 800);
    options.subtitle = filters;
    options.sourceLine = sourceLine(count);
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("evaw://chart.png")),
        ChartExporter(m_timeline).image(options));

    QStringList about{sourceLine(count)};
    if (const QString undated = m_timeline.undatedNote(); !undated.isEmpty())
        about.append(undated);
    about.append(tr("Exported %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    QString html = QStringLiteral("<h1>%1</h1><p><b>%2</b> %3</p><p>%4</p>")
                       .arg(title.toHtmlEscaped(), tr("Filters:"), filters.toHtmlEscaped(),
                           about.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped());
    html += QStringLiteral("<p><img src=\"evaw://chart.png\" width=\"640\"></p>");
    html += pairsTable();
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Activities").toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                           "<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>")
                .arg(tr("Reported by"), tr("Activity"), tr("Source"));
    const ActivityIndex &index = m_state.index();
    for (const int row : m_state.result().rows) {
        const IndexedActivity &a = index.at(row);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg((a.reporter >= 0 ? index.entities()[a.reporter].name : QString()).toHtmlEscaped(),
                        index.text(row).toHtmlEscaped(),
                        tr("%1, line %2").arg(QFileInfo(a.sourceFile).fileName()).arg(a.line).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    document->setHtml(html);
    return document;
}

// The agencies the activities name together most often, as the window's tab lists them.
QString BriefingWriter::pairsTable() const
{
    constexpr int kPairsShown = 10;
    PartnershipModel pairs(m_state);
    pairs.setIncludesPartners(m_pairsWithPartners);
    pairs.setActive(true);
    const int shown = std::min(pairs.rowCount(), kPairsShown);
    if (shown == 0)
        return {};
    const int total = pairs.rowCount();
    const QString intro = m_pairsWithPartners
        ? tr("The UN agencies and partners these activities name together most often, of %n pairs", nullptr, total)
        : tr("The pairs of UN agencies these activities name together most often, of %n pairs", nullptr, total);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Agencies working together").toHtmlEscaped(), intro.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                           "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                .arg(tr("Agency"), tr("With"), tr("Activities"), tr("Since"), tr("Countries"));
    for (int row = 0; row < shown; ++row) {
        auto cell = [&](int column) { return pairs.index(row, column).data().toString().toHtmlEscaped(); };
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                               "<td>%5</td></tr>")
                    .arg(cell(PartnershipModel::Agency), cell(PartnershipModel::Partner),
                        cell(PartnershipModel::Activities), cell(PartnershipModel::Since),
                        cell(PartnershipModel::Countries));
    }
    return html + QStringLiteral("</table>");
}

void BriefingWriter::print(QPagedPaintDevice *printer, const QString &title) const
{
    std::unique_ptr<QTextDocument> doc(document(title));
    // QTextDocument::print paginates and numbers the pages.
    doc->print(printer);
}

bool BriefingWriter::writePdf(const QString &path, const QString &title, QString *error) const
{
    if (const QString reason = TableExporter::unwritableReason(path); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("EVAW Explorer"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        print(&pdf, title);
    }
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace evaw
