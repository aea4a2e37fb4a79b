#pragma once

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

namespace evaw {

class ExplorerState;

/// Region -> country -> place, with each node's faceted count and a check box derived
/// from the filter (a region is partly checked when some of its countries are).
/// Checking emits checkedChanged with the new sets; the filter stays the only truth.
class CountryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryTreeModel)

public:
    enum Column { Name, Count, ColumnCount };

    explicit CountryTreeModel(const ExplorerState &state, QObject *parent = nullptr);
    ~CountryTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The index of the node for a country or place code, for views and tests.
    QModelIndex indexOfCode(const QString &code) const;

Q_SIGNALS:
    void checkedChanged(const QSet<QString> &countries, const QSet<QString> &places);

private:
    struct Node;
    void rebuild();
    void refreshCounts();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;
    Qt::CheckState checkState(const Node *node) const;
    int count(const Node *node) const;
    void emitCountsChanged(const Node *node);

    const ExplorerState &m_state;
    std::unique_ptr<Node> m_root;
};

} // namespace evaw
