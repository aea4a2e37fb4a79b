#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace evaw {

/// A prepared statement on the raw SQLite handle under a Qt SQL connection.
///
/// Bulk import goes through here because Qt's binding layer costs more than SQLite itself
/// (it renames positional placeholders through QString::arg on every bind).
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// The SQLite handle of a QSQLITE connection, or nullptr.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindBlob(int index, const QByteArray &bytes);
    /// Binds text already in UTF-8, which SQLite stores without converting.
    void bindUtf8(int index, const QByteArray &utf8);
    /// Runs the statement and resets it for the next row; false with error() on failure.
    bool run();
    /// Steps a query to its next row; false at the end (or on an error: see error()).
    bool next();
    /// Makes a query ready to run again, with new bindings.
    void reset();
    /// Whether the last step failed rather than ran out of rows.
    bool failed() const { return m_failed; }
    qint64 int64(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes as SQLite holds them, valid until the next step: bulk
    /// readers keep bytes without converting every row to UTF-16.
    QByteArrayView utf8(int column) const;
    qint64 lastInsertId() const;
    QString error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    QByteArray *boundBytes(int index);
    QByteArray *hold(int index, const QByteArray &bytes);

    /// The bytes of each parameter bound to text or a blob. SQLite reads them in place
    /// (SQLITE_STATIC) rather than copying every value into memory of its own, so they
    /// stay here, unchanged, until the parameter is bound again or the statement ends.
    std::vector<QByteArray> m_bound;
};

} // namespace evaw
