#include "store/filechecksum.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace evaw;

class TestFileChecksum : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return file.fileName();
    }

private Q_SLOTS:
    void shouldGiveTheStandardDigest_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("digest");
        // The test vectors of FIPS 180-2.
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QStringLiteral(
                                           "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void shouldGiveTheStandardDigest()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, digest);
        QCOMPARE(FileChecksum::sha256(write(QStringLiteral("vector.txt"), bytes)), digest);
    }

    void shouldDigestAFileReadInSeveralChunks()
    {
        // Three and a half of the 1 MiB chunks it is read in, with no two chunks alike.
        QByteArray bytes;
        for (int i = 0; bytes.size() < 3 * (1 << 20) + (1 << 19); ++i)
            bytes += QByteArray::number(i) + ' ';
        const QString path = write(QStringLiteral("large.txt"), bytes);
        QCOMPARE(FileChecksum::sha256(path),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void shouldDigestTheCorpusCompiledIn()
    {
        QFile seed(QStringLiteral(EVAW_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QCOMPARE(FileChecksum::sha256(QStringLiteral(":/seeds/000_bd1bf16eedc4ea7f.txt")),
            QString::fromLatin1(QCryptographicHash::hash(seed.readAll(), QCryptographicHash::Sha256).toHex()));
    }

    void shouldGiveNothingForAFileThatCannotBeRead()
    {
        QCOMPARE(FileChecksum::sha256(m_dir.filePath(QStringLiteral("missing.txt"))), QString());
        QCOMPARE(FileChecksum::sha256(m_dir.path()), QString()); // a folder
    }
};

QTEST_GUILESS_MAIN(TestFileChecksum)
#include "tst_filechecksum.moc"
