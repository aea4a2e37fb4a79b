#pragma once

class QTreeView;

namespace evaw {

/// Sizes column 1 of a facet tree (its counts) for the largest count it can show, once.
/// Sizing it to its contents would lay out every row on each filter change.
void fitCountColumn(QTreeView *view, int largestCount);

} // namespace evaw
