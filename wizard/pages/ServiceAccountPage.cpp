#include "wizard/pages/ServiceAccountPage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace otj::ui {

ServiceAccountPage::ServiceAccountPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
{
    setObjectName(QStringLiteral("serviceAccountPage"));
    setActionAvailable(false); // the Exchange/Pexip side of this step is a later issue
    setShortTitle(tr("Service account"));
    setTitle(tr("Service account"));
    setSubTitle(tr("One-Touch Join reads the room calendars with its own service account, separate from any "
                   "VMR Scheduling account."));

    auto* layout = new QVBoxLayout(this);
    auto* upn = new QLabel;
    upn->setObjectName(QStringLiteral("serviceAccountUpnDisplay"));
    upn->setWordWrap(true);
    upn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(upn);

    auto* create = new QRadioButton(tr("&Create a new mailbox-enabled account"));
    create->setObjectName(QStringLiteral("createAccount"));
    auto* adopt = new QRadioButton(tr("&Adopt an existing account"));
    adopt->setObjectName(QStringLiteral("adoptAccount"));
    auto* group = new QButtonGroup(this);
    group->addButton(create, static_cast<int>(ServiceAccountMode::Create));
    group->addButton(adopt, static_cast<int>(ServiceAccountMode::Adopt));
    layout->addWidget(create);
    layout->addWidget(adopt);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("serviceAccountDisplayName"));
    addRow(form, tr("&Display name:"), name);
    bindText(
        name, [](const SetupProfile& p) { return p.serviceAccount.displayName; },
        [](SetupProfile& p, const QString& v) { p.serviceAccount.displayName = v; });
    addValidation(name, tr("Display name"), {}, true);
    auto* ou = new QLineEdit;
    ou->setObjectName(QStringLiteral("serviceAccountOu"));
    ou->setPlaceholderText(QStringLiteral("example.com/Service Accounts"));
    addRow(form, tr("Organizational &unit:"), ou, tr("Optional; empty uses Exchange's default."));
    bindText(
        ou, [](const SetupProfile& p) { return p.serviceAccount.organizationalUnit; },
        [](SetupProfile& p, const QString& v) { p.serviceAccount.organizationalUnit = v; });
    layout->addLayout(form);

    layout->addWidget(notAvailableLabel(
        tr("Creating or checking the service account needs the Exchange PowerShell connection, "
           "not available in this build. Your choices are kept in the profile.")));
    layout->addStretch();

    auto refresh = [upn, create, adopt, model] {
        const SetupProfile& p = model->profile();
        upn->setText(p.serviceAccount.upn.isEmpty()
                         ? tr("Service account: not set yet (enter its UPN on the Connections page).")
                         : tr("Service account: %1").arg(p.serviceAccount.upn));
        QSignalBlocker b1(create);
        QSignalBlocker b2(adopt);
        (p.serviceAccount.mode == ServiceAccountMode::Create ? create : adopt)->setChecked(true);
    };
    refresh();
    connect(model, &ProfileModel::changed, this, refresh);
    connect(group, &QButtonGroup::idToggled, this, [model](int id, bool on) {
        if (on)
            model->update(
                [id](SetupProfile& p) { p.serviceAccount.mode = static_cast<ServiceAccountMode>(id); });
    });
}

} // namespace otj::ui
