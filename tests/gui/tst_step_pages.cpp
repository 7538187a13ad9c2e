// The pages of steps 1-4 against a scripted Exchange session (plans built here, as the engine's
// inspection states them): each inspects on entry and Next waits; shows what exists now, the diff
// (per room for calendar processing, blockers as Warnings), the PowerShell; applies change by
// change with Stop between changes; verifies, Pending re-checked by itself with a countdown; a
// re-run finds 0 changes and says "Already configured — 0 changes", its tick earned. Plus a smoke
// pass in German. OTJ_GUI_SCREENSHOTS=DIR saves every step page before apply, during and verified.
#include "ScriptedSession.h"
#include "WizardTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/profile/ProfileModel.h"
#include "core/secrets/PasswordGenerator.h"
#include "core/steps/pexip/PexipPlanner.h"
#include "wizard/Dialogs.h"
#include "wizard/SecretClipboard.h"
#include "wizard/SetupWizard.h"
#include "wizard/StepPage.h"
#include "wizard/StepPanel.h"
#include "wizard/pages/ServiceAccountPage.h"
#include "wizard/steps/ApplyPanel.h"
#include "wizard/steps/PlanDiffView.h"
#include "wizard/steps/StepActionPanel.h"
#include "wizard/steps/VerificationPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace otj;
using namespace otj::ui;
using otj::test::child;
using shell::ShellCommand;
using shell::ShellValue;

