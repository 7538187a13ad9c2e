// The back-out plan from journaled changes (core/script/RollbackPlan.h): what is restored, what is
// removed, in which order, and what is left alone.
#include "core/script/RollbackPlan.h"

#include <QJsonArray>
#include <QTest>

using namespace otj;
using journal::JournalChange;

namespace {

JournalChange change(const QString& key, const QString& operation, const QString& cmdlet,
                     const QJsonObject& parameters, const QJsonObject& before, const QJsonObject& after,
                     const QString& result = QStringLiteral("applied"),
                     const QString& run = QStringLiteral("run-1"))
{
    static int seq = 0;
    JournalChange c;
    c.key = key;
    c.operation = operation;
    c.cmdlet = cmdlet;
    c.target = parameters.value(QStringLiteral("Identity"))
                   .toString(parameters.value(QStringLiteral("Name")).toString());
    c.parameters = parameters;
    c.before = before;
    c.after = after;
    c.objectExisted = operation == QLatin1String("update");
    c.result = result;
    c.run = run;
    c.startedSeq = ++seq;
    return c;
}

const plan::DesiredChange* find(const script::RollbackPlan& plan, const QString& key)
{
    for (const plan::DesiredChange& c : plan.changes)
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace

class TestRollbackPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresAndRemovesNewestFirst()
    {
        const QString room = QStringLiteral("room-1@contoso.lab");
        const QList<JournalChange> journal{
            change(QStringLiteral("step2.group"), QStringLiteral("create"),
                   QStringLiteral("New-DistributionGroup"),
                   {{QStringLiteral("Name"), QStringLiteral("OTJ Rooms")}}, {},
                   {{QStringLiteral("Name"), QStringLiteral("OTJ Rooms")}}),
            change(QStringLiteral("step2.group-members"), QStringLiteral("update"),
                   QStringLiteral("Update-DistributionGroupMember"),
                   {{QStringLiteral("Identity"), QStringLiteral("OTJ Rooms")},
                    {QStringLiteral("Members"), QJsonArray{room}}},
                   {{QStringLiteral("PrimarySmtpAddress"), QJsonArray{}}},
                   {{QStringLiteral("PrimarySmtpAddress"), QJsonArray{room}}}),
            change(QStringLiteral("step2.scope"), QStringLiteral("create"),
                   QStringLiteral("New-ManagementScope"),
                   {{QStringLiteral("Name"), QStringLiteral("OTJ Scope")}}, {},
                   {{QStringLiteral("RecipientFilter"), QStringLiteral("MemberOfGroup -eq 'CN=OTJ Rooms'")}}),
            change(QStringLiteral("step3.auth-policy-assignment"), QStringLiteral("update"),
                   QStringLiteral("Set-User"),
                   {{QStringLiteral("Identity"), QStringLiteral("svc@contoso.lab")},
                    {QStringLiteral("AuthenticationPolicy"), QStringLiteral("OTJ Basic")}},
                   {{QStringLiteral("AuthenticationPolicy"), QJsonValue::Null}},
                   {{QStringLiteral("AuthenticationPolicy"), QStringLiteral("OTJ Basic")}}),
            change(QStringLiteral("step4.calendar/") + room, QStringLiteral("update"),
                   QStringLiteral("Set-CalendarProcessing"),
                   {{QStringLiteral("Identity"), room}, {QStringLiteral("DeleteComments"), false}},
                   {{QStringLiteral("DeleteComments"), true}}, {{QStringLiteral("DeleteComments"), false}}),
            // Not applied: nothing to undo.
            change(QStringLiteral("step4.calendar/room-2@contoso.lab"), QStringLiteral("update"),
                   QStringLiteral("Set-CalendarProcessing"),
                   {{QStringLiteral("Identity"), QStringLiteral("room-2@contoso.lab")},
                    {QStringLiteral("DeleteComments"), false}},
                   {{QStringLiteral("DeleteComments"), true}}, {{QStringLiteral("DeleteComments"), false}},
                   QStringLiteral("failed")),
        };
        const script::RollbackPlan plan = script::Rollback::plan(journal, {});
        QCOMPARE(plan.appliedChanges, 5);
        QVERIFY2(plan.notes.isEmpty(), qPrintable(plan.notes.join(QLatin1Char('\n'))));
        QStringList keys;
        for (const plan::DesiredChange& c : plan.changes)
            keys << c.key;
        // Newest first; the group's members go with the group.
        QCOMPARE(keys, (QStringList{QStringLiteral("step4.calendar/") + room,
                                    QStringLiteral("step3.auth-policy-assignment"),
                                    QStringLiteral("step2.scope"), QStringLiteral("step2.group")}));

        const plan::DesiredChange* calendar = find(plan, QStringLiteral("step4.calendar/") + room);
        QCOMPARE(calendar->operation, plan::Operation::Update);
        QCOMPARE(calendar->read.name, QStringLiteral("Get-CalendarProcessing"));
        QCOMPARE(calendar->write.parameters.value(QStringLiteral("DeleteComments")), shell::ShellValue(true));
        QCOMPARE(calendar->expectations.size(), 1);
        QCOMPARE(calendar->expectations.first().value, shell::ShellValue(false)); // still what the tool set

        const plan::DesiredChange* policy = find(plan, QStringLiteral("step3.auth-policy-assignment"));
        QVERIFY(
            policy->write.parameters.value(QStringLiteral("AuthenticationPolicy")).isNull()); // none = $null
        QCOMPARE(policy->expectations.first().match, plan::Match::EqualIgnoringCase);

        const plan::DesiredChange* scope = find(plan, QStringLiteral("step2.scope"));
        QCOMPARE(scope->operation, plan::Operation::Remove);
        QCOMPARE(scope->read.name, QStringLiteral("Get-ManagementScope"));
        QCOMPARE(scope->write.name, QStringLiteral("Remove-ManagementScope"));
        QCOMPARE(scope->write.parameters.value(QStringLiteral("Identity")),
                 shell::ShellValue(QStringLiteral("OTJ Scope")));
        QCOMPARE(scope->write.parameters.value(QStringLiteral("Confirm")), shell::ShellValue(false));
        QCOMPARE(scope->expectations.first().match, plan::Match::OpathEqual);

        const plan::DesiredChange* group = find(plan, QStringLiteral("step2.group"));
        QCOMPARE(group->write.name, QStringLiteral("Remove-DistributionGroup"));
        QCOMPARE(group->write.parameters.value(QStringLiteral("BypassSecurityGroupManagerCheck")),
                 shell::ShellValue(true));
    }

    void restoresTheFirstBeforeAndGuardsTheLastAfter()
    {
        const QString room = QStringLiteral("room-1@contoso.lab");
        const QString key = QStringLiteral("step4.calendar/") + room;
        const QJsonObject p{{QStringLiteral("Identity"), room}};
        const script::RollbackPlan plan = script::Rollback::plan(
            {change(key, QStringLiteral("update"), QStringLiteral("Set-CalendarProcessing"), p,
                    {{QStringLiteral("AutomateProcessing"), QStringLiteral("AutoUpdate")}},
                    {{QStringLiteral("AutomateProcessing"), QStringLiteral("AutoAccept")}}),
             change(key, QStringLiteral("update"), QStringLiteral("Set-CalendarProcessing"), p,
                    {{QStringLiteral("AutomateProcessing"), QStringLiteral("None")}},
                    {{QStringLiteral("AutomateProcessing"), QStringLiteral("AutoAccept")}},
                    QStringLiteral("applied"), QStringLiteral("run-2"))},
            {});
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.first().write.parameters.value(QStringLiteral("AutomateProcessing")),
                 shell::ShellValue(QStringLiteral("AutoUpdate")));
    }

