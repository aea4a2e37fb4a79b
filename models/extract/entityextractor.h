#pragma once

#include "corpus/activity.h"
#include "gazetteer.h"

#include <QVarLengthArray>

namespace evaw {

/// Finds the entities and dates an activity's text names, in one pass of the gazetteer's
/// matcher. Overlaps resolve to the leftmost, then longest name ("UN Women" over "UN",
/// "Gaza Strip" over "Gaza"), except that a name opening with "the" gives way to a longer
/// one that begins after the article ("the Pacific Partnership to..."); sub-national
/// places count only when their country is named in the same activity or handed down by
/// a lead-in ("In Albania UN Women CO:").
class EntityExtractor
{
public:
    explicit EntityExtractor(const Gazetteer &gazetteer);

    /// Fills mentions, entities and dates of @p activity from its text; @p inherited are
    /// entities handed down from a lead-in and count as context for places.
    void extract(Activity *activity, const QList<EntityRef> &inherited = {}) const;

    /// The canonical name of the reporting entity named in an entry header ("UN Women"),
    /// or the header's own words when the gazetteer does not know them.
    QString reportingEntityName(QStringView headerEntity) const;
    /// The length of the longest name of an agency or of an entity that reports entries at
    /// the start of @p text ("UN Women" in "UN Women supported..."), or 0.
    int leadingEntityLength(QStringView text) const;
    /// The other UN entities an entry header names beside its reporting entity ("UN Women,
    /// UNFPA"): the entry is theirs too, though its paragraphs may not name them.
    QList<EntityRef> jointReporters(QStringView headerEntity) const;

    /// What a heading names. A heading that is one name and nothing more opens a page when
    /// it is a reporting entity's ("United Nations Office of the High Commissioner for
    /// Refugees": a page of UNHCR's entries), a section when it is a country's ("MALI"); any
    /// other heading, an entry's title, hands what it names to the paragraph under it.
    struct HeadingReading {
        QString reporter; ///< the canonical name of the reporting entity it consists of
        bool isCountry = false; ///< it consists of a country's name, or of a list of them
        bool isRegion = false; ///< it consists of a region's name, or of a list of them
        QList<EntityRef> entities; ///< everything it names, and what that implies
    };
    HeadingReading readHeading(QStringView heading) const;

    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    static bool namesOnly(const Activity &heading, EntityKind kind);
    // Per text, on the stack for all but the longest: country codes in context, and matches.
    using Countries = QVarLengthArray<QStringView, 16>;
    using Matches = QVarLengthArray<AliasMatch, 64>;

    template<typename OnEntry>
    void select(QStringView text, const Matches &matches, const Countries &countries, bool placesAllowed,
        OnEntry &&onEntry) const;
    bool namedByItsTitle(QStringView text, const AliasMatch &match, const QList<int> &entries) const;
    bool allowed(int entry, const Countries &countries, bool placesAllowed) const;
    static void yieldArticles(QStringView text, Matches *matches);
    QString firstReporter(const Activity &probe) const;

    const Gazetteer &m_gazetteer;
};

} // namespace evaw
