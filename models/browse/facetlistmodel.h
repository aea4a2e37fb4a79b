#pragma once

#include "extract/entity.h"

#include <QAbstractListModel>
#include <QSet>

namespace evaw {

class ExplorerState;

/// A flat, checkable facet — the inventory's measure categories, its reporting periods,
/// or the forms of violence or programmes the activities name — with faceted counts.
/// Checking emits checkedChanged with the new set.
///
/// Measures are listed in the inventory's own order, periods in the order of time (the
/// earliest start first), forms of violence in the gazetteer's order, programmes by name;
/// what no order knows comes last, as the corpus gives it. A form of violence or a
/// programme is known by its entity key.
class FacetListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetListModel)

public:
    enum class Facet { Measures, Periods, Themes, Programmes };

    FacetListModel(const ExplorerState &state, Facet facet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged(const QSet<QString> &values);

private:
    void reorder();
    const QString &value(int row) const;
    QString shownName(int row) const;
    void collectEntities(EntityKind kind);
    QString shownEntityName(int value) const;
    const QStringList &values() const;
    const QSet<QString> &checked() const;
    int count(int row) const;

    const ExplorerState &m_state;
    Facet m_facet;
    QList<int> m_order; ///< the index's value shown at each row
    QStringList m_entityKeys; ///< the forms of violence or programmes the index holds
    QList<int> m_entityIndices; ///< their entity indices
};

} // namespace evaw
