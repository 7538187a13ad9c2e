#include "wizard/pages/WelcomePage.h"

#include "wizard/Dialogs.h"
#include "wizard/Icons.h"
#include "wizard/SetupWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace otj::ui {

WelcomePage::WelcomePage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
    , m_current(new QLabel)
    , m_problems(new QLabel)
    , m_recent(new QListWidget)
    , m_openRecent(new QPushButton(tr("Open s&elected")))
{
    setObjectName(QStringLiteral("welcomePage"));
    setShortTitle(tr("Welcome"));
    setTitle(tr("Welcome"));
    setSubTitle(
        tr("Connect Pexip Infinity One-Touch Join to Microsoft Exchange on-premises. Start with a new "
           "setup profile or open one you saved before."));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr(
        "A setup profile holds every decision you make in this wizard: the Exchange and Pexip endpoints, the "
        "service account, the rooms and the calendar policy. It never holds a password; passwords are kept "
        "in the system keychain."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("Ne&w profile"));
    newButton->setObjectName(QStringLiteral("newProfileButton"));
    auto* openButton = new QPushButton(svgIcon(QStringLiteral("open")), tr("&Open profile…"));
    openButton->setObjectName(QStringLiteral("openProfileButton"));
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_current->setObjectName(QStringLiteral("currentProfile"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_current);

    m_problems->setObjectName(QStringLiteral("openProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setVisible(false);
    layout->addWidget(m_problems);

    auto* recentLabel = new QLabel(tr("&Recent profiles:"));
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    m_recent->setObjectName(QStringLiteral("recentProfiles"));
    m_recent->setAccessibleName(tr("Recent profiles"));
    layout->addWidget(m_recent, 1);
    m_openRecent->setObjectName(QStringLiteral("openRecentButton"));
    auto* recentButtons = new QHBoxLayout;
    recentButtons->addStretch();
    recentButtons->addWidget(m_openRecent);
    layout->addLayout(recentButtons);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::startNew);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::chooseFile);
    connect(m_openRecent, &QPushButton::clicked, this, &WelcomePage::openSelectedRecent);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::openSelectedRecent);
    connect(m_recent, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openRecent->setEnabled(row >= 0); });
    connect(model, &ProfileModel::filePathChanged, this, &WelcomePage::updateCurrent);
    connect(model, &ProfileModel::changed, this, &WelcomePage::updateCurrent);

    reloadRecent();
    updateCurrent();
}

void WelcomePage::initializePage()
{
    WizardPage::initializePage();
    reloadRecent();
    updateCurrent();
}

StepState WelcomePage::stepState() const
{
    // Done once the admin moved on, or opened a saved profile (there is nothing else to decide here).
    return m_left || !model()->filePath().isEmpty() ? StepState::Done : StepState::NotStarted;
}

bool WelcomePage::validatePage()
{
    m_left = true;
    return true;
}

void WelcomePage::reloadRecent()
{
    m_recent->clear();
    const QStringList recent = SetupWizard::recentProfiles();
    for (const QString& path : recent) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QFileInfo::exists(path) ? QDir::toNativeSeparators(path)
                                                 : tr("This file no longer exists."));
    }
    if (recent.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent profiles."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
    m_openRecent->setEnabled(false);
}

void WelcomePage::updateCurrent()
{
    const QString path = model()->filePath();
    m_current->setText(path.isEmpty()
                           ? tr("Current profile: a new profile with the recommended values, not saved yet.")
                           : tr("Current profile: %1").arg(QDir::toNativeSeparators(path)));
}

void WelcomePage::startNew()
{
    if (model()->isModified()) {
        const auto answer = dialogs::question(
            this, tr("Start a new profile"),
            tr("The current profile has unsaved changes. Discard them and start a new profile?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    if (auto* w = setupWizard())
        w->newProfile();
    m_problems->setVisible(false);
    updateCurrent();
}

void WelcomePage::chooseFile()
{
    const QString path = dialogs::getOpenFileName(this, tr("Open setup profile"), QDir::homePath(),
                                                  tr("Setup profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void WelcomePage::openSelectedRecent()
{
    QListWidgetItem* item = m_recent->currentItem();
    if (item && !item->data(Qt::UserRole).toString().isEmpty())
        openFile(item->data(Qt::UserRole).toString());
}

bool WelcomePage::openFile(const QString& path)
{
    SetupWizard* w = setupWizard();
    if (!w)
        return false;
    QStringList problems;
    const bool ok = w->openProfile(path, &problems);
    if (!ok) {
        m_problems->setText(tr("%1 could not be opened:\n%2")
                                .arg(QDir::toNativeSeparators(path), problems.join(QLatin1Char('\n'))));
    } else if (!problems.isEmpty()) {
        m_problems->setText(tr("Opened, with notes:\n%1").arg(problems.join(QLatin1Char('\n'))));
    }
    m_problems->setVisible(!ok || !problems.isEmpty());
    reloadRecent();
    updateCurrent();
    return ok;
}

} // namespace otj::ui
