#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>

namespace evaw {

class ExplorerState;

/// Writes the filtered activity list, or the pairs of agencies those activities name
/// together, as a spreadsheet: CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet
/// programs read accents right) or XLSX (bold frozen header, autofilter, fitted columns).
/// Every write is atomic: a failure leaves no partial file.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(evaw::TableExporter)

public:
    /// Data rows an XLSX sheet holds under its header row.
    static constexpr int kSheetRows = 1048575;

    enum class Table {
        Activities, ///< one row per activity
        AgencyPairs, ///< one row per pair of UN agencies named together, as PartnershipModel counts them
    };

    explicit TableExporter(const ExplorerState &state, Table table = Table::Activities);

    /// Pairs a UN agency with partners outside the UN too, as the window's box asks.
    void setPairsWithPartners(bool include) { m_pairsWithPartners = include; }

    QStringList header() const;
    /// The table's rows, cells as written (formulas neutralised).
    QList<QStringList> rows() const;

    bool writeCsv(const QString &path, QString *error) const;
    bool writeXlsx(const QString &path, QString *error) const;

    /// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
    /// leading apostrophe, so that "=HYPERLINK(...)" in a corpus stays text.
    static QString neutralised(const QString &cell);
    /// One CSV record: fields quoted when they hold a comma, quote or line break.
    static QString csvRecord(const QStringList &fields);

    /// Why @p path cannot be written, or an empty string: missing folder, a folder itself.
    static QString unwritableReason(const QString &path);

private:
    QList<QStringList> activityRows() const;
    QList<QStringList> pairRows() const;

    const ExplorerState &m_state;
    Table m_table;
    bool m_pairsWithPartners = false;
};

} // namespace evaw
