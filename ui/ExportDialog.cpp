#include "ExportDialog.h"

#include "report/PdfReportWriter.h"
#include "report/ReportWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cc {

ExportDialog::ExportDialog(int allCount, int filteredCount, bool filtering,
                           const QString &suggestedBase, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->addItem(tr("HTML (self-contained page)"), static_cast<int>(ReportFormat::Html));
    m_format->addItem(tr("PDF"), static_cast<int>(ReportFormat::Pdf));
    m_format->addItem(tr("Markdown"), static_cast<int>(ReportFormat::Markdown));
    m_format->addItem(tr("CSV (one row per claim)"), static_cast<int>(ReportFormat::Csv));
    m_format->addItem(tr("JSON (crosscheck.conflicts/1)"), static_cast<int>(ReportFormat::Json));
    form->addRow(tr("Format:"), m_format);

    auto *scope = new QVBoxLayout;
    m_all = new QRadioButton(tr("All conflicts (%1)").arg(allCount), this);
    m_filtered = new QRadioButton(tr("Current filter only (%1)").arg(filteredCount), this);
    m_filtered->setEnabled(filtering);
    (filtering ? m_filtered : m_all)->setChecked(true);
    scope->addWidget(m_all);
    scope->addWidget(m_filtered);
    form->addRow(tr("Conflicts:"), scope);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(suggestedBase + extension(ReportFormat::Html), this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("Save to:"), pathRow);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePathExtension);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!m_path->text().trimmed().isEmpty());
    });
    resize(560, sizeHint().height());
}

ReportFormat ExportDialog::format() const {
    return static_cast<ReportFormat>(m_format->currentData().toInt());
}

bool ExportDialog::filteredOnly() const {
    return m_filtered->isChecked();
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

QString ExportDialog::extension(ReportFormat format) {
    switch (format) {
    case ReportFormat::Json:
        return QStringLiteral(".json");
    case ReportFormat::Csv:
        return QStringLiteral(".csv");
    case ReportFormat::Markdown:
        return QStringLiteral(".md");
    case ReportFormat::Html:
        return QStringLiteral(".html");
    case ReportFormat::Pdf:
        return QStringLiteral(".pdf");
    }
    return QString();
}

void ExportDialog::updatePathExtension() {
    const QFileInfo info(path());
    if (path().isEmpty())
        return;
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    m_path->setText(QDir::toNativeSeparators(base + extension(format())));
}

void ExportDialog::browse() {
    const QString ext = extension(format());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), path(),
                                                        tr("Report (*%1)").arg(ext));
    if (!chosen.isEmpty())
        m_path->setText(chosen.endsWith(ext) ? chosen : chosen + ext);
}

bool ExportDialog::write(const ReportInput &input, ReportFormat format, const QString &path,
                         QString *error) {
    if (format == ReportFormat::Pdf)
        return PdfReportWriter::write(input, path, error);
    const QByteArray bytes = ReportWriter::conflicts(format, input);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cc
