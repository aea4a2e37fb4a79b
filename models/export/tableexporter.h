#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>

namespace evaw {

class ExplorerState;

/// Writes the filtered activity list as a spreadsheet: CSV (RFC 4180, UTF-8 with a byte
/// order mark so spreadsheet programs read accents right) or XLSX (bold frozen header,
/// autofilter, fitted columns). Every write is atomic: a failure leaves no partial file.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(evaw::TableExporter)

public:
    /// Data rows an XLSX sheet holds under its header row.
    static constexpr int kSheetRows = 1048575;

    explicit TableExporter(const ExplorerState &state);

    QStringList header() const;
    /// The filtered activities, one row each, cells as written (formulas neutralised).
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
    const ExplorerState &m_state;
};

} // namespace evaw
