// Issue 10's done criterion, end to end through otjctl against the lab's default org with AD
// replication simulated (--rbac-delay 3): plan exit 1 -> apply --yes --wait-pending 60 exit 0 (the
// rooms Pending at first, then effective) -> plan exit 0 "No changes" -> a second apply sends only
// Get-* -> validate --rooms <the selected on-prem rooms> exit 0 with the PowerShell-side checks
// judged (not Skipped). And validate when the Exchange shell does not open: P4 says why, the other
// PowerShell-side checks are Skipped; without a PowerShell program they are all Skipped.
#include "tests/support/LabShell.h"

#include <QTemporaryDir>
#include <QTest>

using namespace otj;

namespace {

// The checks that judge the Exchange inspection (the PowerShell side).
const QStringList kPowerShellChecks = {QStringLiteral("prereq.p1"),
                                       QStringLiteral("prereq.p2"),
                                       QStringLiteral("prereq.p4"),
                                       QStringLiteral("step1.service-account"),
                                       QStringLiteral("step1.ews-access"),
                                       QStringLiteral("step2.group"),
                                       QStringLiteral("step2.role-assignment"),
                                       QStringLiteral("step2.unscoped-assignment"),
                                       QStringLiteral("step3.authentication-policy"),
                                       QStringLiteral("step3.ews-directory"),
                                       QStringLiteral("step4.calendar-processing")};

// The status word validate prints for a top-level check ("PASSED", "SKIPPED", ...); empty: absent.
QString statusOf(const QByteArray& out, const QString& id)
{
    for (const QByteArray& line : out.split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(QLatin1Char('[')) && l.contains(QStringLiteral("] %1 ").arg(id)))
            return l.mid(1, l.indexOf(QLatin1Char(']')) - 1).trimmed();
    }
    return {};
}

} // namespace

class TestConsoleDone : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    LabProcess m_lab;
    QString m_profile;
    QProcessEnvironment m_env;

    CtlResult ctl(const QStringList& args, const QProcessEnvironment& env)
    {
        return runOtjctl(args + QStringList{QStringLiteral("--profile"), m_profile},
                         m_lab.password(QStringLiteral("otj-service")), 180000, {}, env);
    }
    qint64 writes()
    {
        qint64 n = 0;
        const QJsonObject verbs = m_lab.admin("GET", QStringLiteral("powershell/stats"))
                                      .value(QStringLiteral("perVerb"))
                                      .toObject();
        for (auto it = verbs.begin(); it != verbs.end(); ++it)
            n += it.key() != QLatin1String("Get") ? it.value().toInteger() : 0;
        return n;
    }
    QStringList onPremRooms()
    {
        QStringList rooms;
        const QJsonObject org = m_lab.admin("GET", QStringLiteral("org"));
        for (const QJsonValue& v : org.value(QStringLiteral("recipients")).toArray())
            if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("RoomMailbox"))
                rooms << v.toObject().value(QStringLiteral("smtp")).toString();
        return rooms;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_profile = m_dir.filePath(QStringLiteral("done.json"));
        QVERIFY2(m_lab.start({QStringLiteral("--rbac-delay"), QStringLiteral("3")}, m_profile, &error),
                 qPrintable(error));
        m_env.insert(QStringLiteral("OTJ_POWERSHELL"), test::labPowerShellEnv(m_lab));
        m_env.insert(QStringLiteral("OTJ_EXCHANGE_ADMIN_PASSWORD"),
                     m_lab.password(QStringLiteral("exchange-admin")));
    }

    void planApplyPlanApplyValidate()
    {
        const CtlResult plan = ctl({QStringLiteral("plan")}, m_env);
        QCOMPARE(plan.exitCode, 1);

        const CtlResult apply = ctl({QStringLiteral("apply"), QStringLiteral("--yes"),
                                     QStringLiteral("--wait-pending"), QStringLiteral("60")},
                                    m_env);
        QVERIFY2(apply.exitCode == 0, apply.out.right(600) + apply.err.right(600));
        QVERIFY2(apply.out.contains("applied and verified."), apply.out.right(400).constData());
        // The new assignment reached EWS only after the lab's replication delay: Pending first.
        QVERIFY2(apply.err.contains("wait for AD replication (Pending)"), apply.err.constData());
        // Only on-prem rooms can be Pending (the cloud room is P1's Failed, never Pending).
        QVERIFY2(apply.err.contains(QStringLiteral("%1 room(s) wait").arg(onPremRooms().size()).toUtf8()),
                 apply.err.constData());

        const CtlResult again = ctl({QStringLiteral("plan")}, m_env);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("No changes."));

        m_lab.admin("POST", QStringLiteral("powershell/stats/reset"));
        const CtlResult second = ctl({QStringLiteral("apply"), QStringLiteral("--yes")}, m_env);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(writes(), 0);

        const QStringList rooms = onPremRooms();
        QCOMPARE(rooms.size(), 40);
        const CtlResult validate =
            ctl(QStringList{QStringLiteral("validate"), QStringLiteral("--rooms")} + rooms, m_env);
        QVERIFY2(validate.exitCode == 0, validate.out.right(3000).constData());
        for (const QString& id : kPowerShellChecks) {
            const QString status = statusOf(validate.out, id);
            QVERIFY2(status == QLatin1String("PASSED") || status == QLatin1String("WARNING"),
                     qPrintable(id + QLatin1Char(' ') + status));
        }
        QCOMPARE(statusOf(validate.out, QStringLiteral("step2.impersonation")), QStringLiteral("PASSED"));
    }

    void validateSaysWhyTheShellDidNotOpen()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("OTJ_EXCHANGE_ADMIN_PASSWORD"), QStringLiteral("not the password"));
        const CtlResult validate = ctl({QStringLiteral("validate")}, env);
        QCOMPARE(validate.exitCode, 1);
        QCOMPARE(statusOf(validate.out, QStringLiteral("prereq.p4")), QStringLiteral("FAILED"));
        QVERIFY2(validate.out.contains("Access is denied"), validate.out.left(3000).constData());
        for (const QString& id : kPowerShellChecks.mid(3))
            QCOMPARE(statusOf(validate.out, id) + u' ' + id, QStringLiteral("SKIPPED ") + id);
    }

    void validateWithoutAPowerShellProgramSkipsThePowerShellSide()
    {
        const CtlResult validate = ctl({QStringLiteral("validate")}, {});
        // Skipped, or (checks that exist only with an inspection) not declared at all.
        for (const QString& id : kPowerShellChecks) {
            const QString status = statusOf(validate.out, id);
            QVERIFY2(status.isEmpty() || status == QLatin1String("SKIPPED"), qPrintable(id + u' ' + status));
        }
        QCOMPARE(statusOf(validate.out, QStringLiteral("prereq.p4")), QStringLiteral("SKIPPED"));
        // The EWS side still runs: the cloud room is refused (the rest of the tree as before).
        QCOMPARE(statusOf(validate.out, QStringLiteral("step2.impersonation")), QStringLiteral("FAILED"));
        QCOMPARE(validate.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestConsoleDone)
#include "tst_console_done.moc"
