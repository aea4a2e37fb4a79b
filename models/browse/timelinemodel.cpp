#include "timelinemodel.h"

#include "explorerstate.h"
#include "roles.h"

#include <algorithm>

namespace evaw {

TimelineModel::TimelineModel(const ExplorerState &state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(&m_state, &ExplorerState::resultChanged, this, &TimelineModel::recompute);
    recompute();
}

void TimelineModel::recompute()
{
    beginResetModel();
    const ActivityIndex &index = m_state.index();
    const QList<int> &rows = m_state.result().rows;

    // The axis: 2008-2022, widened to whatever the filtered corpus reaches.
    m_firstYear = kDefaultFirstYear;
    m_lastYear = kDefaultLastYear;
    QHash<QString, int> perReporter;
    for (const int row : rows) {
        const IndexedActivity &activity = index.at(row);
        if (activity.years.isEmpty())
            continue;
        m_firstYear = std::min(m_firstYear, activity.years.first());
        m_lastYear = std::max(m_lastYear, activity.years.last());
        perReporter[activity.reporter >= 0 ? index.entities()[activity.reporter].name : QString()] += 1;
    }
    QStringList reporters = perReporter.keys();
    reporters.removeAll(QString());
    std::sort(reporters.begin(), reporters.end(), [&](const QString &a, const QString &b) {
        return perReporter[a] != perReporter[b] ? perReporter[a] > perReporter[b] : a < b;
    });
    const bool needsOther = reporters.size() > kTopSeries || perReporter.contains(QString());
    m_series = reporters.mid(0, kTopSeries);
    if (needsOther)
        m_series.append(tr("Other"));

    m_counts = QList<QList<int>>(m_lastYear - m_firstYear + 1, QList<int>(m_series.size(), 0));
    std::vector<char> inResult(std::size_t(index.size()), 0);
    for (const int row : rows) {
        const IndexedActivity &activity = index.at(row);
        inResult[std::size_t(row)] = 1;
        const QString reporter = activity.reporter >= 0 ? index.entities()[activity.reporter].name : QString();
        int column = int(m_series.indexOf(reporter));
        if (column < 0 || (needsOther && column == m_series.size() - 1 && reporter != m_series.last()))
            column = int(m_series.size()) - 1;
        for (const int year : activity.years)
            m_counts[year - m_firstYear][column] += 1;
    }

    m_milestones.clear();
    for (const Milestone &milestone : index.milestones()) {
        if (m_milestones.size() == kMostMilestones)
            break;
        if (inResult[std::size_t(milestone.row)])
            m_milestones.append(milestone);
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == CountRole)
        return m_counts[index.row()][index.column()];
    if (role == ColourRole)
        return seriesColour(index.column());
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_counts.size() ? QVariant(QString::number(yearAt(section))) : QVariant();
    return m_series.value(section);
}

QColor TimelineModel::seriesColour(int column) const
{
    const bool isOther = column == m_series.size() - 1 && column >= kTopSeries;
    return isOther || column < 0 ? AgencyPalette::otherColour() : m_state.palette().colour(m_series.value(column));
}

int TimelineModel::total() const
{
    int sum = 0;
    for (const QList<int> &year : m_counts) {
        for (const int count : year)
            sum += count;
    }
    return sum;
}

} // namespace evaw
