#pragma once

#include "corpus/activity.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace evaw {

/// The lists an activity carries: its entity links, mentions and dates, each a compact JSON
/// array in a column of the activity's own row, and its variants, in variant_lists.
///
///   entity_ids     [12,3,45]                             entity ids, in order of position
///   variant_ids    [7,91]                                activity ids, ascending
///   mention_spans  [[12,0,5],[3,10,6]]                   entity id, start, length
///   date_spans     [[2008,0,0,0,"since",0,10]]           year, month, day, end year, kind,
///                                                        start, length
///
/// One row per activity, where a table per list cost six rows: an import writes a sixth of
/// the B-tree entries. SQLite's JSON functions still read the lists, and the schema's views
/// (activity_entities, mentions, dates, variants) present them as the tables they replaced. Offsets
/// count UTF-16 code units of the activity's text, which also yields a mention's surface
/// and a date's words and sentence (Activity::surface(), dateWords(), dateSentence()), so
/// those are not stored twice.
namespace ListColumn {

struct MentionSpan {
    qint64 entityId = 0;
    int start = 0;
    int length = 0;
};

/// Entity or activity ids.
QByteArray encodeIds(const std::vector<qint64> &ids);
QByteArray encodeMentions(const std::vector<MentionSpan> &mentions);
/// The dates' year, month, day, end year, kind, start and length; not their words.
QByteArray encodeDates(const QList<DateMention> &dates);

/// Each decoder appends to @p out and returns false, leaving @p out as it was, when the
/// text is not a list of the column's shape.
bool decodeIds(QByteArrayView json, std::vector<qint64> *out);
bool decodeMentions(QByteArrayView json, std::vector<MentionSpan> *out);
bool decodeDates(QByteArrayView json, QList<DateMention> *out);

} // namespace ListColumn
} // namespace evaw
