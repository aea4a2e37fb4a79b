#include "chartexporter.h"

#include "tableexporter.h"
#include "timelinechart.h"
#include "timelinemodel.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace evaw {

ChartExportOptions ChartExportOptions::slide()
{
    return ChartExportOptions{};
}

ChartExportOptions ChartExportOptions::a4Landscape()
{
    ChartExportOptions options;
    options.dpi = 300;
    options.size = QSize(3508, 2480); // 297 x 210 mm at 300 DPI
    return options;
}

ChartExporter::ChartExporter(const TimelineModel &model)
    : m_model(model)
{
}

// Lays out title, subtitle, the plot and the source line in @p area; @p scale grows
// fonts and margins with the canvas so a 300 DPI page reads like a 96 DPI screen.
void ChartExporter::paint(QPainter *painter, const QRectF &area, double scale, const ChartExportOptions &options) const
{
    painter->fillRect(area, Qt::white);
    const double margin = 24 * scale;
    QRectF free = area.adjusted(margin, margin, -margin, -margin);
    auto text = [&](const QString &line, double points, bool bold, const QColor &colour, Qt::Alignment align) {
        if (line.isEmpty())
            return QRectF();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(int(points * scale * 1.33));
        font.setBold(bold);
        painter->setFont(font);
        painter->setPen(colour);
        const QRectF bounds = painter->boundingRect(free, int(align | Qt::TextWordWrap), line);
        painter->drawText(bounds, int(align | Qt::TextWordWrap), line);
        return bounds;
    };
    const QRectF title = text(options.title, 20, true, QColor(0x20, 0x20, 0x20), Qt::AlignLeft | Qt::AlignTop);
    free.setTop(title.isNull() ? free.top() : title.bottom() + 6 * scale);
    const QRectF subtitle = text(options.subtitle, 12, false, QColor(0x44, 0x44, 0x44), Qt::AlignLeft | Qt::AlignTop);
    free.setTop(subtitle.isNull() ? free.top() : subtitle.bottom() + 10 * scale);

    QStringList footerParts{options.sourceLine};
    // A chart pasted into a briefing says what its bars leave out.
    if (const QString undated = m_model.undatedNote(); !undated.isEmpty())
        footerParts.append(undated);
    footerParts.append(tr("Exported %1").arg(QLocale().toString(options.date, QLocale::LongFormat)));
    const QString footer = footerParts.join(QStringLiteral(" \u00b7 "));
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPixelSize(int(9 * scale * 1.33));
    painter->setFont(footerFont);
    const QRectF footerBounds
        = painter->boundingRect(free, int(Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap), footer);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(footerBounds, int(Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap), footer);
    free.setBottom(footerBounds.top() - 8 * scale);

    // The plot is drawn at screen size and scaled, so its fonts keep their proportions.
    TimelineChart chart(m_model);
    chart.chart()->setTheme(QChart::ChartThemeLight);
    chart.chart()->setBackgroundVisible(false);
    const QSize logical = (free.size() / scale).toSize();
    chart.resize(logical);
    chart.chart()->resize(logical);
    chart.chart()->layout()->activate();
    chart.fitYearLabels();
    chart.chart()->layout()->activate();
    chart.scene()->setSceneRect(QRectF(QPointF(0, 0), logical));
    chart.scene()->render(painter, free, QRectF(QPointF(0, 0), logical));
}

QImage ChartExporter::image(const ChartExportOptions &options) const
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(options.dpi / 0.0254));
    image.setDotsPerMeterY(int(options.dpi / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // A 1920-pixel slide reads like a 1280-pixel screen; a 300 DPI page like a 96 DPI one.
    const double scale = std::max(double(options.dpi) / 96.0, options.size.width() / 1280.0);
    paint(&painter, QRectF(QPointF(0, 0), options.size), scale, options);
    return image;
}

bool ChartExporter::write(const QString &path, const ChartExportOptions &options, QString *error) const
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
    bool drawn = true;
    switch (options.format) {
    case ChartExportOptions::Format::Png:
        drawn = image(options).save(&file, "PNG");
        break;
    case ChartExportOptions::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setResolution(options.dpi);
        svg.setTitle(options.title);
        svg.setDescription(options.subtitle);
        QPainter painter(&svg);
        paint(&painter, QRectF(QPointF(0, 0), options.size), options.size.width() / 1280.0, options);
        break;
    }
    case ChartExportOptions::Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(options.title);
        pdf.setCreator(QStringLiteral("EVAW Explorer"));
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(QSizeF(options.size) * 25.4 / options.dpi, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        paint(&painter, page, pdf.width() / 1280.0, options);
        break;
    }
    }
    if (!drawn || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace evaw
