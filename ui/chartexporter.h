#pragma once

#include <QCoreApplication>

#include <QDate>
#include <QImage>
#include <QSize>
#include <QString>

namespace evaw {

class TimelineModel;

/// What an exported chart looks like: its canvas, and the words around the plot.
struct ChartExportOptions {
    enum class Format { Png, Svg, Pdf };
    Format format = Format::Png;
    QSize size{1920, 1080}; ///< pixels for PNG; the page's proportions for SVG and PDF
    int dpi = 96;
    QString title;
    QString subtitle; ///< the filters in words
    QString sourceLine; ///< "Source: UN inventory ... — N activities"
    QDate date = QDate::currentDate();

    static ChartExportOptions slide(); ///< 16:9 at 1920x1080
    static ChartExportOptions a4Landscape(); ///< A4 landscape at 300 DPI
};

/// Renders the timeline for a briefing, always in the light palette whatever the app's
/// theme, with title, subtitle, source line and date; and writes it atomically.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(evaw::ChartExporter)

public:
    explicit ChartExporter(const TimelineModel &model);

    QImage image(const ChartExportOptions &options) const;
    bool write(const QString &path, const ChartExportOptions &options, QString *error) const;

private:
    void paint(QPainter *painter, const QRectF &area, double scale, const ChartExportOptions &options) const;

    const TimelineModel &m_model;
};

} // namespace evaw
