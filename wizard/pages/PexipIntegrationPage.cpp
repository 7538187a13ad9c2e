#include "wizard/pages/PexipIntegrationPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace otj::ui {

PexipIntegrationPage::PexipIntegrationPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : StepPage(StepId::Pexip, model, store, parent)
    , m_auth(new QLabel)
    , m_sendPassword(new QCheckBox(tr("Send the service account's &password to Pexip")))
    , m_replaceKerberos(new QCheckBox)
{
    setObjectName(QStringLiteral("pexipIntegrationPage"));
    setShortTitle(tr("Pexip integration"));
    setTitle(tr("Pexip integration"));
    setSubTitle(tr("The One-Touch Join Exchange integration on the Pexip Infinity management node."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("integrationName"));
    addRow(form, tr("Integration na&me:"), name);
    bindText(
        name, [](const SetupProfile& p) { return p.pexip.integrationName; },
        [](SetupProfile& p, const QString& v) { p.pexip.integrationName = v; });
    addValidation(name, tr("Integration name"), {}, true);
    auto* description = new QLineEdit;
    description->setObjectName(QStringLiteral("integrationDescription"));
    addRow(form, tr("&Description:"), description, tr("Optional."));
    bindText(
        description, [](const SetupProfile& p) { return p.pexip.integrationDescription; },
        [](SetupProfile& p, const QString& v) { p.pexip.integrationDescription = v; });
    auto* quota = new QSpinBox;
    quota->setObjectName(QStringLiteral("findItemsQuota"));
    quota->setRange(10000, 10000000);
    quota->setSingleStep(10000);
    quota->setGroupSeparatorShown(true);
    quota->setAccessibleName(tr("Find items request quota"));
    addRow(form, tr("Find items &quota:"), quota,
           tr("Pexip's cap on EWS FindItem requests per 24 hours (10 000 – 10 000 000)."));
    bindSpin(
        quota, [](const SetupProfile& p) { return p.pexip.findItemsRequestQuota; },
        [](SetupProfile& p, int v) { p.pexip.findItemsRequestQuota = v; });
    m_auth->setObjectName(QStringLiteral("integrationAuth"));
    auto* authLabel = new QLabel(tr("Authentication:"));
    authLabel->setBuddy(m_auth);
    form->addRow(authLabel, m_auth);
    layout->addLayout(form);

    auto* proxy = new QCheckBox(tr("Disable the web pro&xy for this integration"));
    proxy->setObjectName(QStringLiteral("disableProxy"));
    bindCheck(
        proxy, [](const SetupProfile& p) { return p.pexip.disableProxy; },
        [](SetupProfile& p, bool on) { p.pexip.disableProxy = on; });
    layout->addWidget(proxy);

    // Per run, not profile settings: the password (write-only on the API) goes on create and when
    // the journal shows it changed; the admin may send it now. KERBEROS is never replaced unasked.
    m_sendPassword->setObjectName(QStringLiteral("sendPexipPassword"));
    m_sendPassword->setToolTip(tr("Pexip never shows the password it holds. It is sent anyway when the "
                                  "integration is created and after this tool changed the password."));
    layout->addWidget(m_sendPassword);
    m_replaceKerberos->setObjectName(QStringLiteral("replaceKerberos"));
    m_replaceKerberos->setVisible(false);
    layout->addWidget(m_replaceKerberos);
    actions()->setPlanOptions([this] {
        plan::PlanOptions o;
        o.sendPexipPassword = m_sendPassword->isChecked();
        o.replacePexipKerberos = m_replaceKerberos->isChecked();
        return o;
    });
    for (QCheckBox* box : {m_sendPassword, m_replaceKerberos}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (actions()->state() != StepActionPanel::State::NoSession && !actions()->isBusy())
                actions()->inspect();
        });
    }
    actions()->setApplyText([](const plan::StepPlan& plan) {
        return tr("Apply no&w on the Pexip Management Node (%n change(s))", nullptr,
                  int(plan.changes.size()));
    });
    connect(actions(), &StepActionPanel::stateChanged, this, &PexipIntegrationPage::updateKerberosChoice);

    addActions(layout, tr("Creating or updating the integration on the Management Node needs the Pexip "
                          "connection, not available in this build. The values are kept in the profile."));

    connect(model, &ProfileModel::changed, this, &PexipIntegrationPage::updateAuth);
    updateAuth();
}

void PexipIntegrationPage::updateKerberosChoice()
{
    bool kept = false;
    for (const plan::PlanNote& n : actions()->inspection().plan.notes)
        kept = kept || QByteArrayView(n.verdict.reason) == QByteArrayView("step5.kerberos-kept");
    m_replaceKerberos->setVisible(kept || m_replaceKerberos->isChecked());
}

void PexipIntegrationPage::updateAuth()
{
    const SetupProfile& p = model()->profile();
    m_auth->setText(tr("%1, following the EWS setting").arg(p.pexipAuthenticationMethod()));
    m_replaceKerberos->setText(
        tr("The integration uses KERBEROS: move &it to %1").arg(p.pexipAuthenticationMethod()));
}

} // namespace otj::ui
