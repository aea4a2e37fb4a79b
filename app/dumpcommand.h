#pragma once

#include <QStringList>

class QTextStream;

namespace evaw {

/// `evaw-explorer dump [--format json|tsv] [--database PATH] [FILE...]`: imports the files
/// (the bundled corpus when none is named) and prints every activity of the store.
/// Without --database the store is a private in-memory one, so the output is exactly the
/// files named. Needs no display.
class DumpCommand
{
public:
    /// Runs with @p arguments (program name and "dump" first); returns the exit code:
    /// 0 on success, 1 when a file or the store failed, 2 on a usage error.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace evaw
