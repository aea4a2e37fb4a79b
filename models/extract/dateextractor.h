#pragma once

#include "corpus/activity.h"

#include <QList>

namespace evaw {

/// Finds the dates an activity states: years, month and year, full dates, ranges, and
/// "since"/"as of" forms. A number is a year only when it stands alone as a word between
/// 1950 and 2050: "2,000 participants", "59%", "65th session" and "COVID-19" are not dates.
class DateExtractor
{
public:
    static QList<DateMention> extract(QStringView text);

    /// The sentence of @p text that holds the position @p at.
    static QString sentenceAround(QStringView text, int at);

    /// 1-12 for an English month name or its abbreviation ("Sept", "Feb."), else 0.
    static int monthNumber(QStringView word);

private:
    static qsizetype startOfMonthRange(QStringView text, qsizetype monthStart, DateMention *date);
};

} // namespace evaw
