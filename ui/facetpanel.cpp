#include "facetpanel.h"

#include "plaintooltipdelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace evaw {

FacetPanel::FacetPanel(QAbstractItemModel *measures, QAbstractItemModel *periods, QWidget *parent)
    : QWidget(parent)
    , m_measures(new QListView(this))
    , m_periods(new QListView(this))
{
    m_measures->setModel(measures);
    m_measures->setAccessibleName(tr("Measures"));
    m_measures->setToolTip(tr("The inventory's measure categories; check one to show its activities"));
    m_periods->setModel(periods);
    m_periods->setAccessibleName(tr("Reporting periods"));
    m_periods->setToolTip(tr("Reporting periods the corpus states; check one to show its activities"));
    for (QListView *view : {m_measures, m_periods}) {
        view->setItemDelegate(new PlainToolTipDelegate(view));
        view->setUniformItemSizes(true);
        view->setWordWrap(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *measureLabel = new QLabel(tr("&Measure"), this);
    measureLabel->setBuddy(m_measures);
    auto *periodLabel = new QLabel(tr("Reporting &period"), this);
    periodLabel->setBuddy(m_periods);
    layout->addWidget(measureLabel);
    layout->addWidget(m_measures, 2);
    layout->addWidget(periodLabel);
    layout->addWidget(m_periods, 1);
}

} // namespace evaw
