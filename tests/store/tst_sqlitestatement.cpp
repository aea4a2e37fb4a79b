#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace evaw;

// The statement lets SQLite read bound text and blobs where they are, so these tests change
// or free what the caller bound before the row is written.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    sqlite3 *handle() const { return SqliteStatement::handle(m_db->connection()); }

    QStringList rows()
    {
        QStringList found;
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("SELECT a, hex(b) FROM t ORDER BY rowid")))
            return {QStringLiteral("error: ") + query.lastQuery()};
        while (query.next())
            found.append(query.value(0).toString() + u'|' + query.value(1).toString());
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_db->open(QStringLiteral(":memory:")));
        QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("CREATE TABLE t(a TEXT, b BLOB)")));
    }

    void cleanup() { m_db.reset(); }

    void shouldWriteWhatWasBoundAfterTheCallerChangedIt()
    {
        SqliteStatement insert(handle(), "INSERT INTO t(a, b) VALUES(?, ?)");
        QVERIFY(insert.isValid());
        QString text = QStringLiteral("Gaza, Cabo Delgado – Manica");
        QByteArray bytes("\x01\x02\x03", 3);
        insert.bind(1, text);
        insert.bindBlob(2, bytes);
        text.fill(u'x');
        bytes.fill('\xff');
        QVERIFY2(insert.run(), qPrintable(insert.error()));
        QCOMPARE(rows(), QStringList{QStringLiteral("Gaza, Cabo Delgado – Manica|010203")});
    }

    void shouldWriteWhatWasBoundAfterTheCallerFreedIt()
    {
        SqliteStatement insert(handle(), "INSERT INTO t(a, b) VALUES(?, ?)");
        {
            const QByteArray utf8 = QStringLiteral("Kosovo (UNSCR 1244)").toUtf8();
            insert.bindUtf8(1, utf8);
            insert.bindBlob(2, QByteArray::number(2008));
        }
        QVERIFY2(insert.run(), qPrintable(insert.error()));
        QCOMPARE(rows(), QStringList{QStringLiteral("Kosovo (UNSCR 1244)|32303038")});
    }

    void shouldCopyBytesItDoesNotOwn()
    {
        // Bytes lent with fromRawData belong to someone who may overwrite them.
        char lent[] = "Samoa";
        SqliteStatement insert(handle(), "INSERT INTO t(a, b) VALUES(?, ?)");
        insert.bindUtf8(1, QByteArray::fromRawData(lent, 5));
        insert.bindBlob(2, QByteArray::fromRawData(lent, 5));
        lent[0] = 'X';
        QVERIFY2(insert.run(), qPrintable(insert.error()));
        QCOMPARE(rows(), QStringList{QStringLiteral("Samoa|53616D6F61")});
    }

    void shouldKeepAValueBoundFromRowToRow()
    {
        // The importer binds a record's section once for all its activities.
        SqliteStatement insert(handle(), "INSERT INTO t(a, b) VALUES(?, ?)");
        insert.bind(1, QStringLiteral("Inter-Agency Mechanisms and Activities"));
        for (const char *blob : {"a", "b"}) {
            insert.bindBlob(2, QByteArray(blob));
            QVERIFY2(insert.run(), qPrintable(insert.error()));
        }
        QCOMPARE(rows(),
            (QStringList{QStringLiteral("Inter-Agency Mechanisms and Activities|61"),
                QStringLiteral("Inter-Agency Mechanisms and Activities|62")}));
    }

    void shouldBindANullStringAsEmptyText()
    {
        SqliteStatement insert(handle(), "INSERT INTO t(a, b) VALUES(?, ?)");
        insert.bind(1, QString());
        insert.bindBlob(2, QByteArray());
        QVERIFY2(insert.run(), qPrintable(insert.error()));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT typeof(a), a = '', typeof(b) FROM t")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("text"));
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toString(), QStringLiteral("blob"));
    }

    void shouldReadTextBackAsItWasWritten()
    {
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("INSERT INTO t(a) VALUES('Côte d''Ivoire – مصر'), (''), (NULL)")));
        SqliteStatement select(handle(), "SELECT a FROM t ORDER BY rowid");
        QVERIFY(select.next());
        QCOMPARE(select.text(0), QStringLiteral("Côte d'Ivoire – مصر"));
        QVERIFY(select.next());
        QVERIFY(select.text(0).isEmpty());
        QVERIFY(select.next());
        QVERIFY(select.text(0).isNull());
        QVERIFY(!select.next());
        QVERIFY(!select.failed());
    }

    void shouldIgnoreAParameterThatIsNotThere()
    {
        SqliteStatement insert(handle(), "INSERT INTO t(a, b) VALUES(?, ?)");
        insert.bind(1, QStringLiteral("Chad"));
        insert.bindUtf8(3, QByteArray("nowhere"));
        insert.bindBlob(0, QByteArray("nowhere"));
        QVERIFY2(insert.run(), qPrintable(insert.error()));
        QCOMPARE(rows(), QStringList{QStringLiteral("Chad|")});
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
