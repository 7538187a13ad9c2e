#include "wizard/pages/ConnectionsPage.h"

#include "core/logging/Redactor.h"
#include "core/shell/PowerShellProgramSetting.h"
#include "core/util/InputValidation.h"
#include "wizard/Icons.h"
#include "wizard/SetupWizard.h"
#include "wizard/widgets/EndpointTrustEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace otj::ui {

namespace {
QLineEdit* lineEdit(const QString& name, const QString& placeholder = {})
{
    auto* e = new QLineEdit;
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

QWidget* fieldBox(QFormLayout* form, QWidget* field)
{
    // addRow() wraps the field in a box (field + error label); return that row widget.
    for (int i = 0; i < form->rowCount(); ++i) {
        QLayoutItem* item = form->itemAt(i, QFormLayout::FieldRole);
        if (item && item->widget() && item->widget()->isAncestorOf(field))
            return item->widget();
    }
    return nullptr;
}

QGroupBox* trustBox(const QString& title, EndpointTrustEditor* editor)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(editor);
    return box;
}
} // namespace

ConnectionsPage::ConnectionsPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
    , m_discovery(new QComboBox)
    , m_exchangeTrust(new EndpointTrustEditor(model, TrustEndpoint::Exchange))
    , m_pexipTrust(new EndpointTrustEditor(model, TrustEndpoint::PexipManagementNode))
    , m_keychainBanner(new QFrame)
    , m_keychainMessage(new QLabel)
    , m_sessionOnly(new QPushButton(tr("Use for this session onl&y")))
    , m_storageLabel(new QLabel)
{
    setObjectName(QStringLiteral("connectionsPage"));
    setShortTitle(tr("Connections"));
    setTitle(tr("Connections"));
    setSubTitle(
        tr("Where Exchange and Pexip Infinity are, and the accounts the wizard and One-Touch Join use."));

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Keychain problems are said plainly, at the top, with the one safe alternative.
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setFrameShape(QFrame::StyledPanel);
    auto* bannerLayout = new QHBoxLayout(m_keychainBanner);
    auto* bannerIcon = new QLabel;
    bannerIcon->setPixmap(svgIcon(QStringLiteral("status-warning")).pixmap(QSize(20, 20)));
    bannerIcon->setAccessibleName(tr("Warning"));
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    m_keychainMessage->setObjectName(QStringLiteral("keychainMessage"));
    m_keychainMessage->setWordWrap(true);
    m_keychainMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_keychainMessage, 1);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    bannerLayout->addWidget(m_sessionOnly, 0, Qt::AlignTop);
    m_keychainBanner->setVisible(false);
    outer->addWidget(m_keychainBanner);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("connectionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    // --- Exchange ---------------------------------------------------------------------------
    auto* exchangeBox = new QGroupBox(tr("Microsoft Exchange"));
    m_exchangeForm = new QFormLayout(exchangeBox);
    m_exchangeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_discovery->setObjectName(QStringLiteral("ewsDiscovery"));
    m_discovery->addItem(tr("EWS URL, as typed"));
    m_discovery->addItem(tr("Autodiscover from an email address"));
    m_discovery->addItem(tr("Autodiscover URL, as typed"));
    addRow(m_exchangeForm, tr("EWS &discovery:"), m_discovery);
    bindComboIndex(
        m_discovery, [](const SetupProfile& p) { return static_cast<int>(p.exchange.discovery); },
        [](SetupProfile& p, int i) { p.exchange.discovery = static_cast<EwsDiscovery>(i); });

    auto* ewsUrl =
        lineEdit(QStringLiteral("ewsUrl"), QStringLiteral("https://mail.example.com/EWS/Exchange.asmx"));
    addRow(m_exchangeForm, tr("&EWS URL:"), ewsUrl);
    bindText(
        ewsUrl, [](const SetupProfile& p) { return p.exchange.ewsUrl; },
        [](SetupProfile& p, const QString& v) { p.exchange.ewsUrl = v; });
    addValidation(ewsUrl, tr("EWS URL"), &input::checkHttpsUrl, true, [this] {
        return m_discovery->currentIndex() == static_cast<int>(EwsDiscovery::ExplicitUrl);
    });

    auto* adEmail = lineEdit(QStringLiteral("autodiscoverEmail"), QStringLiteral("someone@example.com"));
    addRow(m_exchangeForm, tr("Autodiscover &from address:"), adEmail);
    bindText(
        adEmail, [](const SetupProfile& p) { return p.exchange.autodiscoverEmail; },
        [](SetupProfile& p, const QString& v) { p.exchange.autodiscoverEmail = v; });
    addValidation(adEmail, tr("Autodiscover address"), &input::checkSmtpAddress, true, [this] {
        return m_discovery->currentIndex() == static_cast<int>(EwsDiscovery::AutodiscoverEmail);
    });

    auto* adUrl = lineEdit(QStringLiteral("autodiscoverUrl"),
                           QStringLiteral("https://autodiscover.example.com/autodiscover/autodiscover.svc"));
    addRow(m_exchangeForm, tr("Autodiscover &URL:"), adUrl);
    bindText(
        adUrl, [](const SetupProfile& p) { return p.exchange.autodiscoverUrl; },
        [](SetupProfile& p, const QString& v) { p.exchange.autodiscoverUrl = v; });
    addValidation(adUrl, tr("Autodiscover URL"), &input::checkHttpsUrl, true, [this] {
        return m_discovery->currentIndex() == static_cast<int>(EwsDiscovery::AutodiscoverUrl);
    });
    m_ewsUrlRow = fieldBox(m_exchangeForm, ewsUrl);
    m_autodiscoverEmailRow = fieldBox(m_exchangeForm, adEmail);
    m_autodiscoverUrlRow = fieldBox(m_exchangeForm, adUrl);

    auto* auth = new QComboBox;
    auth->setObjectName(QStringLiteral("ewsAuthentication"));
    auth->addItem(tr("Basic"));
    auth->addItem(tr("NTLM"));
    addRow(m_exchangeForm, tr("EWS au&thentication:"), auth, tr("Pexip's integration uses the same method."));
    bindComboIndex(
        auth, [](const SetupProfile& p) { return static_cast<int>(p.exchange.ewsAuthentication); },
        [](SetupProfile& p, int i) { p.exchange.ewsAuthentication = static_cast<EwsAuthentication>(i); });

    auto* psUri =
        lineEdit(QStringLiteral("powerShellUri"), QStringLiteral("http://mail.example.com/PowerShell/"));
    addRow(m_exchangeForm, tr("Remote &PowerShell URI:"), psUri,
           tr("Usually http://<server>/PowerShell/ with Kerberos."));
    bindText(
        psUri, [](const SetupProfile& p) { return p.exchange.remotePowerShellUri; },
        [](SetupProfile& p, const QString& v) { p.exchange.remotePowerShellUri = v; });
    addValidation(psUri, tr("Remote PowerShell URI"), &input::checkHttpOrHttpsUrl, true);
    // Which program receives the admin password is this computer's setting (or OTJ_POWERSHELL),
    // never the profile's: shown read-only, with where it comes from.
    // A read-only line edit, not a word-wrapped label: a wrapped label in this form layout gets one
    // line's height and overlaps its hint.
    auto* psProgram = new QLineEdit;
    psProgram->setObjectName(QStringLiteral("powerShellProgram"));
    psProgram->setReadOnly(true);
    QString psSource;
    {
        const auto resolved = shell::PowerShellProgramSetting::resolve();
        psProgram->setText(resolved.ok() ? resolved.command.commandLine() : resolved.error);
        psProgram->setCursorPosition(0);
        if (resolved.ok())
            psSource = shell::PowerShellProgramSetting::describeSource(resolved.command.source);
    }
    // One-line hint: a wrapped hint in this scrolled form gets one line's height.
    psProgram->setToolTip(tr("%1\n\nThis program receives the Exchange admin password, so it is a setting "
                             "of this computer (or OTJ_POWERSHELL), never of a profile.")
                              .arg(psProgram->text()));
    addRow(m_exchangeForm, tr("PowerShell on this compute&r:"), psProgram,
           psSource.isEmpty() ? tr("Never taken from a profile.")
                              : tr("Source: %1; never taken from a profile.").arg(psSource));
    // Suggest Microsoft's documented form for the Exchange server the profile points at.
    connect(model, &ProfileModel::changed, psUri, [psUri, model] {
        const QString host = model->profile().exchangeHost();
        psUri->setPlaceholderText(QStringLiteral("http://%1/PowerShell/")
                                      .arg(host.isEmpty() ? QStringLiteral("mail.example.com") : host));
    });

    // The bridge's rule: the Windows user running the wizard by default (Kerberos, nothing sent);
    // an explicit admin credential only when the admin chooses it.
    m_signIn = new QComboBox;
    m_signIn->setObjectName(QStringLiteral("powerShellSignIn"));
    m_signIn->addItem(tr("The Windows user running this wizard (Kerberos)"));
    m_signIn->addItem(tr("The Exchange admin account below"));
    addRow(m_exchangeForm, tr("Remote PowerShell si&gn-in:"), m_signIn);
    bindComboIndex(
        m_signIn, [](const SetupProfile& p) { return static_cast<int>(p.exchange.remotePowerShellSignIn); },
        [](SetupProfile& p, int i) { p.exchange.remotePowerShellSignIn = static_cast<PowerShellSignIn>(i); });
    const auto usesAdminAccount = [this] {
        return m_signIn->currentIndex() == static_cast<int>(PowerShellSignIn::AdminAccount);
    };

    auto* admin = lineEdit(QStringLiteral("exchangeAdmin"), QStringLiteral("admin@example.com"));
    addRow(m_exchangeForm, tr("Exchange &admin account:"), admin,
           tr("UPN or DOMAIN\\user in Organization Management."));
    bindText(
        admin, [](const SetupProfile& p) { return p.exchange.adminAccount; },
        [](SetupProfile& p, const QString& v) { p.exchange.adminAccount = v; });
    addValidation(admin, tr("Exchange admin account"), &input::checkAccountName, true, usesAdminAccount);
    addPasswordRow(m_exchangeForm, tr("Admin pass&word:"), CredentialRole::ExchangeAdmin,
                   QStringLiteral("exchangeAdminPassword"));
    m_adminRow = fieldBox(m_exchangeForm, admin);
    m_adminPasswordRow = fieldBox(m_exchangeForm, m_secrets.last().edit);
    layout->addWidget(exchangeBox);
    layout->addWidget(trustBox(tr("Trust for Exchange's certificate"), m_exchangeTrust));

    // --- Service account ----------------------------------------------------------------------
    auto* serviceBox = new QGroupBox(tr("One-Touch Join service account"));
    auto* serviceForm = new QFormLayout(serviceBox);
    serviceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* upn = lineEdit(QStringLiteral("serviceAccountUpn"), QStringLiteral("otj-service@example.com"));
    addRow(serviceForm, tr("Servi&ce account UPN:"), upn);
    bindText(
        upn, [](const SetupProfile& p) { return p.serviceAccount.upn; },
        [](SetupProfile& p, const QString& v) { p.serviceAccount.upn = v; });
    addValidation(upn, tr("Service account UPN"), &input::checkUpn, true);
    addPasswordRow(serviceForm, tr("Service account passw&ord:"), CredentialRole::ServiceAccount,
                   QStringLiteral("serviceAccountPassword"));
    layout->addWidget(serviceBox);

    // --- Pexip ---------------------------------------------------------------------------------
    auto* pexipBox = new QGroupBox(tr("Pexip Infinity"));
    auto* pexipForm = new QFormLayout(pexipBox);
    pexipForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* node = lineEdit(QStringLiteral("pexipManagementNode"), QStringLiteral("pexip-mgr.example.com"));
    addRow(pexipForm, tr("&Management node:"), node);
    bindText(
        node, [](const SetupProfile& p) { return p.pexip.managementNode; },
        [](SetupProfile& p, const QString& v) { p.pexip.managementNode = v; });
    addValidation(node, tr("Management node"), &input::checkHostName, true);
    auto* pexipUser = lineEdit(QStringLiteral("pexipAdminUser"));
    addRow(pexipForm, tr("Pe&xip admin user:"), pexipUser);
    bindText(
        pexipUser, [](const SetupProfile& p) { return p.pexip.adminUser; },
        [](SetupProfile& p, const QString& v) { p.pexip.adminUser = v; });
    addValidation(pexipUser, tr("Pexip admin user"), {}, true);
    addPasswordRow(pexipForm, tr("Pex&ip admin password:"), CredentialRole::PexipAdmin,
                   QStringLiteral("pexipAdminPassword"));
    layout->addWidget(pexipBox);
    layout->addWidget(trustBox(tr("Trust for the Management Node's certificate"), m_pexipTrust));

    m_storageLabel->setObjectName(QStringLiteral("passwordStorage"));
    m_storageLabel->setWordWrap(true);
    layout->addWidget(m_storageLabel);
    layout->addStretch();

    connect(m_discovery, &QComboBox::currentIndexChanged, this, [this] {
        updateDiscoveryRows();
        revalidate();
    });
    connect(m_signIn, &QComboBox::currentIndexChanged, this, [this] {
        updateDiscoveryRows();
        revalidate();
    });
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        if (auto* w = setupWizard()) {
            w->useSessionOnlyStore();
            // Store the typed passwords in memory and continue, as Next would have.
            if (m_writeUnavailable)
                QMetaObject::invokeMethod(w, "next", Qt::QueuedConnection);
        }
    });

    updateDiscoveryRows();
    credentialStoreChanged();
}

