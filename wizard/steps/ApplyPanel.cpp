#include "wizard/steps/ApplyPanel.h"

#include "wizard/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace otj::ui {

namespace {
QString outcomeText(ApplyOutcome o)
{
    switch (o) {
    case ApplyOutcome::Applied:
        return ApplyPanel::tr("Applied");
    case ApplyOutcome::Failed:
        return ApplyPanel::tr("Failed");
    case ApplyOutcome::NotRun:
        return ApplyPanel::tr("Not run (an earlier change failed)");
    case ApplyOutcome::Cancelled:
        return ApplyPanel::tr("Not run (stopped)");
    }
    return {};
}

CheckStatus statusOf(ApplyOutcome o)
{
    switch (o) {
    case ApplyOutcome::Applied:
        return CheckStatus::Passed;
    case ApplyOutcome::Failed:
        return CheckStatus::Failed;
    case ApplyOutcome::NotRun:
    case ApplyOutcome::Cancelled:
        break;
    }
    return CheckStatus::Skipped;
}
} // namespace

ApplyPanel::ApplyPanel(QWidget* parent)
    : QWidget(parent)
    , m_apply(new QPushButton(tr("Apply no&w")))
    , m_stop(new QPushButton(tr("Stop a&fter the current change")))
    , m_bar(new QProgressBar)
    , m_status(new QLabel)
    , m_list(new QTreeWidget)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setIcon(svgIcon(QStringLiteral("status-passed")));
    m_stop->setObjectName(QStringLiteral("stopApplyButton"));
    m_stop->setVisible(false);
    m_bar->setObjectName(QStringLiteral("applyProgressBar"));
    m_bar->setAccessibleName(tr("Changes applied"));
    m_bar->setVisible(false);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_bar, 1);
    layout->addLayout(buttons);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_list->setObjectName(QStringLiteral("applyProgress"));
    m_list->setAccessibleName(tr("Progress of each change"));
    m_list->setFocusPolicy(Qt::NoFocus); // a status display; the rows' text says everything
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Change"), tr("State")});
    // The change's name takes the room; the state keeps a readable width (the tooltip has it all).
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->resizeSection(1, fontMetrics().averageCharWidth() * 50);
    // The list is placed by the owner (ApplyPanel::progressList()), usually beside verification.

    connect(m_apply, &QPushButton::clicked, this, &ApplyPanel::applyClicked);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping after the change being sent…"));
        Q_EMIT stopClicked();
    });
}

void ApplyPanel::setChanges(const QStringList& items, const QString& buttonText)
{
    m_list->clear();
    m_outcomes = QList<ApplyOutcome>(items.size(), ApplyOutcome::NotRun);
    m_done = 0;
    for (const QString& text : items) {
        auto* item = new QTreeWidgetItem(m_list, {text, tr("Waiting")});
        item->setIcon(0, svgIcon(statusIconName(CheckStatus::NotRun)));
        item->setToolTip(0, text);
    }
    m_apply->setText(buttonText);
    m_bar->setRange(0, qMax(1, int(items.size())));
    m_bar->setValue(0);
    m_status->clear();
}

void ApplyPanel::setApplyEnabled(bool enabled)
{
    m_apply->setEnabled(enabled);
}

void ApplyPanel::setRunning(bool running)
{
    m_apply->setEnabled(!running);
    m_stop->setVisible(running);
    m_stop->setEnabled(running);
    m_bar->setVisible(running || m_done > 0);
    if (!running && m_done > 0) {
        m_status->setText(tr("Applied: %1. Failed: %2. Not run: %3.")
                              .arg(count(ApplyOutcome::Applied))
                              .arg(count(ApplyOutcome::Failed))
                              .arg(count(ApplyOutcome::NotRun) + count(ApplyOutcome::Cancelled)));
    }
}

void ApplyPanel::markStarted(int index)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(index)) {
        item->setText(1, tr("Sending…"));
        item->setIcon(0, svgIcon(statusIconName(CheckStatus::Running)));
        m_list->scrollToItem(item);
        m_status->setText(
            tr("Change %1 of %2: %3").arg(index + 1).arg(m_list->topLevelItemCount()).arg(item->text(0)));
    }
}

void ApplyPanel::markFinished(int index, const ApplyItemResult& result)
{
    QTreeWidgetItem* item = m_list->topLevelItem(index);
    if (!item)
        return;
    m_outcomes[index] = result.outcome;
    ++m_done;
    m_bar->setValue(m_done);
    const QString text = result.message.isEmpty()
                             ? outcomeText(result.outcome)
                             : tr("%1: %2").arg(outcomeText(result.outcome), result.message);
    item->setText(1, text);
    item->setToolTip(1, text);
    item->setIcon(0, svgIcon(statusIconName(statusOf(result.outcome))));
}

int ApplyPanel::count(ApplyOutcome outcome) const
{
    return int(std::count(m_outcomes.begin(), m_outcomes.end(), outcome));
}

} // namespace otj::ui
