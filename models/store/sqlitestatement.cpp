#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace evaw {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
    if (m_statement)
        m_bound.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    // The store's text is UTF-8. Qt converts whole runs of ASCII at once, where SQLite
    // converts UTF-16 a character at a time: a sixth of an import's writing.
    // A null QString still binds as '' (the store's columns are NOT NULL).
    QByteArray *utf8 = boundBytes(index);
    if (!utf8)
        return;
    QStringEncoder toUtf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    utf8->resize(toUtf8.requiredSpace(text.size()));
    const char *end = toUtf8.appendToBuffer(utf8->data(), text);
    sqlite3_bind_text(m_statement, index, utf8->constData(), int(end - utf8->constData()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (QByteArray *held = hold(index, bytes))
        sqlite3_bind_blob(m_statement, index, held->constData(), int(held->size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (QByteArray *held = hold(index, utf8))
        sqlite3_bind_text(m_statement, index, held->constData(), int(held->size()), SQLITE_STATIC);
}

QByteArray *SqliteStatement::boundBytes(int index)
{
    if (index < 1 || std::size_t(index) > m_bound.size())
        return nullptr; // SQLite would refuse it as out of range as well
    return &m_bound[std::size_t(index) - 1];
}

QByteArray *SqliteStatement::hold(int index, const QByteArray &bytes)
{
    QByteArray *held = boundBytes(index);
    if (!held)
        return nullptr;
    // A shared copy keeps the bytes alive and unchanged, as nobody may write to shared
    // bytes without copying them first. Bytes the array does not own (fromRawData, which
    // have no capacity) are copied, since their owner may free them.
    if (bytes.capacity() > 0)
        *held = bytes;
    else
        *held = QByteArray(bytes.constData(), bytes.size());
    return held;
}

bool SqliteStatement::run()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

bool SqliteStatement::next()
{
    const int result = sqlite3_step(m_statement);
    m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
    return result == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_failed = false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    // The store's text is UTF-8, which Qt converts whole runs of ASCII at a time, where
    // SQLite (sqlite3_column_text16) converts a character at a time.
    const QByteArrayView bytes = utf8(column);
    return bytes.data() ? QString::fromUtf8(bytes) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not an SQLite connection");
}

} // namespace evaw
