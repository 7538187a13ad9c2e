// Welcome: start a new profile, open one, or pick a recent one.
#pragma once

#include "wizard/WizardPage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace otj::ui {

class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    WelcomePage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

    void initializePage() override;
    StepState stepState() const override;
    bool validatePage() override;

    // Opens `path` into the shared model; shows the problems on the page if it cannot.
    bool openFile(const QString& path);

private:
    void chooseFile();
    void openSelectedRecent();
    void startNew();
    void reloadRecent();
    void updateCurrent();

    QLabel* m_current;
    QLabel* m_problems;
    QListWidget* m_recent;
    QPushButton* m_openRecent;
    bool m_left = false;
};

} // namespace otj::ui
