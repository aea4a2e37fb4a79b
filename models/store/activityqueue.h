#pragma once

#include "corpus/activitysink.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <vector>

namespace evaw {

/// Hands what the parser finds on its thread to the thread that stores it, a batch at a
/// time. Parsing and SQLite then run on two cores at once, and at most a few batches wait
/// between them, so memory does not grow with the file.
class ActivityQueue final : public ActivitySink
{
public:
    /// An activity, or another place where activity @p occurrenceOf stands.
    struct Item {
        qint64 occurrenceOf = 0; ///< 0 for a new activity
        Activity activity;
        Occurrence occurrence;
    };

    // The parser's side.
    bool addActivity(Activity &&activity) override;
    bool addOccurrence(qint64 id, const Occurrence &occurrence) override;
    /// Nothing more will come.
    void finish();

    // The storing side.
    /// Waits for the next batch; false once everything has been taken and nothing more will come.
    bool take(std::vector<Item> *batch);
    /// Returns a written batch, so that its activities are freed on the parser's thread,
    /// which allocated them: freeing there costs a thread-local cache, not a shared lock.
    void giveBack(std::vector<Item> &&batch);
    /// Refuses whatever comes next (a write failed): the parser stops at its next item.
    void stop();

private:
    bool push(Item &&item);

    // Few activities in flight: the parser's thread allocates them and frees them once
    // written, and with thousands between the two, their memory had left the core's cache
    // by then. In a simulated 512 KiB cache, parsing 3 MB missed 1.6 M times with batches
    // of 256, eight waiting, and 1.1 M with 32, two waiting.
    static constexpr std::size_t kBatchSize = 32;
    static constexpr std::size_t kMostWaitingBatches = 2;

    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<std::vector<Item>> m_waiting;
    std::vector<std::vector<Item>> m_written; ///< given back, for the parser's thread to free
    std::vector<Item> m_filling; ///< only the parser's thread touches it
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace evaw
