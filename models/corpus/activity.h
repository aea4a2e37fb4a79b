#pragma once

#include "extract/entity.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace evaw {

/// A span of an activity's text that names an entity. Offsets count UTF-16 code units;
/// Activity::surface() gives the words.
struct Mention {
    EntityRef entity;
    int start = 0;
    int length = 0;
};

/// A date stated in an activity ("Since 2008", "On 12 March 2021", "MTBP 2021-2023").
/// Activity::dateWords() and Activity::dateSentence() give its words and sentence.
struct DateMention {
    int year = 0;
    int month = 0; ///< 1-12, 0 when not stated
    int day = 0; ///< 1-31, 0 when not stated
    int endYear = 0; ///< last year of a range, 0 when not a range
    QString kind; ///< "year", "since", "as-of", "range", "target" (a deadline past all else)
    int start = 0;
    int length = 0;

    /// A year aimed at ("by 2030"), not one the activity took place in: it dates nothing.
    bool isTarget() const { return kind == QLatin1String("target"); }
};

/// Another place in the corpus where the same text stands word for word.
struct Occurrence {
    QString file;
    int line = 0;
    /// Where the text stands here, as Provenance tells it for the first place: if the file
    /// first read is taken out of the store, this place becomes the activity's source.
    /// A byte offset of -1 means unknown (a store written before places kept their bytes).
    int endLine = 0;
    qint64 byteOffset = -1;
    qint64 byteLength = 0;
    /// What this place's headings and header say of the text, as the first place's say it
    /// for the activity; unknown for a preview, which repeats a full text the same page
    /// holds, and for places stored before they kept it.
    bool contextKnown = false;
    QString section{};
    QString measure{};
    QString period{};
    QString reportingEntity{};
    /// The first place gave no reporting entity, and this is the first to give one: the
    /// activity takes this place's.
    bool givesReportingEntity = false;
};

/// Where an activity's text comes from.
struct Provenance {
    QString file;
    int line = 0;
    int endLine = 0;
    qint64 byteOffset = 0;
    qint64 byteLength = 0;
};

/// One statement of what a UN entity did: the unit everything in the app counts.
struct Activity {
    qint64 id = 0;
    QString text;
    QString section;
    QString measure;
    QString period;
    QString reportingEntity;
    QByteArray textHash; ///< the key exact repeats are recognised by, set by the parser
    Provenance source;
    QList<Mention> mentions;
    QList<EntityRef> entities; ///< every entity, mentioned or handed down, each once
    QList<DateMention> dates;
    QList<Occurrence> duplicates;
    QList<qint64> variants;

    QList<EntityRef> entitiesOfKind(EntityKind kind) const;
    /// The words of @p mention as the text writes them ("UNPFA" for UNFPA).
    QStringView surface(const Mention &mention) const { return QStringView(text).mid(mention.start, mention.length); }
    /// The words that state @p date ("Since 2008"); empty when its offsets are not in the
    /// text (a store another program changed).
    QStringView dateWords(const DateMention &date) const;
    /// The sentence around @p date, for a milestone's tooltip; empty as dateWords() is.
    /// Found when asked: an import stores offsets only, and most dates are never shown.
    QString dateSentence(const DateMention &date) const;
    QList<int> years() const;
};

} // namespace evaw
