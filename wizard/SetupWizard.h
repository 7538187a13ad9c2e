// The setup wizard: a QWizard in ModernStyle on every platform, one class per page, the shared
// ProfileModel and CredentialStore injected into every page, and a side panel of step states.
#pragma once

#include "core/steps/StepId.h"

#include <QPointer>
#include <QWizard>

namespace otj {
class CredentialStore;
class ProfileModel;
} // namespace otj

namespace otj::ui {

class ExchangeSession;
class StepPanel;
class WizardPage;

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        ConnectionsPageId,
        RoomsPageId,
        PrerequisitesPageId,
        ServiceAccountPageId,
        ImpersonationPageId,
        AuthenticationPageId,
        CalendarProcessingPageId,
        PexipIntegrationPageId,
        SummaryPageId,
    };

    // `store` is where passwords go (normally the system keychain); the wizard does not own it.
    SetupWizard(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
    ~SetupWizard() override;

    ProfileModel* model() const { return m_model; }
    CredentialStore* credentialStore() const { return m_store; }
    // The keychain is unavailable and the admin chose "use for this session only": passwords are
    // kept in memory until the wizard closes, nothing is written anywhere else.
    void useSessionOnlyStore();
    bool isSessionOnly() const;

    // How the pages reach Exchange; null (the default): the step pages say their action is not
    // available. The wizard does not own it.
    void setExchangeSession(ExchangeSession* session);
    ExchangeSession* exchangeSession() const;

    WizardPage* wizardPage(int id) const;
    // The one mapping from core's steps to the wizard's pages.
    static PageId pageOf(StepId step);
    // Opens the page of `step` (going back or forward through the pages in between); false when a
    // page on the way does not let the admin go on yet.
    bool showStep(StepId step);
    StepPanel* stepPanel() const { return m_panel; }

    // Profile files. open: false and `problems` filled if it cannot be used.
    bool openProfile(const QString& path, QStringList* problems = nullptr);
    void newProfile();
    bool saveProfile();   // to the current file, or asks for one
    bool saveProfileAs(); // asks for a file; the copy gets a new profileId

    static QStringList recentProfiles();
    static void addRecentProfile(const QString& path);

    void done(int result) override;
    // The size the window opens at when no geometry was saved on this computer.
    QSize defaultSize() const;

Q_SIGNALS:
    void credentialStoreChanged(otj::CredentialStore* store);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addPage(int id, WizardPage* page);
    // The window's geometry is a setting of this computer (QSettings), restored at start and
    // saved when the wizard closes.
    void restoreWindowGeometry();
    void saveWindowGeometry() const;
    void refreshPanel();
    void updateProfileStatus();
    void updateSaveButtons();

    ProfileModel* m_model;
    QPointer<CredentialStore> m_store;
    CredentialStore* m_sessionStore = nullptr;
    QPointer<ExchangeSession> m_session;
    StepPanel* m_panel;
};

} // namespace otj::ui