namespace {

plan::PlannedChange change(const QString& key, StepId step, plan::Operation op, const QString& target,
                           const QString& summary, const ShellCommand& command, QList<plan::FieldDiff> diffs)
{
    plan::PlannedChange c;
    c.desired.key = key;
    c.desired.step = step;
    c.desired.operation = op;
    c.desired.target = target;
    c.desired.summary = summary;
    c.desired.write = command;
    c.objectExists = op == plan::Operation::Update;
    c.command = command;
    c.diffs = std::move(diffs);
    return c;
}

ui::StepInspection inspection(StepId step, QList<plan::PlannedChange> changes,
                              QList<ui::CurrentObject> current, QList<plan::PlanNote> notes = {})
{
    ui::StepInspection s;
    s.ok = true;
    s.domainController = QStringLiteral("DC01.contoso.lab");
    s.current = std::move(current);
    s.plan.step = step;
    s.plan.inspected = true;
    s.plan.changes = std::move(changes);
    s.plan.notes = std::move(notes);
    return s;
}

ui::StepInspection serviceAccountPlan()
{
    ShellCommand create(QStringLiteral("New-Mailbox"));
    create.set(QStringLiteral("Name"), QStringLiteral("Pexip OTJ service account"))
        .set(QStringLiteral("UserPrincipalName"), QStringLiteral("svc-otj@contoso.lab"));
    plan::PlannedChange account =
        change(QStringLiteral("step1.account"), StepId::ServiceAccount, plan::Operation::Create,
               QStringLiteral("svc-otj@contoso.lab"), QStringLiteral("mailbox-enabled service account"),
               create, {{QStringLiteral("UserPrincipalName"), {}, QStringLiteral("svc-otj@contoso.lab")}});
    account.desired.secretParameter = QStringLiteral("Password");
    ShellCommand hide(QStringLiteral("Set-Mailbox"));
    hide.set(QStringLiteral("Identity"), QStringLiteral("svc-otj@contoso.lab"))
        .set(QStringLiteral("HiddenFromAddressListsEnabled"), true);
    return inspection(StepId::ServiceAccount,
                      {account, change(QStringLiteral("step1.account-hidden"), StepId::ServiceAccount,
                                       plan::Operation::Update, QStringLiteral("svc-otj@contoso.lab"),
                                       QStringLiteral("hidden from address lists"), hide,
                                       {{QStringLiteral("HiddenFromAddressListsEnabled"), false, true}})},
                      {{QStringLiteral("svc-otj@contoso.lab"), QStringLiteral("mailbox"), false, false}});
}

ui::StepInspection impersonationPlan()
{
    QList<plan::PlannedChange> changes;
    const auto add = [&](const QString& key, plan::Operation op, const QString& target,
                         const QString& summary, const ShellCommand& command,
                         const QList<plan::FieldDiff>& diffs) {
        changes << change(key, StepId::Impersonation, op, target, summary, command, diffs);
    };
    add(QStringLiteral("step2.group"), plan::Operation::Create, QStringLiteral("OTJ Rooms"),
        QStringLiteral("distribution group of the OTJ rooms"),
        ShellCommand(QStringLiteral("New-DistributionGroup"))
            .set(QStringLiteral("Name"), QStringLiteral("OTJ Rooms")),
        {{QStringLiteral("Name"), {}, QStringLiteral("OTJ Rooms")}});
    add(QStringLiteral("step2.group-members"), plan::Operation::Update, QStringLiteral("OTJ Rooms"),
        QStringLiteral("holds exactly the 3 selected rooms"),
        ShellCommand(QStringLiteral("Update-DistributionGroupMember"))
            .set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms"))
            .set(QStringLiteral("Members"), ShellValue::strings({QStringLiteral("room-0001@contoso.lab"),
                                                                 QStringLiteral("room-0002@contoso.lab"),
                                                                 QStringLiteral("room-0003@contoso.lab")})),
        {{QStringLiteral("Members"), {}, ShellValue::strings({QStringLiteral("room-0001@contoso.lab")})}});
    add(QStringLiteral("step2.scope"), plan::Operation::Create, QStringLiteral("OTJ Rooms Scope"),
        QStringLiteral("management scope of the group's members"),
        ShellCommand(QStringLiteral("New-ManagementScope"))
            .set(QStringLiteral("Name"), QStringLiteral("OTJ Rooms Scope"))
            .set(QStringLiteral("RecipientRestrictionFilter"),
                 QStringLiteral("MemberOfGroup -eq 'CN=OTJ Rooms,OU=Groups,DC=contoso,DC=lab'")),
        {{QStringLiteral("RecipientFilter"),
          {},
          QStringLiteral("MemberOfGroup -eq 'CN=OTJ Rooms,OU=Groups,DC=contoso,DC=lab'")}});
    add(QStringLiteral("step2.assignment"), plan::Operation::Create, QStringLiteral("OTJ Impersonation"),
        QStringLiteral("ApplicationImpersonation for svc-otj@contoso.lab within the scope"),
        ShellCommand(QStringLiteral("New-ManagementRoleAssignment"))
            .set(QStringLiteral("Name"), QStringLiteral("OTJ Impersonation"))
            .set(QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation"))
            .set(QStringLiteral("User"), QStringLiteral("svc-otj@contoso.lab"))
            .set(QStringLiteral("CustomRecipientWriteScope"), QStringLiteral("OTJ Rooms Scope")),
        {{QStringLiteral("Role"), {}, QStringLiteral("ApplicationImpersonation")}});
    return inspection(
        StepId::Impersonation, changes,
        {{QStringLiteral("OTJ Rooms"), QStringLiteral("distribution group"), false, false},
         {QStringLiteral("OTJ Rooms Scope"), QStringLiteral("management scope"), false, false},
         {QStringLiteral("OTJ Impersonation"), QStringLiteral("role assignment"), false, false}});
}

ui::StepInspection authenticationPlan()
{
    return inspection(
        StepId::Authentication,
        {change(QStringLiteral("step3.ews-basic/MBX01"), StepId::Authentication, plan::Operation::Update,
                QStringLiteral("MBX01\\EWS (Default Web Site)"), QStringLiteral("Basic authentication on"),
                ShellCommand(QStringLiteral("Set-WebServicesVirtualDirectory"))
                    .set(QStringLiteral("Identity"), QStringLiteral("MBX01\\EWS (Default Web Site)"))
                    .set(QStringLiteral("BasicAuthentication"), true),
                {{QStringLiteral("BasicAuthentication"), false, true}})},
        {{QStringLiteral("MBX01\\EWS (Default Web Site)"), QStringLiteral("EWS virtual directory"), true,
          false}});
}

ui::StepInspection calendarPlan(int rooms)
{
    QList<plan::PlannedChange> changes;
    QList<ui::CurrentObject> current;
    for (int i = 1; i <= rooms; ++i) {
        const QString room = QStringLiteral("room-%1@contoso.lab").arg(i, 4, 10, QLatin1Char('0'));
        current << ui::CurrentObject{room, QStringLiteral("calendar processing"), true, false};
        changes << change(QStringLiteral("step4.calendar/%1").arg(room), StepId::CalendarProcessing,
                          plan::Operation::Update, room, QStringLiteral("keep the invitation body"),
                          ShellCommand(QStringLiteral("Set-CalendarProcessing"))
                              .set(QStringLiteral("Identity"), room)
                              .set(QStringLiteral("AutomateProcessing"), QStringLiteral("AutoAccept"))
                              .set(QStringLiteral("DeleteComments"), false),
                          {{QStringLiteral("AutomateProcessing"), QStringLiteral("AutoUpdate"),
                            QStringLiteral("AutoAccept")},
                           {QStringLiteral("DeleteComments"), true, false}});
    }
    plan::PlanNote blocker;
    blocker.checkId = QStringLiteral("step4.blockers");
    blocker.target = QStringLiteral("room-0002@contoso.lab");
    blocker.verdict = Verdict(CheckStatus::Warning, "test.blocker", {QStringLiteral("AllBookInPolicy")});
    return inspection(StepId::CalendarProcessing, changes, current, {blocker});
}

const ReasonText TestReasons[] = {
    {"test.blocker", "otj::test", "%1 is False: the room does not accept meetings by itself.",
     "Tick the option to change it, or set it in Exchange."},
};

} // namespace

class TestStepPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<test::FakeCredentialStore> m_store;
    std::unique_ptr<test::ScriptedSession> m_session;
    std::unique_ptr<SetupWizard> m_wizard;

