#pragma once

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>

namespace evaw {

/// The SQLite store: opens (or creates) a database file and brings its schema up to date.
///
/// Each Database owns one named Qt SQL connection, so several can live side by side (the
/// window's and an import worker's, or one per test).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(evaw::Database)

public:
    explicit Database(const QString &connectionName = QStringLiteral("evaw"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens @p path (":memory:" for a private in-memory store) and migrates its schema.
    /// On failure error() says why in one line: not a database, read-only, newer schema...
    bool open(const QString &path);
    void close();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    int schemaVersion() const;
    /// Whether the last open() found no schema of ours and created it: a new store, as
    /// opposed to one whose files were all taken out again.
    bool isNew() const { return m_isNew; }

    static int latestSchemaVersion();
    /// Where the store lives unless the user names another: the platform's app-data folder.
    static QString defaultPath();

private:
    int readSchemaVersion(QString *error) const;
    bool migrate();
    bool exec(const QString &statement);
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_isNew = false;
};

} // namespace evaw
