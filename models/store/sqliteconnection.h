#pragma once

#include <QString>

struct sqlite3;

namespace evaw {

/// A read-only SQLite connection of its own to a store file, so that a second thread can
/// read beside the connection Qt SQL holds (SQLite connections are not shared by threads).
class SqliteConnection final
{
public:
    explicit SqliteConnection(const QString &path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// The open handle, or nullptr when the file could not be opened.
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace evaw
