#include "RichTextDelegate.h"

#include "Roles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>
#include <cmath>

namespace cc {

namespace {
constexpr int kMargin = 4;
}

RichTextDelegate::RichTextDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

int RichTextDelegate::availableWidth(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    int width = option.rect.width();
    if (m_view) {
        width = m_view->columnWidth(index.column());
        if (index.column() == 0) {
            int depth = 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
        }
    }
    if (!option.icon.isNull() || index.data(Qt::DecorationRole).isValid())
        width -= option.decorationSize.width() + kMargin;
    return std::max(60, width - 2 * kMargin);
}

void RichTextDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option,
                              const QModelIndex &index, int width) const {
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.7f);

    QString main = index.data(Roles::RichTextRole).toString();
    if (main.isEmpty())
        main = index.data(Qt::DisplayRole).toString().toHtmlEscaped();
    const QString detail = index.data(Roles::DetailTextRole).toString();
    QString html = QStringLiteral("<div>") + main + QStringLiteral("</div>");
    if (!detail.isEmpty())
        html += QStringLiteral("<div style=\"color:%1; font-size:small\">%2</div>")
                    .arg(quiet.name(QColor::HexArgb), detail.toHtmlEscaped());
    doc.setDefaultFont(option.font);
    doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(text.name()));
    doc.setDocumentMargin(0);
    doc.setHtml(QStringLiteral("<body>") + html + QStringLiteral("</body>"));
    doc.setTextWidth(width);
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and icon from the style; the text is ours.
    const QString plain = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QTextDocument doc;
    opt.text = plain;
    layout(doc, opt, index, textRect.width() - 2 * kMargin);

    painter->save();
    painter->translate(textRect.left() + kMargin, textRect.top() + kMargin);
    const QRect clip(0, 0, textRect.width() - kMargin, textRect.height() - kMargin);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = opt.palette;
    ctx.palette.setColor(QPalette::Text, opt.palette.color(opt.state & QStyle::State_Selected
                                                               ? QPalette::HighlightedText
                                                               : QPalette::Text));
    ctx.clip = clip;
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    const int width = availableWidth(opt, index);
    layout(doc, opt, index, width);
    const int height = static_cast<int>(std::ceil(doc.size().height())) + 2 * kMargin + 2;
    return {width, std::max(height, opt.decorationSize.height() + 2 * kMargin)};
}

} // namespace cc
