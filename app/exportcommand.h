#pragma once

#include <QCoreApplication>

#include <QStringList>

class QTextStream;

namespace evaw {

/// `evaw-explorer export chart|table|briefing [filters] [--format F] [--size WxH] [--dpi N]
/// [--title TEXT] [--database PATH] [FILE...] -o FILE`: writes, with no window, what the
/// window would export for the same filters. Exit 0 on success, 1 on a failed write or
/// input, 2 on a usage error (unknown agency or country names list the close matches).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(evaw::ExportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Names among @p candidates close to @p wanted: containing it, a few edits away, or
    /// sharing most of its beginning.
    static QStringList closeMatches(const QString &wanted, const QStringList &candidates);
};

} // namespace evaw
