#include "wizard/pages/ServiceAccountPage.h"

#include "core/secrets/PasswordGenerator.h"
#include "wizard/Dialogs.h"
#include "wizard/SecretClipboard.h"
#include "wizard/SetupWizard.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPushButton>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace otj::ui {

ServiceAccountPage::ServiceAccountPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : StepPage(StepId::ServiceAccount, model, store, parent)
    , m_generate(new QPushButton(tr("Gene&rate a strong password")))
    , m_password(new QLineEdit)
    , m_copy(new QPushButton(tr("Copy th&e password")))
    , m_passwordStatus(new QLabel)
    , m_clipboard(new SecretClipboard(this))
{
    setObjectName(QStringLiteral("serviceAccountPage"));
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

    // A new account's password: generated here, shown once, kept in the keychain.
    auto* passwordRow = new QHBoxLayout;
    m_generate->setObjectName(QStringLiteral("generatePasswordButton"));
    m_generate->setToolTip(tr("%1 characters from letters, digits and - _ . : ! # % + = ? @, every kind at "
                              "least once (Active Directory's default complexity)")
                               .arg(secrets::GeneratedPasswordLength));
    auto* passwordLabel = new QLabel(tr("New &password:"));
    passwordLabel->setBuddy(m_password);
    m_password->setObjectName(QStringLiteral("generatedPassword"));
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setPlaceholderText(tr("not generated in this session"));
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->setToolTip(tr("Copied as a secret (kept out of clipboard history where possible) and cleared "
                          "from the clipboard after 30 seconds"));
    passwordRow->addWidget(m_generate);
    passwordRow->addWidget(passwordLabel);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_copy);
    layout->addLayout(passwordRow);
    m_passwordStatus->setObjectName(QStringLiteral("passwordStatus"));
    m_passwordStatus->setWordWrap(true);
    m_passwordStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_passwordStatus);
    setPasswordStatus({});
    connect(m_generate, &QPushButton::clicked, this, &ServiceAccountPage::generatePassword);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_password->text());
        setPasswordStatus(
            tr("Copied. The clipboard is cleared in %1 seconds.").arg(m_clipboard->clearAfterMs() / 1000));
    });
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { setPasswordStatus(tr("The clipboard was cleared.")); });
    updatePasswordRow();

    addActions(layout,
               tr("Creating or checking the service account needs the Exchange PowerShell connection, "
                  "not available in this build. Your choices are kept in the profile."));
    actions()->setApplyText([](const plan::StepPlan& plan) {
        const bool create =
            std::any_of(plan.changes.begin(), plan.changes.end(), [](const plan::PlannedChange& c) {
                return c.desired.operation == plan::Operation::Create;
            });
        return create ? tr("Apply no&w: create the service account (%n change(s))", nullptr,
                           int(plan.changes.size()))
                      : tr("Apply no&w: update the service account (%n change(s))", nullptr,
                           int(plan.changes.size()));
    });

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
    connect(model, &ProfileModel::changed, this, &ServiceAccountPage::updatePasswordRow);
    connect(group, &QButtonGroup::idToggled, this, [model](int id, bool on) {
        if (on)
            model->update(
                [id](SetupProfile& p) { p.serviceAccount.mode = static_cast<ServiceAccountMode>(id); });
    });
}

void ServiceAccountPage::setPasswordStatus(const QString& text)
{
    // An empty status takes no room (the page is tall enough as it is).
    m_passwordStatus->setText(text);
    m_passwordStatus->setVisible(!text.isEmpty());
}

void ServiceAccountPage::updatePasswordRow()
{
    // Only a new account gets a generated password; an adopted one keeps its own (Connections page).
    const bool create = model()->profile().serviceAccount.mode == ServiceAccountMode::Create;
    m_generate->setEnabled(create && credentialStore());
    m_copy->setEnabled(!m_password->text().isEmpty());
    const QString adoptNote = tr("An adopted account keeps its password: enter it on the Connections page.");
    if (!create && m_password->text().isEmpty())
        setPasswordStatus(adoptNote);
    else if (m_passwordStatus->text() == adoptNote)
        setPasswordStatus({});
}

void ServiceAccountPage::generatePassword()
{
    CredentialStore* store = credentialStore();
    if (!store)
        return;
    const QString id = model()->profile().profileIdString();
    store->read(id, CredentialRole::ServiceAccount, this, [this, store](const CredentialResult& existing) {
        if (store != credentialStore())
            return;
        if (existing.status == CredentialResult::Status::Ok) {
            const auto answer = dialogs::question(
                this, tr("Replace the stored password?"),
                tr("A password for this service account is already stored. A new one replaces it; if the "
                   "account "
                   "already exists in Exchange with the old password, One-Touch Join can no longer sign in "
                   "until you set the new one there too."),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
        }
        const QString password = secrets::generatePassword();
        m_password->setText(password);
        m_password->setCursorPosition(0);
        updatePasswordRow();
        storePassword(password, false);
    });
}

void ServiceAccountPage::storePassword(const QString& password, bool retriedInSession)
{
    CredentialStore* store = credentialStore();
    const QString id = model()->profile().profileIdString();
    setPasswordStatus(tr("Storing the password…"));
    store->write(
        id, CredentialRole::ServiceAccount, password, this,
        [this, password, retriedInSession, store](const CredentialResult& r) {
            if (r.status == CredentialResult::Status::Ok) {
                setPasswordStatus(
                    store->persistent()
                        ? tr("Shown once: copy it now if you need it. Stored in %1.")
                              .arg(store->description())
                        : tr("Shown once: copy it now if you need it. Kept for this session only (%1): "
                             "nothing is saved, you will need it again next time.")
                              .arg(store->description()));
                return;
            }
            SetupWizard* w = setupWizard();
            if (r.status == CredentialResult::Status::Unavailable && w && !retriedInSession) {
                // The keychain is not there: keep it for this session, and say so.
                w->useSessionOnlyStore();
                storePassword(password, true);
                return;
            }
            setPasswordStatus(tr("The password could not be stored: %1").arg(r.message));
        });
}

void ServiceAccountPage::forgetShownPassword()
{
    // Shown once: leaving the page takes the password off the screen (it stays in the keychain).
    if (m_password->text().isEmpty())
        return;
    m_password->clear();
    m_password->setPlaceholderText(tr("stored; generate a new one to see a password again"));
    updatePasswordRow();
}

bool ServiceAccountPage::validatePage()
{
    forgetShownPassword();
    return StepPage::validatePage();
}

void ServiceAccountPage::cleanupPage()
{
    forgetShownPassword();
    StepPage::cleanupPage();
}

} // namespace otj::ui
