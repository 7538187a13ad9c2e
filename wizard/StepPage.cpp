#include "wizard/StepPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace otj::ui {

StepPage::StepPage(StepId step, ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
    , m_step(step)
    , m_actions(new StepActionPanel(step, model))
{
    setActionAvailable(false);
    m_actions->setVisible(false); // until there is a session: the page's note says why
    connect(m_actions, &StepActionPanel::stateChanged, this, [this] {
        Q_EMIT completeChanged();
        Q_EMIT stepStateChanged();
    });
}

void StepPage::addActions(QVBoxLayout* layout, const QString& unavailableText)
{
    m_unavailable = notAvailableLabel(unavailableText);
    m_unavailable->setObjectName(QStringLiteral("actionUnavailable"));
    m_unavailable->setVisible(!exchangeSession());
    layout->addWidget(m_unavailable);
    layout->addWidget(m_actions, 1);
    layout->addStretch(); // takes the room while the actions are hidden (no session)
}

void StepPage::exchangeSessionChanged()
{
    ExchangeSession* session = exchangeSession();
    setActionAvailable(session != nullptr);
    m_actions->setSession(session);
    m_actions->setVisible(session != nullptr);
    if (m_unavailable)
        m_unavailable->setVisible(!session);
}

void StepPage::initializePage()
{
    WizardPage::initializePage();
    const auto state = m_actions->state();
    if (state == StepActionPanel::State::NotInspected || state == StepActionPanel::State::Stale ||
        state == StepActionPanel::State::CouldNotInspect)
        m_actions->inspect();
}

bool StepPage::isComplete() const
{
    // Next waits while Exchange is being read or changed; a Pending countdown does not hold it.
    return WizardPage::isComplete() && !m_actions->isBusy();
}

StepState StepPage::stepState() const
{
    if (!actionAvailable() || !wasVisited())
        return WizardPage::stepState();
    if (!WizardPage::isComplete() || !problems().isEmpty())
        return StepState::NeedsAttention;
    using S = StepActionPanel::State;
    switch (m_actions->state()) {
    case S::Configured:
    case S::Verified:
        return StepState::Done; // earned: Exchange was read and matches
    case S::Planned:
    case S::Stale:
    case S::Failed:
    case S::CouldNotInspect:
        return StepState::NeedsAttention;
    default:
        return StepState::NotChecked;
    }
}

int StepPage::stepStateCount() const
{
    if (actionAvailable() && m_actions->state() == StepActionPanel::State::Planned)
        return int(m_actions->inspection().plan.changes.size());
    return 0;
}

} // namespace otj::ui
