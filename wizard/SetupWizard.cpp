#include "wizard/SetupWizard.h"

#include "core/logging/Logging.h"
#include "core/profile/ProfileModel.h"
#include "core/profile/ProfileStore.h"
#include "core/secrets/CredentialStore.h"
#include "core/secrets/KeychainCredentialStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "wizard/Dialogs.h"
#include "wizard/ExchangeSession.h"
#include "wizard/Icons.h"
#include "wizard/StepPanel.h"
#include "wizard/pages/AuthenticationPage.h"
#include "wizard/pages/CalendarProcessingPage.h"
#include "wizard/pages/ConnectionsPage.h"
#include "wizard/pages/ImpersonationPage.h"
#include "wizard/pages/PexipIntegrationPage.h"
#include "wizard/pages/PrerequisitesPage.h"
#include "wizard/pages/RoomsPage.h"
#include "wizard/pages/ServiceAccountPage.h"
#include "wizard/pages/SummaryPage.h"
#include "wizard/pages/WelcomePage.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>

namespace otj::ui {

namespace {
const QString RecentKey = QStringLiteral("recentProfiles");
const QString GeometryKey = QStringLiteral("window/geometry");
constexpr int MaxRecent = 8;
} // namespace

SetupWizard::SetupWizard(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : QWizard(parent)
    , m_model(model)
    , m_store(store)
    , m_panel(new StepPanel)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("OTJ Exchange Setup"));
    setWindowIcon(svgIcon(QStringLiteral("app")));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1 | QWizard::HaveCustomButton2 |
               QWizard::NoDefaultButton);
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);

    // bookworm has no qtbase_nb, so the wizard's own buttons are translated here.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Commit"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
    setButtonText(QWizard::CustomButton1, tr("&Save"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve As…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveAsButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save the profile (no passwords are written to it)"));
    button(QWizard::CustomButton2)->setToolTip(tr("Save a copy of the profile under a new profile id"));
    button(QWizard::CustomButton1)->setIcon(svgIcon(QStringLiteral("save")));
    button(QWizard::CustomButton2)->setIcon(svgIcon(QStringLiteral("save")));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveProfile();
        else if (which == QWizard::CustomButton2)
            saveProfileAs();
    });

    addPage(WelcomePageId, new WelcomePage(model, store));
    addPage(ConnectionsPageId, new ConnectionsPage(model, store));
    addPage(RoomsPageId, new RoomsPage(model, store));
    addPage(PrerequisitesPageId, new PrerequisitesPage(model, store));
    addPage(ServiceAccountPageId, new ServiceAccountPage(model, store));
    addPage(ImpersonationPageId, new ImpersonationPage(model, store));
    addPage(AuthenticationPageId, new AuthenticationPage(model, store));
    addPage(CalendarProcessingPageId, new CalendarProcessingPage(model, store));
    addPage(PexipIntegrationPageId, new PexipIntegrationPage(model, store));
    addPage(SummaryPageId, new SummaryPage(model, store));
    setStartId(WelcomePageId);

    setSideWidget(m_panel);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        refreshPanel();
        qCInfo(lcWizard) << "page" << (currentPage() ? currentPage()->objectName() : QString()) << id;
    });
    connect(m_model, &ProfileModel::modifiedChanged, this, &SetupWizard::updateProfileStatus);
    connect(m_model, &ProfileModel::filePathChanged, this, &SetupWizard::updateProfileStatus);
    connect(m_model, &ProfileModel::filePathChanged, this, &SetupWizard::refreshPanel);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::updateSaveButtons);

    updateProfileStatus();
    updateSaveButtons();
    refreshPanel();

    restoreWindowGeometry();
}

QSize SetupWizard::defaultSize() const
{
    // Wide enough for the diff and validation tables (target, property, before, after; check,
    // cause) without truncating a column, bounded by the screen it opens on.
    const QSize hint = sizeHint();
    QSize size(qMax(hint.width(), fontMetrics().averageCharWidth() * 220),
               qMax(hint.height(), fontMetrics().height() * 60));
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.92);
    return size;
}

void SetupWizard::restoreWindowGeometry()
{
    QSettings settings;
    const QByteArray saved = settings.value(GeometryKey).toByteArray();
    if (saved.isEmpty() || !restoreGeometry(saved))
        resize(defaultSize());
}

void SetupWizard::saveWindowGeometry() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
}

