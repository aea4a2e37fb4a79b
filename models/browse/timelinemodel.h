#pragma once

#include "activityindex.h"

#include <QAbstractTableModel>
#include <QColor>

namespace evaw {

class ExplorerState;

/// The timeline's numbers, small whatever the corpus: one row per year, one column per
/// series (the filtered corpus's top reporting entities, then "Other"), and the dated
/// milestones of the filtered activities. The chart view draws from this alone.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    static constexpr int kDefaultFirstYear = 2008;
    static constexpr int kDefaultLastYear = 2022;
    static constexpr int kTopSeries = 5;
    /// Markers stack above their year's bar: beyond a handful they would tower over the
    /// bars and squash them, so each year shows its earliest few.
    static constexpr int kMostMilestonesPerYear = 10;

    explicit TimelineModel(const ExplorerState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int yearAt(int row) const { return m_firstYear + row; }
    QStringList seriesNames() const { return m_series; }
    QColor seriesColour(int column) const;
    /// The milestones of the filtered activities within the axis, earliest first, at most
    /// kMostMilestonesPerYear of each year.
    const QList<Milestone> &milestones() const { return m_milestones; }
    /// How many of the filtered activities state no year: the chart cannot show them.
    int undatedCount() const { return m_undated; }
    /// Says how many of the filtered activities the chart leaves out for stating no year;
    /// empty when it leaves none out.
    QString undatedNote() const;
    /// The words that date milestone @p i ("Since 2008") and the sentence they stand in.
    QString milestoneText(int i) const;
    QString milestoneSentence(int i) const;

private:
    void recompute();

    const ExplorerState &m_state;
    int m_firstYear = kDefaultFirstYear;
    int m_lastYear = kDefaultLastYear;
    QStringList m_series;
    QList<QList<int>> m_counts; ///< [year row][series]
    QList<Milestone> m_milestones;
    int m_undated = 0;
    int m_listed = 0;
};

} // namespace evaw
