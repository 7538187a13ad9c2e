// The run journal: lines as core/journal/README.md says, read back into changes, a torn last line
// tolerated (and not glued to the next run's first line), open entries and their settling, the
// calendar-processing change times, and the apply lock.
#include "core/journal/RunJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::journal;
using namespace otj::plan;
using otj::shell::ShellValue;

namespace {

PlannedChange calendarChange(const QString& room)
{
    PlannedChange c;
    c.desired.key = QStringLiteral("step4.calendar/") + room;
    c.desired.step = StepId::CalendarProcessing;
    c.desired.operation = Operation::Update;
    c.desired.target = room;
    c.objectExists = true;
    c.diffs = {FieldDiff{QStringLiteral("DeleteComments"), ShellValue(true), ShellValue(false)}};
    c.command = shell::ShellCommand(QStringLiteral("Set-CalendarProcessing"));
    c.command.set(QStringLiteral("Identity"), room).set(QStringLiteral("DeleteComments"), false);
    return c;
}

PlannedChange accountChange()
{
    PlannedChange c;
    c.desired.key = QStringLiteral("step1.account");
    c.desired.step = StepId::ServiceAccount;
    c.desired.operation = Operation::Create;
    c.desired.secretParameter = QStringLiteral("Password");
    c.desired.target = QStringLiteral("svc-otj@contoso.lab");
    c.diffs = {FieldDiff{QStringLiteral("UserPrincipalName"), ShellValue(),
                         ShellValue(QStringLiteral("svc-otj@contoso.lab"))}};
    c.command = shell::ShellCommand(QStringLiteral("New-Mailbox"));
    c.command.set(QStringLiteral("Name"), QStringLiteral("svc-otj"));
    return c;
}

QList<QJsonObject> lines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QByteArray& l : f.readAll().split('\n')) {
        if (!l.isEmpty())
            out << QJsonDocument::fromJson(l).object();
    }
    return out;
}

} // namespace

class TestRunJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsAreBesideTheProfile()
    {
        QCOMPARE(RunJournal::journalPath(QStringLiteral("/a/b/profile.json")),
                 QStringLiteral("/a/b/profile.journal.jsonl"));
        QCOMPARE(RunJournal::lockPath(QStringLiteral("/a/b/profile.json")),
                 QStringLiteral("/a/b/profile.lock"));
        QCOMPARE(RunJournal::journalPath(QStringLiteral("/a/site.v2.json")),
                 QStringLiteral("/a/site.v2.journal.jsonl"));
    }

    void writesEveryLineAndReadsItBack()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        const QUuid id = QUuid::createUuid();
        RunJournal j(profile, id);
        QVERIFY(j.load());
        QVERIFY(j.beginRun(QStringLiteral("otjctl"), false, QStringLiteral("dc01"), true));
        const int s1 = j.started(calendarChange(QStringLiteral("room-1@x")));
        QCOMPARE(s1, 2);
        j.outcome(s1, QStringLiteral("step4.calendar/room-1@x"), QStringLiteral("applied"));
        const int s2 = j.started(accountChange());
        shell::ShellError e;
        e.message = QStringLiteral("boom");
        e.fullyQualifiedErrorId = QStringLiteral("X,Y");
        j.outcome(s2, QStringLiteral("step1.account"), QStringLiteral("failed"), e);
        j.endRun(QStringLiteral("stopped"), 1, 1, 0);
        j.endRun(QStringLiteral("host-lost"), 1, 1, 0); // a run ends once

        // On disk, as the README says.
        const QList<QJsonObject> written = lines(RunJournal::journalPath(profile));
        QCOMPARE(written.size(), 6);
        for (int i = 0; i < written.size(); ++i) {
            QCOMPARE(written[i].value(QStringLiteral("v")).toInt(), 1);
            QCOMPARE(written[i].value(QStringLiteral("profileId")).toString(),
                     id.toString(QUuid::WithoutBraces));
            QCOMPARE(written[i].value(QStringLiteral("seq")).toInt(), i + 1);
            QCOMPARE(written[i].value(QStringLiteral("run")).toString(), j.runId());
            QVERIFY(
                QDateTime::fromString(written[i].value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                    .isValid());
        }
        QCOMPARE(written[0].value(QStringLiteral("type")).toString(), QStringLiteral("run-started"));
        QCOMPARE(written[0].value(QStringLiteral("domainController")).toString(), QStringLiteral("dc01"));
        QCOMPARE(written[0].value(QStringLiteral("viewEntireForest")).toBool(), true);
        const QJsonObject started = written[1];
        QCOMPARE(started.value(QStringLiteral("step")).toString(), QStringLiteral("step4"));
        QCOMPARE(started.value(QStringLiteral("operation")).toString(), QStringLiteral("update"));
        QCOMPARE(started.value(QStringLiteral("before")).toObject().value(QStringLiteral("DeleteComments")),
                 QJsonValue(true));
        QCOMPARE(started.value(QStringLiteral("after")).toObject().value(QStringLiteral("DeleteComments")),
                 QJsonValue(false));
        // The secret is a placeholder; a create has no before values.
        const QJsonObject create = written[3];
        QCOMPARE(create.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("Password")),
                 QJsonValue(QStringLiteral("«secret»")));
        QCOMPARE(create.value(QStringLiteral("before")).toObject(), QJsonObject{});
        QCOMPARE(written[4]
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("fullyQualifiedErrorId")),
                 QJsonValue(QStringLiteral("X,Y")));
        QCOMPARE(written[5].value(QStringLiteral("type")).toString(), QStringLiteral("run-finished"));

        RunJournal again(profile, id);
        QVERIFY(again.load());
        QCOMPARE(again.entries().size(), 6);
        const QList<JournalChange> changes = again.changes();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].key, QStringLiteral("step4.calendar/room-1@x"));
        QCOMPARE(changes[0].result, QStringLiteral("applied"));
        QVERIFY(changes[0].applied());
        QCOMPARE(changes[1].result, QStringLiteral("failed"));
        QVERIFY(!changes[1].applied());
        QVERIFY(again.openChanges().isEmpty());
        // Another profile's journal lines are not this profile's.
        RunJournal other(profile, QUuid::createUuid());
        QVERIFY(other.load());
        QVERIFY(other.entries().isEmpty());
    }

    // A back-out run says so; its removals are "remove". A step-5 REST change is journaled as its
    // request: "POST <path>" and the body, the password field only as the placeholder.
    void backOutRunsAndRestChangesAreJournaledAsSuch()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        RunJournal j(profile, QUuid::createUuid());
        QVERIFY(j.load());
        QVERIFY(j.beginRun(QStringLiteral("otjctl"), true, {}, false));
        PlannedChange removal;
        removal.desired.key = QStringLiteral("step2.scope");
        removal.desired.step = StepId::Impersonation;
        removal.desired.operation = Operation::Remove;
        removal.objectExists = true;
        removal.command = shell::ShellCommand(QStringLiteral("Remove-ManagementScope"));
        removal.command.set(QStringLiteral("Identity"), QStringLiteral("OTJ Scope"));
        j.started(removal);

        PlannedChange rest;
        rest.desired.key = QStringLiteral("step5.integration");
        rest.desired.step = StepId::Pexip;
        rest.desired.operation = Operation::Create;
        rest.desired.secretParameter = QStringLiteral("service_account_password");
        rest.rest = RestCall{QStringLiteral("POST"),
                             QStringLiteral("/api/admin/configuration/v1/mjx_exchange_deployment/"),
                             {{QStringLiteral("name"), QStringLiteral("OTJ")}},
                             QStringLiteral("service_account_password")};
        j.started(rest);
        rest.rest->method = QStringLiteral("PATCH"); // an update without the password
        rest.rest->secretField.clear();
        j.started(rest);

        const QList<QJsonObject> written = lines(RunJournal::journalPath(profile));
        QCOMPARE(written.size(), 4);
        QCOMPARE(written[0].value(QStringLiteral("rollback")).toBool(), true);
        QCOMPARE(written[1].value(QStringLiteral("operation")).toString(), QStringLiteral("remove"));
        QCOMPARE(written[1].value(QStringLiteral("cmdlet")).toString(),
                 QStringLiteral("Remove-ManagementScope"));
        QCOMPARE(written[2].value(QStringLiteral("cmdlet")).toString(),
                 QStringLiteral("POST /api/admin/configuration/v1/mjx_exchange_deployment/"));
        QCOMPARE(written[2].value(QStringLiteral("parameters")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("OTJ")},
                              {QStringLiteral("service_account_password"), QStringLiteral("«secret»")}}));
        QCOMPARE(written[3].value(QStringLiteral("cmdlet")).toString(),
                 QStringLiteral("PATCH /api/admin/configuration/v1/mjx_exchange_deployment/"));
        QCOMPARE(written[3].value(QStringLiteral("parameters")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("OTJ")}}));
        QCOMPARE(powerShellLine(rest, QStringLiteral("dc01")), rest.rest->display());
    }

    void tornLastLineIsSkippedAndTheNextRunStartsOnItsOwnLine()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        const QUuid id = QUuid::createUuid();
        {
            RunJournal j(profile, id);
            QVERIFY(j.beginRun(QStringLiteral("otjctl"), false, {}, false));
            j.started(calendarChange(QStringLiteral("room-1@x"))); // left open: the process "died"
        }
        QFile f(RunJournal::journalPath(profile));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"v\":1,\"profileId\":\"" + id.toString(QUuid::WithoutBraces).toUtf8() +
                "\",\"type\":\"star");
        f.close();

        RunJournal j(profile, id);
        QString note;
        QVERIFY(j.load(&note));
        QCOMPARE(j.skippedLines(), 1);
        QVERIFY(!note.isEmpty());
        QCOMPARE(j.entries().size(), 2);
        const QList<JournalChange> open = j.openChanges();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].key, QStringLiteral("step4.calendar/room-1@x"));

        // The next run settles it; its first line is not glued to the torn one.
        const QString oldRun = open[0].run;
        QVERIFY(j.beginRun(QStringLiteral("otjctl"), false, {}, false));
        j.settle(open[0], true, QJsonObject{{QStringLiteral("DeleteComments"), false}});
        j.endRun(QStringLiteral("completed"), 0, 0, 0);
        RunJournal reread(profile, id);
        QVERIFY(reread.load());
        QCOMPARE(reread.skippedLines(), 1);
        QCOMPARE(reread.entries().size(), 5);
        QVERIFY(reread.openChanges().isEmpty());
        const QList<JournalChange> changes = reread.changes();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].result, QStringLiteral("settled-applied"));
        QCOMPARE(changes[0].run, oldRun);
        const JournalEntry settled = reread.entries().at(3);
        QCOMPARE(settled.fields.value(QStringLiteral("startedSeq")).toString(),
                 oldRun + QStringLiteral("#2"));
        QCOMPARE(settled.fields.value(QStringLiteral("observed"))
                     .toObject()
                     .value(QStringLiteral("DeleteComments")),
                 QJsonValue(false));
    }

    void calendarProcessingChangedIsTheLastAppliedChangePerRoom()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        RunJournal j(profile, QUuid::createUuid());
        QVERIFY(j.beginRun(QStringLiteral("otjctl"), false, {}, false));
        const int a = j.started(calendarChange(QStringLiteral("Room-A@x")));
        j.outcome(a, QStringLiteral("step4.calendar/Room-A@x"), QStringLiteral("applied"));
        const int b = j.started(calendarChange(QStringLiteral("room-b@x")));
        j.outcome(b, QStringLiteral("step4.calendar/room-b@x"), QStringLiteral("failed"));
        QTest::qWait(5);
        const int a2 = j.started(calendarChange(QStringLiteral("room-a@x")));
        j.outcome(a2, QStringLiteral("step4.calendar/room-a@x"), QStringLiteral("applied"));
        j.endRun(QStringLiteral("completed"), 2, 1, 0);
        const QHash<QString, QDateTime> times = j.calendarProcessingChanged();
        QCOMPARE(times.size(), 1);
        QVERIFY(times.contains(QStringLiteral("room-a@x")));
        QCOMPARE(times.value(QStringLiteral("room-a@x")), j.changes().at(2).startedAt);
        QVERIFY(times.value(QStringLiteral("room-a@x")) > j.changes().at(0).startedAt);
    }

    void heldSyncStillWritesEveryLine()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        const QUuid id = QUuid::createUuid();
        RunJournal j(profile, id);
        QVERIFY(j.beginRun(QStringLiteral("otjctl"), false, {}, false));
        j.holdSync(true);
        j.started(calendarChange(QStringLiteral("a@x")));
        j.started(calendarChange(QStringLiteral("b@x")));
        // Written to the file before the sync (a crash of this process loses nothing; only the
        // machine's may, and the command is sent only after sync()).
        RunJournal reader(profile, id);
        QVERIFY(reader.load());
        QCOMPARE(reader.openChanges().size(), 2);
        j.holdSync(false);
        QVERIFY(j.writable());
    }

    void unwritableJournalIsReported()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("missing/p.json"));
        RunJournal j(profile, QUuid::createUuid());
        QString error;
        QVERIFY(!j.beginRun(QStringLiteral("otjctl"), false, {}, false, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!j.writable());
        QCOMPARE(j.started(calendarChange(QStringLiteral("r@x"))), 0);
    }

    void secondApplyIsRefusedNamingTheHolder()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        ApplyLock first(profile);
        QVERIFY(first.tryLock());
        ApplyLock second(profile);
        QString holder;
        QVERIFY(!second.tryLock(&holder));
        QVERIFY2(holder.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(holder));
        first.unlock();
        QVERIFY(second.tryLock());
    }

    void lockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QFile lock(RunJournal::lockPath(profile));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\notjctl\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        ApplyLock l(profile);
        QVERIFY(l.tryLock());
    }
};

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_run_journal.moc"
