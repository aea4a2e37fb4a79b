#pragma once

#include <QSortFilterProxyModel>

namespace evaw {

/// Type-to-filter over a tree (parents of a match stay, a matching parent keeps its
/// children) that can also hide items whose faceted count is zero.
class TreeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeFilterProxy)

public:
    explicit TreeFilterProxy(QObject *parent = nullptr);

    void setHideZeroCounts(bool hide);
    bool hidesZeroCounts() const { return m_hideZero; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideZero = false;
};

} // namespace evaw
