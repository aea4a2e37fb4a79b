#pragma once

#include <QWidget>

class QAbstractItemModel;
class QListView;

namespace evaw {

/// The inventory's measure categories and reporting periods, each a checkable list.
class FacetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetPanel)

public:
    FacetPanel(QAbstractItemModel *measures, QAbstractItemModel *periods, QWidget *parent = nullptr);

    QListView *measureView() const { return m_measures; }
    QListView *periodView() const { return m_periods; }

private:
    QListView *m_measures;
    QListView *m_periods;
};

} // namespace evaw
