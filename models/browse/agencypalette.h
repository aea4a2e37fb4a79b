#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace evaw {

/// One colour per agency, the same in the panel, the chart and the detail pane.
/// Colours come from Okabe and Ito's palette for colour-blind readers, extended with
/// Paul Tol's muted scheme; the most frequent agencies get the most distinct ones.
class AgencyPalette
{
public:
    /// Assigns colours to @p namesByFrequency, most frequent first.
    void assign(const QList<QString> &namesByFrequency);
    QColor colour(const QString &name) const;
    static QColor otherColour() { return QColor(0xBB, 0xBB, 0xBB); }

private:
    QHash<QString, QColor> m_colours;
};

} // namespace evaw
