#pragma once

#include <QStringView>

#include <limits>

namespace evaw {

/// When a reporting period runs, read from the words an entry header gives it ("Feb 2020 -
/// Sep 2021", "Mar 2010 - Sept 2010", "01/2019 - Present", "2018"), so that periods can be
/// listed in the order of time. Months are counted from January of year 0.
class ReportingPeriod
{
public:
    static constexpr int kOpen = std::numeric_limits<int>::max(); ///< the end of one still running

    static ReportingPeriod read(QStringView text);

    /// Whether a start was read: "Ongoing" alone has none.
    bool isValid() const { return m_start >= 0; }
    int start() const { return m_start; }
    int end() const { return m_end; }

    /// The earlier start first, then the earlier end; a period not read comes after all.
    bool runsBefore(const ReportingPeriod &other) const;

private:
    void addPoint(int year, int firstMonth, int lastMonth);

    int m_start = -1;
    int m_end = -1;
};

} // namespace evaw
