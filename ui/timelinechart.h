#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QCategoryAxis;
class QScatterSeries;
class QStackedBarSeries;
class QValueAxis;

namespace evaw {

class TimelineModel;

/// Activities per year, stacked by reporting entity, with the dated milestones as markers
/// above their year. All chart code lives here, fed by TimelineModel alone, so that Qt
/// Charts can be swapped for its successor in one place.
class TimelineChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(const TimelineModel &model, QWidget *parent = nullptr);

    /// The value of one bar segment, as drawn (for tests and accessibility).
    qreal barValue(int seriesColumn, int year) const;
    int barSetCount() const;
    /// Centre of the bar of @p year and of milestone @p index, in view coordinates.
    QPoint barPosition(int year) const;
    QPoint milestonePosition(int index) const;
    /// Turns the year labels upright when they do not fit side by side in the plot, and
    /// labels only round years when they do not fit upright either.
    void fitYearLabels();
    /// The year labels as drawn, in order.
    QStringList shownYearLabels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void yearClicked(int year);
    void milestoneClicked(int row);

private:
    void buildChart();
    void refresh();
    int milestoneNear(const QPointF &value) const;
    static int roundYearStep(qreal perYear, int labelWidth);
    void labelRoundYears(int step);

    const TimelineModel &m_model;
    QStackedBarSeries *m_bars = nullptr;
    QScatterSeries *m_milestones = nullptr;
    QBarCategoryAxis *m_yearAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QCategoryAxis *m_markerAxis = nullptr;
    QList<QPointF> m_milestonePoints;
};

} // namespace evaw
