#include "countrytreemodel.h"

#include "explorerstate.h"
#include "roles.h"

#include <QCollator>

#include <functional>

#include <algorithm>

namespace evaw {

struct CountryTreeModel::Node {
    enum class Kind { Root, Region, Country, Place, NoCountry };
    Kind kind = Kind::Root;
    QString code; ///< region code, ISO country code, place code (or key)
    QString name;
    int entity = -1; ///< index in the ActivityIndex, for countries and places
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind childKind, const QString &childCode, const QString &childName, int childEntity)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->code = childCode;
        child->name = childName;
        child->entity = childEntity;
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

CountryTreeModel::CountryTreeModel(const ExplorerState &state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_state(state)
    , m_root(std::make_unique<Node>())
{
    connect(&m_state, &ExplorerState::aboutToReload, this, [this] { beginResetModel(); });
    connect(&m_state, &ExplorerState::reloaded, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&m_state, &ExplorerState::resultChanged, this, &CountryTreeModel::refreshCounts);
    rebuild();
}

CountryTreeModel::~CountryTreeModel() = default;

void CountryTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    const ActivityIndex &index = m_state.index();
    QSet<int> countries;
    QSet<int> places;
    for (int row = 0; row < index.size(); ++row) {
        for (const int c : index.at(row).countries)
            countries.insert(c);
        for (const int p : index.at(row).places)
            places.insert(p);
    }
    QHash<QString, Node *> regions;
    QHash<QString, Node *> countryNodes;
    for (const int c : std::as_const(countries)) {
        const EntityRef &ref = index.entities()[c];
        const QString regionCode = m_state.regionOf(ref.code);
        Node *&region = regions[regionCode];
        if (!region)
            region = m_root->add(Node::Kind::Region, regionCode,
                regionCode.isEmpty() ? tr("Other") : m_state.regionName(regionCode), -1);
        countryNodes.insert(ref.code, region->add(Node::Kind::Country, ref.code, ref.name, c));
    }
    for (const int p : std::as_const(places)) {
        const EntityRef &ref = index.entities()[p];
        if (Node *country = countryNodes.value(ref.country))
            country->add(Node::Kind::Place, ref.code.isEmpty() ? ref.key : ref.code, ref.name, p);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::function<void(Node *)> sortChildren = [&](Node *node) {
        std::sort(node->children.begin(), node->children.end(),
            [&](const auto &a, const auto &b) { return collator.compare(a->name, b->name) < 0; });
        for (auto &child : node->children)
            sortChildren(child.get());
    };
    sortChildren(m_root.get());
    m_root->add(Node::Kind::NoCountry, QString(), tr("No country stated"), -1);
}

void CountryTreeModel::refreshCounts()
{
    emitCountsChanged(m_root.get());
}

// One ranged dataChanged per parent: counts and check states change together.
void CountryTreeModel::emitCountsChanged(const Node *node)
{
    if (node->children.empty())
        return;
    const QModelIndex parentIndex = node == m_root.get() ? QModelIndex() : indexOfNode(node, 0);
    Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(node->children.size()) - 1, ColumnCount - 1, parentIndex),
        {Qt::DisplayRole, Qt::CheckStateRole, CountRole});
    for (const auto &child : node->children)
        emitCountsChanged(child.get());
}

CountryTreeModel::Node *CountryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CountryTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex CountryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children[std::size_t(row)].get());
}

QModelIndex CountryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent, 0);
}

int CountryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CountryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int CountryTreeModel::count(const Node *node) const
{
    const FacetResult &result = m_state.result();
    switch (node->kind) {
    case Node::Kind::Region:
        return result.regionCounts.value(node->code);
    case Node::Kind::Country:
        return result.countryCounts.value(node->entity);
    case Node::Kind::Place:
        return result.placeCounts.value(node->entity);
    case Node::Kind::NoCountry:
        return result.noCountryCount;
    case Node::Kind::Root:
        break;
    }
    return 0;
}

Qt::CheckState CountryTreeModel::checkState(const Node *node) const
{
    const Filter &filter = m_state.filter();
    switch (node->kind) {
    case Node::Kind::Country: {
        if (filter.countries().contains(node->code))
            return Qt::Checked;
        const bool somePlace = std::any_of(node->children.cbegin(), node->children.cend(),
            [&](const auto &place) { return filter.places().contains(place->code); });
        return somePlace ? Qt::PartiallyChecked : Qt::Unchecked;
    }
    case Node::Kind::Place:
        return filter.places().contains(node->code) ? Qt::Checked : Qt::Unchecked;
    case Node::Kind::NoCountry:
        return filter.countries().contains(QString()) ? Qt::Checked : Qt::Unchecked;
    case Node::Kind::Region: {
        int checked = 0;
        bool partial = false;
        for (const auto &country : node->children) {
            const Qt::CheckState state = checkState(country.get());
            checked += state == Qt::Checked ? 1 : 0;
            partial = partial || state == Qt::PartiallyChecked;
        }
        if (checked == int(node->children.size()) && checked > 0)
            return Qt::Checked;
        return (checked > 0 || partial) ? Qt::PartiallyChecked : Qt::Unchecked;
    }
    case Node::Kind::Root:
        break;
    }
    return Qt::Unchecked;
}

QVariant CountryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(node->name) : QVariant(count(node));
    case Qt::CheckStateRole:
        return index.column() == Name ? QVariant(checkState(node)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1: %n activities under the other filters", nullptr, count(node)).arg(node->name);
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CountRole:
        return count(node);
    case KeyRole:
        return node->code;
    case SortRole:
        return index.column() == Count ? QVariant(count(node)) : QVariant(node->name);
    case KindRole:
        switch (node->kind) {
        case Node::Kind::Region:
            return QStringLiteral("region");
        case Node::Kind::Country:
            return QStringLiteral("country");
        case Node::Kind::Place:
            return QStringLiteral("place");
        case Node::Kind::NoCountry:
            return QStringLiteral("none");
        case Node::Kind::Root:
            break;
        }
        return {};
    default:
        return {};
    }
}

bool CountryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Name || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Node *node = nodeOf(index);
    const bool check = value.value<Qt::CheckState>() != Qt::Unchecked;
    QSet<QString> countries = m_state.filter().countries();
    QSet<QString> places = m_state.filter().places();
    auto toggle = [check](QSet<QString> &set, const QString &code) {
        if (check)
            set.insert(code);
        else
            set.remove(code);
    };
    switch (node->kind) {
    case Node::Kind::Region:
        for (const auto &country : node->children) {
            toggle(countries, country->code);
            for (const auto &place : country->children)
                places.remove(place->code);
        }
        break;
    case Node::Kind::Country:
        toggle(countries, node->code);
        for (const auto &place : node->children)
            places.remove(place->code);
        break;
    case Node::Kind::Place:
        toggle(places, node->code);
        break;
    case Node::Kind::NoCountry:
        toggle(countries, QString());
        break;
    case Node::Kind::Root:
        return false;
    }
    Q_EMIT checkedChanged(countries, places);
    return true;
}

Qt::ItemFlags CountryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CountryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Region, country, place") : tr("Activities");
}

QModelIndex CountryTreeModel::indexOfCode(const QString &code) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        for (const auto &child : node->children) {
            if (child->kind != Node::Kind::Region && child->code == code)
                return child.get();
            if (const Node *found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexOfNode(find(m_root.get()), 0);
}

} // namespace evaw
