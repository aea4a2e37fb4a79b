#pragma once

#include <QByteArray>
#include <QFile>

namespace evaw::bench {

/// The process's peak resident memory in KiB (Linux's VmHWM), or -1 where unknown.
inline qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace evaw::bench
