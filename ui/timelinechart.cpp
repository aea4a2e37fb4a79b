#include "timelinechart.h"

#include "roles.h"
#include "timelinemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace evaw {

namespace {

// About five ticks at 1, 2 or 5 times a power of ten: a reader takes in 0, 200, 400 at a
// glance, and the range (and the chart's costly relayout) changes less often.
int niceTickInterval(int highest)
{
    const int rough = std::max(1, (highest + 4) / 5);
    int power = 1;
    while (power <= rough / 10)
        power *= 10;
    for (const int multiple : {1, 2, 5}) {
        if (multiple * power >= rough)
            return multiple * power;
    }
    return 10 * power;
}

} // namespace

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
    buildChart();
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TimelineChart::refresh);
    refresh();
}

// Series and axes are made once and then updated in place: a chart rebuilt on every filter
// change leaves the graphics items of its removed axes in the scene, and repainting
// slows with each one.
void TimelineChart::buildChart()
{
    QChart *c = chart();
    m_bars = new QStackedBarSeries(this);
    connect(m_bars, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        // The bar is still handling its press: filtering to its year now would replace the
        // bars under it, and the scene would go on to deliver the release to a deleted bar.
        const int year = m_model.yearAt(index);
        QMetaObject::invokeMethod(
            this, [this, year] { Q_EMIT yearClicked(year); }, Qt::QueuedConnection);
    });
    c->addSeries(m_bars);

    // Milestones sit above their year's bar, stacked when a year has several.
    m_milestones = new QScatterSeries(this);
    m_milestones->setName(tr("Milestones"));
    m_milestones->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_milestones->setMarkerSize(8);
    m_milestones->setColor(QColor(0x33, 0x33, 0x33));
    m_milestones->setBorderColor(Qt::white);
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
        QToolTip::showText(QCursor::pos(),
            QStringLiteral("<b>%1</b><br>%2")
                .arg(m_model.milestoneText(index).toHtmlEscaped(), m_model.milestoneSentence(index).toHtmlEscaped()),
            this);
    });
    c->addSeries(m_milestones);

    m_yearAxis = new QBarCategoryAxis(this);
    m_yearAxis->setTitleText(tr("Year"));
    // Full years must stay readable at 1366x768: a smaller font, and upright labels
    // turned when there are too many to sit side by side.
    QFont labels = m_yearAxis->labelsFont();
    labels.setPointSizeF(std::max(7.0, labels.pointSizeF() - 1.5));
    m_yearAxis->setLabelsFont(labels);
    m_countAxis = new QValueAxis(this);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTitleText(tr("Activities"));
    m_countAxis->setLabelsFont(labels);
    // The scatter series needs a numeric x axis, aligned with the bars. It is shown only
    // when the years are too many to label each: it then labels the round ones.
    m_markerAxis = new QCategoryAxis(this);
    m_markerAxis->setVisible(false);
    m_markerAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_markerAxis->setLineVisible(false);
    m_markerAxis->setGridLineVisible(false);
    m_markerAxis->setLabelsFont(labels);
    m_markerAxis->setTitleText(tr("Year"));
    c->addAxis(m_yearAxis, Qt::AlignBottom);
    c->addAxis(m_markerAxis, Qt::AlignBottom);
    c->addAxis(m_countAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_yearAxis);
    m_bars->attachAxis(m_countAxis);
    m_milestones->attachAxis(m_markerAxis);
    m_milestones->attachAxis(m_countAxis);
}

