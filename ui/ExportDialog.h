#pragma once

#include "report/ReportInput.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace cc {

// File → Export Report…: format, all conflicts or the current filter only, and where.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(int allCount, int filteredCount, bool filtering, const QString &suggestedBase,
                 QWidget *parent = nullptr);

    ReportFormat format() const;
    bool filteredOnly() const;
    QString path() const;

    // Writes the report whole or not at all (QSaveFile); PDF through PdfReportWriter.
    static bool write(const ReportInput &input, ReportFormat format, const QString &path,
                      QString *error);
    static QString extension(ReportFormat format);

private:
    void browse();
    void updatePathExtension();

    QComboBox *m_format;
    QRadioButton *m_all;
    QRadioButton *m_filtered;
    QLineEdit *m_path;
};

} // namespace cc
