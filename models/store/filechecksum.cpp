#include "filechecksum.h"

#include <QByteArray>
#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace evaw {

QString FileChecksum::sha256(const QString &path)
{
    QFile file(path); // also the corpus compiled in as a resource
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || !EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr))
        return QString();
    QByteArray chunk(1 << 16, Qt::Uninitialized); // reused memory: a MiB was mapped afresh
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return QString();
        if (read == 0)
            break;
        if (!EVP_DigestUpdate(context.get(), chunk.constData(), std::size_t(read)))
            return QString();
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_DigestFinal_ex(context.get(), digest, &length))
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace evaw
