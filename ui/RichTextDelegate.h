#pragma once

#include <QStyledItemDelegate>

class QTreeView;
class QTextDocument;

namespace cc {

// Paints an item as wrapped rich text: Roles::RichTextRole (or the display
// text) on the first lines, Roles::DetailTextRole below in a smaller, quieter
// font. Row heights follow the column width, so sentences wrap instead of
// being cut off. Colours come from the palette (light and dark alike).
class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RichTextDelegate(QTreeView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index,
                int width) const;
    int availableWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QTreeView *m_view;
};

} // namespace cc