    StepPage* openAt(SetupWizard::PageId id)
    {
        m_wizard = test::openWizardAt(m_model.get(), m_store.get(), m_session.get(), id);
        return m_wizard ? qobject_cast<StepPage*>(m_wizard->currentPage()) : nullptr;
    }
    void screenshot(const QString& name) { test::saveScreenshot(m_wizard.get(), name); }
    StepState panelState(int id) { return m_wizard->stepPanel()->state(id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        reasons::add(TestReasons);
    }
    void init()
    {
        dialogs::clearQueues();
        m_model = std::make_unique<ProfileModel>();
        SetupProfile p = SetupProfile::defaults();
        p.serviceAccount.upn = QStringLiteral("svc-otj@contoso.lab");
        p.rooms.selected = {QStringLiteral("room-0001@contoso.lab"), QStringLiteral("room-0002@contoso.lab"),
                            QStringLiteral("room-0003@contoso.lab")};
        m_model->setProfile(p);
        m_store = std::make_unique<test::FakeCredentialStore>();
        m_session = std::make_unique<test::ScriptedSession>();
        m_session->delayMs = 20;
        m_session->inspections.insert(StepId::ServiceAccount, serviceAccountPlan());
        m_session->inspections.insert(StepId::Impersonation, impersonationPlan());
        m_session->inspections.insert(StepId::Authentication, authenticationPlan());
        m_session->inspections.insert(StepId::CalendarProcessing, calendarPlan(40));
    }
    void cleanup()
    {
        m_wizard.reset();
        installTranslations(QString());
        QVERIFY(dialogs::queuesEmpty());
    }

    void eachStepShowsPlansAppliesAndVerifies_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("changes");
        QTest::addColumn<QString>("cmdlet");
        QTest::addColumn<QString>("applyText");
        QTest::newRow("service account")
            << int(SetupWizard::ServiceAccountPageId) << "serviceAccount" << 2 << "New-Mailbox"
            << "create the service account";
        QTest::newRow("impersonation")
            << int(SetupWizard::ImpersonationPageId) << "impersonation" << 4 << "New-ManagementRoleAssignment"
            << "impersonation scoped to the rooms";
        QTest::newRow("authentication") << int(SetupWizard::AuthenticationPageId) << "authentication" << 1
                                        << "Set-WebServicesVirtualDirectory"
                                        << "enable the authentication";
        QTest::newRow("calendar processing") << int(SetupWizard::CalendarProcessingPageId)
                                             << "calendarProcessing" << 40 << "Set-CalendarProcessing"
                                             << "on 40 room(s)";
    }
    void eachStepShowsPlansAppliesAndVerifies()
    {
        QFETCH(int, pageId);
        QFETCH(QString, name);
        QFETCH(int, changes);
        QFETCH(QString, cmdlet);
        QFETCH(QString, applyText);
        m_session->delayMs = 150; // slow enough to see "during"
        StepPage* page = openAt(SetupWizard::PageId(pageId));
        QVERIFY(page);
        StepActionPanel* actions = page->actions();
        // The page reads Exchange on entry; Next waits for it.
        QCOMPARE(actions->state(), StepActionPanel::State::Inspecting);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!child<QLabel>(page, "actionUnavailable")->isVisible());
        QTRY_COMPARE(actions->state(), StepActionPanel::State::Planned);
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(
            child<QLabel>(page, "stepPlanStatus")->text().contains(QStringLiteral("%1 change").arg(changes)));
        QCOMPARE(int(panelState(pageId)), int(StepState::NeedsAttention));

