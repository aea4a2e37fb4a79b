#include "columnchooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace evaw {

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &menuTitle)
    : QObject(header)
    , m_header(header)
    , m_menu(new QMenu(menuTitle, header))
{
    for (int column = 0; column < header->count(); ++column) {
        const QString name = header->model()->headerData(column, header->orientation()).toString();
        QAction *action = m_menu->addAction(name);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            sync();
        });
        m_actions.append(action);
    }
    header->addActions(m_actions);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    sync();
}

void ColumnChooser::sync()
{
    int shown = 0;
    for (int column = 0; column < m_actions.size(); ++column)
        shown += m_header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m_actions.size(); ++column) {
        QAction *action = m_actions[column];
        const bool visible = !m_header->isSectionHidden(column);
        const QSignalBlocker quiet(action);
        action->setChecked(visible);
        action->setEnabled(!visible || shown > 1);
    }
}

} // namespace evaw
