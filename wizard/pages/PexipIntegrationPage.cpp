#include "wizard/pages/PexipIntegrationPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace otj::ui {

PexipIntegrationPage::PexipIntegrationPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
    , m_auth(new QLabel)
{
    setObjectName(QStringLiteral("pexipIntegrationPage"));
    setActionAvailable(false); // the Exchange/Pexip side of this step is a later issue
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

    auto* proxy = new QCheckBox(tr("Disable the &web proxy for this integration"));
    proxy->setObjectName(QStringLiteral("disableProxy"));
    bindCheck(
        proxy, [](const SetupProfile& p) { return p.pexip.disableProxy; },
        [](SetupProfile& p, bool on) { p.pexip.disableProxy = on; });
    layout->addWidget(proxy);

    layout->addWidget(notAvailableLabel(
        tr("Creating or updating the integration on the management node needs the Pexip "
           "connection, not available in this build. The values are kept in the profile.")));
    layout->addStretch();

    connect(model, &ProfileModel::changed, this, &PexipIntegrationPage::updateAuth);
    updateAuth();
}

void PexipIntegrationPage::updateAuth()
{
    const SetupProfile& p = model()->profile();
    m_auth->setText(tr("%1, following the EWS setting").arg(p.pexipAuthenticationMethod()));
}

} // namespace otj::ui