        // What exists now, the diff, the PowerShell.
        QVERIFY(child<QTreeWidget>(page, "currentState")->topLevelItemCount() > 0);
        auto* diff = child<QTreeView>(page, "planDiff");
        QVERIFY(diff->model()->rowCount() >= 1);
        QVERIFY(diff->model()->rowCount(diff->model()->index(0, 0)) >= 1); // property rows under the target
        const QString ps = child<QPlainTextEdit>(page, "powerShellText")->toPlainText();
        QCOMPARE(ps.count(QLatin1Char('\n')) + 1, changes);
        QVERIFY2(ps.contains(cmdlet), qPrintable(ps));
        QVERIFY(!ps.contains(QLatin1String("secret"))); // the password is a placeholder
        QTest::mouseClick(child<QPushButton>(page, "copyPowerShellButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), ps);
        auto* apply = child<QPushButton>(page, "applyButton");
        QVERIFY2(apply->text().contains(applyText), qPrintable(apply->text()));
        QVERIFY(apply->isEnabled());
        child<QTabWidget>(page, "stepTabs")->setCurrentIndex(StepActionPanel::ChangesTab);
        screenshot(name + QStringLiteral("-1-before"));

        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(actions->state(), StepActionPanel::State::Applying);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        auto* progress = child<QTreeWidget>(page, "applyProgress");
        QCOMPARE(progress->topLevelItemCount(), changes);
        QTRY_VERIFY(progress->topLevelItem(0)->text(1).contains(QLatin1String("Sending")));
        screenshot(name + QStringLiteral("-2-during"));
        QTRY_VERIFY_WITH_TIMEOUT(actions->state() == StepActionPanel::State::Verified, 30000);
        QCOMPARE(progress->topLevelItem(changes - 1)->text(1), QStringLiteral("Applied"));
        QVERIFY(child<QLabel>(page, "verificationStatus")->text().contains(QLatin1String("Verified")));
        QCOMPARE(int(panelState(pageId)), int(StepState::Done));
        screenshot(name + QStringLiteral("-3-verified"));

        // A re-run on the configured organisation: 0 changes, said plainly, tick earned.
        QTest::mouseClick(child<QPushButton>(page, "inspectButton"), Qt::LeftButton);
        QTRY_COMPARE(actions->state(), StepActionPanel::State::Configured);
        QVERIFY(child<QLabel>(page, "stepPlanStatus")
                    ->text()
                    .startsWith(QStringLiteral("Already configured — 0 changes")));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(int(panelState(pageId)), int(StepState::Done));
        QCOMPARE(m_session->calls.filter(QLatin1String("apply ")).size(), changes); // nothing applied twice
    }

    // AD replication: verification answers Pending; the page re-checks by itself with a visible
    // countdown, never a frozen page (Next stays enabled while it waits).
    void pendingRechecksByItselfWithACountdown()
    {
        m_session->pendingVerifications = 2;
        StepPage* page = openAt(SetupWizard::ImpersonationPageId);
        QVERIFY(page);
        page->actions()->verification()->setSchedule({2, 1}, 60);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QTest::mouseClick(child<QPushButton>(page, "applyButton"), Qt::LeftButton);
        auto* countdown = child<QLabel>(page, "verificationCountdown");
        QTRY_VERIFY(countdown->isVisible());
        QVERIFY2(countdown->text().contains(QLatin1String("Checking again in 2 s")),
                 qPrintable(countdown->text()));
        QVERIFY(child<QLabel>(page, "verificationStatus")->text().contains(QLatin1String("Pending")));
        QCOMPARE(int(panelState(SetupWizard::ImpersonationPageId)), int(StepState::NotChecked));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        screenshot(QStringLiteral("impersonation-4-pending"));
        QTRY_VERIFY(countdown->text().contains(QLatin1String("in 1 s")));
        QTRY_VERIFY_WITH_TIMEOUT(page->actions()->state() == StepActionPanel::State::Verified, 10000);
        QCOMPARE(m_session->verifications(), 3);
        QVERIFY(!countdown->isVisible());
    }

    void stopIsHonouredBetweenChanges()
    {
        m_session->delayMs = 200;
        StepPage* page = openAt(SetupWizard::ImpersonationPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QTest::mouseClick(child<QPushButton>(page, "applyButton"), Qt::LeftButton);
        auto* stop = child<QPushButton>(page, "stopApplyButton");
        QVERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Failed);
        auto* progress = child<QTreeWidget>(page, "applyProgress");
        QCOMPARE(progress->topLevelItem(0)->text(1),
                 QStringLiteral("Applied")); // the one being sent finished
        QVERIFY(progress->topLevelItem(1)->text(1).contains(QLatin1String("stopped")));
        QCOMPARE(m_session->calls.filter(QLatin1String("apply ")).size(), 1);
        QVERIFY(child<QLabel>(page, "stepPlanStatus")->text().contains(QLatin1String("1 of 4")));
        QCOMPARE(int(panelState(SetupWizard::ImpersonationPageId)), int(StepState::NeedsAttention));
    }

    void aFailedChangeStopsTheRestAndSaysWhy()
    {
        m_session->failingKeys = {QStringLiteral("step2.scope")};
        StepPage* page = openAt(SetupWizard::ImpersonationPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QTest::mouseClick(child<QPushButton>(page, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Failed);
        auto* progress = child<QTreeWidget>(page, "applyProgress");
        QVERIFY(progress->topLevelItem(2)->text(1).contains(QLatin1String("Access is denied")));
        QVERIFY(progress->topLevelItem(3)->text(1).contains(QLatin1String("Not run")));
        QVERIFY(child<QLabel>(page, "applyStatus")->text().contains(QLatin1String("Failed: 1")));
        QCOMPARE(int(panelState(SetupWizard::ImpersonationPageId)), int(StepState::NeedsAttention));
    }

    // Calendar processing: a row per room, the blockers as Warnings with their reason; asking to
    // fix them inspects again with the option.
    void calendarPlanIsPerRoomWithBlockersAsWarnings()
    {
        StepPage* page = openAt(SetupWizard::CalendarProcessingPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QAbstractItemModel* diff = child<QTreeView>(page, "planDiff")->model();
        QCOMPARE(diff->rowCount(), 40);
        const QModelIndex room2 = diff->index(1, 0);
        QCOMPARE(room2.data().toString(), QStringLiteral("room-0002@contoso.lab"));
        QCOMPARE(diff->rowCount(room2), 3); // two settings and the blocker
        const QString warning = diff->index(2, 0, room2).data().toString();
        QVERIFY2(warning.startsWith(QLatin1String("Warning: AllBookInPolicy is False")), qPrintable(warning));
        QVERIFY(child<QLabel>(page, "stepPlanStatus")->text().contains(QLatin1String("Warnings: 1")));
        QCOMPARE(diff->index(0, 1, diff->index(0, 0)).data().toString(), QStringLiteral("'AutoUpdate'"));

        const int before = m_session->calls.filter(QLatin1String("inspect")).size();
        child<QCheckBox>(page, "fixBookingBlockers")->setChecked(true);
        QCOMPARE(m_session->calls.filter(QLatin1String("inspect")).size(), before + 1);
    }

    void nothingToChangeIsSaidPlainlyAndDone()
    {
        m_session->inspections.remove(StepId::Authentication); // the session answers: configured
        StepPage* page = openAt(SetupWizard::AuthenticationPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Configured);
        QCOMPARE(child<QLabel>(page, "stepPlanStatus")->text(),
                 QStringLiteral("Already configured — 0 changes."));
        QCOMPARE(int(panelState(SetupWizard::AuthenticationPageId)), int(StepState::Done));
        QVERIFY(!child<QPushButton>(page, "applyButton")->isEnabled());
        QCOMPARE(child<QPlainTextEdit>(page, "powerShellText")->toPlainText(),
                 QStringLiteral("# Nothing to change."));
        screenshot(QStringLiteral("authentication-0-configured"));
    }

    // The plan answers the settings it was read with: a change of the profile asks for a new read
    // and Apply is off until then.
    void changedSettingsMakeThePlanStale()
    {
        StepPage* page = openAt(SetupWizard::ImpersonationPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        test::typeInto(child<QLineEdit>(page, "scopeName"), QStringLiteral("Other Scope"));
        QCOMPARE(page->actions()->state(), StepActionPanel::State::Stale);
        QVERIFY(!child<QPushButton>(page, "applyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(page, "inspectButton"), Qt::LeftButton);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
    }

    void couldNotInspectSaysWhy()
    {
        ui::StepInspection broken;
        broken.plan.step = StepId::ServiceAccount;
        shell::ShellError e;
        e.message = QStringLiteral("Connecting to remote server mail.contoso.lab failed.");
        e.remedy = QStringLiteral("Check the remote PowerShell URI.");
        broken.problems << e;
        m_session->inspections.insert(StepId::ServiceAccount, broken);
        StepPage* page = openAt(SetupWizard::ServiceAccountPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::CouldNotInspect);
        const QString status = child<QLabel>(page, "stepPlanStatus")->text();
        QVERIFY2(status.contains(e.message) && status.contains(e.remedy), qPrintable(status));
        QCOMPARE(int(panelState(SetupWizard::ServiceAccountPageId)), int(StepState::NeedsAttention));
    }

    // Step 5 on the same panel: the requests where the PowerShell is (no script export, even from
    // a session that exports scripts), "send the password" and, only while a note says the
    // integration stays on KERBEROS, "move it"; each choice reads Pexip again with it.
    void pexipPageShowsRequestsAndOffersKerberosOnlyWhenKept()
    {
        pexip::PexipPlanner::registerReasons();
        m_session->exportsScripts = true;
        plan::PlannedChange patch;
        patch.desired.key = QStringLiteral("step5.integration");
        patch.desired.step = StepId::Pexip;
        patch.desired.operation = plan::Operation::Update;
        patch.desired.target = QStringLiteral("OTJ Exchange");
        patch.desired.summary = QStringLiteral("Update the integration");
        patch.objectExists = true;
        patch.rest = plan::RestCall{QStringLiteral("PATCH"),
                                    QStringLiteral("/api/admin/configuration/v1/mjx_exchange_deployment/1/"),
                                    QJsonObject{{QStringLiteral("find_items_request_quota"), 20000}},
                                    {}};
        patch.diffs << plan::FieldDiff{QStringLiteral("find_items_request_quota"), ShellValue(1000000),
                                       ShellValue(20000)};
        m_session->inspections.insert(StepId::Pexip, inspection(StepId::Pexip, {patch}, {}));
        StepPage* page = openAt(SetupWizard::PexipIntegrationPageId);
        QVERIFY(page);
        QCOMPARE(page->step(), StepId::Pexip);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QCOMPARE(child<QPlainTextEdit>(page, "powerShellText")->toPlainText(),
                 QStringLiteral("PATCH /api/admin/configuration/v1/mjx_exchange_deployment/1/ "
                                "{\"find_items_request_quota\":20000}"));
        QVERIFY(!child<QPushButton>(page, "exportScriptButton")->isVisibleTo(page));
        auto* kerberos = child<QCheckBox>(page, "replaceKerberos");
        QVERIFY(!kerberos->isVisibleTo(page));

        const plan::PlanNote kept{
            QStringLiteral("step5.integration"), QStringLiteral("OTJ Exchange"),
            Verdict{CheckStatus::Warning, "step5.kerberos-kept", {QStringLiteral("BASIC")}}};
        m_session->inspections.insert(StepId::Pexip, inspection(StepId::Pexip, {patch}, {}, {kept}));
        QTest::mouseClick(child<QPushButton>(page, "inspectButton"), Qt::LeftButton);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QVERIFY(kerberos->isVisibleTo(page));
        QVERIFY(kerberos->text().contains(m_model->profile().pexipAuthenticationMethod()));
        QVERIFY(!m_session->inspectOptions.last().replacePexipKerberos);
        kerberos->setChecked(true);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QVERIFY(m_session->inspectOptions.last().replacePexipKerberos);
        QVERIFY(!m_session->inspectOptions.last().sendPexipPassword);
        child<QCheckBox>(page, "sendPexipPassword")->setChecked(true);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        QVERIFY(m_session->inspectOptions.last().sendPexipPassword);
        QCOMPARE(m_session->calls.count(QStringLiteral("inspect step5")), 4);
    }

    void generatedPasswordsAreStrong()
    {
        QSet<QString> seen;
        const QString alphabet = secrets::passwordAlphabet();
        for (int i = 0; i < 300; ++i) {
            const QString p = secrets::generatePassword();
            QCOMPARE(p.size(), secrets::GeneratedPasswordLength);
            QVERIFY2(secrets::hasEveryKind(p), qPrintable(p));
            for (const QChar c : p)
                QVERIFY(alphabet.contains(c));
            seen.insert(p);
        }
        QCOMPARE(seen.size(), 300);
        for (const QChar bad : QStringLiteral("'\"$`&<>\\ "))
            QVERIFY(!alphabet.contains(bad));
    }

    // Shown once with a copy button; the copy is marked secret and cleared; stored in the keychain.
    void serviceAccountPasswordIsGeneratedCopiedAndStored()
    {
        StepPage* page = openAt(SetupWizard::ServiceAccountPageId);
        QVERIFY(page);
        auto* generate = child<QPushButton>(page, "generatePasswordButton");
        QVERIFY(generate->isEnabled());
        QTest::mouseClick(generate, Qt::LeftButton);
        auto* shown = child<QLineEdit>(page, "generatedPassword");
        QTRY_COMPARE(shown->text().size(), secrets::GeneratedPasswordLength);
        const QString password = shown->text();
        const QString key =
            m_store->keyFor(m_model->profile().profileIdString(), CredentialRole::ServiceAccount);
        QTRY_COMPARE(m_store->stored.value(key), password);
        QTRY_VERIFY(child<QLabel>(page, "passwordStatus")->text().contains(QLatin1String("fake keychain")));
        QVERIFY(!QJsonDocument(m_model->profile().toJson())
                     .toJson()
                     .contains(password.toUtf8())); // never in the profile

        auto* secret = qobject_cast<ServiceAccountPage*>(page)->clipboard();
        secret->setClearAfterMs(300);
        QTest::mouseClick(child<QPushButton>(page, "copyPasswordButton"), Qt::LeftButton);
        const QMimeData* data = QApplication::clipboard()->mimeData();
        QCOMPARE(data->text(), password);
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QCOMPARE(data->data(
                     QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\"")),
                 QByteArray(4, '\0'));
        QVERIFY(data->hasFormat(QStringLiteral(
            "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"")));
        QVERIFY(child<QLabel>(page, "passwordStatus")->text().contains(QLatin1String("cleared in")));
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
        QVERIFY(child<QLabel>(page, "passwordStatus")->text().contains(QLatin1String("was cleared")));

        // Something the admin copied later is never cleared by us.
        QTest::mouseClick(child<QPushButton>(page, "copyPasswordButton"), Qt::LeftButton);
        QApplication::clipboard()->setText(QStringLiteral("something else"));
        QTRY_VERIFY(!secret->isPending());
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("something else"));

        // A stored password is replaced only when the admin says so.
        dialogs::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(generate, Qt::LeftButton);
        QTRY_VERIFY(dialogs::queuesEmpty());
        QVERIFY(dialogs::lastMessage().contains(QLatin1String("already stored")));
        QCOMPARE(shown->text(), password);

        // Shown once: leaving the page takes it off the screen.
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(shown->text().isEmpty());
    }

    void passwordForThisSessionOnlyWhenTheKeychainIsUnavailable()
    {
        m_store->writeStatus = test::FakeCredentialStore::Status::Unavailable;
        StepPage* page = openAt(SetupWizard::ServiceAccountPageId);
        QVERIFY(page);
        QTest::mouseClick(child<QPushButton>(page, "generatePasswordButton"), Qt::LeftButton);
        auto* status = child<QLabel>(page, "passwordStatus");
        QTRY_VERIFY2(status->text().contains(QLatin1String("this session only")), qPrintable(status->text()));
        QVERIFY(m_wizard->isSessionOnly());
        QVERIFY(m_store->stored.isEmpty());
    }

    void adoptedAccountGetsNoGeneratedPassword()
    {
        m_model->update([](SetupProfile& p) { p.serviceAccount.mode = ServiceAccountMode::Adopt; });
        StepPage* page = openAt(SetupWizard::ServiceAccountPageId);
        QVERIFY(page);
        QVERIFY(!child<QPushButton>(page, "generatePasswordButton")->isEnabled());
        QVERIFY(child<QLabel>(page, "passwordStatus")->text().contains(QLatin1String("Connections page")));
    }

    // A change whose value is known only after an earlier one says so in a line across the table
    // (German at scale 1.5 cut it off in the first column).
    void deferredValueNoteIsShownWhole()
    {
        installTranslations(QStringLiteral("de"));
        ui::StepInspection deferred = serviceAccountPlan();
        deferred.plan.changes[1].deferred = true;
        m_session->inspections.insert(StepId::ServiceAccount, deferred);
        StepPage* page = openAt(SetupWizard::ServiceAccountPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        auto* view = child<QTreeView>(page, "planDiff");
        const QString note = QCoreApplication::translate(
            "otj::ui::PlanDiffView", "(a value is known only once an earlier change is made)");
        QVERIFY(!note.startsWith(QLatin1String("(a value"))); // translated
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, note,
                                                           1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const QModelIndex index = found.first();
        QCOMPARE(index.parent().row(), 1); // under the change it belongs to
        const int needed = view->fontMetrics().horizontalAdvance(note) +
                           2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        QVERIFY2(needed < view->viewport()->width(), "the view is wide enough for the note");
        QVERIFY2(
            view->visualRect(index).width() >= needed,
            qPrintable(QStringLiteral("%1 px for %2 px").arg(view->visualRect(index).width()).arg(needed)));
        screenshot(QStringLiteral("serviceAccount-deferred-de"));
    }

    // On a narrow window the value a change makes ("After") stays in view (at least a third of
    // the table); on a wide one the names get their comfortable width; once the admin drags a
    // column, resizing the window keeps their widths.
    void afterColumnStaysInViewWhenNarrow()
    {
        ui::PlanDiffView diff;
        diff.setPlan(serviceAccountPlan().plan);
        diff.resize(560, 300);
        diff.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diff));
        QHeaderView* header = diff.view()->header();
        const int narrow = diff.view()->viewport()->width();
        const int afterStart = header->sectionViewportPosition(ui::PlanDiffView::AfterColumn);
        QVERIFY2(narrow - afterStart >= narrow / 3,
                 qPrintable(QStringLiteral("After starts at %1 of %2 px").arg(afterStart).arg(narrow)));
        diff.resize(1400, 300);
        QTRY_VERIFY(diff.view()->viewport()->width() > 1200);
        const int ch = diff.fontMetrics().averageCharWidth();
        QCOMPARE(header->sectionSize(ui::PlanDiffView::ChangeColumn), ch * 48);
        header->resizeSection(ui::PlanDiffView::ChangeColumn, 200); // as a drag does
        diff.resize(700, 300);
        QTRY_VERIFY(diff.view()->viewport()->width() < 700);
        QCOMPARE(header->sectionSize(ui::PlanDiffView::ChangeColumn), 200);
    }

    // Smoke pass in German: the step page's own texts are translated.
    void germanSmoke()
    {
        installTranslations(QStringLiteral("de"));
        StepPage* page = openAt(SetupWizard::AuthenticationPageId);
        QVERIFY(page);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Planned);
        const QString apply = child<QPushButton>(page, "applyButton")->text();
        QVERIFY2(!apply.contains(QLatin1String("Apply")), qPrintable(apply));
        QVERIFY(!child<QTabWidget>(page, "stepTabs")->tabText(0).contains(QLatin1String("Planned")));
        screenshot(QStringLiteral("authentication-de-before"));
        m_session->inspections.remove(StepId::Authentication);
        QTest::mouseClick(child<QPushButton>(page, "inspectButton"), Qt::LeftButton);
        QTRY_COMPARE(page->actions()->state(), StepActionPanel::State::Configured);
        QVERIFY2(child<QLabel>(page, "stepPlanStatus")->text().contains(QStringLiteral("0 Änderungen")),
                 qPrintable(child<QLabel>(page, "stepPlanStatus")->text()));
    }
};

QTEST_MAIN(TestStepPages)
#include "tst_step_pages.moc"
