#include "activityqueue.h"

namespace evaw {

bool ActivityQueue::addActivity(Activity &&activity)
{
    return push(Item{0, std::move(activity), Occurrence{}});
}

bool ActivityQueue::addOccurrence(qint64 id, const Occurrence &occurrence)
{
    return push(Item{id, Activity{}, occurrence});
}

bool ActivityQueue::push(Item &&item)
{
    m_filling.push_back(std::move(item));
    if (m_filling.size() < kBatchSize)
        return true;
    std::vector<std::vector<Item>> written;
    {
        QMutexLocker locker(&m_mutex);
        while (!m_stopped && m_waiting.size() >= kMostWaitingBatches)
            m_changed.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_waiting.push_back(std::move(m_filling));
        m_changed.wakeAll();
        written.swap(m_written);
    }
    // Freed here, outside the lock; an emptied batch is filled again, its capacity kept.
    m_filling = {};
    for (std::vector<Item> &batch : written) {
        batch.clear();
        if (m_filling.capacity() == 0)
            m_filling.swap(batch);
    }
    return true;
}

void ActivityQueue::finish()
{
    QMutexLocker locker(&m_mutex);
    if (!m_filling.empty() && !m_stopped)
        m_waiting.push_back(std::move(m_filling));
    m_filling = {};
    m_finished = true;
    m_changed.wakeAll();
}

bool ActivityQueue::take(std::vector<Item> *batch)
{
    QMutexLocker locker(&m_mutex);
    while (m_waiting.empty() && !m_finished)
        m_changed.wait(&m_mutex);
    if (m_waiting.empty())
        return false;
    *batch = std::move(m_waiting.front());
    m_waiting.pop_front();
    m_changed.wakeAll();
    return true;
}

void ActivityQueue::giveBack(std::vector<Item> &&batch)
{
    QMutexLocker locker(&m_mutex);
    if (!m_finished && !m_stopped)
        m_written.push_back(std::move(batch));
    batch = {}; // otherwise this thread frees it, as it would have anyway
}

void ActivityQueue::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopped = true;
    m_waiting.clear();
    m_changed.wakeAll();
}

} // namespace evaw
