#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace evaw {

ChartExportDialog::ChartExportDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_title(new QLineEdit(title, this))
{
    setWindowTitle(tr("Export chart"));
    m_format->addItems({tr("PNG image"), tr("SVG vector drawing"), tr("PDF document")});
    m_format->setAccessibleName(tr("Format"));
    m_preset->addItems({tr("Slide, 16:9 (1920 \u00d7 1080)"), tr("A4 landscape, 300 DPI"), tr("Custom")});
    m_preset->setAccessibleName(tr("Size"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(320, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_dpi->setRange(36, 1200);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setAccessibleName(tr("Resolution"));
    m_title->setAccessibleName(tr("Title"));

    QSettings settings;
    m_format->setCurrentIndex(settings.value(QStringLiteral("export/chartFormat"), 0).toInt());
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::applyPreset);
    applyPreset(0);
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::editingFinished, this, [this] { m_preset->setCurrentIndex(2); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("export/chartFormat"), m_format->currentIndex());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(buttons);
}

void ChartExportDialog::applyPreset(int preset)
{
    if (preset == 2)
        return;
    const ChartExportOptions options = preset == 1 ? ChartExportOptions::a4Landscape() : ChartExportOptions::slide();
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    options.format = ChartExportOptions::Format(m_format->currentIndex());
    options.size = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    options.title = m_title->text();
    return options;
}

QString ChartExportDialog::suffix() const
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    return suffixes.value(m_format->currentIndex());
}

} // namespace evaw
