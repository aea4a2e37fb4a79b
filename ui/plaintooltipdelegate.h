#pragma once

#include <QStyledItemDelegate>

namespace evaw {

/// Shows an item's tool tip as plain text. Qt reads a tool tip that looks like HTML as
/// HTML; the tool tips of the activity list hold the corpus's paragraphs, and those of the
/// facets and file lists names the corpus or the user chose, which must show as written.
class PlainToolTipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainToolTipDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};

} // namespace evaw
