#pragma once

#include "corpus/activity.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace evaw {

/// Reads whole activities back from the store: text, provenance, entities, mentions,
/// dates, duplicates and variants, in id order.
class ActivityReader
{
    Q_DECLARE_TR_FUNCTIONS(evaw::ActivityReader)

public:
    explicit ActivityReader(const QSqlDatabase &db);

    /// Calls @p onActivity for each stored activity, in id order; stop by returning false.
    /// Streams the tables side by side, so memory does not grow with the store.
    bool forEach(const std::function<bool(const Activity &)> &onActivity);

    std::optional<Activity> activity(qint64 id);
    qint64 count();

    QString error() const { return m_error; }

private:
    bool read(
        const QString &where, const QVariantList &bindings, const std::function<bool(const Activity &)> &onActivity);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace evaw
