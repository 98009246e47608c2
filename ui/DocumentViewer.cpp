#include "DocumentViewer.h"

#include "UiStyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

namespace cc {

DocumentViewer::DocumentViewer(QWidget *parent) : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    layout->addWidget(m_text, 1);
    clear();
}

void DocumentViewer::clear() {
    m_path.clear();
    m_hash.clear();
    m_claims.clear();
    m_focusStart = m_focusEnd = m_valueStart = m_valueEnd = -1;
    m_text->clear();
    m_text->setExtraSelections({});
    m_header->setText(QStringLiteral("<i>") +
                      tr("Click a claim or a search result to read it in its document.") +
                      QStringLiteral("</i>"));
}

void DocumentViewer::showDocument(const Document &document, std::vector<Claim> claims,
                                  qsizetype focusStart, qsizetype focusEnd, qsizetype valueStart,
                                  qsizetype valueEnd) {
    if (document.path != m_path || document.contentHash != m_hash ||
        m_text->document()->characterCount() - 1 != document.text.size()) {
        m_text->setPlainText(document.text);
        m_path = document.path;
        m_hash = document.contentHash;
    }
    m_claims = std::move(claims);
    m_focusStart = focusStart;
    m_focusEnd = focusEnd;
    m_valueStart = valueStart;
    m_valueEnd = valueEnd;

    QString header =
        QStringLiteral("<b>%1</b>")
            .arg((document.title.isEmpty() ? document.path : document.title).toHtmlEscaped());
    QStringList facts{document.path};
    if (document.published)
        facts << tr("published %1").arg(document.published->toLabel());
    if (!document.outlet.isEmpty())
        facts << document.outlet;
    facts << UiStyle::count(static_cast<qsizetype>(m_claims.size()), tr("claim"), tr("claims"));
    header += QStringLiteral("<br>") + facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!document.citedSources.isEmpty())
        header +=
            QStringLiteral("<br>") +
            tr("Cites: %1").arg(document.citedSources.join(QStringLiteral(", "))).toHtmlEscaped();
    for (const QString &w : document.warnings)
        header += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
    m_header->setText(header);

    applySelections();
    if (focusStart >= 0) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(static_cast<int>(std::min<qsizetype>(focusStart, document.text.size())));
        m_text->setTextCursor(cursor);
        // Centre the sentence rather than leaving it on the last visible line.
        m_text->centerCursor();
    }
}

void DocumentViewer::applySelections() {
    const QPalette &pal = palette();
    QColor sentence = pal.color(QPalette::Highlight);
    sentence.setAlpha(40);
    QColor value = pal.color(QPalette::Highlight);
    value.setAlpha(90);
    QColor focus = pal.color(QPalette::Highlight);
    focus.setAlpha(120);

    const int length = m_text->document()->characterCount() - 1;
    auto selection = [&](qsizetype from, qsizetype to, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(static_cast<int>(std::clamp<qsizetype>(from, 0, length)));
        s.cursor.setPosition(static_cast<int>(std::clamp<qsizetype>(to, 0, length)),
                             QTextCursor::KeepAnchor);
        s.format = format;
        return s;
    };

    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat sentenceFormat;
    sentenceFormat.setBackground(sentence);
    QTextCharFormat valueFormat;
    valueFormat.setBackground(value);
    valueFormat.setFontUnderline(true);
    for (const Claim &c : m_claims) {
        if (c.rejected)
            continue;
        selections << selection(c.sentenceStart, c.sentenceEnd, sentenceFormat);
        if (c.valueEnd > c.valueStart)
            selections << selection(c.valueStart, c.valueEnd, valueFormat);
    }
    if (m_focusStart >= 0 && m_focusEnd > m_focusStart) {
        QTextCharFormat focusFormat;
        focusFormat.setBackground(focus);
        selections << selection(m_focusStart, m_focusEnd, focusFormat);
        if (m_valueEnd > m_valueStart && m_valueStart >= 0) {
            QTextCharFormat strong;
            strong.setBackground(UiStyle::sideHighlight(0, 200));
            strong.setFontWeight(QFont::Bold);
            selections << selection(m_valueStart, m_valueEnd, strong);
        }
    }
    m_text->setExtraSelections(selections);
}

const Claim *DocumentViewer::claimAt(qsizetype offset) const {
    const Claim *best = nullptr;
    for (const Claim &c : m_claims) {
        if (offset >= c.sentenceStart && offset < c.sentenceEnd) {
            // Prefer the claim whose value is under the pointer.
            if (offset >= c.valueStart && offset < c.valueEnd)
                return &c;
            if (!best)
                best = &c;
        }
    }
    return best;
}

bool DocumentViewer::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = m_text->cursorForPosition(help->pos());
        if (const Claim *c = claimAt(cursor.position())) {
            QString tip = QStringLiteral("<b>%1</b> — %2: <b>%3</b><br>%4")
                              .arg(c->subject.toHtmlEscaped(), c->attribute.toHtmlEscaped(),
                                   c->label.toHtmlEscaped(), UiStyle::certaintyLabel(c->certainty));
            if (!c->citedSources.isEmpty())
                tip +=
                    QStringLiteral("<br>") +
                    tr("cites %1").arg(c->citedSources.join(QStringLiteral(", "))).toHtmlEscaped();
            QToolTip::showText(help->globalPos(), tip, m_text->viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc
