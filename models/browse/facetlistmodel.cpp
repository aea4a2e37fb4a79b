#include "facetlistmodel.h"

#include "corpus/reportingperiod.h"
#include "explorerstate.h"
#include "extract/gazetteer.h"
#include "roles.h"

#include <algorithm>
#include <numeric>

namespace evaw {

FacetListModel::FacetListModel(const ExplorerState &state, Facet facet, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
    , m_facet(facet)
{
    reorder();
    connect(&m_state, &ExplorerState::aboutToReload, this, [this] { beginResetModel(); });
    connect(&m_state, &ExplorerState::reloaded, this, [this] {
        reorder();
        endResetModel();
    });
    connect(&m_state, &ExplorerState::resultChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::CheckStateRole, CountRole});
    });
}

void FacetListModel::reorder()
{
    const QStringList &all = values();
    m_order.resize(all.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_facet == Facet::Periods) {
        QList<ReportingPeriod> periods;
        periods.reserve(all.size());
        for (const QString &period : all)
            periods.append(ReportingPeriod::read(period));
        std::stable_sort(
            m_order.begin(), m_order.end(), [&](int a, int b) { return periods[a].runsBefore(periods[b]); });
        return;
    }
    const QList<Measure> &measures = m_state.gazetteer().measures();
    auto rank = [&](int value) {
        const auto it
            = std::find_if(measures.cbegin(), measures.cend(), [&](const Measure &m) { return m.name == all[value]; });
        return it - measures.cbegin();
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return rank(a) < rank(b); });
}

const QString &FacetListModel::value(int row) const
{
    return values().at(m_order.at(row));
}

// A measure in the reader's language; a period as its header wrote it.
QString FacetListModel::shownName(const QString &value) const
{
    return m_facet == Facet::Measures ? m_state.localizer().measureName(value) : value;
}

const QStringList &FacetListModel::values() const
{
    return m_facet == Facet::Measures ? m_state.index().measures() : m_state.index().periods();
}

const QSet<QString> &FacetListModel::checked() const
{
    return m_facet == Facet::Measures ? m_state.filter().measures() : m_state.filter().periods();
}

int FacetListModel::count(int row) const
{
    const QList<int> &counts
        = m_facet == Facet::Measures ? m_state.result().measureCounts : m_state.result().periodCounts;
    return counts.value(m_order.at(row));
}

int FacetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant FacetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &value = this->value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(shownName(value)).arg(count(index.row()));
    case Qt::ToolTipRole:
        return shownName(value);
    case Qt::CheckStateRole:
        return checked().contains(value) ? Qt::Checked : Qt::Unchecked;
    case CountRole:
    case SortRole:
        return count(index.row());
    case KeyRole:
        return value;
    default:
        return {};
    }
}

bool FacetListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QSet<QString> set = checked();
    const QString &item = this->value(index.row());
    if (value.value<Qt::CheckState>() == Qt::Checked)
        set.insert(item);
    else
        set.remove(item);
    Q_EMIT checkedChanged(set);
    return true;
}

Qt::ItemFlags FacetListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace evaw
