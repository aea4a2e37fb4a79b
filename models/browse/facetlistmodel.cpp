#include "facetlistmodel.h"

#include "corpus/reportingperiod.h"
#include "explorerstate.h"
#include "extract/gazetteer.h"
#include "roles.h"

#include <algorithm>
#include <limits>
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
    if (m_facet == Facet::Themes || m_facet == Facet::Programmes)
        collectEntities(m_facet == Facet::Themes ? EntityKind::Theme : EntityKind::Programme);
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
    if (m_facet == Facet::Programmes) {
        // Many, and in no order of their own: by name.
        std::stable_sort(m_order.begin(), m_order.end(),
            [&](int a, int b) { return shownEntityName(a).localeAwareCompare(shownEntityName(b)) < 0; });
        return;
    }
    if (m_facet == Facet::Themes) {
        // The gazetteer lists them in its file's order; one it does not know goes last.
        auto rank = [&](int value) {
            const int known = m_state.gazetteer().indexOf(all[value]);
            return known >= 0 ? known : std::numeric_limits<int>::max();
        };
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return rank(a) < rank(b); });
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

void FacetListModel::collectEntities(EntityKind kind)
{
    m_entityKeys.clear();
    m_entityIndices.clear();
    const QList<EntityRef> &entities = m_state.index().entities();
    for (int i = 0; i < entities.size(); ++i) {
        if (entities[i].kind == kind) {
            m_entityKeys.append(entities[i].key);
            m_entityIndices.append(i);
        }
    }
}

QString FacetListModel::shownEntityName(int value) const
{
    return m_state.index().entities().at(m_entityIndices.at(value)).name;
}

const QString &FacetListModel::value(int row) const
{
    return values().at(m_order.at(row));
}

// A measure, a form of violence or a programme in the reader's language; a period as its
// header wrote it.
QString FacetListModel::shownName(int row) const
{
    switch (m_facet) {
    case Facet::Measures:
        return m_state.localizer().measureName(value(row));
    case Facet::Periods:
        break;
    case Facet::Themes:
    case Facet::Programmes:
        return shownEntityName(m_order.at(row));
    }
    return value(row);
}

const QStringList &FacetListModel::values() const
{
    switch (m_facet) {
    case Facet::Measures:
        return m_state.index().measures();
    case Facet::Periods:
        break;
    case Facet::Themes:
    case Facet::Programmes:
        return m_entityKeys;
    }
    return m_state.index().periods();
}

const QSet<QString> &FacetListModel::checked() const
{
    switch (m_facet) {
    case Facet::Measures:
        return m_state.filter().measures();
    case Facet::Periods:
        break;
    case Facet::Themes:
        return m_state.filter().themes();
    case Facet::Programmes:
        return m_state.filter().programmes();
    }
    return m_state.filter().periods();
}

int FacetListModel::count(int row) const
{
    const int at = m_order.at(row);
    switch (m_facet) {
    case Facet::Measures:
        return m_state.result().measureCounts.value(at);
    case Facet::Periods:
        break;
    case Facet::Themes:
        return m_state.result().themeCounts.value(m_entityIndices.at(at));
    case Facet::Programmes:
        return m_state.result().programmeCounts.value(m_entityIndices.at(at));
    }
    return m_state.result().periodCounts.value(at);
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
        return QStringLiteral("%1 (%2)").arg(shownName(index.row())).arg(count(index.row()));
    case Qt::ToolTipRole:
        return shownName(index.row());
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
