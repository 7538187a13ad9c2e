#include "wizard/pages/AuthenticationPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace otj::ui {

AuthenticationPage::AuthenticationPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : StepPage(StepId::Authentication, model, store, parent)
    , m_pexipMethod(new QLabel)
{
    setObjectName(QStringLiteral("authenticationPage"));
    setShortTitle(tr("Authentication"));
    setTitle(tr("Authentication"));
    setSubTitle(
        tr("How the service account signs in to Exchange Web Services. Pexip's integration uses the same "
           "method."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* method = new QComboBox;
    method->setObjectName(QStringLiteral("authMethod"));
    method->addItem(tr("Basic"));
    method->addItem(tr("NTLM"));
    addRow(form, tr("EWS &authentication:"), method, tr("The same setting as on the Connections page."));
    bindComboIndex(
        method, [](const SetupProfile& p) { return static_cast<int>(p.exchange.ewsAuthentication); },
        [](SetupProfile& p, int i) { p.exchange.ewsAuthentication = static_cast<EwsAuthentication>(i); });
    m_pexipMethod->setObjectName(QStringLiteral("pexipAuthMethod"));
    m_pexipMethod->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* pexipLabel = new QLabel(tr("Pexip integration:"));
    pexipLabel->setBuddy(m_pexipMethod);
    form->addRow(pexipLabel, m_pexipMethod);
    layout->addLayout(form);

    addActions(layout, tr("Checking and enabling this method on the EWS virtual directory (and any "
                          "authentication policy) needs "
                          "the Exchange PowerShell connection, not available in this build."));
    actions()->setApplyText([](const plan::StepPlan& plan) {
        return tr("Apply no&w: enable the authentication method (%n change(s))", nullptr,
                  int(plan.changes.size()));
    });

    connect(model, &ProfileModel::changed, this, &AuthenticationPage::updateNote);
    updateNote();
}

void AuthenticationPage::updateNote()
{
    const SetupProfile& p = model()->profile();
    m_pexipMethod->setText(p.exchange.ewsAuthentication == EwsAuthentication::Basic
                               ? tr("Basic (authentication_method %1)").arg(p.pexipAuthenticationMethod())
                               : tr("NTLM (authentication_method %1)").arg(p.pexipAuthenticationMethod()));
}

} // namespace otj::ui
