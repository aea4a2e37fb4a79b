#pragma once

#include "chartexporter.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace evaw {

/// Asks how to export the chart: format, size preset (slide, A4 landscape, custom),
/// pixels, resolution and title. The subtitle and source line come from the filter.
class ChartExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExportDialog)

public:
    explicit ChartExportDialog(const QString &title, QWidget *parent = nullptr);

    ChartExportOptions options() const;
    QString suffix() const;

private:
    void applyPreset(int preset);

    QComboBox *m_format;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLineEdit *m_title;
};

} // namespace evaw