QLineEdit* ConnectionsPage::addPasswordRow(QFormLayout* form, const QString& label, CredentialRole role,
                                           const QString& name)
{
    auto* edit = lineEdit(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(false);
    addRow(form, label, edit);
    m_secrets.append({role, edit, false});
    return edit;
}

void ConnectionsPage::initializePage()
{
    WizardPage::initializePage();
    readStoredSecrets();
}

void ConnectionsPage::profileRefreshed()
{
    updateDiscoveryRows();
}

void ConnectionsPage::updateDiscoveryRows()
{
    const auto mode = static_cast<EwsDiscovery>(qMax(0, m_discovery->currentIndex()));
    m_exchangeForm->setRowVisible(m_ewsUrlRow, mode == EwsDiscovery::ExplicitUrl);
    m_exchangeForm->setRowVisible(m_autodiscoverEmailRow, mode == EwsDiscovery::AutodiscoverEmail);
    m_exchangeForm->setRowVisible(m_autodiscoverUrlRow, mode == EwsDiscovery::AutodiscoverUrl);
    const bool admin = m_signIn->currentIndex() == static_cast<int>(PowerShellSignIn::AdminAccount);
    m_exchangeForm->setRowVisible(m_adminRow, admin);
    m_exchangeForm->setRowVisible(m_adminPasswordRow, admin);
}

bool ConnectionsPage::loadCaFile(TrustEndpoint endpoint, const QString& path)
{
    return (endpoint == TrustEndpoint::Exchange ? m_exchangeTrust : m_pexipTrust)->loadCaFile(path);
}

void ConnectionsPage::credentialStoreChanged()
{
    CredentialStore* store = credentialStore();
    if (!store) {
        m_storageLabel->setText(tr("Passwords cannot be stored: no credential store."));
        return;
    }
    m_storageLabel->setText(
        store->persistent() ? tr("Passwords are kept in: %1. They are never written to the profile.")
                                  .arg(store->description())
                            : tr("Passwords are kept in: %1. They are not saved anywhere and will be asked "
                                 "for again next time.")
                                  .arg(store->description()));
    if (!store->persistent())
        m_keychainBanner->setVisible(false);
    for (Secret& s : m_secrets)
        s.stored = false;
    updateSecretPlaceholders();
}

void ConnectionsPage::readStoredSecrets()
{
    CredentialStore* store = credentialStore();
    if (!store)
        return;
    const QString id = model()->profile().profileIdString();
    for (int i = 0; i < m_secrets.size(); ++i) {
        const CredentialRole role = m_secrets.at(i).role;
        store->read(id, role, this, [this, i, store](const CredentialResult& r) {
            if (store != credentialStore())
                return;
            m_secrets[i].stored = r.status == CredentialResult::Status::Ok;
            if (r.status == CredentialResult::Status::Unavailable)
                showKeychainProblem(r);
            updateSecretPlaceholders();
        });
    }
}

void ConnectionsPage::updateSecretPlaceholders()
{
    for (const Secret& s : std::as_const(m_secrets)) {
        s.edit->setPlaceholderText(s.stored ? tr("Stored; leave empty to keep it") : tr("Not stored yet"));
    }
}

void ConnectionsPage::showKeychainProblem(const CredentialResult& result)
{
    QString text = tr("The system keychain is not available, so passwords cannot be stored securely.");
    if (!result.message.isEmpty())
        text += QLatin1Char('\n') + tr("Details: %1").arg(result.message);
    text += QLatin1Char('\n') + tr("You can keep the passwords in memory for this session only: they are not "
                                   "written anywhere and you will be asked for them again next time.");
    m_keychainMessage->setText(text);
    m_sessionOnly->setVisible(true);
    m_keychainBanner->setVisible(true);
    Q_EMIT stepStateChanged();
}

QStringList ConnectionsPage::problems() const
{
    QStringList out = WizardPage::problems();
    if (m_keychainBanner->isVisibleTo(this))
        out << m_keychainMessage->text().section(QLatin1Char('\n'), 0, 0);
    return out;
}

bool ConnectionsPage::isComplete() const
{
    return m_pendingWrites == 0 && WizardPage::isComplete();
}

bool ConnectionsPage::validatePage()
{
    if (m_pendingWrites > 0)
        return false;
    CredentialStore* store = credentialStore();
    QList<int> toWrite;
    for (int i = 0; i < m_secrets.size(); ++i) {
        if (!m_secrets.at(i).edit->text().isEmpty())
            toWrite << i;
    }
    if (toWrite.isEmpty() || !store)
        return true;

    // Nextcloud pattern: stay on the page, write asynchronously, advance when every write is done.
    m_writeUnavailable = false;
    m_writeErrors.clear();
    m_pendingWrites = toWrite.size();
    Q_EMIT completeChanged();
    const QString id = model()->profile().profileIdString();
    for (int i : std::as_const(toWrite)) {
        const QString secret = m_secrets.at(i).edit->text();
        Redactor::addSecret(secret);
        const CredentialRole role = m_secrets.at(i).role;
        store->write(id, role, secret, this, [this, i, role](const CredentialResult& r) {
            if (r.ok()) {
                m_secrets[i].stored = true;
                m_secrets[i].edit->clear();
            } else if (r.status == CredentialResult::Status::Unavailable) {
                m_writeUnavailable = true;
                showKeychainProblem(r);
            } else {
                m_writeErrors << tr("%1: %2").arg(roleTitle(role), r.message);
            }
            writeFinished();
        });
    }
    return false;
}

void ConnectionsPage::writeFinished()
{
    if (--m_pendingWrites > 0)
        return;
    updateSecretPlaceholders();
    Q_EMIT completeChanged();
    if (!m_writeErrors.isEmpty()) {
        m_keychainMessage->setText(
            tr("Passwords could not be stored:\n%1").arg(m_writeErrors.join(QLatin1Char('\n'))));
        m_sessionOnly->setVisible(false);
        m_keychainBanner->setVisible(true);
        return;
    }
    if (m_writeUnavailable)
        return; // the banner offers "this session only"
    if (credentialStore() && credentialStore()->persistent())
        m_keychainBanner->setVisible(false);
    if (wizard() && wizard()->currentPage() == this)
        QMetaObject::invokeMethod(wizard(), "next", Qt::QueuedConnection);
}

} // namespace otj::ui