SetupWizard::~SetupWizard()
{
    // Pages (and their line edits' editingFinished) may still signal while QWizard tears them
    // down; this object is no longer a SetupWizard by then.
    const QList<int> ids = pageIds();
    for (int id : ids)
        disconnect(page(id), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void SetupWizard::addPage(int id, WizardPage* page)
{
    setPage(id, page);
    m_panel->addStep(id, page);
    connect(page, &WizardPage::stepStateChanged, this, &SetupWizard::refreshPanel);
}

SetupWizard::PageId SetupWizard::pageOf(StepId step)
{
    switch (step) {
    case StepId::Prerequisites:
        return PrerequisitesPageId;
    case StepId::Connection:
        return ConnectionsPageId;
    case StepId::ServiceAccount:
        return ServiceAccountPageId;
    case StepId::Impersonation:
        return ImpersonationPageId;
    case StepId::Authentication:
        return AuthenticationPageId;
    case StepId::CalendarProcessing:
        return CalendarProcessingPageId;
    case StepId::Pexip:
        return PexipIntegrationPageId;
    }
    return WelcomePageId;
}

bool SetupWizard::showStep(StepId step)
{
    const int target = pageOf(step);
    while (currentId() != target) {
        const int before = currentId();
        if (visitedIds().contains(target)) {
            back();
        } else {
            if (!currentPage()->isComplete())
                return false; // Next is disabled here: the admin finishes this page first
            next();
        }
        if (currentId() == before)
            return false; // this page does not let the admin go on yet
    }
    return true;
}

void SetupWizard::setExchangeSession(ExchangeSession* session)
{
    m_session = session;
    const QList<int> ids = pageIds();
    for (int id : ids) {
        if (auto* p = wizardPage(id))
            p->setExchangeSession(session);
    }
}

ExchangeSession* SetupWizard::exchangeSession() const
{
    return m_session;
}

WizardPage* SetupWizard::wizardPage(int id) const
{
    return qobject_cast<WizardPage*>(page(id));
}

void SetupWizard::refreshPanel()
{
    m_panel->refresh(currentId());
}

void SetupWizard::updateSaveButtons()
{
    const bool show = currentId() != WelcomePageId && currentId() != -1;
    button(QWizard::CustomButton1)->setVisible(show);
    button(QWizard::CustomButton2)->setVisible(show);
}

void SetupWizard::updateProfileStatus()
{
    const QString path = m_model->filePath();
    QString text = path.isEmpty()
                       ? tr("Profile: new, not saved yet")
                       : tr("Profile: %1").arg(QDir::toNativeSeparators(QFileInfo(path).fileName()));
    if (!path.isEmpty() && m_model->isModified())
        text += QLatin1Char('\n') + tr("Unsaved changes");
    if (isSessionOnly())
        text += QLatin1Char('\n') + tr("Passwords: this session only");
    m_panel->setProfileStatus(text);
    m_panel->setToolTip(QDir::toNativeSeparators(path));
}

void SetupWizard::useSessionOnlyStore()
{
    if (!m_sessionStore)
        m_sessionStore = new MemoryCredentialStore(this);
    // With the usual layered store (environment over keychain) only the keychain is replaced, so
    // passwords from the environment still count; any other store is replaced as a whole.
    if (auto* layered = qobject_cast<LayeredCredentialStore*>(m_store.data()))
        layered->setSecond(m_sessionStore);
    else
        m_store = m_sessionStore;
    qCInfo(lcWizard) << "passwords kept for this session only";
    const QList<int> ids = pageIds();
    for (int id : ids) {
        if (auto* p = wizardPage(id))
            p->setCredentialStore(m_store);
    }
    updateProfileStatus();
    Q_EMIT credentialStoreChanged(m_store);
}

bool SetupWizard::isSessionOnly() const
{
    if (!m_sessionStore || !m_store)
        return false;
    if (auto* layered = qobject_cast<LayeredCredentialStore*>(m_store.data()))
        return layered->second() == m_sessionStore;
    return m_store == m_sessionStore;
}

bool SetupWizard::openProfile(const QString& path, QStringList* problems)
{
    const ProfileLoadResult result = ProfileStore::load(path);
    if (problems) {
        problems->clear();
        for (const ProfileIssue& issue : result.issues) {
            if (issue.severity != ProfileIssue::Severity::Incomplete)
                problems->append(tr("%1: %2").arg(issue.path, issue.message));
        }
    }
    if (!result.ok()) {
        qCWarning(lcWizard) << "profile could not be opened" << path;
        return false;
    }
    m_model->setProfile(result.profile, path);
    addRecentProfile(path);
    qCInfo(lcWizard) << "profile opened" << path;
    return true;
}

void SetupWizard::newProfile()
{
    m_model->setProfile(SetupProfile::defaults());
}

bool SetupWizard::saveProfile()
{
    if (m_model->filePath().isEmpty())
        return saveProfileAs();
    QString error;
    if (!m_model->save({}, &error)) {
        dialogs::information(this, tr("Profile not saved"),
                             tr("The profile could not be saved: %1").arg(error));
        return false;
    }
    addRecentProfile(m_model->filePath());
    return true;
}

bool SetupWizard::saveProfileAs()
{
    const QString oldId = m_model->profile().profileIdString();
    const bool hadFile = !m_model->filePath().isEmpty();
    const QString dir = hadFile ? QFileInfo(m_model->filePath()).absolutePath() : QDir::homePath();
    const QString path = dialogs::getSaveFileName(this, tr("Save profile as"), dir,
                                                  tr("Setup profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    const bool ok = hadFile ? m_model->saveAs(path, &error) : m_model->save(path, &error);
    if (!ok) {
        dialogs::information(this, tr("Profile not saved"),
                             tr("The profile could not be saved: %1").arg(error));
        return false;
    }
    addRecentProfile(path);
    if (hadFile) {
        dialogs::information(
            this, tr("Saved as a new profile"),
            tr("The profile was saved as a new profile with its own id (%1). Passwords stored for the "
               "previous "
               "profile (%2) stay with that profile; enter them again on the Connections page to store them "
               "for this one.")
                .arg(m_model->profile().profileIdString(), oldId));
    }
    return true;
}

QStringList SetupWizard::recentProfiles()
{
    QSettings settings;
    return settings.value(RecentKey).toStringList();
}

void SetupWizard::addRecentProfile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProfiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > MaxRecent)
        list.removeLast();
    QSettings settings;
    settings.setValue(RecentKey, list);
}

void SetupWizard::done(int result)
{
    if (m_model->isModified()) {
        const auto answer = dialogs::question(
            this, tr("Unsaved changes"), tr("The profile has unsaved changes. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !saveProfile())
            return;
    }
    saveWindowGeometry();
    QWizard::done(result);
}

void SetupWizard::showEvent(QShowEvent* event)
{
    // Draw the focus frame from the start, for keyboard users (Kleopatra).
    setAttribute(Qt::WA_KeyboardFocusChange);
    QWizard::showEvent(event);
}

} // namespace otj::ui
