#include "wizard/StepPanel.h"

#include "wizard/Icons.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace otj::ui {

StepPanel::StepPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_profileStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("stepPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    auto* heading = new QLabel(tr("Steps"), this);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);

    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setAccessibleName(tr("Setup steps and their state"));
    m_list->setFocusPolicy(Qt::NoFocus); // a status display, not a navigation control
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setIconSize(QSize(16, 16));
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    layout->addWidget(m_list, 1);

    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    m_profileStatus->setWordWrap(true);
    m_profileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileStatus->setMaximumWidth(m_list->minimumWidth());
    layout->addWidget(m_profileStatus);
}

void StepPanel::addStep(int pageId, WizardPage* page)
{
    m_steps.append({pageId, page});
    auto* item = new QListWidgetItem(m_list);
    item->setData(PageIdRole, pageId);
    item->setFlags(Qt::ItemIsEnabled);
}

StepState StepPanel::state(int pageId) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(PageIdRole).toInt() == pageId)
            return static_cast<StepState>(m_list->item(i)->data(StateRole).toInt());
    }
    return StepState::NotStarted;
}

void StepPanel::refresh(int currentId)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const auto& [id, page] = m_steps.at(i);
        QListWidgetItem* item = m_list->item(i);
        const StepState st = page->stepState();
        const bool current = id == currentId;
        const QString text = stepStateText(st, page->stepStateCount());
        const QString stateText = current ? tr("%1 · current step").arg(text) : text;
        item->setText(tr("%1. %2\n%3").arg(i + 1).arg(page->shortTitle(), stateText));
        item->setIcon(svgIcon(stepStateIconName(st)));
        item->setData(StateRole, static_cast<int>(st));
        item->setData(Qt::AccessibleTextRole,
                      tr("Step %1, %2: %3").arg(i + 1).arg(page->shortTitle(), stateText));
        QFont f = m_list->font();
        f.setBold(current);
        item->setFont(f);
        const QStringList problems = page->problems();
        item->setToolTip(problems.join(QLatin1Char('\n')));
    }
}

void StepPanel::setProfileStatus(const QString& text)
{
    m_profileStatus->setText(text);
}

} // namespace otj::ui
