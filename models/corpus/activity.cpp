#include "activity.h"

#include "extract/dateextractor.h"

#include <algorithm>

namespace evaw {

QList<EntityRef> Activity::entitiesOfKind(EntityKind kind) const
{
    QList<EntityRef> result;
    for (const EntityRef &entity : entities) {
        if (entity.kind == kind)
            result.append(entity);
    }
    return result;
}

QStringView Activity::dateWords(const DateMention &date) const
{
    if (date.start < 0 || date.length < 0 || date.start + qsizetype(date.length) > text.size())
        return QStringView();
    return QStringView(text).mid(date.start, date.length);
}

QString Activity::dateSentence(const DateMention &date) const
{
    return dateWords(date).isNull() ? QString() : DateExtractor::sentenceAround(text, date.start);
}

QList<int> Activity::years() const
{
    // A range counts every year it spans, so that "2021-2023" shows in 2022 too;
    // the span is capped so a typo such as "2001-2091" cannot flood the timeline.
    constexpr int kLongestRange = 30;
    QList<int> result;
    for (const DateMention &date : dates) {
        if (date.isTarget())
            continue;
        const int last
            = date.endYear > date.year && date.endYear - date.year <= kLongestRange ? date.endYear : date.year;
        for (int year = date.year; year <= last; ++year) {
            if (!result.contains(year))
                result.append(year);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace evaw
