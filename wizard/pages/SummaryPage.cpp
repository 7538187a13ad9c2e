#include "wizard/pages/SummaryPage.h"

#include "wizard/SetupWizard.h"
#include "wizard/validation/ValidationPanel.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace otj::ui {

SummaryPage::SummaryPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
    , m_summary(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("summaryPage"));
    setShortTitle(tr("Summary"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Check your choices and save the profile. The profile never contains a password."));

    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Pr&ofile:"));
    label->setBuddy(m_summary);
    layout->addWidget(label);
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    m_summary->setAccessibleName(tr("Profile summary"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 10);
    layout->addWidget(m_summary, 1);
    m_panel = new ValidationPanel(model, store);
    if (m_panel->layout())
        m_panel->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel, 1);
    connect(m_panel, &ValidationPanel::goToStep, this, [this](StepId step) {
        if (SetupWizard* w = setupWizard())
            w->showStep(step);
    });

    connect(m_panel, &ValidationPanel::started, this, &WizardPage::stepStateChanged);
    connect(m_panel, &ValidationPanel::finished, this, &WizardPage::stepStateChanged);
    connect(model, &ProfileModel::changed, this, &SummaryPage::updateSummary);
    connect(model, &ProfileModel::filePathChanged, this, &SummaryPage::updateSummary);
    updateSummary();
}

void SummaryPage::initializePage()
{
    WizardPage::initializePage();
    updateSummary();
}

StepState SummaryPage::stepState() const
{
    if (!wasVisited())
        return StepState::NotStarted;
    if (model()->isModified() || model()->filePath().isEmpty())
        return StepState::NeedsAttention;
    // A validation run from here speaks for the whole setup: its failures are not "done".
    if (m_panel->isRunning() || m_panel->results()->count() > 0) {
        int count = 0;
        return m_panel->resultState(&count);
    }
    return StepState::Done;
}

int SummaryPage::stepStateCount() const
{
    int count = 0;
    if (wasVisited() && (m_panel->isRunning() || m_panel->results()->count() > 0))
        m_panel->resultState(&count);
    return count;
}

void SummaryPage::credentialStoreChanged()
{
    m_panel->setCredentialStore(credentialStore());
}

void SummaryPage::exchangeSessionChanged()
{
    if (m_panel)
        m_panel->setExchangeSession(exchangeSession()); // P1, P2, P4 read through PowerShell
}

QString SummaryPage::summaryText(const SetupProfile& p)
{
    auto orUnset = [](const QString& v) {
        return v.isEmpty() ? tr("(not set)") : v;
    };
    QStringList lines;
    QString endpoint;
    switch (p.exchange.discovery) {
    case EwsDiscovery::ExplicitUrl:
        endpoint = tr("EWS URL %1").arg(orUnset(p.exchange.ewsUrl));
        break;
    case EwsDiscovery::AutodiscoverEmail:
        endpoint = tr("Autodiscover from %1").arg(orUnset(p.exchange.autodiscoverEmail));
        break;
    case EwsDiscovery::AutodiscoverUrl:
        endpoint = tr("Autodiscover URL %1").arg(orUnset(p.exchange.autodiscoverUrl));
        break;
    }
    lines << tr("Profile id: %1").arg(p.profileIdString());
    lines << QString();
    lines << tr("Exchange");
    lines << tr("  Endpoint: %1").arg(endpoint);
    lines << tr("  EWS authentication: %1")
                 .arg(p.exchange.ewsAuthentication == EwsAuthentication::Basic ? tr("Basic") : tr("NTLM"));
    lines << tr("  Remote PowerShell: %1").arg(orUnset(p.exchange.remotePowerShellUri));
    lines << tr("  Remote PowerShell sign-in: %1")
                 .arg(p.exchange.remotePowerShellSignIn == PowerShellSignIn::AdminAccount
                          ? tr("the admin account")
                          : tr("the Windows user running the wizard"));
    lines << tr("  Admin account: %1").arg(orUnset(p.exchange.adminAccount));
    lines << tr("Service account");
    lines << tr("  UPN: %1").arg(orUnset(p.serviceAccount.upn));
    lines << tr("  Display name: %1").arg(orUnset(p.serviceAccount.displayName));
    lines << tr("  Organizational unit: %1")
                 .arg(p.serviceAccount.organizationalUnit.isEmpty() ? tr("(Exchange's default)")
                                                                    : p.serviceAccount.organizationalUnit);
    lines << tr("  Account: %1")
                 .arg(p.serviceAccount.mode == ServiceAccountMode::Create ? tr("create a new one")
                                                                          : tr("adopt an existing one"));
    lines << tr("Rooms");
    lines << tr("  Selected rooms: %1").arg(p.rooms.selected.size());
    lines << tr("  Distribution group: %1").arg(orUnset(p.rooms.distributionGroup));
    lines << tr("Impersonation");
    lines << tr("  Management scope: %1").arg(orUnset(p.impersonation.scopeName));
    lines << tr("  Role assignment: %1").arg(orUnset(p.impersonation.roleAssignmentName));
    lines << tr("Calendar processing");
    lines << tr("  AutomateProcessing: %1").arg(p.calendarPolicy.automateProcessing);
    auto yesNo = [](bool b) {
        return b ? tr("True") : tr("False");
    };
    lines << tr("  DeleteComments: %1").arg(yesNo(p.calendarPolicy.deleteComments));
    lines << tr("  DeleteSubject: %1").arg(yesNo(p.calendarPolicy.deleteSubject));
    lines << tr("  AddOrganizerToSubject: %1").arg(yesNo(p.calendarPolicy.addOrganizerToSubject));
    lines << tr("  RemovePrivateProperty: %1").arg(yesNo(p.calendarPolicy.removePrivateProperty));
    lines << tr("  ProcessExternalMeetingMessages: %1")
                 .arg(p.calendarPolicy.processExternalMeetingMessages.has_value()
                          ? yesNo(*p.calendarPolicy.processExternalMeetingMessages)
                          : tr("unchanged"));
    lines << tr("Pexip Infinity");
    lines << tr("  Management node: %1").arg(orUnset(p.pexip.managementNode));
    lines << tr("  Admin user: %1").arg(orUnset(p.pexip.adminUser));
    lines << tr("  Integration: %1").arg(orUnset(p.pexip.integrationName));
    lines << tr("  Authentication: %1").arg(p.pexipAuthenticationMethod());
    lines << tr("  Find items quota: %1").arg(QLocale().toString(p.pexip.findItemsRequestQuota));
    lines << tr("  Web proxy: %1").arg(p.pexip.disableProxy ? tr("disabled") : tr("used"));
    lines << tr("Trust");
    if (p.trust.exchange.certificates.isEmpty())
        lines << tr("  Exchange CA: none (publicly trusted certificate)");
    for (const TrustedCertificate& c : p.trust.exchange.certificates)
        lines << tr("  Exchange CA: %1, SHA-256 %2").arg(c.subject, c.sha256);
    return lines.join(QLatin1Char('\n'));
}

void SummaryPage::updateSummary()
{
    QString text = summaryText(model()->profile());
    const QString path = model()->filePath();
    text.prepend(path.isEmpty() ? tr("File: not saved yet (use Save)\n")
                                : tr("File: %1\n").arg(QDir::toNativeSeparators(path)));
    if (m_summary->toPlainText() != text)
        m_summary->setPlainText(text);
}

} // namespace otj::ui
