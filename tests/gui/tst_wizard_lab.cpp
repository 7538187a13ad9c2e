// The real wizard against the real otj-lab through `otj-lab shell` (OTJ_POWERSHELL): the engine-backed
// session (plan::SetupSession behind ui::EngineSession) discovers the lab's rooms on the Rooms page;
// each step page 1-4 reads Exchange on entry, shows its plan, applies it change by change and
// verifies it (impersonation Pending while the lab's --rbac-delay lasts, re-checked by itself with a
// countdown); re-reading then says "Already configured — 0 changes" on every page. The Pexip page
// (step 5) does the same against the lab's Pexip: it plans the integration and the lab CA's upload
// as REST requests, applies them journaled, verifies, and the CA is on Pexip exactly once.
// The Management Node's trust entry chosen on the Connections page is what otjctl validate uses to
// reach the lab's Pexip API (its own port, certified by the lab's other CA).
// OTJ_GUI_SCREENSHOTS=DIR saves each step page before apply, during and verified.
#include "WizardTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/journal/RunJournal.h"
#include "core/net/Certificates.h"
#include "core/pexip/PexipResource.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/plan/SetupSession.h"
#include "core/profile/ProfileModel.h"
#include "core/profile/ProfileStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/validation/ValidationResults.h"
#include "tests/support/LabProcess.h"
#include "tests/support/LabShell.h"
#include "wizard/Dialogs.h"
#include "wizard/EngineSession.h"
#include "wizard/SetupWizard.h"
#include "wizard/StepPage.h"
#include "wizard/steps/StepActionPanel.h"
#include "wizard/steps/VerificationPanel.h"
#include "wizard/validation/ValidationPanel.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace otj;
using namespace otj::ui;
using otj::test::child;

class TestWizardLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LabProcess m_lab;
    QString m_profilePath;
    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<plan::SetupSession> m_engine;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<SetupWizard> m_wizard;
    QElapsedTimer m_clock;

    QWidget* openAt(SetupWizard::PageId id)
    {
        m_wizard = test::openWizardAt(m_model.get(), m_store.get(), m_session.get(), id);
        return m_wizard ? m_wizard->currentPage() : nullptr;
    }
    void screenshot(const QString& name) { test::saveScreenshot(m_wizard.get(), name); }
    void setShellLatency(int rttMs)
    {
        m_lab.admin("POST", QStringLiteral("/lab/powershell/latency"),
                    QJsonObject{{QStringLiteral("rttMs"), rttMs}});
    }
    // The wizard's own text in the language under test (OTJ_TEST_LANGUAGE: the German smoke pass).
    static QString uiText(const char* context, const char* text)
    {
        return QCoreApplication::translate(context, text);
    }
    static QString alreadyConfigured()
    {
        return uiText("otj::ui::StepActionPanel", "Already configured — 0 changes.");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_dir.isValid());
        if (const QString lang = qEnvironmentVariable("OTJ_TEST_LANGUAGE"); !lang.isEmpty())
            QVERIFY(installTranslations(lang).appLoaded);
        test::isolateSettings(m_dir);
        m_profilePath = m_dir.filePath(QStringLiteral("lab-profile.json"));
        QString error;
        // AD replication takes 3 s in this lab: impersonation verifies Pending, then Passed.
        QVERIFY2(m_lab.start({QStringLiteral("--state-dir"), m_dir.path(), QStringLiteral("--rbac-delay"),
                              QStringLiteral("3")},
                             m_profilePath, &error),
                 qPrintable(error));
        qputenv("OTJ_POWERSHELL", test::labPowerShellEnv(m_lab).toUtf8());
        const ProfileLoadResult loaded = ProfileStore::load(m_profilePath);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.profile.exchange.remotePowerShellSignIn == PowerShellSignIn::AdminAccount);
        // A new service account, so step 1 creates it (New-Mailbox with the password from the store).
        SetupProfile profile = loaded.profile;
        profile.serviceAccount.mode = ServiceAccountMode::Create;
        profile.serviceAccount.upn = QStringLiteral("svc-otj-wizard@contoso.lab");
        m_model = std::make_unique<ProfileModel>();
        m_model->setProfile(profile, m_profilePath);
        m_store = std::make_unique<MemoryCredentialStore>();
        const QString id = loaded.profile.profileIdString();
        bool written = false;
        m_store->write(id, CredentialRole::ExchangeAdmin, m_lab.password(QStringLiteral("exchange-admin")),
                       this, [&](const CredentialResult&) {
                           m_store->write(
                               id, CredentialRole::ServiceAccount, QStringLiteral("Wizard-Lab-Service-2024!"),
                               this, [&](const CredentialResult&) {
                                   m_store->write(id, CredentialRole::PexipAdmin,
                                                  m_lab.password(QStringLiteral("pexip-admin")), this,
                                                  [&](const CredentialResult& r) { written = r.ok(); });
                               });
                       });
        QTRY_VERIFY(written);
        m_engine = std::make_unique<plan::SetupSession>(m_store.get());
        m_session = std::make_unique<EngineSession>(m_engine.get(), m_model.get());
        QVERIFY2(m_session->unavailableReason().isEmpty(), qPrintable(m_session->unavailableReason()));
    }
    void cleanup()
    {
        setShellLatency(0);
        m_wizard.reset();
        QVERIFY(dialogs::queuesEmpty());
    }
    void cleanupTestCase()
    {
        m_session.reset();
        m_engine.reset();
        m_lab.stop();
        qInfo("wizard against the lab: %lld ms", qint64(m_clock.elapsed()));
    }

    // The lab's Pexip API is certified by its *other* test CA. With the profile's Management Node
    // entry emptied, or set to Exchange's CA, through the widget, otjctl validate cannot read Pexip
    // (untrusted TLS); with the lab's Pexip CA chosen through the widget it can.
    void pexipTrustChosenInTheWizardReachesThePexipApi()
    {
        QWidget* page = openAt(SetupWizard::ConnectionsPageId);
        QVERIFY(page);
        const EndpointTrust exchange = m_model->profile().trust.exchange;
        QVERIFY(!exchange.isEmpty());
        const QString profilePath = m_dir.filePath(QStringLiteral("pexip-trust.json"));
        // The reason step5.integration gives, and its argument (English: LC_ALL=C).
        auto step5Reason = [&](QString* detail) {
            QString error;
            if (!ProfileStore::save(m_model->profile(), profilePath, &error))
                return QStringLiteral("not saved: ") + error;
            QProcessEnvironment env;
            env.insert(QStringLiteral("OTJ_PEXIP_PASSWORD"), m_lab.password(QStringLiteral("pexip-admin")));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            env.insert(QStringLiteral("LANGUAGE"), QString()); // cleared
            const CtlResult r =
                runOtjctl({QStringLiteral("validate"), QStringLiteral("--profile"), profilePath,
                           QStringLiteral("--json"), QStringLiteral("--only"), QStringLiteral("step5")},
                          m_lab.password(QStringLiteral("otj-service")), 60000, {}, env);
            const QJsonArray checks =
                QJsonDocument::fromJson(r.out).object().value(QLatin1String("checks")).toArray();
            for (const QJsonValue& v : checks) {
                const QJsonObject check = v.toObject();
                if (check.value(QLatin1String("id")).toString() == QLatin1String("step5.integration")) {
                    *detail = check.value(QLatin1String("cause")).toString();
                    return check.value(QLatin1String("reason")).toString();
                }
            }
            return QStringLiteral("no step5.integration (exit %1): ").arg(r.exitCode) +
                   QString::fromUtf8(r.err);
        };
        const QString unreadable = QStringLiteral("step5.unreadable");
        QString detail;

        QTest::mouseClick(child<QPushButton>(page, "pexipRemoveCaButton"), Qt::LeftButton);
        QVERIFY(m_model->profile().trust.pexip.isEmpty());
        QCOMPARE(step5Reason(&detail), unreadable);
        QVERIFY2(detail.contains(QLatin1String("certificate is not trusted")), qPrintable(detail));

        // Exchange's CA does not certify the Management Node: trust is per endpoint.
        dialogs::setNextFileName(m_lab.str("ca_file"));
        QTest::mouseClick(child<QPushButton>(page, "pexipChooseCaButton"), Qt::LeftButton);
        QCOMPARE(m_model->profile().trust.pexip.caCertificates(), exchange.caCertificates());
        QCOMPARE(step5Reason(&detail), unreadable);
        QVERIFY2(detail.contains(QLatin1String("certificate is not trusted")), qPrintable(detail));

        dialogs::setNextFileName(m_lab.str("pexip_ca_file"));
        QTest::mouseClick(child<QPushButton>(page, "pexipChooseCaButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(page, "pexipCaError")->isVisible());
        QVERIFY(!m_model->profile().trust.pexip.isEmpty());
        QVERIFY(m_model->profile().trust.pexip.caCertificates() != exchange.caCertificates());
        QCOMPARE(m_model->profile().trust.exchange, exchange);
        const QString read = step5Reason(&detail);
        QVERIFY2(read.startsWith(QLatin1String("step5.")) && read != unreadable,
                 qPrintable(read + QStringLiteral(": ") + detail));
        auto* scroll = page->findChild<QScrollArea*>();
        scroll->verticalScrollBar()->setValue(0);
        screenshot(QStringLiteral("lab-connections-top"));
        scroll->ensureWidgetVisible(child<QWidget>(page, "pexipTrust"));
        screenshot(QStringLiteral("lab-connections-pexip-trust"));
    }

    void roomsPageDiscoversTheLabsRooms()
    {
        QWidget* page = openAt(SetupWizard::RoomsPageId);
        QVERIFY(page);
        // The page discovers on entry; the button is for discovering again.
        auto* discover = child<QPushButton>(page, "discoverRoomsButton");
        QVERIFY(discover->isVisible());
        auto* view = child<QTreeView>(page, "roomList");
        // 40 on-prem room mailboxes and the cloud room (shown, not selectable).
        QTRY_VERIFY_WITH_TIMEOUT(discover->isEnabled(), 20000);
        QCOMPARE(view->model()->rowCount(), 41);
        const QString status = child<QLabel>(page, "discoveryStatus")->text();
        QVERIFY2(!status.isEmpty(), qPrintable(status));
        // The cloud room the lab's profile selected stays checkable only to be taken out; then it
        // cannot be selected again (Pexip's Graph integration serves it).
        QAbstractItemModel* model = view->model();
        QModelIndex cloud;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString().contains(QLatin1String("room-cloud-01")))
                    cloud = model->index(row, 0);
            }
        }
        QVERIFY(cloud.isValid());
        QVERIFY(model->setData(cloud, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!(model->flags(cloud) & Qt::ItemIsEnabled));
        QVERIFY(!model->setData(cloud, Qt::Checked, Qt::CheckStateRole));
        screenshot(QStringLiteral("lab-rooms-discovered"));
    }

    // Cancel while the panel still reads Exchange: the run ends at once, every check Cancelled, and
    // Re-run reads again.
    void prerequisitesCancelWhileReadingExchange()
    {
        // Each PowerShell request takes 1.5 s now: the reads are still out when Cancel is clicked.
        setShellLatency(1500);
        QWidget* page = openAt(SetupWizard::PrerequisitesPageId);
        QVERIFY(page);
        auto* panel = page->findChild<ValidationPanel*>();
        QVERIFY(panel);
        QVERIFY(panel->isRunning()); // the PowerShell reads are asynchronous: still going
        QTest::mouseClick(child<QPushButton>(panel, "cancelValidation"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
        QVERIFY(panel->results()->counts().cancelled > 0);
        QCOMPARE(panel->results()->counts().passed, 0);
        setShellLatency(0);
        QTest::mouseClick(child<QPushButton>(panel, "rerunValidation"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 60000);
        QVERIFY(panel->results()->counts().passed > 0);
    }

    // The Prerequisites page reads Exchange through the session first, as otjctl validate does with a
    // PowerShell program: P1, P2 and P4 are judged from what the lab's shell returned, not Skipped.
    void prerequisitesPageJudgesExchangeThroughPowerShell()
    {
        QWidget* page = openAt(SetupWizard::PrerequisitesPageId);
        QVERIFY(page);
        auto* panel = page->findChild<ValidationPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 60000);
        const ValidationResults* results = panel->results();
        const int p4 = results->indexOf(QStringLiteral("prereq.p4"));
        QVERIFY(p4 >= 0);
        QCOMPARE(results->node(p4).status, CheckStatus::Passed);
        QVERIFY2(results->node(p4).evidence.value(QLatin1String("sessionCommands")).toInt() > 10,
                 qPrintable(QString::fromUtf8(QJsonDocument(results->node(p4).evidence).toJson())));
        // One P1 and one P2 check per selected room, each judged (the cloud room was taken out on
        // the Rooms page, so every remaining room is an on-prem room mailbox).
        for (const char* id : {"prereq.p1", "prereq.p2"}) {
            const int parent = results->indexOf(QLatin1String(id));
            QVERIFY(parent >= 0);
            // Judged from what PowerShell read: the check itself sent nothing, so no latency is shown.
            QCOMPARE(results->node(parent).latencyMs, qint64(-1));
            const QList<int> rooms = results->node(parent).children;
            QCOMPARE(rooms.size(), m_model->profile().rooms.selected.size());
            for (int room : rooms) {
                const CheckNode& n = results->node(room);
                QVERIFY2(n.status == CheckStatus::Passed || n.status == CheckStatus::Failed ||
                             n.status == CheckStatus::Warning,
                         qPrintable(QStringLiteral("%1: %2 (%3)").arg(n.id, statusKey(n.status), n.cause())));
            }
        }
        screenshot(QStringLiteral("lab-prerequisites"));
    }

    // Stop right after Apply: nothing is sent, every change says Cancelled, and the page reads
    // Exchange again as before (the shell opens anew).
    void stopBeforeAnythingIsSentChangesNothing()
    {
        auto* page = qobject_cast<StepPage*>(openAt(SetupWizard::CalendarProcessingPageId));
        QVERIFY(page);
        StepActionPanel* actions = page->actions();
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() == StepActionPanel::State::Planned, 20000);
        const int changes = child<QTreeWidget>(page, "applyProgress")->topLevelItemCount();
        QTest::mouseClick(child<QPushButton>(page, "applyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(page, "stopApplyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() == StepActionPanel::State::Failed, 20000);
        auto* status = child<QLabel>(page, "stepPlanStatus");
        const QString stopped = uiText("otj::ui::StepActionPanel",
                                       "Stopped: %1 of %2 changes applied. Inspect again to continue.")
                                    .arg(0)
                                    .arg(changes);
        QVERIFY2(status->text().contains(stopped), qPrintable(status->text()));
        QTest::mouseClick(child<QPushButton>(page, "inspectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() == StepActionPanel::State::Planned, 20000);
        QCOMPARE(child<QTreeWidget>(page, "applyProgress")->topLevelItemCount(), changes);
    }

    void eachStepAppliesAndVerifies_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<QString>("name");
        QTest::newRow("service account") << int(SetupWizard::ServiceAccountPageId) << "lab-serviceAccount";
        QTest::newRow("impersonation") << int(SetupWizard::ImpersonationPageId) << "lab-impersonation";
        QTest::newRow("authentication") << int(SetupWizard::AuthenticationPageId) << "lab-authentication";
        QTest::newRow("calendar processing")
            << int(SetupWizard::CalendarProcessingPageId) << "lab-calendarProcessing";
    }
    void eachStepAppliesAndVerifies()
    {
        QFETCH(int, pageId);
        QFETCH(QString, name);
        auto* page = qobject_cast<StepPage*>(openAt(SetupWizard::PageId(pageId)));
        QVERIFY(page);
        StepActionPanel* actions = page->actions();
        actions->verification()->setSchedule({1}, 60);
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() != StepActionPanel::State::Inspecting, 20000);
        auto* status = child<QLabel>(page, "stepPlanStatus");
        QVERIFY2(actions->state() == StepActionPanel::State::Planned ||
                     actions->state() == StepActionPanel::State::Configured,
                 qPrintable(status->text()));
        auto* exportButton = child<QPushButton>(page, "exportScriptButton");
        QVERIFY(exportButton->isEnabled());
        const bool planned = actions->state() == StepActionPanel::State::Planned;
        if (planned) // what exists now, per object the plan changes
            QVERIFY(child<QTreeWidget>(page, "currentState")->topLevelItemCount() > 0);
        if (pageId != SetupWizard::AuthenticationPageId)
            QVERIFY2(planned, qPrintable(status->text())); // the lab starts without them
        auto* tabs = child<QTabWidget>(page, "stepTabs");
        const int shown = tabs->currentIndex();
        tabs->setCurrentIndex(StepActionPanel::CurrentTab);
        screenshot(name + QStringLiteral("-0-now"));
        tabs->setCurrentIndex(shown);
        screenshot(name + QStringLiteral("-1-before"));
        if (planned) {
            // "Export script…": the step's changes, each wrapped in its comparison (core/script).
            const QString scriptPath = m_dir.filePath(name + QStringLiteral(".ps1"));
            dialogs::setNextFileName(scriptPath);
            QTest::mouseClick(exportButton, Qt::LeftButton);
            QFile script(scriptPath);
            QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(dialogs::lastMessage()));
            const QByteArray bytes = script.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM for Windows PowerShell 5.1
            const QString firstCmdlet =
                child<QPlainTextEdit>(page, "powerShellText")->toPlainText().section(QLatin1Char(' '), 0, 0);
            QVERIFY2(bytes.contains(firstCmdlet.toUtf8()), qPrintable(firstCmdlet));
            QVERIFY(!bytes.contains("Wizard-Lab-Service-2024!")); // never a secret in a script

            const int changes = child<QTreeWidget>(page, "applyProgress")->topLevelItemCount();
            const QString ps = child<QPlainTextEdit>(page, "powerShellText")->toPlainText();
            QCOMPARE(ps.count(QLatin1Char('\n')) + 1, changes);
            QTest::mouseClick(child<QPushButton>(page, "applyButton"), Qt::LeftButton);
            QCOMPARE(actions->state(), StepActionPanel::State::Applying);
            screenshot(name + QStringLiteral("-2-during"));
            if (pageId == SetupWizard::ImpersonationPageId) {
                // AD replication: Pending, re-checked by itself with a visible countdown.
                auto* countdown = child<QLabel>(page, "verificationCountdown");
                QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 20000);
                const QString pending = uiText("otj::ui::VerificationPanel",
                                               "Pending: %1 of %2 wait for Active Directory replication to "
                                               "reach Exchange Web Services. Nothing is wrong yet.")
                                            .section(QLatin1String("%1"), 0, 0);
                QVERIFY2(child<QLabel>(page, "verificationStatus")->text().startsWith(pending),
                         qPrintable(child<QLabel>(page, "verificationStatus")->text()));
                screenshot(name + QStringLiteral("-2b-pending"));
            }
            QTRY_VERIFY2_WITH_TIMEOUT(actions->state() == StepActionPanel::State::Verified,
                                      qPrintable(status->text()), 30000);
            auto* progress = child<QTreeWidget>(page, "applyProgress");
            for (int i = 0; i < progress->topLevelItemCount(); ++i)
                QVERIFY2(
                    progress->topLevelItem(i)->text(1).startsWith(uiText("otj::ui::ApplyPanel", "Applied")),
                    qPrintable(progress->topLevelItem(i)->text(0) + QStringLiteral(": ") +
                               progress->topLevelItem(i)->text(1)));
            const QString verified =
                uiText("otj::ui::VerificationPanel", "Verified: all %1 changes are in effect.")
                    .section(QLatin1String("%1"), 0, 0);
            QVERIFY2(child<QLabel>(page, "verificationStatus")->text().startsWith(verified),
                     qPrintable(child<QLabel>(page, "verificationStatus")->text()));
            screenshot(name + QStringLiteral("-3-verified"));
            // Re-reading the configured organisation: nothing left to do.
            QTest::mouseClick(child<QPushButton>(page, "inspectButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(actions->state() != StepActionPanel::State::Inspecting, 20000);
        }
        QCOMPARE(actions->state(), StepActionPanel::State::Configured);
        QVERIFY2(status->text().startsWith(alreadyConfigured()), qPrintable(status->text()));
    }

    // The lab's CA certificates on Pexip, as its management API lists them.
    QList<QJsonObject> pexipCaCertificates()
    {
        const SetupProfile& profile = m_model->profile();
        pexip::PexipClient client(
            pexip::PexipClientConfig::fromProfile(profile, m_lab.password(QStringLiteral("pexip-admin"))));
        pexip::PexipResource cas(client, QStringLiteral("ca_certificate"));
        std::optional<pexip::PexipResource::Objects> listed;
        cas.list({}, this, [&](const pexip::PexipResource::Objects& r) { listed = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 20000);
        }();
        if (!listed || !listed->ok())
            return {};
        return listed->value;
    }

    // Reading Pexip can be stopped: the Inspect button says so while it reads, and the page says
    // the step was not read; reading again plans as before.
    void pexipReadingCanBeStopped()
    {
        auto* page = qobject_cast<StepPage*>(openAt(SetupWizard::PexipIntegrationPageId));
        QVERIFY(page);
        StepActionPanel* actions = page->actions();
        QCOMPARE(actions->state(), StepActionPanel::State::Inspecting);
        auto* button = child<QPushButton>(page, "inspectButton");
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), uiText("otj::ui::StepActionPanel", "Stop readin&g"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() == StepActionPanel::State::CouldNotInspect, 2000);
        QVERIFY(!page->isComplete() || !actions->isBusy());
        QCOMPARE(button->text(), uiText("otj::ui::StepActionPanel", "Inspect a&gain"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() != StepActionPanel::State::Inspecting, 20000);
        QVERIFY2(actions->state() == StepActionPanel::State::Planned,
                 qPrintable(child<QLabel>(page, "stepPlanStatus")->text()));
    }

    // Step 5 on the lab's default org (after step 1 set the service account's password): the
    // integration is created with it and the lab CA uploaded, shown as REST requests (no script),
    // applied, verified; reading Pexip again finds nothing to change and the CA is there once.
    void pexipPageCreatesTheIntegrationAndUploadsTheCa()
    {
        const QString labCa =
            certs::sha256Fingerprint(m_model->profile().trust.exchange.caCertificates().first());
        auto copiesOfLabCa = [&] {
            int copies = 0;
            for (const QJsonObject& o : pexipCaCertificates())
                copies += pexip::CaCertificates::fingerprintOf(o) == labCa;
            return copies;
        };
        QCOMPARE(copiesOfLabCa(), 0);
        auto* page = qobject_cast<StepPage*>(openAt(SetupWizard::PexipIntegrationPageId));
        QVERIFY(page);
        QCOMPARE(page->step(), StepId::Pexip);
        StepActionPanel* actions = page->actions();
        auto* status = child<QLabel>(page, "stepPlanStatus");
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() != StepActionPanel::State::Inspecting, 20000);
        QVERIFY2(actions->state() == StepActionPanel::State::Planned, qPrintable(status->text()));
        const plan::StepPlan& planned = actions->inspection().plan;
        QCOMPARE(planned.changes.size(), 2);
        QVERIFY(planned.changes[0].desired.key.startsWith(QLatin1String("step5.ca/")));
        QCOMPARE(planned.changes[1].desired.key, QStringLiteral("step5.integration"));
        QVERIFY(!child<QPushButton>(page, "exportScriptButton")->isVisibleTo(page)); // REST: no script
        QVERIFY(!child<QCheckBox>(page, "replaceKerberos")->isVisibleTo(page));      // not on KERBEROS
        // The requests apply sends, the password as a placeholder.
        const QString requests = child<QPlainTextEdit>(page, "powerShellText")->toPlainText();
        QCOMPARE(requests.count(QLatin1Char('\n')) + 1, 2);
        QVERIFY2(requests.contains(QLatin1String("POST /api/admin/configuration/v1/ca_certificate/")),
                 qPrintable(requests));
        QVERIFY2(
            requests.contains(QLatin1String("POST /api/admin/configuration/v1/mjx_exchange_deployment/")),
            qPrintable(requests));
        QVERIFY(requests.contains(uiText("otj::plan", "«password from the keychain»")));
        QVERIFY(!requests.contains(QLatin1String("Wizard-Lab-Service-2024!")));
        auto* apply = child<QPushButton>(page, "applyButton");
        QVERIFY2(apply->text().contains(QLatin1Char('2')), qPrintable(apply->text()));
        auto* tabs = child<QTabWidget>(page, "stepTabs");
        for (const int tab : {StepActionPanel::CurrentTab, StepActionPanel::PowerShellTab}) {
            tabs->setCurrentIndex(tab);
            screenshot(QStringLiteral("lab-pexip-0-tab%1").arg(tab));
        }
        tabs->setCurrentIndex(StepActionPanel::ChangesTab);
        screenshot(QStringLiteral("lab-pexip-1-planned"));
        test::saveScreenshotTo(m_wizard.get(), qEnvironmentVariable("OTJ_STEP5_PLANNED_PNG"));

        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(actions->state(), StepActionPanel::State::Applying);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // Next waits while it runs
        QTRY_VERIFY2_WITH_TIMEOUT(actions->state() == StepActionPanel::State::Verified,
                                  qPrintable(status->text()), 30000);
        auto* progress = child<QTreeWidget>(page, "applyProgress");
        QCOMPARE(progress->topLevelItemCount(), 2);
        for (int i = 0; i < progress->topLevelItemCount(); ++i)
            QVERIFY2(progress->topLevelItem(i)->text(1).startsWith(uiText("otj::ui::ApplyPanel", "Applied")),
                     qPrintable(progress->topLevelItem(i)->text(1)));
        const QString verified =
            uiText("otj::ui::VerificationPanel", "Verified: all %1 changes are in effect.")
                .section(QLatin1String("%1"), 0, 0);
        QVERIFY2(child<QLabel>(page, "verificationStatus")->text().startsWith(verified),
                 qPrintable(child<QLabel>(page, "verificationStatus")->text()));
        screenshot(QStringLiteral("lab-pexip-3-verified"));
        test::saveScreenshotTo(m_wizard.get(), qEnvironmentVariable("OTJ_STEP5_VERIFIED_PNG"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

        // Journaled as the wizard's own run, the requests named, never the password.
        QFile journal(journal::RunJournal::journalPath(m_profilePath));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray lines = journal.readAll();
        QVERIFY(lines.contains("\"cmdlet\":\"POST /api/admin/configuration/v1/mjx_exchange_deployment/\""));
        QVERIFY(lines.contains("\"service_account_password\":\"«secret»\""));
        QVERIFY(!lines.contains("Wizard-Lab-Service-2024!"));

        // Reading Pexip again: nothing to change, the CA uploaded exactly once.
        QTest::mouseClick(child<QPushButton>(page, "inspectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() != StepActionPanel::State::Inspecting, 20000);
        QVERIFY2(actions->state() == StepActionPanel::State::Configured, qPrintable(status->text()));
        QCOMPARE(copiesOfLabCa(), 1);
    }

    // Every page once more, in a fresh wizard: 0 changes everywhere.
    void rerunFindsNothingToChange()
    {
        for (const auto id : {SetupWizard::ServiceAccountPageId, SetupWizard::ImpersonationPageId,
                              SetupWizard::AuthenticationPageId, SetupWizard::CalendarProcessingPageId,
                              SetupWizard::PexipIntegrationPageId}) {
            auto* page = qobject_cast<StepPage*>(openAt(id));
            QVERIFY(page);
            QTRY_VERIFY_WITH_TIMEOUT(page->actions()->state() != StepActionPanel::State::Inspecting, 20000);
            const QString text = child<QLabel>(page, "stepPlanStatus")->text();
            QVERIFY2(text.startsWith(alreadyConfigured()), qPrintable(text));
            m_wizard.reset();
        }
    }
};

QTEST_MAIN(TestWizardLab)
#include "tst_wizard_lab.moc"
