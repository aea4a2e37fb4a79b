#pragma once

#include <QString>

namespace evaw {

/// The kinds of named things the extractor recognises in activity text.
enum class EntityKind { Country, Place, Region, Agency, Partner, Programme, Theme };

QString entityKindName(EntityKind kind);
bool entityKindFromName(const QString &name, EntityKind *kind);

/// What an activity refers to: enough to show and filter it without the gazetteer.
struct EntityRef {
    EntityKind kind = EntityKind::Country;
    QString key; ///< stable and unique, e.g. "country:MZ", "agency:unfpa"
    QString name; ///< canonical name shown to people
    QString code; ///< ISO code for countries and places, M49 code for regions
    QString country; ///< for places: the ISO 3166-1 alpha-2 code of their country

    bool operator==(const EntityRef &other) const { return key == other.key; }
};

} // namespace evaw
