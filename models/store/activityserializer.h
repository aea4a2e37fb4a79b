#pragma once

#include "corpus/activity.h"

#include <QByteArrayView>
#include <QStringList>

#include <functional>

namespace evaw {

/// The dump format of an activity: one JSON object, or one TSV row under tsvHeader().
namespace ActivitySerializer {

/// Writes the compact JSON object of @p activity through @p write, in pieces: its dates
/// and mentions one at a time, so that an activity of a hundred thousand dates (a line of
/// megabytes) is never held whole as JSON. The bytes are those QJsonDocument writes.
void writeJson(const Activity &activity, const std::function<void(QByteArrayView)> &write);

QStringList tsvHeader();
/// Fields never contain tabs or line breaks (they become spaces); lists are joined by "; ".
QString toTsvRow(const Activity &activity);

} // namespace ActivitySerializer
} // namespace evaw