void TimelineChart::refresh()
{
    const int years = m_model.rowCount();
    const int columns = m_model.columnCount();
    QStringList yearLabels;
    for (int row = 0; row < years; ++row)
        yearLabels.append(QString::number(m_model.yearAt(row)));
    if (m_yearAxis->categories() != yearLabels)
        m_yearAxis->setCategories(yearLabels);

    while (m_bars->count() > columns)
        m_bars->remove(m_bars->barSets().constLast());
    while (m_bars->count() < columns)
        m_bars->append(new QBarSet(QString()));
    const QList<QBarSet *> sets = m_bars->barSets();
    QList<int> totals(years, 0);
    for (int column = 0; column < columns; ++column) {
        QBarSet *set = sets[column];
        set->setLabel(m_model.headerData(column, Qt::Horizontal).toString());
        set->setColor(m_model.seriesColour(column));
        set->setBorderColor(m_model.seriesColour(column).darker(130));
        QList<qreal> values;
        for (int row = 0; row < years; ++row) {
            const int value = m_model.index(row, column).data(CountRole).toInt();
            values.append(value);
            totals[row] += value;
        }
        if (set->count() != years) {
            set->remove(0, set->count());
            set->append(values);
        } else {
            for (int row = 0; row < years; ++row) {
                if (set->at(row) != values[row])
                    set->replace(row, values[row]);
            }
        }
    }
    int highest = 0;
    for (const int total : std::as_const(totals))
        highest = std::max(highest, total);

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
    m_milestones->replace(m_milestonePoints);
    highest = std::max(highest, int(std::ceil(markerTop)));

    // The axis lays out its ticks on each change: a wide range with the old, narrow tick
    // interval would make one item per count. The order keeps every step at a few ticks.
    const int interval = niceTickInterval(highest);
    const qreal top = std::max(4, (highest / interval + 1) * interval);
    if (top > m_countAxis->max()) {
        m_countAxis->setTickInterval(interval);
        m_countAxis->setRange(0, top);
    } else {
        m_countAxis->setRange(0, top);
        m_countAxis->setTickInterval(interval);
    }
    m_markerAxis->setRange(-0.5, std::max(0, years - 1) + 0.5);
    for (QLegendMarker *marker : chart()->legend()->markers(m_milestones))
        marker->setVisible(!m_milestonePoints.isEmpty());
    fitYearLabels();
}

void TimelineChart::fitYearLabels()
{
    if (!m_yearAxis)
        return;
    constexpr int kWidestUprightLabel = 48; // pixels a year needs side by side
    const int years = int(m_yearAxis->count());
    const qreal perYear = chart()->plotArea().width() / std::max(1, years);
    // Turned on its side, a label is still cut to its category's width by Qt Charts: where a
    // year is narrower than its label, only some years can be labelled.
    const int labelLength = QFontMetrics(m_yearAxis->labelsFont()).horizontalAdvance(QStringLiteral("8888"));
    const bool everyYear = perYear >= labelLength + 4;
    m_yearAxis->setLabelsAngle(perYear >= kWidestUprightLabel ? 0 : -90);
    m_yearAxis->setLabelsVisible(everyYear);
    m_yearAxis->setTitleVisible(everyYear);
    m_markerAxis->setVisible(!everyYear);
    labelRoundYears(everyYear ? 0 : roundYearStep(perYear, kWidestUprightLabel));
}

// Dates that reach back decades (work "since 1995") widen the axis past what a label per
// year can fit: then every 2nd, 5th, 10th... year is labelled, upright.
int TimelineChart::roundYearStep(qreal perYear, int labelWidth)
{
    for (const int step : {2, 5, 10, 20, 25, 50}) {
        if (perYear * step >= labelWidth)
            return step;
    }
    return 100;
}

// Labels the years that @p step divides on the milestones' axis; none for a step of 0.
void TimelineChart::labelRoundYears(int step)
{
    QStringList wanted;
    QList<int> rows;
    for (int row = 0; step > 0 && row < m_model.rowCount(); ++row) {
        const int year = m_model.yearAt(row);
        if (year % step == 0) {
            wanted.append(QString::number(year));
            rows.append(row);
        }
    }
    if (m_markerAxis->categoriesLabels() != wanted) {
        for (const QString &label : m_markerAxis->categoriesLabels())
            m_markerAxis->remove(label);
        m_markerAxis->setStartValue(-0.5);
        for (int i = 0; i < wanted.size(); ++i)
            m_markerAxis->append(wanted[i], rows[i]);
    }
    m_markerAxis->setRange(-0.5, std::max(0, m_model.rowCount() - 1) + 0.5);
}

QStringList TimelineChart::shownYearLabels() const
{
    return m_yearAxis->labelsVisible() ? m_yearAxis->categories() : m_markerAxis->categoriesLabels();
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
