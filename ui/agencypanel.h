#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QTreeView;

namespace evaw {

class TreeFilterProxy;

/// Agencies sorted by count then name, with a filter box and the two switches that turn
/// it into the inter-agency question: ANY or ALL of the checked, "mentioned" or "reported by".
class AgencyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgencyPanel)

public:
    explicit AgencyPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *roleBox() const { return m_role; }
    void setMode(int mode);
    void setRole(int role);

Q_SIGNALS:
    void modeChanged(int mode); ///< 0: any of the checked, 1: all of them
    void roleChanged(int role); ///< 0: mentioned, 1: reported by

private:
    QLineEdit *m_filter;
    QComboBox *m_mode;
    QComboBox *m_role;
    QTreeView *m_view;
    TreeFilterProxy *m_proxy;
};

} // namespace evaw
