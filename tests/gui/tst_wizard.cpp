// The wizard, driven like a user offscreen: accessibility of every page, inline validation, the
// room list at scale, Save / Save as, the keychain-unavailable path and the side panel.
#include "WizardTestSupport.h"
#include "core/net/Certificates.h"

#include "core/profile/ProfileModel.h"
#include "core/profile/ProfileStore.h"
#include "core/util/InputValidation.h"
#include "wizard/Dialogs.h"
#include "wizard/RoomDirectoryModel.h"
#include "wizard/SetupWizard.h"
#include "wizard/StepPanel.h"
#include "wizard/WizardPage.h"
#include "wizard/pages/RoomsPage.h"
#include "wizard/validation/ValidationPanel.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace otj;
using namespace otj::ui;
using otj::test::child;
using otj::test::FakeCredentialStore;
using otj::test::typeInto;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<FakeCredentialStore> m_store;
    std::unique_ptr<SetupWizard> m_wizard;

    void makeWizard()
    {
        m_wizard.reset();
        m_model = std::make_unique<ProfileModel>();
        m_model->setProfile(SetupProfile::defaults());
        m_store = std::make_unique<FakeCredentialStore>();
        m_wizard = std::make_unique<SetupWizard>(m_model.get(), m_store.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }
    void clickNext()
    {
        QAbstractButton* next = m_wizard->button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QVERIFY2(next->isEnabled(), qPrintable(m_wizard->currentPage()->objectName()));
        QTest::mouseClick(next, Qt::LeftButton);
    }
    // OTJ_GUI_SCREENSHOTS=DIR saves each page as the user sees it (for reviewing the layout).
    void screenshot(const QString& name = {})
    {
        const QString dir = qEnvironmentVariable("OTJ_GUI_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        m_wizard->grab().save(QStringLiteral("%1/%2.png")
                                  .arg(dir, name.isEmpty() ? m_wizard->currentPage()->objectName() : name));
    }
    // A combo box's popup list (created once the combo knows its items) belongs to the combo.
    static bool insideComboBox(const QWidget* w)
    {
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<const QComboBox*>(p))
                return true;
        }
        return false;
    }
    // Writes `bytes` to DIR/name (a file for the file dialog to answer); empty when it failed.
    static QString writeTestFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    // Answers the next file dialog with `path` and clicks `button` (a trust entry's Choose).
    static void chooseFile(QWidget* page, const char* button, const QString& path)
    {
        dialogs::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(page, button), Qt::LeftButton);
    }
    void toConnections()
    {
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::WelcomePageId));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ConnectionsPageId));
    }
    // On the Connections page with a system CA chosen as Exchange's (files in `dir`); null on failure.
    QSslCertificate toConnectionsWithExchangeCa(const QTemporaryDir& dir)
    {
        toConnections();
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        if (system.isEmpty()) // install ca-certificates
            return QSslCertificate();
        const QString pem = writeTestFile(dir, QStringLiteral("exchange-ca.pem"), system.at(0).toPem());
        if (pem.isEmpty())
            return QSslCertificate();
        chooseFile(m_wizard->currentPage(), "chooseCaButton", pem);
        return system.at(0);
    }
    void fillConnections()
    {
        QWizardPage* page = m_wizard->currentPage();
        typeInto(child<QLineEdit>(page, "ewsUrl"),
                 QStringLiteral("https://mail.contoso.test/EWS/Exchange.asmx"));
        typeInto(child<QLineEdit>(page, "powerShellUri"),
                 QStringLiteral("http://mail.contoso.test/PowerShell/"));
        child<QComboBox>(page, "powerShellSignIn")->setCurrentIndex(int(PowerShellSignIn::AdminAccount));
        typeInto(child<QLineEdit>(page, "exchangeAdmin"), QStringLiteral("CONTOSO\\exadmin"));
        typeInto(child<QLineEdit>(page, "serviceAccountUpn"), QStringLiteral("otj-svc@contoso.test"));
        typeInto(child<QLineEdit>(page, "pexipManagementNode"), QStringLiteral("pexmgr.contoso.test"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        otj::test::isolateSettings(m_dir);
    }
    void init()
    {
        dialogs::clearQueues();
        makeWizard();
    }
    void cleanup()
    {
        m_wizard.reset();
        QVERIFY2(dialogs::queuesEmpty(), "a queued dialog answer was not used");
    }

    // The window opens wide enough for the tables (check, cause; target, property, before, after)
    // and comes back at the size and place the admin left it.
    void windowOpensReadableAndRemembersGeometry()
    {
        m_wizard.reset();
        QSettings().remove(QStringLiteral("window/geometry"));
        makeWizard();
        const QSize available = m_wizard->screen()->availableGeometry().size();
        const int chars = m_wizard->fontMetrics().averageCharWidth();
        QVERIFY2(m_wizard->width() >= qMin(chars * 180, available.width() * 9 / 10),
                 qPrintable(QStringLiteral("%1 px wide").arg(m_wizard->width())));
        QVERIFY(m_wizard->width() <= available.width());
        QVERIFY(m_wizard->height() <= available.height());
        QVERIFY(m_wizard->width() > 900 || available.width() < 1000); // the old 900×640 truncated

        const QSize chosen(available.width() * 3 / 4, available.height() * 3 / 4);
        m_wizard->resize(chosen);
        QTRY_COMPARE(m_wizard->size(), chosen);
        m_wizard->reject(); // nothing modified: closes without asking
        QVERIFY(!m_wizard->isVisible());
        makeWizard();
        QCOMPARE(m_wizard->size(), chosen);
        QSettings().remove(QStringLiteral("window/geometry"));
    }

    void everyPageHasStableNamesAndTitles()
    {
        const QStringList expected = {QStringLiteral("welcomePage"),
                                      QStringLiteral("connectionsPage"),
                                      QStringLiteral("roomsPage"),
                                      QStringLiteral("prerequisitesPage"),
                                      QStringLiteral("serviceAccountPage"),
                                      QStringLiteral("impersonationPage"),
                                      QStringLiteral("authenticationPage"),
                                      QStringLiteral("calendarProcessingPage"),
                                      QStringLiteral("pexipIntegrationPage"),
                                      QStringLiteral("summaryPage")};
        QStringList names;
        const QList<int> ids = m_wizard->pageIds();
        for (int id : ids) {
            QWizardPage* p = m_wizard->page(id);
            names << p->objectName();
            QVERIFY2(!p->title().isEmpty(), qPrintable(p->objectName()));
            QVERIFY2(!p->subTitle().isEmpty(), qPrintable(p->objectName())); // ModernStyle: no layout jumps
        }
        QCOMPARE(names, expected);
        QCOMPARE(m_wizard->wizardStyle(), QWizard::ModernStyle);
        QVERIFY(m_wizard->testOption(QWizard::NoBackButtonOnStartPage));
        QVERIFY(!m_wizard->windowIcon().isNull());
        QVERIFY(m_wizard->testAttribute(Qt::WA_KeyboardFocusChange));
    }

    // Every focusable control without visible text has an accessible name; every input has a
    // buddy label with a mnemonic; mnemonics on a page (with the wizard's buttons) are unique.
    void accessibilityOnEveryPage()
    {
        const QList<int> ids = m_wizard->pageIds();
        for (int id : ids) {
            QWizardPage* page = m_wizard->page(id);
            const QString where = page->objectName();
            QHash<QWidget*, QLabel*> buddies;
            QHash<QChar, QString> mnemonics;
            auto addMnemonic = [&](const QString& text, const QString& owner) {
                const int amp = text.indexOf(QLatin1Char('&'));
                if (amp < 0 || amp + 1 >= text.size())
                    return;
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!mnemonics.contains(key),
                         qPrintable(QStringLiteral("%1: mnemonic '%2' used by \"%3\" and \"%4\"")
                                        .arg(where, key, mnemonics.value(key), owner)));
                mnemonics.insert(key, owner);
            };
            for (QAbstractButton* b :
                 {m_wizard->button(QWizard::BackButton), m_wizard->button(QWizard::NextButton),
                  m_wizard->button(QWizard::CustomButton1), m_wizard->button(QWizard::CustomButton2)})
                addMnemonic(b->text(), b->text());

            const QList<QLabel*> labels = page->findChildren<QLabel*>();
            for (QLabel* l : labels) {
                if (l->buddy())
                    buddies.insert(l->buddy(), l);
            }
            const QList<QWidget*> widgets = page->findChildren<QWidget*>();
            int inputs = 0;
            for (QWidget* w : widgets) {
                // Parts of composite widgets (a spin box's line edit, a view's viewport) are
                // covered by their owner.
                QWidget* parent = w->parentWidget();
                if (qobject_cast<QAbstractSpinBox*>(parent) || insideComboBox(w))
                    continue;
                const QString name =
                    QStringLiteral("%1/%2 (%3)")
                        .arg(where, w->objectName(), QString::fromLatin1(w->metaObject()->className()));
                // Mnemonics inside the ValidationPanel are its own tests' business (tst_validation*).
                bool inPanel = false;
                for (QWidget* p = w; p && p != page; p = p->parentWidget())
                    inPanel |= QByteArray(p->metaObject()->className()) == "otj::ui::ValidationPanel";
                if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                    if (inPanel)
                        continue;
                    if (w->focusPolicy() != Qt::NoFocus && b->text().isEmpty())
                        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
                    addMnemonic(b->text(), b->text());
                    continue;
                }
                if (auto* l = qobject_cast<QLabel*>(w)) {
                    if (l->buddy() && !inPanel)
                        addMnemonic(l->text(), l->text());
                    continue;
                }
                if (w->focusPolicy() == Qt::NoFocus)
                    continue;
                // Tabs are named by their own text.
                if (qobject_cast<QTabWidget*>(w) || qobject_cast<QTabBar*>(w))
                    continue;
                const bool isInput = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                                     qobject_cast<QAbstractSpinBox*>(w) ||
                                     qobject_cast<QAbstractItemView*>(w) ||
                                     qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w);
                QVERIFY2(isInput, qPrintable(QStringLiteral("unexpected focusable widget ") + name));
                ++inputs;
                // No visible text of its own: needs an accessible name (objectName does not count).
                QVERIFY2(!w->accessibleName().isEmpty() || buddies.contains(w), qPrintable(name));
                QVERIFY2(buddies.contains(w), qPrintable(QStringLiteral("no buddy label: ") + name));
                QVERIFY2(buddies.value(w)->text().contains(QLatin1Char('&')),
                         qPrintable(QStringLiteral("buddy label without mnemonic: ") + name));
            }
            if (id != SetupWizard::PrerequisitesPageId)
                QVERIFY2(inputs > 0, qPrintable(where));
        }
    }

    // QAccessible derives a name from the buddy label; controls that have neither a buddy nor
    // text must carry an explicit accessibleName. Checked separately so the rule is explicit.
    void controlsWithoutTextHaveAccessibleNames()
    {
        int checked = 0;
        const QList<QWidget*> all = m_wizard->findChildren<QWidget*>();
        for (QWidget* w : all) {
            if (w->focusPolicy() == Qt::NoFocus || insideComboBox(w))
                continue;
            if (qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                qobject_cast<QSpinBox*>(w)) {
                ++checked;
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                QVERIFY(w->accessibleName() != w->objectName());
            }
        }
        QVERIFY(checked >= 4); // recent list, room list, quota, summary
    }

    void connectionsTabOrderFollowsLayout()
    {
        toConnections();
        QWizardPage* page = m_wizard->currentPage();
        child<QComboBox>(page, "powerShellSignIn")->setCurrentIndex(int(PowerShellSignIn::AdminAccount));
        // Each endpoint's CA right after the endpoint.
        const QStringList order = {
            QStringLiteral("ewsDiscovery"),          QStringLiteral("ewsUrl"),
            QStringLiteral("ewsAuthentication"),     QStringLiteral("powerShellUri"),
            QStringLiteral("powerShellSignIn"),      QStringLiteral("exchangeAdmin"),
            QStringLiteral("exchangeAdminPassword"), QStringLiteral("chooseCaButton"),
            QStringLiteral("serviceAccountUpn"),     QStringLiteral("serviceAccountPassword"),
            QStringLiteral("pexipManagementNode"),   QStringLiteral("pexipAdminUser"),
            QStringLiteral("pexipAdminPassword"),    QStringLiteral("pexipChooseCaButton")};
        QWidget* first = child(page, "ewsDiscovery");
        first->setFocus();
        QStringList seen;
        QWidget* w = first;
        for (int i = 0; i < 200 && seen.size() < order.size(); ++i) {
            if (order.contains(w->objectName()) && w->isVisible() && !seen.contains(w->objectName()))
                seen << w->objectName();
            w = w->nextInFocusChain();
        }
        QCOMPARE(seen, order);
    }

    // Remote PowerShell signs in as the Windows user by default (no credential asked for); the
    // admin account and its password are asked for only when the admin chooses them.
    void powerShellSignInFollowsTheBridge()
    {
        toConnections();
        QWizardPage* page = m_wizard->currentPage();
        auto* signIn = child<QComboBox>(page, "powerShellSignIn");
        QCOMPARE(signIn->currentIndex(), int(PowerShellSignIn::CurrentUser));
        QCOMPARE(int(m_model->profile().exchange.remotePowerShellSignIn), int(PowerShellSignIn::CurrentUser));
        QVERIFY(!child<QLineEdit>(page, "exchangeAdmin")->isVisible());
        QVERIFY(!child<QLineEdit>(page, "exchangeAdminPassword")->isVisible());
        typeInto(child<QLineEdit>(page, "ewsUrl"),
                 QStringLiteral("https://mail.contoso.test/EWS/Exchange.asmx"));
        typeInto(child<QLineEdit>(page, "powerShellUri"),
                 QStringLiteral("http://mail.contoso.test/PowerShell/"));
        typeInto(child<QLineEdit>(page, "serviceAccountUpn"), QStringLiteral("otj-svc@contoso.test"));
        typeInto(child<QLineEdit>(page, "pexipManagementNode"), QStringLiteral("pexmgr.contoso.test"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled()); // no admin account needed

        signIn->setCurrentIndex(int(PowerShellSignIn::AdminAccount));
        QCOMPARE(int(m_model->profile().exchange.remotePowerShellSignIn),
                 int(PowerShellSignIn::AdminAccount));
        QVERIFY(child<QLineEdit>(page, "exchangeAdmin")->isVisible());
        QVERIFY(child<QLineEdit>(page, "exchangeAdminPassword")->isVisible());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // now the account is required
        typeInto(child<QLineEdit>(page, "exchangeAdmin"), QStringLiteral("CONTOSO\\exadmin"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void powerShellProgramIsThisComputersSettingShownReadOnly()
    {
        // OTJ_POWERSHELL (tests, the demo, schedulers) wins and is named as the source.
        qputenv("OTJ_POWERSHELL", R"(["/opt/otj/otj-lab","shell"])");
        makeWizard();
        toConnections();
        auto* program = qobject_cast<QLineEdit*>(child(m_wizard->currentPage(), "powerShellProgram"));
        auto* source = qobject_cast<QLabel*>(child(m_wizard->currentPage(), "powerShellProgramHint"));
        qunsetenv("OTJ_POWERSHELL");
        QVERIFY(program && source);
        QCOMPARE(program->text(), QStringLiteral("/opt/otj/otj-lab shell"));
        QVERIFY(program->isReadOnly());
        QVERIFY2(source->text().contains(QLatin1String("OTJ_POWERSHELL")), qPrintable(source->text()));
    }

    void inlineValidationShowsReasonAndBlocksNext_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("EWS URL over http") << "ewsUrl"
                                           << "http://mail.contoso.test/EWS/Exchange.asmx";
        QTest::newRow("EWS URL not a URL") << "ewsUrl"
                                           << "mail contoso";
        QTest::newRow("bad UPN") << "serviceAccountUpn"
                                 << "otj-svc";
        QTest::newRow("bad host") << "pexipManagementNode"
                                  << "pex mgr!.contoso";
        QTest::newRow("bad admin account") << "exchangeAdmin"
                                           << "a@b@c";
    }
    void inlineValidationShowsReasonAndBlocksNext()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        toConnections();
        QWizardPage* page = m_wizard->currentPage();
        QAbstractButton* next = m_wizard->button(QWizard::NextButton);
        QVERIFY(!next->isEnabled()); // required fields are empty
        fillConnections();
        QVERIFY(next->isEnabled());

        auto* edit = page->findChild<QLineEdit*>(field);
        QVERIFY(edit);
        typeInto(edit, value);
        auto* error = page->findChild<QLabel*>(field + QStringLiteral("Error"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QString reason;
        if (field == QLatin1String("ewsUrl"))
            reason = input::checkHttpsUrl(value);
        else if (field == QLatin1String("serviceAccountUpn"))
            reason = input::checkUpn(value);
        else if (field == QLatin1String("pexipManagementNode"))
            reason = input::checkHostName(value);
        else
            reason = input::checkAccountName(value);
        QVERIFY(!reason.isEmpty());
        QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
        QCOMPARE(edit->accessibleDescription(), reason);
        QVERIFY(!next->isEnabled());
        QCOMPARE(int(m_wizard->stepPanel()->state(SetupWizard::ConnectionsPageId)),
                 int(StepState::NeedsAttention));

        typeInto(edit, QString());   // cleared
        QVERIFY(!next->isEnabled()); // required again
        fillConnections();
        QVERIFY(!error->isVisible());
        QVERIFY(next->isEnabled());
    }

    void discoveryModeSwitchesTheCheckedField()
    {
        toConnections();
        QWizardPage* page = m_wizard->currentPage();
        fillConnections();
        auto* mode = child<QComboBox>(page, "ewsDiscovery");
        mode->setCurrentIndex(int(EwsDiscovery::AutodiscoverEmail));
        QCOMPARE(int(m_model->profile().exchange.discovery), int(EwsDiscovery::AutodiscoverEmail));
        QVERIFY(!child(page, "ewsUrl")->isVisible());
        QVERIFY(child(page, "autodiscoverEmail")->isVisible());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        typeInto(child<QLineEdit>(page, "autodiscoverEmail"), QStringLiteral("not an address"));
        QVERIFY(child<QLabel>(page, "autodiscoverEmailError")->isVisible());
        typeInto(child<QLineEdit>(page, "autodiscoverEmail"), QStringLiteral("someone@contoso.test"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(m_model->profile().exchange.autodiscoverEmail, QStringLiteral("someone@contoso.test"));
    }

    void caCertificateShowsSubjectAndFingerprint()
    {
        toConnections();
        QWizardPage* page = m_wizard->currentPage();
        const QString pem = QStringLiteral(OTJ_SOURCE_DIR "/tests/gui/data/test-ca.pem");
        QVERIFY(QFile::exists(pem));
        dialogs::setNextFileName(pem);
        QTest::mouseClick(child<QPushButton>(page, "chooseCaButton"), Qt::LeftButton);
        QVERIFY(!m_model->profile().trust.exchange.pem.isEmpty());
        QVERIFY(!m_model->profile().trust.exchange.pem.contains(QLatin1String("PRIVATE KEY")));
        QVERIFY2(child<QLabel>(page, "caSubject")->text().contains(QLatin1String("OTJ Test Root CA")),
                 qPrintable(child<QLabel>(page, "caSubject")->text()));
        QString fp = child<QLabel>(page, "caFingerprint")->text();
        QCOMPARE(fp.size(), 32 * 3 - 1); // AB:CD:...
        QCOMPARE(
            fp.remove(QLatin1Char(':')).toLower(),
            QStringLiteral(
                "0f5ba5ee537a84938c47d1dcb2cf796e2707254636e122ae3264533ef0758e7e")); // openssl x509
                                                                                      // -fingerprint -sha256
        // A file without a certificate is refused with the reason.
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.pem")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a certificate\n");
        bad.close();
        dialogs::setNextFileName(bad.fileName());
        QTest::mouseClick(child<QPushButton>(page, "chooseCaButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(page, "caError")->isVisible());
        QVERIFY(!m_model->profile().trust.exchange.pem.isEmpty()); // the good one stays
        QTest::mouseClick(child<QPushButton>(page, "removeCaButton"), Qt::LeftButton);
        QVERIFY(m_model->profile().trust.exchange.pem.isEmpty());
        QVERIFY(m_model->profile().trust.exchange.certificates.isEmpty());
    }

    // A root plus an intermediate: every certificate is shown with its subject and SHA-256.
    void caChainShowsEveryCertificate()
    {
        toConnections();
        QWizardPage* page = m_wizard->currentPage();
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY2(system.size() >= 2, "install ca-certificates");
        QTemporaryDir dir;
        QFile chain(dir.filePath(QStringLiteral("chain.pem")));
        QVERIFY(chain.open(QIODevice::WriteOnly));
        chain.write(system.at(0).toPem() + system.at(1).toPem());
        chain.close();
        dialogs::setNextFileName(chain.fileName());
        QTest::mouseClick(child<QPushButton>(page, "chooseCaButton"), Qt::LeftButton);
        QCOMPARE(m_model->profile().trust.exchange.certificates.size(), 2);
        const QStringList subjects = child<QLabel>(page, "caSubject")->text().split(QLatin1Char('\n'));
        const QStringList fingerprints =
            child<QLabel>(page, "caFingerprint")->text().split(QLatin1Char('\n'));
        QCOMPARE(subjects.size(), 2);
        QCOMPARE(fingerprints.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(subjects.at(i).contains(certs::subjectName(system.at(i))), qPrintable(subjects.at(i)));
            QVERIFY(fingerprints.at(i).endsWith(certs::sha256Fingerprint(system.at(i))));
        }
        QTest::mouseClick(child<QPushButton>(page, "removeCaButton"), Qt::LeftButton);
    }

    // The Management Node's CA is an entry of its own (trust.pexip): choosing, refusing and removing
    // it shows on its own labels and never touches Exchange's entry, and the other way round.
    void pexipCaIsSeparateFromExchanges()
    {
        QTemporaryDir dir;
        const QSslCertificate exchangeCa = toConnectionsWithExchangeCa(dir);
        QVERIFY(!exchangeCa.isNull());
        QWizardPage* page = m_wizard->currentPage();
        const EndpointTrust exchange = m_model->profile().trust.exchange;
        QCOMPARE(exchange.caCertificates(), QList<QSslCertificate>{exchangeCa});
        const QString exchangeShown = child<QLabel>(page, "caSubject")->text();
        auto* subject = child<QLabel>(page, "pexipCaSubject");
        auto* fingerprint = child<QLabel>(page, "pexipCaFingerprint");
        auto* error = child<QLabel>(page, "pexipCaError");
        auto* remove = child<QPushButton>(page, "pexipRemoveCaButton");
        QVERIFY(m_model->profile().trust.pexip.isEmpty());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!subject->text().contains(QLatin1String("OTJ Test Root CA")));

        const QString testCa = QStringLiteral(OTJ_SOURCE_DIR "/tests/gui/data/test-ca.pem");
        const QString testCaSha =
            QStringLiteral("0f5ba5ee537a84938c47d1dcb2cf796e2707254636e122ae3264533ef0758e7e");
        chooseFile(page, "pexipChooseCaButton", testCa);
        QVERIFY2(subject->text().contains(QLatin1String("OTJ Test Root CA")), qPrintable(subject->text()));
        QCOMPARE(fingerprint->text().remove(QLatin1Char(':')).toLower(), testCaSha);
        QVERIFY(remove->isEnabled());
        QVERIFY(!error->isVisible());
        const EndpointTrust pexip = m_model->profile().trust.pexip;
        QCOMPARE(pexip.certificates.size(), 1);
        QCOMPARE(QString(pexip.certificates.first().sha256).remove(QLatin1Char(':')).toLower(), testCaSha);
        QCOMPARE(m_model->profile().trust.exchange, exchange); // Exchange's entry untouched
        QCOMPARE(child<QLabel>(page, "caSubject")->text(), exchangeShown);

        // Not a certificate, or a certificate with its private key: refused with the reason, beside
        // the Management Node's entry only; the profile keeps what it had.
        QFile testCaFile(testCa);
        QVERIFY(testCaFile.open(QIODevice::ReadOnly));
        const QString notPem = writeTestFile(dir, QStringLiteral("node.txt"), "not a certificate\n");
        const QString withKey = writeTestFile(
            dir, QStringLiteral("node-with-key.pem"),
            testCaFile.readAll() + "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        QVERIFY(!notPem.isEmpty() && !withKey.isEmpty());
        for (const QString& refused : {notPem, withKey}) {
            chooseFile(page, "pexipChooseCaButton", refused);
            QVERIFY2(error->isVisible(), qPrintable(refused));
            QVERIFY2(error->text().contains(QFileInfo(refused).fileName()), qPrintable(error->text()));
            QVERIFY(!child<QLabel>(page, "caError")->isVisible());
            QCOMPARE(m_model->profile().trust.pexip, pexip);
            QCOMPARE(m_model->profile().trust.exchange, exchange);
            QVERIFY(subject->text().contains(QLatin1String("OTJ Test Root CA")));
        }

        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(m_model->profile().trust.pexip.isEmpty());
        QCOMPARE(m_model->profile().trust.exchange, exchange);
        QVERIFY(!subject->text().contains(QLatin1String("OTJ Test Root CA")));
        QVERIFY(!fingerprint->text().contains(QLatin1Char(':')));
        QVERIFY(!remove->isEnabled());
        QVERIFY(!error->isVisible());
        // And removing Exchange's leaves the Management Node's.
        chooseFile(page, "pexipChooseCaButton", testCa);
        QTest::mouseClick(child<QPushButton>(page, "removeCaButton"), Qt::LeftButton);
        QVERIFY(m_model->profile().trust.exchange.isEmpty());
        QCOMPARE(m_model->profile().trust.pexip, pexip);
    }

    // Both entries survive Save and a new wizard on the loaded profile shows each in its own box.
    void bothTrustEntriesSurviveSaveAndLoad()
    {
        QTemporaryDir dir;
        const QSslCertificate exchangeCa = toConnectionsWithExchangeCa(dir);
        QVERIFY(!exchangeCa.isNull());
        QWizardPage* page = m_wizard->currentPage();
        chooseFile(page, "pexipChooseCaButton", QStringLiteral(OTJ_SOURCE_DIR "/tests/gui/data/test-ca.pem"));
        const TrustSettings chosen = m_model->profile().trust;
        QVERIFY(!chosen.exchange.isEmpty());
        QVERIFY(!chosen.pexip.isEmpty());
        QVERIFY(chosen.exchange != chosen.pexip);

        const QString path = dir.filePath(QStringLiteral("trust.json"));
        QString error;
        QVERIFY2(ProfileStore::save(m_model->profile(), path, &error), qPrintable(error));
        const ProfileLoadResult loaded = ProfileStore::load(path);
        QVERIFY(loaded.ok());
        // (The PEM text may lose its last line break; the certificates and fingerprints may not.)
        QCOMPARE(loaded.profile.trust.exchange.certificates, chosen.exchange.certificates);
        QCOMPARE(loaded.profile.trust.exchange.caCertificates(), chosen.exchange.caCertificates());
        QCOMPARE(loaded.profile.trust.pexip.certificates, chosen.pexip.certificates);
        QCOMPARE(loaded.profile.trust.pexip.caCertificates(), chosen.pexip.caCertificates());

        m_wizard.reset();
        m_model = std::make_unique<ProfileModel>();
        m_model->setProfile(loaded.profile, path);
        m_wizard = std::make_unique<SetupWizard>(m_model.get(), m_store.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        toConnections();
        page = m_wizard->currentPage();
        QVERIFY2(child<QLabel>(page, "pexipCaSubject")->text().contains(QLatin1String("OTJ Test Root CA")),
                 qPrintable(child<QLabel>(page, "pexipCaSubject")->text()));
        QVERIFY(child<QLabel>(page, "caSubject")->text().contains(certs::subjectName(exchangeCa)));
        QVERIFY(child<QLabel>(page, "caFingerprint")->text().endsWith(certs::sha256Fingerprint(exchangeCa)));
    }

    void roomSearchAmongThousandsKeepsSelection()
    {
        toConnections();
        fillConnections();
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::RoomsPageId));
        auto* page = qobject_cast<RoomsPage*>(m_wizard->currentPage());
        QVERIFY(page);
        // Discovery is honestly unavailable in this build.
        bool saysUnavailable = false;
        for (QLabel* l : page->findChildren<QLabel*>())
            saysUnavailable |= l->text().contains(QLatin1String("not available in this build"));
        QVERIFY(saysUnavailable);

        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("rooms.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Text));
        csv.write("\"Name\",\"PrimarySmtpAddress\"\n");
        for (int i = 1; i <= 5000; ++i)
            csv.write(QStringLiteral("\"Room %1\",\"room-%2@contoso.test\"\n")
                          .arg(i)
                          .arg(i, 4, 10, QLatin1Char('0'))
                          .toUtf8());
        csv.write("\"Broken\",\"not-an-address\"\n");
        csv.close();
        dialogs::setNextFileName(csv.fileName());
        QTest::mouseClick(child<QPushButton>(page, "importCsvButton"), Qt::LeftButton);

        RoomDirectoryModel* rooms = page->roomModel();
        QCOMPARE(rooms->rowCount(), 5000);
        QCOMPARE(m_model->profile().rooms.selected.size(), 5000);
        const QString result = child<QLabel>(page, "roomAddResult")->text();
        QVERIFY2(result.contains(QLatin1String("not-an-address")), qPrintable(result));
        QVERIFY2(result.contains(input::checkSmtpAddress(QStringLiteral("not-an-address"))),
                 qPrintable(result));

        auto* search = child<QLineEdit>(page, "roomSearch");
        typeInto(search, QStringLiteral("ROOM-004"));
        RoomFilter* shown = page->filterModel();
        QCOMPARE(shown->rowCount(), 10); // room-0040 .. room-0049
        QVERIFY(child<QLabel>(page, "roomCount")->text().contains(QLatin1String("10 shown")));
        QTest::mouseClick(child<QPushButton>(page, "uncheckShownButton"), Qt::LeftButton);
        QCOMPARE(m_model->profile().rooms.selected.size(), 4990);
        QVERIFY(!m_model->profile().rooms.selected.contains(QStringLiteral("room-0042@contoso.test")));

        typeInto(search, QStringLiteral("room-4999"));
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(shown->setData(shown->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_model->profile().rooms.selected.size(), 4989);

        typeInto(search, QString());
        QCOMPARE(shown->rowCount(), 5000);
        QCOMPARE(m_model->profile().rooms.selected.size(), 4989); // the filter never changes the selection
        QVERIFY(!rooms->isSelected(QStringLiteral("room-4999@contoso.test")));
        QVERIFY(rooms->isSelected(QStringLiteral("room-4998@contoso.test")));

        // Manual add validates too.
        typeInto(child<QLineEdit>(page, "roomAddress"), QStringLiteral("boardroom@contoso.test; bad@@x"));
        QTest::mouseClick(child<QPushButton>(page, "addRoomButton"), Qt::LeftButton);
        QCOMPARE(rooms->rowCount(), 5001);
        QVERIFY(m_model->profile().rooms.selected.contains(QStringLiteral("boardroom@contoso.test")));
        QVERIFY(child<QLabel>(page, "roomAddResult")->text().contains(QLatin1String("bad@@x")));

        // Going back and forth keeps it; a fresh page over the same model shows the same selection.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        clickNext();
        QCOMPARE(m_model->profile().rooms.selected.size(), 4990);
        RoomDirectoryModel again(m_model.get());
        QCOMPARE(again.selectedCount(), 4990);
    }

    void saveAndSaveAsRoundTrip()
    {
        toConnections();
        fillConnections();
        const QString a = m_dir.filePath(QStringLiteral("a.json"));
        const QString b = m_dir.filePath(QStringLiteral("b.json"));
        QVERIFY(m_wizard->button(QWizard::CustomButton1)->isVisible());
        // First Save of a new profile asks for a file and keeps the profile id.
        const QUuid id = m_model->profile().profileId;
        dialogs::setNextFileName(a);
        QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton);
        QVERIFY(QFile::exists(a));
        QCOMPARE(m_model->filePath(), a);
        QVERIFY(!m_model->isModified());
        ProfileLoadResult loadedA = ProfileStore::load(a);
        QVERIFY(loadedA.ok());
        QCOMPARE(loadedA.profile.profileId, id);
        QCOMPARE(loadedA.profile.serviceAccount.upn, QStringLiteral("otj-svc@contoso.test"));
        QVERIFY(m_wizard->stepPanel()
                    ->findChild<QLabel*>(QStringLiteral("profileStatus"))
                    ->text()
                    .contains(QLatin1String("a.json")));

        // Save as: a new id, and the admin is told the stored passwords stay with the old one.
        dialogs::setNextFileName(b);
        dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(m_wizard->button(QWizard::CustomButton2), Qt::LeftButton);
        QVERIFY(QFile::exists(b));
        ProfileLoadResult loadedB = ProfileStore::load(b);
        QVERIFY(loadedB.ok());
        QVERIFY(loadedB.profile.profileId != id);
        QCOMPARE(loadedB.profile.profileId, m_model->profile().profileId);
        QCOMPARE(loadedB.profile.exchange.ewsUrl, loadedA.profile.exchange.ewsUrl);
        QCOMPARE(ProfileStore::load(a).profile.profileId, id); // the old file is untouched
        QVERIFY2(dialogs::lastMessage().contains(id.toString(QUuid::WithoutBraces)),
                 qPrintable(dialogs::lastMessage()));
        QVERIFY(dialogs::lastMessage().contains(QLatin1String("stay with that profile")));
        QCOMPARE(m_model->filePath(), b);
        QVERIFY(SetupWizard::recentProfiles().contains(QFileInfo(b).absoluteFilePath()));

        // Cancelling the file dialog saves nothing.
        dialogs::setNextFileName(QString());
        QVERIFY(!m_wizard->saveProfileAs());

        // Reopening through the welcome page shows the file in the recent list.
        makeWizard();
        auto* recent = child<QListWidget>(m_wizard->currentPage(), "recentProfiles");
        QVERIFY(recent->count() >= 2);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(b).absoluteFilePath());
        recent->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(m_wizard->currentPage(), "openRecentButton"), Qt::LeftButton);
        QCOMPARE(m_model->filePath(), QFileInfo(b).absoluteFilePath());
        QCOMPARE(m_model->profile().profileId, loadedB.profile.profileId);
    }

    void brokenProfileIsReportedWithPaths()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schemaVersion": 999, "profileId": "x"})");
        f.close();
        dialogs::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(m_wizard->currentPage(), "openProfileButton"), Qt::LeftButton);
        auto* problems = child<QLabel>(m_wizard->currentPage(), "openProblems");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("$.schemaVersion")), qPrintable(problems->text()));
        QVERIFY(m_model->filePath().isEmpty());
        auto* panel = m_wizard->findChild<StepPanel*>();
        QCOMPARE(int(panel->state(SetupWizard::WelcomePageId)), int(StepState::NotStarted));

        // A good profile opens, and the welcome step is done.
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        QVERIFY(ProfileStore::save(SetupProfile::defaults(), good));
        dialogs::setNextFileName(good);
        QTest::mouseClick(child<QPushButton>(m_wizard->currentPage(), "openProfileButton"), Qt::LeftButton);
        QCOMPARE(m_model->filePath(), good);
        QCOMPARE(int(panel->state(SetupWizard::WelcomePageId)), int(StepState::Done));
    }

    void passwordsGoToTheStoreNeverTheProfile()
    {
        toConnections();
        fillConnections();
        const QString secret = QStringLiteral("S3cret-Exchange-Pa55");
        typeInto(child<QLineEdit>(m_wizard->currentPage(), "exchangeAdminPassword"), secret);
        clickNext();
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::RoomsPageId));
        const QString key =
            CredentialStore::keyFor(m_model->profile().profileIdString(), CredentialRole::ExchangeAdmin);
        QCOMPARE(m_store->stored.value(key), secret);
        QVERIFY(!QString::fromUtf8(QJsonDocument(m_model->profile().toJson()).toJson()).contains(secret));
        QVERIFY(child<QLineEdit>(m_wizard->page(SetupWizard::ConnectionsPageId), "exchangeAdminPassword")
                    ->text()
                    .isEmpty());
    }

    void keychainUnavailableOffersSessionOnly()
    {
        m_store->readStatus = FakeCredentialStore::Status::Unavailable;
        m_store->writeStatus = FakeCredentialStore::Status::Unavailable;
        toConnections();
        QWizardPage* page = m_wizard->currentPage();
        auto* banner = child(page, "keychainBanner");
        QTRY_VERIFY(banner->isVisible()); // said as soon as the stored passwords are looked up
        QVERIFY(child<QLabel>(page, "keychainMessage")->text().contains(QLatin1String("not available")));
        QVERIFY(child<QLabel>(page, "keychainMessage")->text().contains(m_store->message));
        fillConnections();
        const QString secret = QStringLiteral("Pexip-Admin-Secret-1");
        typeInto(child<QLineEdit>(page, "pexipAdminPassword"), secret);
        clickNext();
        QTest::qWait(50);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ConnectionsPageId)); // not stored: stays
        QCOMPARE(m_store->writeAttempts, 1);
        QVERIFY(m_store->stored.isEmpty());
        auto* sessionOnly = child<QPushButton>(page, "sessionOnlyButton");
        QVERIFY(sessionOnly->isVisible());
        screenshot(QStringLiteral("keychainUnavailable"));
        QVERIFY(!m_wizard->isSessionOnly());

        QCOMPARE(int(m_wizard->stepPanel()->state(SetupWizard::ConnectionsPageId)),
                 int(StepState::NeedsAttention));

        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::RoomsPageId));
        QVERIFY(m_wizard->isSessionOnly());
        // The validation panels validate with the store the wizard uses now, not the one they were built
        // with.
        for (int id : {int(SetupWizard::PrerequisitesPageId), int(SetupWizard::SummaryPageId)}) {
            auto* validation = m_wizard->wizardPage(id)->findChild<ValidationPanel*>();
            QVERIFY(validation);
            QCOMPARE(validation->credentialStore(), m_wizard->credentialStore());
        }
        QVERIFY(!m_wizard->credentialStore()->persistent());
        QCOMPARE(m_store->writeAttempts, 1); // nothing more was sent to the keychain
        QVERIFY(m_store->stored.isEmpty());
        QVERIFY(child<QLabel>(m_wizard->stepPanel(), "profileStatus")
                    ->text()
                    .contains(QLatin1String("this session only")));
        QVERIFY(child<QLabel>(page, "passwordStorage")->text().contains(QLatin1String("not saved anywhere")));

        bool got = false;
        m_wizard->credentialStore()->read(m_model->profile().profileIdString(), CredentialRole::PexipAdmin,
                                          this, [&](const CredentialResult& r) {
                                              got = true;
                                              QVERIFY(r.ok());
                                              QCOMPARE(r.secret, secret);
                                          });
        QTRY_VERIFY(got);
    }

    // "Go to <step>" under a check's fix opens that step's page: back through the visited pages, or
    // forward as far as the pages let the admin go.
    void goToStepOpensItsPage()
    {
        toConnections();
        fillConnections();
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::RoomsPageId));
        QVERIFY(m_wizard->showStep(StepId::Connection));
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ConnectionsPageId));
        // Forward as far as the pages let the admin go: Prerequisites holds Next while its checks run.
        QVERIFY(!m_wizard->showStep(StepId::Impersonation));
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::PrerequisitesPageId));
        // The link in the Prerequisites page's validation panel leads to the step that fixes it.
        auto* panel = m_wizard->currentPage()->findChild<ValidationPanel*>();
        QVERIFY(panel);
        Q_EMIT panel->goToStep(StepId::Connection);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::ConnectionsPageId));
    }

    void sidePanelStatesChange()
    {
        StepPanel* panel = m_wizard->stepPanel();
        QCOMPARE(panel->list()->count(), 10);
        for (int id : m_wizard->pageIds())
            QCOMPARE(int(panel->state(id)), int(StepState::NotStarted));
        QVERIFY(panel->list()->item(1)->text().contains(QLatin1String("Not started")));
        QVERIFY(!panel->list()->item(1)->icon().isNull());

        toConnections();
        QCOMPARE(int(panel->state(SetupWizard::WelcomePageId)), int(StepState::Done));
        QCOMPARE(int(panel->state(SetupWizard::ConnectionsPageId)), int(StepState::NeedsAttention));
        QVERIFY(panel->list()->item(1)->text().contains(QLatin1String("Needs attention")));
        QVERIFY(panel->list()->item(1)->text().contains(QLatin1String("current step")));
        fillConnections();
        QCOMPARE(int(panel->state(SetupWizard::ConnectionsPageId)), int(StepState::Done));
        QVERIFY(panel->list()->item(1)->text().contains(QLatin1String("Done")));
        QVERIFY(
            panel->list()->item(1)->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Done")));

        clickNext(); // rooms: none selected yet
        QCOMPARE(int(panel->state(SetupWizard::RoomsPageId)), int(StepState::NeedsAttention));
        auto* rooms = qobject_cast<RoomsPage*>(m_wizard->currentPage());
        rooms->addAddresses(QStringLiteral("room-1@contoso.test"));
        QCOMPARE(int(panel->state(SetupWizard::RoomsPageId)), int(StepState::Done));
        QCOMPARE(int(panel->state(SetupWizard::PrerequisitesPageId)), int(StepState::NotStarted));
        clickNext();
        // Checks are running (or found problems: contoso.test does not exist): never shown as done.
        QCOMPARE(int(panel->state(SetupWizard::PrerequisitesPageId)), int(StepState::NeedsAttention));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 60000);
        QCOMPARE(int(panel->state(SetupWizard::PrerequisitesPageId)), int(StepState::NeedsAttention));
    }

    void everyPageReachableAndHonestAboutMissingActions()
    {
        screenshot();
        toConnections();
        screenshot();
        typeInto(child<QLineEdit>(m_wizard->currentPage(), "ewsUrl"), QStringLiteral("http://mail"));
        screenshot();
        fillConnections();
        clickNext();
        qobject_cast<RoomsPage*>(m_wizard->currentPage())
            ->addAddresses(QStringLiteral("room-1@contoso.test x@"));
        screenshot();
        for (int id = SetupWizard::PrerequisitesPageId; id <= SetupWizard::SummaryPageId; ++id) {
            clickNext();
            QCOMPARE(m_wizard->currentId(), id);
            screenshot();
            if (id == SetupWizard::PrerequisitesPageId) {
                // The read-only prerequisite checks start on entry; Next waits for them (Kleopatra
                // pattern) and the result is shown, whatever it is.
                auto* tree = child<QAbstractItemView>(m_wizard->currentPage(), "validationTree");
                QVERIFY(tree && tree->isVisible());
                QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 60000);
                QVERIFY(!child<QLabel>(m_wizard->currentPage(), "validationStatus")
                             ->text()
                             .contains(QLatin1String("Not run")));
                QVERIFY(tree->model()->rowCount() > 0);
                continue;
            }
            if (id == SetupWizard::SummaryPageId) {
                // Validating the whole setup reaches every room: only when the admin asks.
                auto* tree = child<QAbstractItemView>(m_wizard->currentPage(), "validationTree");
                QVERIFY(tree && tree->isVisible());
                QVERIFY(child<QLabel>(m_wizard->currentPage(), "validationStatus")
                            ->text()
                            .contains(QLatin1String("Not run")));
                continue;
            }
            // Nothing was carried out on a step whose action is not in this build: never "Done".
            QVERIFY(m_wizard->findChild<StepPanel*>()->state(id) != StepState::Done);
            bool saysUnavailable = false;
            for (QLabel* l : m_wizard->currentPage()->findChildren<QLabel*>())
                saysUnavailable |=
                    l->isVisible() && l->text().contains(QLatin1String("not available in this build"));
            QVERIFY2(saysUnavailable, qPrintable(m_wizard->currentPage()->objectName()));
        }
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
        const QString summary =
            child<QPlainTextEdit>(m_wizard->currentPage(), "profileSummary")->toPlainText();
        QVERIFY(summary.contains(QLatin1String("otj-svc@contoso.test")));
        QVERIFY(summary.contains(QLatin1String("Selected rooms: 1")));
    }

    void stepInputsAreBoundToTheProfile()
    {
        QWizardPage* service = m_wizard->page(SetupWizard::ServiceAccountPageId);
        typeInto(child<QLineEdit>(service, "serviceAccountOu"), QStringLiteral("contoso.test/Service"));
        QCOMPARE(m_model->profile().serviceAccount.organizationalUnit,
                 QStringLiteral("contoso.test/Service"));
        child<QAbstractButton>(service, "adoptAccount")->click();
        QCOMPARE(int(m_model->profile().serviceAccount.mode), int(ServiceAccountMode::Adopt));

        QWizardPage* imp = m_wizard->page(SetupWizard::ImpersonationPageId);
        typeInto(child<QLineEdit>(imp, "scopeName"), QStringLiteral("Rooms Scope"));
        QCOMPARE(m_model->profile().impersonation.scopeName, QStringLiteral("Rooms Scope"));

        // One setting, two pages: the Authentication page follows the Connections page.
        auto* authConn =
            child<QComboBox>(m_wizard->page(SetupWizard::ConnectionsPageId), "ewsAuthentication");
        auto* authPage = child<QComboBox>(m_wizard->page(SetupWizard::AuthenticationPageId), "authMethod");
        authConn->setCurrentIndex(int(EwsAuthentication::Ntlm));
        QCOMPARE(authPage->currentIndex(), int(EwsAuthentication::Ntlm));
        QVERIFY(child<QLabel>(m_wizard->page(SetupWizard::PexipIntegrationPageId), "integrationAuth")
                    ->text()
                    .contains(m_model->profile().pexipAuthenticationMethod()));

        QWizardPage* cal = m_wizard->page(SetupWizard::CalendarProcessingPageId);
        auto* external = child<QComboBox>(cal, "processExternalMeetingMessages");
        QVERIFY(!m_model->profile().calendarPolicy.processExternalMeetingMessages.has_value());
        external->setCurrentIndex(1);
        QCOMPARE(m_model->profile().calendarPolicy.processExternalMeetingMessages, std::optional<bool>(true));
        external->setCurrentIndex(0);
        QVERIFY(!m_model->profile().calendarPolicy.processExternalMeetingMessages.has_value());
        child<QCheckBox>(cal, "deleteComments")->setChecked(true);
        QVERIFY(m_model->profile().calendarPolicy.deleteComments);

        QWizardPage* pexip = m_wizard->page(SetupWizard::PexipIntegrationPageId);
        child<QSpinBox>(pexip, "findItemsQuota")->setValue(50000);
        QCOMPARE(m_model->profile().pexip.findItemsRequestQuota, 50000);
        child<QCheckBox>(pexip, "disableProxy")->setChecked(true);
        QVERIFY(m_model->profile().pexip.disableProxy);

        // And the other way: a profile loaded into the model shows on every page.
        SetupProfile p = SetupProfile::defaults();
        p.impersonation.roleAssignmentName = QStringLiteral("From file");
        m_model->setProfile(p);
        QCOMPARE(child<QLineEdit>(imp, "roleAssignmentName")->text(), QStringLiteral("From file"));
    }

    void closingWithUnsavedChangesAsks()
    {
        toConnections();
        typeInto(child<QLineEdit>(m_wizard->currentPage(), "exchangeAdmin"), QStringLiteral("CONTOSO\\x"));
        QVERIFY(m_model->isModified() || m_model->filePath().isEmpty());
        dialogs::setNextAnswer(QMessageBox::Cancel);
        m_wizard->reject();
        QVERIFY(m_wizard->isVisible()); // cancelled: still open
        QVERIFY(dialogs::lastMessage().contains(QLatin1String("unsaved")));
        dialogs::setNextAnswer(QMessageBox::Discard);
        m_wizard->reject();
        QVERIFY(!m_wizard->isVisible());
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
