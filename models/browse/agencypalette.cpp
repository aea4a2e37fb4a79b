#include "agencypalette.h"

#include <array>

namespace evaw {

namespace {

constexpr std::array<QRgb, 15> kColours{// Okabe & Ito
    0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
    // Paul Tol, muted
    0x332288, 0x88CCEE, 0x44AA99, 0x117733, 0x999933, 0xDDCC77, 0xCC6677, 0xAA4499};

} // namespace

void AgencyPalette::assign(const QList<QString> &namesByFrequency)
{
    m_colours.clear();
    for (int i = 0; i < namesByFrequency.size(); ++i)
        m_colours.insert(namesByFrequency[i], QColor(kColours[std::size_t(i) % kColours.size()]));
}

QColor AgencyPalette::colour(const QString &name) const
{
    return m_colours.value(name, otherColour());
}

} // namespace evaw
