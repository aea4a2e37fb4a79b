#pragma once

#include "activity.h"

namespace evaw {

/// Where the parser hands what it found: the store when importing, a list in tests.
class ActivitySink
{
public:
    virtual ~ActivitySink() = default;
    /// A new activity, with its id assigned, for the sink to keep: handing it over instead of
    /// copying it spares a count up and down on each of its strings and lists.
    /// Return false to stop parsing (a write failed).
    virtual bool addActivity(Activity &&activity) = 0;
    /// Another place where the text of activity @p id stands word for word.
    virtual bool addOccurrence(qint64 id, const Occurrence &occurrence) = 0;
};

} // namespace evaw
