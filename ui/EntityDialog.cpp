#include "EntityDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cc {

EntityDialog::EntityDialog(const std::map<QString, QString> &surfaces,
                           const std::vector<EntityAlias> &aliases,
                           const QString &preselectedSurface, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Merge or Split Names"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    // Merge: a surface name means an entity.
    auto *merge = new QWidget(this);
    auto *mergeForm = new QFormLayout(merge);
    mergeForm->addRow(new QLabel(tr("Two names are the same entity: claims made under the first "
                                    "count for the second, and conflicts are detected again."),
                                 merge));
    m_mergeSurface = new QComboBox(merge);
    m_mergeSurface->setEditable(true);
    m_mergeInto = new QComboBox(merge);
    m_mergeInto->setEditable(true);
    QSet<QString> entities;
    for (const auto &[surface, entity] : surfaces) {
        m_mergeSurface->addItem(surface);
        entities.insert(entity);
        entities.insert(surface);
    }
    QStringList sorted(entities.begin(), entities.end());
    sorted.sort(Qt::CaseInsensitive);
    m_mergeInto->addItems(sorted);
    if (!preselectedSurface.isEmpty())
        m_mergeSurface->setCurrentText(preselectedSurface);
    mergeForm->addRow(tr("The name"), m_mergeSurface);
    mergeForm->addRow(tr("means"), m_mergeInto);
    m_tabs->addTab(merge, tr("Merge"));

    // Split: keep apart a name the folder folded into another.
    auto *split = new QWidget(this);
    auto *splitLayout = new QVBoxLayout(split);
    splitLayout->addWidget(new QLabel(
        tr("Names read as another entity. Keep one apart to undo that folding:"), split));
    m_folded = new QListWidget(split);
    for (const auto &[surface, entity] : surfaces) {
        if (surface == entity)
            continue;
        auto *item = new QListWidgetItem(tr("%1  →  %2").arg(surface, entity), m_folded);
        item->setData(Qt::UserRole, surface);
        if (surface == preselectedSurface)
            m_folded->setCurrentItem(item);
    }
    splitLayout->addWidget(m_folded);
    m_tabs->addTab(split, tr("Split"));

    // The analyst's earlier decisions.
    auto *decisions = new QWidget(this);
    auto *decisionsLayout = new QVBoxLayout(decisions);
    decisionsLayout->addWidget(
        new QLabel(tr("Your earlier decisions; remove one to undo it:"), decisions));
    m_aliases = new QListWidget(decisions);
    for (const EntityAlias &a : aliases) {
        auto *item = new QListWidgetItem(a.canonical.isEmpty()
                                             ? tr("%1  kept apart").arg(a.surface)
                                             : tr("%1  means  %2").arg(a.surface, a.canonical),
                                         m_aliases);
        item->setData(Qt::UserRole, a.surface);
    }
    decisionsLayout->addWidget(m_aliases);
    m_tabs->addTab(decisions, tr("Decisions (%1)").arg(aliases.size()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    auto updateOk = [this, buttons] {
        bool ok = false;
        switch (m_tabs->currentIndex()) {
        case 0:
            ok = !m_mergeSurface->currentText().trimmed().isEmpty() &&
                 !m_mergeInto->currentText().trimmed().isEmpty() &&
                 m_mergeSurface->currentText().trimmed() != m_mergeInto->currentText().trimmed();
            buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
            break;
        case 1:
            ok = m_folded->currentItem() != nullptr;
            buttons->button(QDialogButtonBox::Ok)->setText(tr("Keep Apart"));
            break;
        default:
            ok = m_aliases->currentItem() != nullptr;
            buttons->button(QDialogButtonBox::Ok)->setText(tr("Remove"));
            break;
        }
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, updateOk);
    connect(m_mergeSurface, &QComboBox::currentTextChanged, this, updateOk);
    connect(m_mergeInto, &QComboBox::currentTextChanged, this, updateOk);
    connect(m_folded, &QListWidget::currentRowChanged, this, updateOk);
    connect(m_aliases, &QListWidget::currentRowChanged, this, updateOk);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        switch (m_tabs->currentIndex()) {
        case 0:
            m_action = Action::Merge;
            m_surface = m_mergeSurface->currentText().trimmed();
            m_canonical = m_mergeInto->currentText().trimmed();
            break;
        case 1:
            m_action = Action::KeepApart;
            m_surface = m_folded->currentItem()->data(Qt::UserRole).toString();
            break;
        default:
            m_action = Action::RemoveAlias;
            m_surface = m_aliases->currentItem()->data(Qt::UserRole).toString();
            break;
        }
        accept();
    });
    if (!preselectedSurface.isEmpty() && m_folded->currentItem())
        m_tabs->setCurrentIndex(1);
    updateOk();
    resize(520, 380);
}

} // namespace cc
