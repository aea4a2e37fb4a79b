#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace evaw {

class ExplorerState;

/// Who works with whom: every pair of UN system agencies that the activities the filter
/// leaves name together, with how many activities name both, the most frequent pair first,
/// since when (the earliest year one of them states) and where (the countries they name).
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
    enum Column { Agency = 0, Partner, Activities, Since, Countries, ColumnCount };

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
        int since; ///< the earliest year an activity naming both states; 0 when none states one
        /// (country's entity index, activities naming it), the most often named first
        std::vector<std::pair<int, int>> countries;
    };
    /// A pair while the activities are counted.
    struct Tally {
        int count = 0;
        int since = 0;
        std::vector<int> byCountry; ///< activities by country slot; empty until one names a country
    };

    void rebuild();
    void recount();
    void numberCountries();
    Pair pairOf(quint64 key, const Tally &tally) const;
    QString countryNames(const Pair &pair) const;
    QString countryTally(const Pair &pair) const;
    QVariant display(const Pair &pair, int column) const;
    void findCounted();
    QString name(int entity) const;
    Role roleOf(int entity) const { return m_roles[std::size_t(entity)]; }

    const ExplorerState &m_state;
    std::vector<Role> m_roles; ///< by entity index: a partner's is None unless partners are asked for
    /// Countries numbered in the order of their names, so a pair's come sorted by name with
    /// no comparison of names per pair: slot by entity index (-1 for no country), and back.
    std::vector<int> m_countrySlot;
    std::vector<int> m_slotCountry;
    std::vector<Pair> m_pairs;
    bool m_active = false;
    bool m_withPartners = false;
};

} // namespace evaw
