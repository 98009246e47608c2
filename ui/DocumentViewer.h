#pragma once

#include "model/Claim.h"
#include "model/Document.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPlainTextEdit;

namespace cc {

// A document's normalized text, read-only, with every claim's sentence and value
// highlighted (extra selections) and one sentence in focus, scrolled into view.
class DocumentViewer : public QWidget {
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);
    // The size the dock starts with in the default layout.
    QSize sizeHint() const override { return {500, 320}; }

    // Shows the document (reuses the text when it is already shown) and focuses
    // [focusStart, focusEnd) (UTF-16 offsets), when given, marking the value inside it.
    void showDocument(const Document &document, std::vector<Claim> claims,
                      qsizetype focusStart = -1, qsizetype focusEnd = -1, qsizetype valueStart = -1,
                      qsizetype valueEnd = -1);
    void clear();
    QString documentPath() const { return m_path; }
    QPlainTextEdit *editor() const { return m_text; }
    // Offset range currently in focus (-1 when none).
    qsizetype focusStart() const { return m_focusStart; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySelections();
    const Claim *claimAt(qsizetype offset) const;

    QLabel *m_header;
    QPlainTextEdit *m_text;
    QString m_path;
    QByteArray m_hash;
    std::vector<Claim> m_claims;
    qsizetype m_focusStart = -1;
    qsizetype m_focusEnd = -1;
    qsizetype m_valueStart = -1;
    qsizetype m_valueEnd = -1;
};

} // namespace cc
