#pragma once

#include <QObject>

class QAction;
class QHeaderView;
class QMenu;

namespace evaw {

/// Lets the user choose which columns of a table show: one checkable action per column,
/// in the header's context menu and in a menu for the window's menu bar. The last column
/// shown cannot be hidden, so that the table never goes blank.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    /// Takes its column names from @p header's model, as they are now.
    ColumnChooser(QHeaderView *header, const QString &menuTitle);

    QMenu *menu() const { return m_menu; }
    /// Checks the actions as the header shows its columns (after its state was restored).
    void sync();

private:
    QHeaderView *m_header;
    QMenu *m_menu;
    QList<QAction *> m_actions;
};

} // namespace evaw
