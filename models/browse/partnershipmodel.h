#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace evaw {

class ExplorerState;

/// Who works with whom: every pair of UN system agencies that the activities the filter
/// leaves name together, with how many activities name both, the most frequent pair first.
///
/// An activity that names three agencies counts for each of its three pairs. Partners
/// outside the UN (governments, donors) count only when asked for, and only paired with a
/// UN agency, which then comes first: the question is how the UN system's entities work,
/// together and with others. PairKeysRole gives the two entity keys, to filter on; the count
/// is what the agency filter shows for "all of" the two, mentioned.
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
    bool includesPartners() const { return m_withPartners; }
    void setIncludesPartners(bool include);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Role : char { None, Agency, Partner };

    struct Pair {
        int first; ///< entity index: the agency, or of two agencies the name that sorts first
        int second;
        int count;
    };

    void rebuild();
    void recount();
    void findCounted();
    QString name(int entity) const;
    Role roleOf(int entity) const { return m_roles[std::size_t(entity)]; }

    const ExplorerState &m_state;
    std::vector<Role> m_roles; ///< by entity index: a partner's is None unless partners are asked for
    std::vector<Pair> m_pairs;
    bool m_active = false;
    bool m_withPartners = false;
};

} // namespace evaw
