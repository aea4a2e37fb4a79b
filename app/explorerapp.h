#pragma once

#include <QStringList>

namespace evaw {

/// `evaw-explorer [--database PATH] [FILE...]`: opens the window on that store and imports
/// those files; an empty store with no file named gets the bundled corpus.
class ExplorerApp
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace evaw
