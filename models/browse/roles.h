#pragma once

#include <Qt>

namespace evaw {

/// The vocabulary views read from the explorer's models, instead of casting to them.
enum ItemRole {
    CountRole = Qt::UserRole + 1, ///< int: activities under the current filter (faceted)
    KeyRole, ///< QString: the entity key, measure or period the item stands for
    KindRole, ///< QString: "region", "country", "place", "group", "agency", "partner"...
    SortRole, ///< raw value to sort on
    ActivityIdRole, ///< qint64: the activity of a list row
    ColourRole, ///< QColor: the agency's colour, the same in every view
    FullTextRole, ///< QString: an activity's whole text
    SourceIdRole, ///< qint64: the stored file of a row of the file list
    PairKeysRole, ///< QStringList: the entity keys of the two agencies a row pairs
};

} // namespace evaw
