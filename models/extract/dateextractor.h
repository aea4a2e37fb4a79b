#pragma once

#include "corpus/activity.h"

#include <QList>
#include <QVarLengthArray>

namespace evaw {

/// Finds the dates an activity states: years (also fiscal ones, "FY2020"), month and year,
/// full dates, ranges, and "since"/"as of" forms. A number is a year only when it stands
/// alone as a word between 1950 and 2050 (or follows "FY"): "2,000 participants", "59%",
/// "65th session" and "COVID-19" are not dates.
///
/// A deadline ("by 2030", "by the end of 2025") later than every other year the activity
/// states, and than its reporting @p period, is a target, not a milestone: its kind is
/// "target", and it dates nothing (Activity::years() leaves it out). The words around it
/// may tell more: a deadline met ("by 2021, 60 spaces had opened") stays a year, and one
/// aimed at ("aims to end FGM by 2030") is a target even with no year to compare with;
/// otherwise, without such a year, a deadline may well be one the activity met, and stays
/// a year.
class DateExtractor
{
public:
    static QList<DateMention> extract(QStringView text, QStringView period = {});

    /// The sentence of @p text that holds the position @p at. Of a longer sentence, the
    /// words within kSentenceReach characters of @p at, with "…" where it was cut.
    static QString sentenceAround(QStringView text, int at);
    static constexpr int kSentenceReach = 600;

    /// 1-12 for an English month name or its abbreviation ("Sept", "Feb."), else 0.
    static int monthNumber(QStringView word);

private:
    /// A date's deadline words: "by", "by the end of", "by mid-" before it.
    struct Deadline {
        qsizetype date; ///< the date's index
        qsizetype start; ///< where its deadline words begin
        bool aimed; ///< the words around it tell an aim ("aims to reach ... by 2025")
    };
    using Deadlines = QVarLengthArray<Deadline, 4>;
    /// Where "by", "by the end of" or "by mid-" begins before the date at @p start, given
    /// the word before it (@p word at @p wordStart), else -1.
    static qsizetype startOfDeadline(QStringView text, qsizetype start, QStringView word, qsizetype wordStart);
    /// Turns the deadlines later than every other year into targets.
    static void markTargets(QList<DateMention> *dates, const Deadlines &deadlines, QStringView period);
    static qsizetype startOfMonthRange(QStringView text, qsizetype monthStart, DateMention *date);
    static qsizetype startOfDayRange(QStringView text, qsizetype dayStart, DateMention *date);
};

} // namespace evaw
