#include "reportingperiod.h"

#include "extract/dateextractor.h"

#include <QString>

#include <algorithm>
#include <array>

namespace evaw {

namespace {

// The words with which a header leaves its period open: "Jan 2019 - Present", "to date".
constexpr std::array<QLatin1String, 6> kOpenEnds{QLatin1String("present"), QLatin1String("ongoing"),
    QLatin1String("date"), QLatin1String("now"), QLatin1String("current"), QLatin1String("continuous")};

bool isOpenEnd(QStringView word)
{
    return std::any_of(kOpenEnds.cbegin(), kOpenEnds.cend(),
        [&](QLatin1String end) { return word.compare(end, Qt::CaseInsensitive) == 0; });
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014);
}

} // namespace

// A year without its month starts in January and ends in December: "2018 - 2019" runs
// through both years; a quarter or a half runs through its months ("Q2 2020": April to June).
void ReportingPeriod::addPoint(int year, int firstMonth, int lastMonth)
{
    if (m_start < 0)
        m_start = year * 12 + (firstMonth > 0 ? firstMonth - 1 : 0);
    m_end = year * 12 + (lastMonth > 0 ? lastMonth - 1 : 11);
}

ReportingPeriod ReportingPeriod::read(QStringView text)
{
    ReportingPeriod period;
    int month = 0; // the month just read, which the year after it completes
    int lastMonth = 0; // the last month of a quarter or half just read, else the month
    bool open = false;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        if (text[i].isLetter()) {
            while (end < text.size() && text[end].isLetter())
                ++end;
            const QStringView word = text.mid(i, end - i);
            // "Q3", "H1": a quarter or a half of the year after it.
            const int parts = word.compare(QLatin1String("Q"), Qt::CaseInsensitive) == 0 ? 4
                : word.compare(QLatin1String("H"), Qt::CaseInsensitive) == 0             ? 2
                                                                                         : 0;
            const int part = parts > 0 && end < text.size() ? text[end].digitValue() : -1;
            if (part >= 1 && part <= parts) {
                lastMonth = part * 12 / parts;
                month = lastMonth - 12 / parts + 1;
                i = end + 1;
                continue;
            }
            const int named = DateExtractor::monthNumber(word);
            if (month > 0 && named > 0 && lastMonth == month) {
                lastMonth = named; // "Jan-Dec 2021": the months of one year
            } else {
                month = named;
                lastMonth = month;
            }
            open = open || (month == 0 && isOpenEnd(word));
        } else if (text[i].isDigit()) {
            while (end < text.size() && text[end].isDigit())
                ++end;
            const int number = text.mid(i, end - i).toInt();
            if (end - i <= 2 && end < text.size() && text[end] == u'/') {
                month = number >= 1 && number <= 12 ? number : 0; // "02/2020"
                lastMonth = month;
                ++end;
            } else if (end - i == 4) {
                period.addPoint(number, month, lastMonth);
                month = 0;
                lastMonth = 0;
            } else if (end - i == 2 && period.isValid() && month == 0 && text[i - 1] == u'/') {
                // "2018/19": the next year, by its last two digits.
                const int year = period.m_end / 12;
                const int next = year - year % 100 + number;
                period.addPoint(next < year ? next + 100 : next, 0, 0);
            } // else a day of the month, which the order needs not
        } else {
            ++end;
        }
        i = end;
    }
    // "Sep 2020 -": a page that leaves the end blank has no end to give.
    const QStringView trimmed = text.trimmed();
    open = open || (!trimmed.isEmpty() && isDash(trimmed.back()));
    if (open && period.isValid())
        period.m_end = kOpen;
    return period;
}

bool ReportingPeriod::runsBefore(const ReportingPeriod &other) const
{
    if (isValid() != other.isValid())
        return isValid();
    return m_start != other.m_start ? m_start < other.m_start : m_end < other.m_end;
}

} // namespace evaw
