#include "agencypanel.h"

#include "roles.h"
#include "treefilterproxy.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace evaw {

AgencyPanel::AgencyPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_proxy(new TreeFilterProxy(this))
{
    m_filter->setPlaceholderText(tr("Filter agencies…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the agency list"));
    m_filter->setToolTip(tr("Type to show only agencies whose name contains the text"));
    m_mode->addItem(tr("Any of the checked"));
    m_mode->addItem(tr("All of the checked"));
    m_mode->setAccessibleName(tr("Agency match"));
    m_mode->setToolTip(tr("Show activities naming any checked agency, or only those naming all of them together"));
    m_role->addItem(tr("Mentioned"));
    m_role->addItem(tr("Reported by"));
    m_role->setAccessibleName(tr("Agency role"));
    m_role->setToolTip(tr("Match agencies named in the text, or the entity that reported the entry"));

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->sort(1, Qt::DescendingOrder); // by count; ties keep the model's name order
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Agencies"));
    m_view->setToolTip(tr("Check agencies to show their activities"));
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_view->expandAll();
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    auto *options = new QHBoxLayout;
    options->addWidget(m_mode, 1);
    options->addWidget(m_role, 1);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TreeFilterProxy::setFilterFixedString);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AgencyPanel::modeChanged);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AgencyPanel::roleChanged);
}

void AgencyPanel::setMode(int mode)
{
    m_mode->setCurrentIndex(mode);
}

void AgencyPanel::setRole(int role)
{
    m_role->setCurrentIndex(role);
}

} // namespace evaw
