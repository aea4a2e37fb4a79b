#include "sourcesdialog.h"

#include "browse/sourcelistmodel.h"
#include "plaintooltipdelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace evaw {

SourcesDialog::SourcesDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new SourceListModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Imported files"));
    auto *explanation = new QLabel(tr("Taking a file out of the store removes the activities first read in it. "
                                      "An activity that another stored file repeats stays, with that file as "
                                      "its source. Import the file again to bring its activities back."),
        this);
    explanation->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SourceListModel::FileColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Imported files"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove from store…"), QDialogButtonBox::ActionRole);
    m_remove->setToolTip(tr("Take the selected file and the activities first read in it out of the store"));
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::confirmRemoval);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SourcesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 360);
    updateButtons();
}

void SourcesDialog::setSources(const QList<StoredSource> &sources)
{
    m_model->setSources(sources);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(SourceListModel::FileColumn, QHeaderView::Stretch);
    updateButtons();
}

void SourcesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SourcesDialog::updateButtons()
{
    m_remove->setEnabled(!m_busy && m_view->selectionModel()->hasSelection());
}

void SourcesDialog::confirmRemoval()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const StoredSource *source = rows.isEmpty() ? nullptr : m_model->source(rows.first().row());
    if (!source || m_busy)
        return;
    // A file's name is the user's text: shown as it is, never read as markup.
    QMessageBox box(QMessageBox::Question, tr("Remove from store"), tr("Take “%1” out of the store?").arg(source->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("%n activities were first read in it. Those that no other file repeats are removed.",
        nullptr, source->activities));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("confirmRemoval"));
    if (box.exec() == QMessageBox::Yes)
        Q_EMIT removeRequested(source->id, source->name);
}

} // namespace evaw
