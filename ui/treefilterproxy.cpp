#include "treefilterproxy.h"

#include "roles.h"

namespace evaw {

TreeFilterProxy::TreeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void TreeFilterProxy::setHideZeroCounts(bool hide)
{
    if (hide == m_hideZero)
        return;
    m_hideZero = hide;
    invalidateFilter();
}

bool TreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideZero) {
        const QVariant count = index.data(CountRole);
        if (count.isValid() && count.toInt() == 0)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace evaw
