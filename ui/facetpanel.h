#pragma once

#include <QWidget>

class QAbstractItemModel;
class QListView;
class QVBoxLayout;

namespace evaw {

/// Checkable lists one above the other, each under its label: the inventory's measure
/// categories and reporting periods on one tab, the forms of violence and programmes the
/// activities name on another.
class FacetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetPanel)

public:
    explicit FacetPanel(QWidget *parent = nullptr);

    /// Adds a list of @p model under @p label (with its mnemonic), taking @p stretch shares
    /// of the height; @p name is what accessibility tools call it.
    QListView *addList(
        QAbstractItemModel *model, const QString &label, const QString &name, const QString &toolTip, int stretch);

private:
    QVBoxLayout *m_layout;
};

} // namespace evaw
