#pragma once

#include "corpus/activity.h"

#include <QJsonObject>
#include <QStringList>

namespace evaw {

/// The dump format of an activity: one JSON object, or one TSV row under tsvHeader().
namespace ActivitySerializer {

QJsonObject toJson(const Activity &activity);

QStringList tsvHeader();
/// Fields never contain tabs or line breaks (they become spaces); lists are joined by "; ".
QString toTsvRow(const Activity &activity);

} // namespace ActivitySerializer
} // namespace evaw
