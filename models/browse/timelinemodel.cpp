#include "timelinemodel.h"

#include "explorerstate.h"
#include "roles.h"

#include <QLocale>

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

    // The axis: 2008-2022, widened to whatever the filtered corpus reaches. The facet pass
    // has counted the rows by year and reporter (column 0: none), so this compares no strings
    // and visits no activity.
    const FacetResult &result = m_state.result();
    const std::size_t reporterColumns = std::size_t(index.entities().size()) + 1;
    m_firstYear = result.firstYear > 0 ? std::min(kDefaultFirstYear, result.firstYear) : kDefaultFirstYear;
    m_lastYear = result.lastYear > 0 ? std::max(kDefaultLastYear, result.lastYear) : kDefaultLastYear;
    m_undated = result.noYearCount;
    m_listed = int(rows.size());
    std::vector<int> perReporter(reporterColumns, 0);
    for (int year = 0; year < index.yearCount(); ++year) {
        for (std::size_t column = 0; column < reporterColumns; ++column)
            perReporter[column] += result.yearReporterCounts[std::size_t(year) * reporterColumns + column];
    }
    QList<int> reporters;
    for (int entity = 0; entity < index.entities().size(); ++entity) {
        if (perReporter[std::size_t(entity + 1)] > 0)
            reporters.append(entity);
    }
    std::sort(reporters.begin(), reporters.end(), [&](int a, int b) {
        const int countA = perReporter[std::size_t(a + 1)];
        const int countB = perReporter[std::size_t(b + 1)];
        return countA != countB ? countA > countB : index.entities()[a].name < index.entities()[b].name;
    });
    const bool needsOther = reporters.size() > kTopSeries || perReporter[0] > 0;
    m_series.clear();
    // Every reporter outside the top series goes to the last column, "Other".
    std::vector<int> columnOf(perReporter.size(), kTopSeries);
    for (int i = 0; i < std::min<int>(kTopSeries, int(reporters.size())); ++i) {
        m_series.append(index.entities()[reporters[i]].name);
        columnOf[std::size_t(reporters[i] + 1)] = i;
    }
    if (needsOther) {
        m_series.append(tr("Other"));
        std::replace(columnOf.begin(), columnOf.end(), int(kTopSeries), int(m_series.size()) - 1);
    }

    const int years = m_lastYear - m_firstYear + 1;
    const int columns = int(m_series.size());
    m_counts = QList<QList<int>>(years, QList<int>(columns, 0));
    for (int year = 0; year < index.yearCount(); ++year) {
        const int row = index.yearsFrom() + year - m_firstYear;
        for (std::size_t reporter = 0; reporter < reporterColumns; ++reporter) {
            const int count = result.yearReporterCounts[std::size_t(year) * reporterColumns + reporter];
            if (count > 0)
                m_counts[row][columnOf[reporter]] += count;
        }
    }

    std::vector<char> inResult(std::size_t(index.size()), 0);
    for (const int row : rows)
        inResult[std::size_t(row)] = 1;
    m_milestones.clear();
    std::vector<int> shownInYear(std::size_t(years), 0);
    for (const Milestone &milestone : index.milestones()) {
        const int row = milestone.year - m_firstYear;
        if (row < 0 || row >= years || !inResult[std::size_t(milestone.row)])
            continue;
        if (shownInYear[std::size_t(row)]++ < kMostMilestonesPerYear)
            m_milestones.append(milestone);
    }
    endResetModel();
}

QString TimelineModel::undatedNote() const
{
    if (m_undated == 0)
        return {};
    return tr("Not in the chart, for stating no year: %1 of %Ln activities", nullptr, m_listed)
        .arg(QLocale().toString(m_undated));
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

QString TimelineModel::milestoneText(int i) const
{
    return m_state.index().milestoneText(m_milestones.at(i));
}

QString TimelineModel::milestoneSentence(int i) const
{
    return m_state.index().milestoneSentence(m_milestones.at(i));
}

QColor TimelineModel::seriesColour(int column) const
{
    const bool isOther = column == m_series.size() - 1 && column >= kTopSeries;
    return isOther || column < 0 ? AgencyPalette::otherColour() : m_state.palette().colour(m_series.value(column));
}

} // namespace evaw
