#include "countrypanel.h"

#include "roles.h"
#include "treefilterproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace evaw {

CountryPanel::CountryPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
    , m_hideZero(new QCheckBox(tr("Hide zero counts"), this))
    , m_view(new QTreeView(this))
    , m_proxy(new TreeFilterProxy(this))
{
    m_filter->setPlaceholderText(tr("Filter countries…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the country tree"));
    m_filter->setToolTip(tr("Type to show only regions, countries and places whose name contains the text"));
    m_scheme->addItem(tr("UN M49 regions"));
    m_scheme->addItem(tr("UN Women regions"));
    m_scheme->setAccessibleName(tr("Region scheme"));
    m_scheme->setToolTip(tr("Group countries by the UN's M49 regions or by UN Women's regional offices"));
    m_hideZero->setAccessibleName(tr("Hide zero counts"));
    m_hideZero->setToolTip(tr("Hide places with no activity under the other filters"));

    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Countries"));
    m_view->setToolTip(tr("Check regions, countries or places to show their activities"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    auto *options = new QHBoxLayout;
    options->addWidget(m_scheme, 1);
    options->addWidget(m_hideZero);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_hideZero, &QCheckBox::toggled, m_proxy, &TreeFilterProxy::setHideZeroCounts);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &CountryPanel::schemeChanged);
}

void CountryPanel::setScheme(int scheme)
{
    m_scheme->setCurrentIndex(scheme);
}

} // namespace evaw
