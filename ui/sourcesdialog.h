#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace evaw {

class SourceListModel;
struct StoredSource;

/// Lists the files the store holds and offers to take one out. The dialog asks the user
/// to confirm, then says so by removeRequested(); the window does the work and hands the
/// list back (setSources()). While the store is busy (an import or a removal running),
/// nothing can be removed.
class SourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesDialog)

public:
    explicit SourcesDialog(QWidget *parent = nullptr);

    void setSources(const QList<StoredSource> &sources);
    void setBusy(bool busy);

    QTableView *view() const { return m_view; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void removeRequested(qint64 sourceId, const QString &name);

private:
    void confirmRemoval();
    void updateButtons();

    SourceListModel *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
    bool m_busy = false;
};

} // namespace evaw
