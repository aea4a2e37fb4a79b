#pragma once

#include <QCoreApplication>

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace evaw {

class ExplorerState;
class TimelineModel;

/// One document for a briefing: the chart, the filters in words, the agencies the
/// activities name together most often, and a table of the filtered activities with their
/// source paragraphs and provenance, with page numbers and the export date. Written as PDF,
/// or sent to a printer.
class BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(evaw::BriefingWriter)

public:
    BriefingWriter(const ExplorerState &state, const TimelineModel &timeline);

    /// Pairs the UN agencies with partners outside the UN too, as the window's box asks.
    void setPairsWithPartners(bool include) { m_pairsWithPartners = include; }

    /// The document; the caller owns it.
    QTextDocument *document(const QString &title) const;
    bool writePdf(const QString &path, const QString &title, QString *error) const;
    void print(QPagedPaintDevice *printer, const QString &title) const;

    /// "Source: UN inventory of activities to end violence against women and girls — N activities"
    static QString sourceLine(int activities);

private:
    QString pairsTable() const;

    const ExplorerState &m_state;
    const TimelineModel &m_timeline;
    bool m_pairsWithPartners = false;
};

} // namespace evaw
