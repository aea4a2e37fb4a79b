#include "entity.h"

#include <array>

namespace evaw {

namespace {
struct KindName {
    EntityKind kind;
    const char16_t *name;
};
constexpr std::array<KindName, 7> kKindNames{{
    {EntityKind::Country, u"country"},
    {EntityKind::Place, u"place"},
    {EntityKind::Region, u"region"},
    {EntityKind::Agency, u"agency"},
    {EntityKind::Partner, u"partner"},
    {EntityKind::Programme, u"programme"},
    {EntityKind::Theme, u"theme"},
}};
} // namespace

QString entityKindName(EntityKind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

bool entityKindFromName(const QString &name, EntityKind *kind)
{
    for (const auto &entry : kKindNames) {
        if (name == QStringView(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

} // namespace evaw
