#include "wizard/steps/VerificationPanel.h"

#include "wizard/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace otj::ui {

VerificationPanel::VerificationPanel(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel)
    , m_countdown(new QLabel)
    , m_checkNow(new QPushButton(tr("Chec&k now")))
    , m_list(new QTreeWidget)
    , m_timer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("verificationStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdown->setObjectName(QStringLiteral("verificationCountdown"));
    m_countdown->setVisible(false);
    m_checkNow->setObjectName(QStringLiteral("checkNowButton"));
    m_checkNow->setVisible(false);
    top->addWidget(m_status, 1);
    top->addWidget(m_countdown);
    top->addWidget(m_checkNow);
    layout->addLayout(top);
    m_list->setObjectName(QStringLiteral("verificationList"));
    m_list->setAccessibleName(tr("Verification of each change"));
    m_list->setFocusPolicy(Qt::NoFocus); // a status display
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Change"), tr("Verification")});
    // The change's name takes the room; the state keeps a readable width (the tooltip has it all).
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->resizeSection(1, fontMetrics().averageCharWidth() * 50);
    layout->addWidget(m_list, 1);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &VerificationPanel::tick);
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        m_timer->stop();
        Q_EMIT recheckRequested();
    });
    clear();
}

void VerificationPanel::setSchedule(const QList<int>& seconds, int giveUpAfterSeconds)
{
    if (!seconds.isEmpty())
        m_schedule = seconds;
    m_giveUpAfter = giveUpAfterSeconds;
}

void VerificationPanel::clear()
{
    m_timer->stop();
    m_list->clear();
    m_round = 0;
    m_waited = 0;
    m_overall = CheckStatus::NotRun;
    m_status->setText(tr("Not verified yet: verification runs after apply."));
    m_countdown->setVisible(false);
    m_checkNow->setVisible(false);
}

bool VerificationPanel::isCounting() const
{
    return m_timer->isActive();
}

void VerificationPanel::setChecking()
{
    m_timer->stop();
    m_countdown->setVisible(false);
    m_checkNow->setEnabled(false);
    m_status->setText(tr("Verifying: reading Exchange again…"));
}

void VerificationPanel::setResults(const QList<VerifyItem>& items)
{
    m_list->clear();
    int passed = 0;
    int failed = 0;
    int pending = 0;
    for (const VerifyItem& v : items) {
        const QString state =
            v.detail.isEmpty() ? statusTitle(v.status) : tr("%1: %2").arg(statusTitle(v.status), v.detail);
        auto* item = new QTreeWidgetItem(m_list, {v.target, state});
        item->setIcon(0, svgIcon(statusIconName(v.status)));
        item->setToolTip(1, state);
        passed += v.status == CheckStatus::Passed;
        failed += v.status == CheckStatus::Failed;
        pending += v.status == CheckStatus::Pending;
    }
    m_overall = failed > 0 ? CheckStatus::Failed : pending > 0 ? CheckStatus::Pending : CheckStatus::Passed;
    m_checkNow->setEnabled(true);
    if (m_overall == CheckStatus::Pending && m_waited < m_giveUpAfter) {
        m_status->setText(tr("Pending: %1 of %2 wait for Active Directory replication to reach Exchange Web "
                             "Services. Nothing is wrong yet.")
                              .arg(pending)
                              .arg(items.size()));
        startCountdown();
        return;
    }
    m_timer->stop();
    m_countdown->setVisible(false);
    m_checkNow->setVisible(m_overall == CheckStatus::Pending);
    switch (m_overall) {
    case CheckStatus::Passed:
        m_status->setText(tr("Verified: all %1 changes are in effect.").arg(passed));
        break;
    case CheckStatus::Failed:
        m_status->setText(tr("Verification failed for %1 of %2 changes.").arg(failed).arg(items.size()));
        break;
    default:
        m_status->setText(tr("Still pending after %1 minutes: check again later (Check now), or validate "
                             "from the Summary page.")
                              .arg(m_waited / 60));
        break;
    }
}

void VerificationPanel::startCountdown()
{
    m_remaining = m_schedule.at(qMin(m_round, int(m_schedule.size()) - 1));
    ++m_round;
    m_countdown->setVisible(true);
    m_checkNow->setVisible(true);
    m_countdown->setText(tr("Checking again in %1 s").arg(m_remaining));
    m_timer->start();
}

void VerificationPanel::tick()
{
    --m_remaining;
    ++m_waited;
    if (m_remaining > 0) {
        m_countdown->setText(tr("Checking again in %1 s").arg(m_remaining));
        return;
    }
    m_timer->stop();
    m_countdown->setText(tr("Checking again now…"));
    Q_EMIT recheckRequested();
}

} // namespace otj::ui
