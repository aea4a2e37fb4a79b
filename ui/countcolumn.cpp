#include "countcolumn.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

#include <algorithm>

namespace evaw {

void fitCountColumn(QTreeView *view, int largestCount)
{
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const int digits = view->fontMetrics().horizontalAdvance(view->locale().toString(largestCount)) + 2 * margin;
    view->header()->resizeSection(1, std::max(digits, view->header()->sectionSizeHint(1)));
}

} // namespace evaw
