#include "facetpanel.h"

#include "plaintooltipdelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace evaw {

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(4, 4, 4, 4);
}

QListView *FacetPanel::addList(
    QAbstractItemModel *model, const QString &label, const QString &name, const QString &toolTip, int stretch)
{
    auto *view = new QListView(this);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setToolTip(toolTip);
    view->setItemDelegate(new PlainToolTipDelegate(view));
    view->setUniformItemSizes(true);
    view->setWordWrap(false);
    auto *title = new QLabel(label, this);
    title->setBuddy(view);
    m_layout->addWidget(title);
    m_layout->addWidget(view, stretch);
    return view;
}

} // namespace evaw
