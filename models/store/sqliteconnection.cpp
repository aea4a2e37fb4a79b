#include "sqliteconnection.h"

#include <sqlite3.h>

namespace evaw {

SqliteConnection::SqliteConnection(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db); // SQLite hands back a handle even when opening fails
        m_db = nullptr;
    }
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close(m_db);
}

} // namespace evaw