    void leavesAdoptedObjectsBackOutRunsAndUnknownChangesAlone()
    {
        JournalChange adopted =
            change(QStringLiteral("step1.account"), QStringLiteral("create"), QStringLiteral("New-Mailbox"),
                   {{QStringLiteral("Name"), QStringLiteral("svc")}}, {}, {});
        adopted.objectExisted = true; // it was there: the tool did not create it
        const JournalChange backOutRun =
            change(QStringLiteral("step2.scope"), QStringLiteral("create"),
                   QStringLiteral("New-ManagementScope"), {{QStringLiteral("Name"), QStringLiteral("S")}}, {},
                   {}, QStringLiteral("applied"), QStringLiteral("rb"));
        const JournalChange added = change(QStringLiteral("step2.member"), QStringLiteral("create"),
                                           QStringLiteral("Add-DistributionGroupMember"),
                                           {{QStringLiteral("Identity"), QStringLiteral("G")}}, {}, {});
        const script::RollbackPlan plan =
            script::Rollback::plan({adopted, backOutRun, added}, {QStringLiteral("rb")});
        QVERIFY(plan.changes.isEmpty());
        QCOMPARE(plan.notes.size(), 1); // the Add- it cannot undo is said
        QVERIFY(plan.notes.first().contains(QLatin1String("step2.member")));
    }

    // Step 5's REST changes are named with what to do on the Management Node, never turned into a
    // PowerShell change (a PATCH has no Set- cmdlet; a POST no Remove-).
    void leavesPexipChangesToTheAdmin()
    {
        JournalChange ca =
            change(QStringLiteral("step5.ca/ab12"), QStringLiteral("create"),
                   QStringLiteral("POST /api/admin/configuration/v1/ca_certificate/"), {}, {}, {});
        ca.target = QStringLiteral("Lab Root CA");
        ca.objectExisted = false;
        JournalChange integration =
            change(QStringLiteral("step5.integration"), QStringLiteral("update"),
                   QStringLiteral("PATCH /api/admin/configuration/v1/mjx_exchange_deployment/1/"), {},
                   {{QStringLiteral("ews_url"), QStringLiteral("https://old/EWS/Exchange.asmx")}},
                   {{QStringLiteral("ews_url"), QStringLiteral("https://new/EWS/Exchange.asmx")}});
        integration.target = QStringLiteral("OTJ Exchange");
        const JournalChange group = change(QStringLiteral("step2.group"), QStringLiteral("create"),
                                           QStringLiteral("New-DistributionGroup"),
                                           {{QStringLiteral("Name"), QStringLiteral("OTJ Rooms")}}, {}, {});
        const script::RollbackPlan plan = script::Rollback::plan({group, ca, integration}, {});
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.first().key, QStringLiteral("step2.group"));
        QCOMPARE(plan.notes.size(), 2);
        QVERIFY(plan.notes.at(0).contains(QLatin1String("step5.integration")));
        QVERIFY(plan.notes.at(0).contains(QLatin1String("restore it there by hand")));
        QVERIFY(plan.notes.at(1).contains(QLatin1String("Lab Root CA")));
        QVERIFY(plan.notes.at(1).contains(QLatin1String("delete it there by hand")));
    }
};

QTEST_GUILESS_MAIN(TestRollbackPlan)
#include "tst_rollback_plan.moc"
