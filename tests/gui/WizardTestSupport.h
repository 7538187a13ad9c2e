// Shared helpers for the wizard GUI tests: a scriptable CredentialStore, widget lookup by
// objectName, and settings isolated in a temporary directory.
#pragma once

#include "core/secrets/CredentialStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHash>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace otj::test {

// Answers every call asynchronously with the configured status; records what was asked.
class FakeCredentialStore : public CredentialStore
{
public:
    using Status = CredentialResult::Status;
    using CredentialStore::CredentialStore;

    Status readStatus = Status::NotFound;
    Status writeStatus = Status::Ok;
    QString message =
        QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
    QHash<QString, QString> stored; // key -> secret, only for successful writes
    int writeAttempts = 0;

    void read(const QString& profileId, CredentialRole role, QObject* context, CredentialCallback cb) override
    {
        CredentialResult r;
        const QString key = keyFor(profileId, role);
        if (readStatus == Status::NotFound && stored.contains(key)) {
            r.status = Status::Ok;
            r.secret = stored.value(key);
        } else {
            r.status = readStatus;
            r.message = readStatus == Status::Unavailable ? message : QString();
        }
        deliverLater(context, std::move(cb), r);
    }
    void write(const QString& profileId, CredentialRole role, const QString& secret, QObject* context,
               CredentialCallback cb) override
    {
        ++writeAttempts;
        CredentialResult r;
        r.status = writeStatus;
        if (writeStatus == Status::Ok)
            stored.insert(keyFor(profileId, role), secret);
        else
            r.message = message;
        deliverLater(context, std::move(cb), r);
    }
    void remove(const QString& profileId, CredentialRole role, QObject* context,
                CredentialCallback cb) override
    {
        stored.remove(keyFor(profileId, role));
        deliverLater(context, std::move(cb), {Status::Ok, {}, {}});
    }
    QString description() const override { return QStringLiteral("fake keychain"); }
    bool persistent() const override { return true; }
};

template <typename T = QWidget>
T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child named %s", name);
    return w;
}

// Types like a user: focus, select all, type (emits textEdited, like real input).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

// OTJ_GUI_SCREENSHOTS=DIR saves `window` as the admin sees it, as DIR/<name>.png (with "-x<factor>"
// under QT_SCALE_FACTOR), for looking at the layout.
inline void saveScreenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("OTJ_GUI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    const QString scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                              ? QStringLiteral("-x") + qEnvironmentVariable("QT_SCALE_FACTOR")
                              : QString();
    window->grab().save(QStringLiteral("%1/%2%3.png").arg(dir, name, scale));
}

// The window as a PNG at `path` (empty: nothing), e.g. for a reviewer's screenshot.
inline void saveScreenshotTo(QWidget* window, const QString& path)
{
    if (path.isEmpty())
        return;
    QApplication::processEvents();
    window->grab().save(path);
}

// QSettings (recent profiles) in a temporary directory, never the developer's own.
inline void isolateSettings(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OTJ Exchange Setup Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("OTJ Exchange Setup Tests"));
}

// A wizard on `session`, shown at page `id`; null when its window never appeared.
inline std::unique_ptr<ui::SetupWizard> openWizardAt(ProfileModel* model, CredentialStore* store,
                                                     ui::ExchangeSession* session, ui::SetupWizard::PageId id)
{
    auto wizard = std::make_unique<ui::SetupWizard>(model, store);
    wizard->setExchangeSession(session);
    wizard->setStartId(id);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

} // namespace otj::test
