#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace evaw {

class ExplorerState;

/// Who works with whom: every pair of UN system agencies that the activities the filter
/// leaves name together, with how many activities name both, the most frequent pair first.
///
/// An activity that names three agencies counts for each of its three pairs. Partners
/// outside the UN (governments, donors) are left out: the question is how the UN system's
/// entities work together. PairKeysRole gives the two entity keys, to filter on.
///
/// Counting pairs costs a pass over every listed activity at each filter change: the model
/// counts only while it is active (shown), and holds no rows otherwise.
class PartnershipModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnershipModel)

public:
    enum Column { Agency = 0, Partner, Activities, ColumnCount };

    explicit PartnershipModel(const ExplorerState &state, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Pair {
        int first; ///< entity index, the name that sorts first
        int second;
        int count;
    };

    void recount();
    void findAgencies();
    QString name(int entity) const;

    const ExplorerState &m_state;
    std::vector<bool> m_isAgency; ///< by entity index
    std::vector<Pair> m_pairs;
    bool m_active = false;
};

} // namespace evaw
