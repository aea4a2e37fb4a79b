#include "store/activityqueue.h"

#include <QTest>
#include <QThread>

#include <memory>

using namespace evaw;

// The queue between the parser's thread and the storing thread: everything arrives, in
// order, also while written batches go back to be refilled, and a storing side that gives
// up stops the parser.
class TestActivityQueue : public QObject
{
    Q_OBJECT

private:
    static Activity activity(qint64 id)
    {
        Activity a;
        a.id = id;
        a.text = QStringLiteral("Activity %1").arg(id);
        return a;
    }

private Q_SLOTS:
    void shouldDeliverEverythingInOrderAcrossBatches()
    {
        ActivityQueue queue;
        constexpr int kActivities = 3000; // a hundred batches, more than may wait at once
        std::unique_ptr<QThread> producer(QThread::create([&queue] {
            for (int id = 1; id <= kActivities; ++id) {
                queue.addActivity(activity(id));
                if (id % 10 == 0)
                    queue.addOccurrence(id, Occurrence{QStringLiteral("repeat.txt"), id});
            }
            queue.finish();
        }));
        producer->start();
        std::vector<ActivityQueue::Item> batch;
        qint64 lastId = 0;
        int activities = 0;
        int occurrences = 0;
        while (queue.take(&batch)) {
            for (const ActivityQueue::Item &item : batch) {
                if (item.occurrenceOf > 0) {
                    ++occurrences;
                    QCOMPARE(item.occurrenceOf, lastId);
                    QCOMPARE(item.occurrence.line, int(lastId));
                } else {
                    ++activities;
                    QCOMPARE(item.activity.id, lastId + 1);
                    QCOMPARE(item.activity.text, QStringLiteral("Activity %1").arg(item.activity.id));
                    lastId = item.activity.id;
                }
            }
            // As the importer does: the parser frees what was written, and refills the storage.
            queue.giveBack(std::move(batch));
            QVERIFY(batch.empty());
        }
        QVERIFY(producer->wait(10000));
        QCOMPARE(activities, kActivities);
        QCOMPARE(occurrences, kActivities / 10);
    }

    void shouldStopTheParserWhenStoringFails()
    {
        ActivityQueue queue;
        int accepted = 0;
        std::unique_ptr<QThread> producer(QThread::create([&queue, &accepted] {
            for (int id = 1; id <= 100000 && queue.addActivity(activity(id)); ++id)
                ++accepted;
            queue.finish();
        }));
        producer->start();
        std::vector<ActivityQueue::Item> batch;
        QVERIFY(queue.take(&batch));
        QVERIFY(!batch.empty());
        queue.stop();
        while (queue.take(&batch)) { }
        QVERIFY(producer->wait(10000));
        // It went on at most to the end of the batches that could wait, not to the end.
        QVERIFY2(accepted < 256 * 10, qPrintable(QString::number(accepted)));
    }

    void shouldEndAtOnceWhenNothingCame()
    {
        ActivityQueue queue;
        queue.finish();
        std::vector<ActivityQueue::Item> batch;
        QVERIFY(!queue.take(&batch));
    }
};

QTEST_GUILESS_MAIN(TestActivityQueue)
#include "tst_activityqueue.moc"
