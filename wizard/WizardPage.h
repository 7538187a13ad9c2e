// Shared base of every wizard page (Kleopatra's WizardPage, KeePassXC's injected model): each page
// gets the shared ProfileModel and the CredentialStore, binds its inputs to the profile and checks
// them inline, so the same page widgets can serve a later "edit" or "validate" window.
#pragma once

#include "core/profile/ProfileModel.h"
#include "core/profile/SetupProfile.h"
#include "core/secrets/CredentialStore.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace otj {
class CredentialStore;
}

namespace otj::ui {

class ExchangeSession;
class SetupWizard;

// NotChecked: the step's checks ran but decided nothing (all skipped): not done, nothing wrong found.
enum class StepState { NotStarted, NeedsAttention, NotChecked, Done };
// "Needs attention (3)" when `count` > 0.
QString stepStateText(StepState state, int count = 0);
QString stepStateIconName(StepState state);

class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    WizardPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

    ProfileModel* model() const { return m_model; }
    CredentialStore* credentialStore() const { return m_store; }
    void setCredentialStore(CredentialStore* store);
    // How the page reaches Exchange (discovery, plan, apply, verify); null: not in this build.
    ExchangeSession* exchangeSession() const;
    void setExchangeSession(ExchangeSession* session);

    // Short name for the side panel ("Connections").
    QString shortTitle() const { return m_shortTitle; }

    virtual StepState stepState() const;
    // How many things the state is about (failed and warned checks, unchecked ones); 0: no count.
    virtual int stepStateCount() const { return 0; }
    // A step whose action (changing Exchange or Pexip) is not in this build can collect its
    // inputs, but is never shown as done: nothing was carried out.
    void setActionAvailable(bool available) { m_actionAvailable = available; }
    bool actionAvailable() const { return m_actionAvailable; }
    bool wasVisited() const { return m_visited; }
    // Plain sentences saying what still needs attention on this page (empty when complete).
    virtual QStringList problems() const;

    void initializePage() override;
    bool isComplete() const override;

    // Re-reads every bound input from the profile (without writing back).
    void refreshFromProfile();

Q_SIGNALS:
    void stepStateChanged();

protected:
    SetupWizard* setupWizard() const;
    void setShortTitle(const QString& title) { m_shortTitle = title; }
    virtual void credentialStoreChanged() {}
    virtual void exchangeSessionChanged() {}
    // Called after bound inputs were refreshed from the profile.
    virtual void profileRefreshed() {}

    using TextGetter = std::function<QString(const SetupProfile&)>;
    using TextSetter = std::function<void(SetupProfile&, const QString&)>;
    using Check = std::function<QString(const QString&)>;

    // Input bindings: the widget shows the profile value and every user edit goes through
    // ProfileModel::update().
    void bindText(QLineEdit* edit, TextGetter get, TextSetter set);
    void bindCheck(QCheckBox* box, std::function<bool(const SetupProfile&)> get,
                   std::function<void(SetupProfile&, bool)> set);
    void bindComboIndex(QComboBox* combo, std::function<int(const SetupProfile&)> get,
                        std::function<void(SetupProfile&, int)> set);
    void bindSpin(QSpinBox* spin, std::function<int(const SetupProfile&)> get,
                  std::function<void(SetupProfile&, int)> set);

    // A form row: a buddy label (with mnemonic) and the field; for line edits an inline error
    // label below the field shows the reason. Returns the error label.
    QLabel* addRow(QFormLayout* form, const QString& labelText, QWidget* field, const QString& hint = {});
    // Inline validation of a line edit: `check` returns "" or the reason; `required` adds
    // "Required." for an empty value; `active` (optional) limits the check to when it applies.
    void addValidation(QLineEdit* edit, const QString& fieldName, Check check, bool required,
                       std::function<bool()> active = {});
    void revalidate();

    // A plain, visible "not available in this build" note for an action whose core is missing.
    QLabel* notAvailableLabel(const QString& text);

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        std::function<void()> refresh;
    };
    struct Validation
    {
        QLineEdit* edit = nullptr;
        QLabel* errorLabel = nullptr;
        QString fieldName;
        Check check;
        bool required = false;
        std::function<bool()> active;
        bool touched = false;
    };
    void write(const std::function<void(SetupProfile&)>& edit);
    QString reasonFor(const Validation& v) const;

    ProfileModel* m_model;
    QPointer<CredentialStore> m_store;
    QPointer<ExchangeSession> m_session;
    QString m_shortTitle;
    QList<Binding> m_bindings;
    QList<Validation> m_validations;
    QHash<QWidget*, QLabel*> m_errorLabels;
    bool m_writing = false;
    bool m_refreshing = false;
    bool m_visited = false;
    bool m_actionAvailable = true;
};

} // namespace otj::ui
