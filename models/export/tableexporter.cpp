#include "tableexporter.h"

#include "explorerstate.h"
#include "partnershipmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace evaw {

namespace {

QString names(const ActivityIndex &index, const IndexRange &entities, bool codes)
{
    QStringList list;
    for (const int entity : entities)
        list.append(codes ? index.entities()[entity].code : index.entities()[entity].name);
    return list.join(QStringLiteral("; "));
}

} // namespace

TableExporter::TableExporter(const ExplorerState &state, Table table)
    : m_state(state)
    , m_table(table)
{
}

QStringList TableExporter::header() const
{
    if (m_table == Table::AgencyPairs)
        return {tr("Agency"), tr("With"), tr("Activities"), tr("Since"), tr("Countries")};
    return {tr("Id"), tr("Reported by"), tr("Measure"), tr("Period"), tr("Agencies"), tr("Countries"),
        tr("Country codes"), tr("Forms of violence"), tr("Years"), tr("Activity"), tr("Full text"), tr("Source file"),
        tr("Line"), tr("End line")};
}

QString TableExporter::neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool formula
        = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    return formula ? u'\'' + cell : cell;
}

QList<QStringList> TableExporter::rows() const
{
    return m_table == Table::AgencyPairs ? pairRows() : activityRows();
}

QList<QStringList> TableExporter::pairRows() const
{
    PartnershipModel pairs(m_state);
    pairs.setIncludesPartners(m_pairsWithPartners);
    pairs.setActive(true);
    QList<QStringList> rows;
    rows.reserve(pairs.rowCount());
    for (int row = 0; row < pairs.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < pairs.columnCount(); ++column)
            cells.append(neutralised(pairs.index(row, column).data().toString()));
        rows.append(cells);
    }
    return rows;
}

QList<QStringList> TableExporter::activityRows() const
{
    const ActivityIndex &index = m_state.index();
    QList<QStringList> rows;
    rows.reserve(m_state.result().rows.size());
    for (const int row : m_state.result().rows) {
        const IndexedActivity &a = index.at(row);
        QStringList years;
        for (const int year : a.years)
            years.append(QString::number(year));
        const QString text = index.text(row);
        const QStringList cells{QString::number(a.id), a.reporter >= 0 ? index.entities()[a.reporter].name : QString(),
            a.measure >= 0 ? m_state.localizer().measureName(index.measures()[a.measure]) : QString(),
            a.period >= 0 ? index.periods()[a.period] : QString(), names(index, a.agencies, false),
            names(index, a.countries, false), names(index, a.countries, true), names(index, a.themes, false),
            years.join(QStringLiteral("; ")), ActivityIndex::firstSentence(text), text,
            QFileInfo(a.sourceFile).fileName(), QString::number(a.line), QString::number(a.endLine)};
        QStringList safe;
        for (const QString &cell : cells)
            safe.append(neutralised(cell));
        rows.append(safe);
    }
    return rows;
}

QString TableExporter::csvRecord(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        const bool needsQuotes
            = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
        quoted.append(needsQuotes ? u'"' + QString(field).replace(u'"', QLatin1String("\"\"")) + u'"' : field);
    }
    return quoted.join(u',');
}

QString TableExporter::unwritableReason(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder").arg(path);
    if (!info.absoluteDir().exists())
        return tr("the folder %1 does not exist").arg(info.absolutePath());
    return {};
}

bool TableExporter::writeCsv(const QString &path, QString *error) const
{
    if (const QString reason = unwritableReason(path); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(csvRecord(header()).toUtf8() + "\r\n");
    for (const QStringList &row : rows())
        file.write(csvRecord(row).toUtf8() + "\r\n");
    // QSaveFile commits by renaming only if every write succeeded (a full disk fails here).
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TableExporter::writeXlsx(const QString &path, QString *error) const
{
    if (const QString reason = unwritableReason(path); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    const QList<QStringList> data = rows();
    if (data.size() > kSheetRows) {
        *error = tr("%1 rows do not fit in one sheet (at most %2); narrow the filters or export CSV")
                     .arg(data.size())
                     .arg(kSheetRows);
        return false;
    }
    // libxlsxwriter writes to a file name: write beside the target, then rename over it,
    // which is atomic within one folder.
    QTemporaryFile staging(QFileInfo(path).absoluteDir().filePath(QStringLiteral(".evaw-export-XXXXXX.xlsx")));
    if (!staging.open()) {
        *error = tr("%1 cannot be written: %2").arg(path, staging.errorString());
        return false;
    }
    const QByteArray stagingPath = QFile::encodeName(staging.fileName());
    staging.close();

    lxw_workbook *workbook = workbook_new(stagingPath.constData());
    // A sheet's name holds at most 31 characters, in every language.
    const QString sheetName = m_table == Table::AgencyPairs ? tr("Agency pairs") : tr("Activities");
    lxw_worksheet *sheet = workbook ? workbook_add_worksheet(workbook, sheetName.toUtf8().constData()) : nullptr;
    if (!sheet) {
        if (workbook)
            workbook_close(workbook);
        *error = tr("%1 cannot be written").arg(path);
        return false;
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    const QStringList head = header();
    for (int column = 0; column < head.size(); ++column)
        worksheet_write_string(sheet, 0, lxw_col_t(column), head[column].toUtf8().constData(), bold);
    QList<int> widths(head.size(), 8);
    for (int r = 0; r < data.size(); ++r) {
        for (int column = 0; column < data[r].size(); ++column) {
            // A cell holds at most 32,767 characters: a longer text would leave its cell
            // empty, and the sheet would not say that anything is missing.
            const lxw_error written = worksheet_write_string(
                sheet, lxw_row_t(r + 1), lxw_col_t(column), data[r][column].toUtf8().constData(), nullptr);
            if (written != LXW_NO_ERROR) {
                workbook_close(workbook);
                QFile::remove(staging.fileName());
                *error = written == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                    ? tr("Activity %1 of the table has %2 characters in one column, more than a spreadsheet cell "
                         "holds (32,767): export CSV instead")
                          .arg(r + 1)
                          .arg(data[r][column].size())
                    : tr("%1 could not be written: %2").arg(path, QString::fromUtf8(lxw_strerror(written)));
                return false;
            }
            widths[column] = std::max(widths[column], int(std::min<qsizetype>(data[r][column].size(), 60)));
        }
    }
    for (int column = 0; column < head.size(); ++column)
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
            std::max(widths[column], int(head[column].size())) + 2, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(data.size()), lxw_col_t(head.size() - 1));
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(staging.fileName());
        *error = tr("%1 could not be written: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    if (std::rename(stagingPath.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(staging.fileName());
        *error = tr("%1 could not be written").arg(path);
        return false;
    }
    staging.setAutoRemove(false);
    // The staging file was private to us; the export gets ordinary permissions.
    QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

} // namespace evaw
