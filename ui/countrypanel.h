#pragma once

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTreeView;

namespace evaw {

class TreeFilterProxy;

/// The country tree with its filter box, the region scheme switch and "hide zero counts".
class CountryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryPanel)

public:
    explicit CountryPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *hideZeroBox() const { return m_hideZero; }
    QComboBox *schemeBox() const { return m_scheme; }
    void setScheme(int scheme);

Q_SIGNALS:
    void schemeChanged(int scheme); ///< 0: UN M49, 1: UN Women regions

private:
    QLineEdit *m_filter;
    QComboBox *m_scheme;
    QCheckBox *m_hideZero;
    QTreeView *m_view;
    TreeFilterProxy *m_proxy;
};

} // namespace evaw
