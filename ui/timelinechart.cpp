#include "timelinechart.h"

#include "roles.h"
#include "timelinemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace evaw {

TimelineChart::TimelineChart(const TimelineModel &model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Timeline"));
    setToolTip(tr(
        "Activities per year by reporting entity; click a bar to filter to its year, a marker to open its activity"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setAnimationOptions(QChart::NoAnimation);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TimelineChart::rebuild);
    rebuild();
}

void TimelineChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    delete m_yearAxis;
    delete m_countAxis;
    delete m_markerAxis;

    m_bars = new QStackedBarSeries;
    QStringList years;
    for (int row = 0; row < m_model.rowCount(); ++row)
        years.append(QString::number(m_model.yearAt(row)));
    int highest = 0;
    QList<int> totals(m_model.rowCount(), 0);
    for (int column = 0; column < m_model.columnCount(); ++column) {
        auto *set = new QBarSet(m_model.headerData(column, Qt::Horizontal).toString());
        set->setColor(m_model.seriesColour(column));
        set->setBorderColor(m_model.seriesColour(column).darker(130));
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const int value = m_model.index(row, column).data(CountRole).toInt();
            set->append(value);
            totals[row] += value;
        }
        m_bars->append(set);
    }
    for (const int total : std::as_const(totals))
        highest = std::max(highest, total);
    connect(m_bars, &QStackedBarSeries::clicked, this,
        [this](int index, QBarSet *) { Q_EMIT yearClicked(m_model.yearAt(index)); });
    c->addSeries(m_bars);

    // Milestones sit above their year's bar, stacked when a year has several.
    m_milestones = new QScatterSeries;
    m_milestones->setName(tr("Milestones"));
    m_milestones->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_milestones->setMarkerSize(8);
    m_milestones->setColor(QColor(0x33, 0x33, 0x33));
    m_milestones->setBorderColor(Qt::white);
    m_milestonePoints.clear();
    const qreal step = std::max(0.5, highest / 16.0);
    QHash<int, int> perYear;
    qreal markerTop = 0;
    for (const Milestone &milestone : m_model.milestones()) {
        const int row = milestone.year - m_model.firstYear();
        if (row < 0 || row >= totals.size())
            continue;
        const int stacked = perYear[row]++;
        m_milestonePoints.append(QPointF(row, totals[row] + step * (1 + stacked)));
        markerTop = std::max(markerTop, m_milestonePoints.last().y());
    }
    m_milestones->append(m_milestonePoints);
    highest = std::max(highest, int(std::ceil(markerTop)));
    connect(m_milestones, &QScatterSeries::clicked, this, [this](const QPointF &point) {
        const int index = milestoneNear(point);
        if (index >= 0)
            Q_EMIT milestoneClicked(m_model.milestones()[index].row);
    });
    connect(m_milestones, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        const int index = milestoneNear(point);
        if (!state || index < 0) {
            QToolTip::hideText();
            return;
        }
        const Milestone &milestone = m_model.milestones()[index];
        QToolTip::showText(QCursor::pos(),
            QStringLiteral("<b>%1</b><br>%2").arg(milestone.text.toHtmlEscaped(), milestone.sentence.toHtmlEscaped()),
            this);
    });
    c->addSeries(m_milestones);

    m_yearAxis = new QBarCategoryAxis;
    m_yearAxis->append(years);
    m_yearAxis->setTitleText(tr("Year"));
    // Full years must stay readable at 1366x768: a smaller font, and upright labels
    // turned when there are too many to sit side by side.
    QFont labels = m_yearAxis->labelsFont();
    labels.setPointSizeF(std::max(7.0, labels.pointSizeF() - 1.5));
    m_yearAxis->setLabelsFont(labels);
    fitYearLabels();
    m_countAxis = new QValueAxis;
    m_countAxis->setRange(0, std::max(4, highest + 1));
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickInterval(std::max(1, (highest + 1) / 5));
    m_countAxis->setTitleText(tr("Activities"));
    m_countAxis->setLabelsFont(labels);
    // The scatter series needs a numeric x axis; this hidden one is aligned with the bars.
    m_markerAxis = new QValueAxis;
    m_markerAxis->setRange(-0.5, std::max(0, int(years.size()) - 1) + 0.5);
    m_markerAxis->setVisible(false);
    c->addAxis(m_yearAxis, Qt::AlignBottom);
    c->addAxis(m_markerAxis, Qt::AlignBottom);
    c->addAxis(m_countAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_yearAxis);
    m_bars->attachAxis(m_countAxis);
    m_milestones->attachAxis(m_markerAxis);
    m_milestones->attachAxis(m_countAxis);
    for (QLegendMarker *marker : c->legend()->markers(m_milestones))
        marker->setVisible(!m_milestonePoints.isEmpty());
}

void TimelineChart::fitYearLabels()
{
    if (!m_yearAxis)
        return;
    constexpr int kWidestUprightLabel = 48; // pixels a year needs side by side
    m_yearAxis->setLabelsAngle(m_yearAxis->count() * kWidestUprightLabel > chart()->plotArea().width() ? -90 : 0);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitYearLabels();
}

int TimelineChart::milestoneNear(const QPointF &value) const
{
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < m_milestonePoints.size(); ++i) {
        const qreal dx = m_milestonePoints[i].x() - value.x();
        const qreal dy = (m_milestonePoints[i].y() - value.y()) / std::max(1.0, m_countAxis->max());
        const qreal distance = dx * dx + dy * dy;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

qreal TimelineChart::barValue(int seriesColumn, int year) const
{
    const QList<QBarSet *> sets = m_bars->barSets();
    const int row = year - m_model.firstYear();
    if (seriesColumn < 0 || seriesColumn >= sets.size() || row < 0 || row >= sets[seriesColumn]->count())
        return 0;
    return sets[seriesColumn]->at(row);
}

int TimelineChart::barSetCount() const
{
    return int(m_bars->barSets().size());
}

QPoint TimelineChart::barPosition(int year) const
{
    const int row = year - m_model.firstYear();
    qreal total = 0;
    for (const QBarSet *set : m_bars->barSets())
        total += set->at(row);
    const QPointF scene = chart()->mapToPosition(QPointF(row, total / 2), m_milestones);
    return mapFromScene(chart()->mapToScene(scene));
}

QPoint TimelineChart::milestonePosition(int index) const
{
    if (index < 0 || index >= m_milestonePoints.size())
        return {};
    const QPointF scene = chart()->mapToPosition(m_milestonePoints[index], m_milestones);
    return mapFromScene(chart()->mapToScene(scene));
}

} // namespace evaw
