#include "entityextractor.h"

#include "dateextractor.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace evaw {

EntityExtractor::EntityExtractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

QList<EntityExtractor::Selected> EntityExtractor::select(
    const QList<AliasMatch> &matches, const QSet<QString> &countries, bool placesAllowed) const
{
    QList<AliasMatch> ordered = matches;
    std::sort(ordered.begin(), ordered.end(), [](const AliasMatch &a, const AliasMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<Selected> selected;
    int taken = 0; // end of the last selected span
    for (const AliasMatch &match : std::as_const(ordered)) {
        if (match.start < taken)
            continue;
        QList<int> entries;
        bool hasCountry = false;
        for (const int index : m_gazetteer.aliasEntries(match.alias)) {
            const GazetteerEntry &entry = m_gazetteer.entry(index);
            if (entry.needsCountryContext && (!placesAllowed || !countries.contains(entry.ref.country)))
                continue;
            hasCountry = hasCountry || entry.ref.kind == EntityKind::Country;
            entries.append(index);
        }
        // "Georgia" the country outranks a subdivision of the same name elsewhere.
        if (hasCountry) {
            entries.erase(std::remove_if(entries.begin(), entries.end(),
                              [&](int index) { return m_gazetteer.entry(index).needsCountryContext; }),
                entries.end());
        }
        if (entries.isEmpty())
            continue;
        selected.append(Selected{match.start, match.length, entries});
        taken = match.start + match.length;
    }
    return selected;
}

void EntityExtractor::extract(Activity *activity, const QList<EntityRef> &inherited) const
{
    const QString &text = activity->text;
    const QList<AliasMatch> matches = m_gazetteer.find(text);

    // First the countries the text names without help, then the places they make possible.
    QSet<QString> countries;
    for (const EntityRef &ref : inherited) {
        if (ref.kind == EntityKind::Country)
            countries.insert(ref.code);
    }
    for (const Selected &span : select(matches, countries, false)) {
        for (const int index : span.entries) {
            const GazetteerEntry &entry = m_gazetteer.entry(index);
            if (entry.ref.kind == EntityKind::Country)
                countries.insert(entry.ref.code);
            for (const int implied : entry.implies) {
                if (m_gazetteer.entry(implied).ref.kind == EntityKind::Country)
                    countries.insert(m_gazetteer.entry(implied).ref.code);
            }
        }
    }

    activity->mentions.clear();
    activity->entities.clear();
    // Entities are kept once each, in order of first appearance; indices compare cheaply.
    QVarLengthArray<int, 32> seen;
    auto addEntity = [&](int index) {
        if (index < 0 || std::find(seen.cbegin(), seen.cend(), index) != seen.cend())
            return;
        seen.append(index);
        activity->entities.append(m_gazetteer.entry(index).ref);
    };
    for (const EntityRef &ref : inherited)
        addEntity(m_gazetteer.indexOf(ref.key));

    QVarLengthArray<int, 16> implied;
    for (const Selected &span : select(matches, countries, true)) {
        const QString surface = text.mid(span.start, span.length);
        for (const int index : span.entries) {
            const GazetteerEntry &entry = m_gazetteer.entry(index);
            activity->mentions.append(Mention{entry.ref, span.start, span.length, surface});
            addEntity(index);
            implied.append(entry.implies.constData(), entry.implies.size());
        }
    }
    for (const int index : std::as_const(implied))
        addEntity(index);

    activity->dates = DateExtractor::extract(text);
}

QList<EntityRef> EntityExtractor::leadInContext(QStringView leadIn) const
{
    Activity probe;
    probe.text = leadIn.toString();
    extract(&probe);
    QList<EntityRef> context;
    for (const EntityRef &ref : std::as_const(probe.entities)) {
        if (ref.kind == EntityKind::Country || ref.kind == EntityKind::Place || ref.kind == EntityKind::Agency)
            context.append(ref);
    }
    return context;
}

QString EntityExtractor::reportingEntityName(QStringView headerEntity) const
{
    const QString text = headerEntity.trimmed().toString();
    Activity probe;
    probe.text = text;
    extract(&probe);
    for (const Mention &mention : std::as_const(probe.mentions)) {
        const GazetteerEntry &entry = m_gazetteer.entry(m_gazetteer.indexOf(mention.entity.key));
        if (entry.reports)
            return entry.ref.name;
    }
    return text;
}

} // namespace evaw
