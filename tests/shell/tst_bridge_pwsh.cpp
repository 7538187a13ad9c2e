// The bridge script in real PowerShell 7, driven by PowerShellHost / ExchangeShell, in lab mode with
// a probe module of typed functions (data/OtjBridgeProbe.psm1): typed binding, errors per command,
// chunking, malformed lines, NoLanguage, missing cmdlet → RBAC role, a killed or hung host,
// cancellation, and no secret in the host's command line or environment.
#include "PwshSupport.h"
#include "RawSpeaker.h"

#include "core/shell/ExchangeShell.h"
#include "core/shell/PowerShellHost.h"
#include "core/shell/ShellRemedy.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace otj::shell;
using otj::test::invokeLine;
using otj::test::RawSpeaker;
using otj::test::waitFor;
using Kind = protocol::ResponseLine::Kind;

namespace {

const QString kProbe = QStringLiteral(OTJ_SHELL_TEST_DATA "/OtjBridgeProbe.psm1");
using otj::test::kWaitMs;

protocol::Hello labHello(const QString& password = QStringLiteral("Lab-Admin-Pw-1"))
{
    protocol::Hello h;
    h.connectionUri = QStringLiteral("https://127.0.0.1:1/lab/");
    h.authentication = QStringLiteral("Basic");
    h.username = QStringLiteral("CONTOSO\\admin");
    h.password = password;
    return h;
}

ShellOptions options(const SpeakerCommand& speaker, const protocol::Hello& hello = labHello())
{
    ShellOptions o;
    o.speaker = speaker;
    o.hello = hello;
    o.helloTimeoutMs = kWaitMs;
    return o;
}

QJsonObject rawCommand(const QString& name, const QJsonObject& parameters)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("parameters"), parameters}};
}

bool processGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace

class TestBridgePwsh : public QObject
{
    Q_OBJECT

    std::optional<ShellReply> run(ExchangeShell& shell, const QList<ShellCommand>& commands,
                                  bool stopOnError = false, int ms = kWaitMs)
    {
        std::optional<ShellReply> reply;
        shell.runBatch(commands, stopOnError, this, [&reply](const ShellReply& r) { reply = r; });
        waitFor([&] { return reply.has_value(); }, ms);
        return reply;
    }

    std::optional<ShellOpenResult> open(ExchangeShell& shell) { return otj::test::openShell(shell, this); }

private Q_SLOTS:
    void initTestCase()
    {
        OTJ_REQUIRE_PWSH();
        QVERIFY(QFile::exists(kProbe));
    }

    void helloReportsTheSession()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        const auto opened = open(shell);
        QVERIFY(opened);
        QVERIFY2(opened->ok, opened->errors.isEmpty() ? "" : qPrintable(opened->errors.first().message));
        QCOMPARE(opened->session.mode, QStringLiteral("lab"));
        QCOMPARE(opened->session.psEdition, QStringLiteral("Core"));
        // Only allow-listed commands of the module; Connect-OtjLab is not one.
        QCOMPARE(
            opened->session.commands,
            (QStringList{QStringLiteral("Get-ExchangeServer"), QStringLiteral("Get-Mailbox"),
                         QStringLiteral("Get-User"), QStringLiteral("New-Mailbox"),
                         QStringLiteral("Remove-ManagementScope"), QStringLiteral("Set-CalendarProcessing"),
                         QStringLiteral("Set-DistributionGroup")}));
    }

    void valuesArriveTyped()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        ShellCommand mailbox(QStringLiteral("New-Mailbox"));
        mailbox
            .set(QStringLiteral("Name"), QStringLiteral("2024-01-01T00:00:00Z")) // stays a string
            .set(QStringLiteral("Password"), ShellValue::secureString(QStringLiteral("N3w-Mailbox-Pw!")))
            .set(QStringLiteral("Room"), true)
            .set(QStringLiteral("ResetPasswordOnNextLogon"), false);
        ShellCommand group(QStringLiteral("Set-DistributionGroup"));
        group.set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms"))
            .set(QStringLiteral("ManagedBy"),
                 ShellValue::table({{QStringLiteral("Add"),
                                     ShellValue::strings({QStringLiteral("a"), QStringLiteral("b")})}}))
            .set(QStringLiteral("BypassSecurityGroupManagerCheck"), true);
        const auto reply = run(shell, {mailbox, group});
        QVERIFY(reply);
        QVERIFY2(reply->ok(),
                 reply->allErrors().isEmpty() ? "" : qPrintable(reply->allErrors().first().message));
        const QJsonObject m = reply->results[0].objects.first();
        QCOMPARE(m.value(QStringLiteral("NameType")).toString(), QStringLiteral("System.String"));
        QCOMPARE(m.value(QStringLiteral("Name")).toString(), QStringLiteral("2024-01-01T00:00:00Z"));
        QCOMPARE(m.value(QStringLiteral("PasswordType")).toString(),
                 QStringLiteral("System.Security.SecureString"));
        QCOMPARE(m.value(QStringLiteral("Password")).toString(), QStringLiteral("N3w-Mailbox-Pw!"));
        QCOMPARE(m.value(QStringLiteral("RoomType")).toString(),
                 QStringLiteral("System.Management.Automation.SwitchParameter"));
        QCOMPARE(m.value(QStringLiteral("Room")).toBool(), true);
        QCOMPARE(m.value(QStringLiteral("ResetPasswordOnNextLogonType")).toString(),
                 QStringLiteral("System.Boolean"));
        QCOMPARE(m.value(QStringLiteral("ResetPasswordOnNextLogon")).toBool(), false);
        const QJsonObject g = reply->results[1].objects.first();
        QCOMPARE(g.value(QStringLiteral("ManagedByType")).toString(),
                 QStringLiteral("System.Collections.Hashtable"));
        QCOMPARE(
            g.value(QStringLiteral("ManagedBy")).toObject().value(QStringLiteral("Add")).toArray().size(), 2);
    }

    void rawTypesAndTheBoolBinder()
    {
        RawSpeaker s(otj::test::pwshBridge(kProbe));
        QVERIFY(s.hello(labHello()));
        const QJsonArray commands{
            rawCommand(QStringLiteral("New-Mailbox"),
                       QJsonObject{{QStringLiteral("Count"), 5},
                                   {QStringLiteral("Ratio"), 1.5},
                                   {QStringLiteral("Nothing"), QJsonValue::Null},
                                   {QStringLiteral("Name"), QStringLiteral("x")}}),
            rawCommand(
                QStringLiteral("Set-DistributionGroup"),
                QJsonObject{{QStringLiteral("Names"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}}}),
            // Quoting everything as text is wrong: PowerShell's binder refuses '$false' for a [bool].
            rawCommand(QStringLiteral("Set-CalendarProcessing"),
                       QJsonObject{{QStringLiteral("Identity"), QStringLiteral("room")},
                                   {QStringLiteral("DeleteComments"), QStringLiteral("$false")}}),
            rawCommand(QStringLiteral("Set-CalendarProcessing"),
                       QJsonObject{{QStringLiteral("Identity"), QStringLiteral("room")},
                                   {QStringLiteral("DeleteComments"), false},
                                   {QStringLiteral("BookingWindowInDays"), 180}}),
            rawCommand(QStringLiteral("Get-Mailbox"),
                       QJsonObject{{QStringLiteral("ErrorAction"), QStringLiteral("Stop")}}),
        };
        const auto answer = s.request(invokeLine(5, commands), 5);
        QVERIFY(answer);
        QCOMPARE(answer->kind, Kind::Final);
        const auto& r = answer->results;
        QCOMPARE(r.size(), 5);
        const QJsonObject m = r[0].objects.first();
        QCOMPARE(m.value(QStringLiteral("CountType")).toString(), QStringLiteral("System.Int32"));
        QCOMPARE(m.value(QStringLiteral("RatioType")).toString(), QStringLiteral("System.Double"));
        QCOMPARE(m.value(QStringLiteral("NothingType")).toString(), QStringLiteral("null"));
        QCOMPARE(r[1].objects.first().value(QStringLiteral("NamesType")).toString(),
                 QStringLiteral("System.String[]"));
        QVERIFY(!r[2].ok);
        QCOMPARE(r[2].errors.size(), 1);
        QCOMPARE(r[2].errors.first().fullyQualifiedErrorId,
                 QStringLiteral("ParameterArgumentTransformationError,Set-CalendarProcessing"));
        QCOMPARE(r[2].errors.first().category, QStringLiteral("InvalidData"));
        QVERIFY(r[3].ok);
        QCOMPARE(r[3].objects.first().value(QStringLiteral("DeleteCommentsType")).toString(),
                 QStringLiteral("System.Boolean"));
        QCOMPARE(r[3].objects.first().value(QStringLiteral("BookingWindowInDaysType")).toString(),
                 QStringLiteral("System.Int32"));
        QCOMPARE(r[4].errors.first().fullyQualifiedErrorId, QStringLiteral("OtjBridge.ReservedParameter"));
    }

    void outputIsNormalised()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        const auto reply = run(shell, {ShellCommand(QStringLiteral("Get-Mailbox"))});
        QVERIFY(reply && reply->ok());
        const auto& objects = reply->results.first().objects;
        QCOMPARE(objects.size(), 2);
        const QJsonObject room = objects.first();
        QCOMPARE(room.value(QStringLiteral("WhenCreated")).toString(),
                 QStringLiteral("2024-05-06T07:08:09.0000000Z"));
        QCOMPARE(room.value(QStringLiteral("Processing")).toString(),
                 QStringLiteral("AutoAccept")); // enum by name
        QCOMPARE(room.value(QStringLiteral("EmailAddresses")).toArray().size(), 2);
        QVERIFY(room.value(QStringLiteral("Empty")).isNull());
        QCOMPARE(room.value(QStringLiteral("ResourceCapacity")).toInt(), 12);
        QCOMPARE(room.value(QStringLiteral("Quote")).toString(), QStringLiteral("a\"b\\c\n"));
        QVERIFY(!room.contains(QStringLiteral("PSComputerName")));
        QVERIFY(!room.contains(QStringLiteral("RunspaceId")));
        QCOMPARE(room.keys().first(), QStringLiteral("Alias")); // QJsonObject sorts; all there
        QCOMPARE(objects.last(), (QJsonObject{{QStringLiteral("Value"), QStringLiteral("just text")}}));
    }

    void deserializedExchangeObjectsKeepNamesAndText()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        ShellCommand get(QStringLiteral("Get-Mailbox"));
        get.set(QStringLiteral("Anr"), QStringLiteral("deserialized"));
        auto reply = run(shell, {get});
        QVERIFY(reply && reply->ok());
        QJsonObject o = reply->results.first().objects.first();
        QCOMPARE(o.value(QStringLiteral("AutomateProcessing")).toString(), QStringLiteral("Monday")); // not 1
        QCOMPARE(o.value(QStringLiteral("Address")).toString(), QStringLiteral("room-1@contoso.lab"));
        QCOMPARE(o.value(QStringLiteral("EmailAddresses")).toArray(),
                 (QJsonArray{QStringLiteral("SMTP:a@x"), QStringLiteral("smtp:b@x")}));

        // select: only those properties, in that order, null where missing.
        get.select = {QStringLiteral("Name"), QStringLiteral("NoSuchProperty"),
                      QStringLiteral("AutomateProcessing")};
        reply = run(shell, {get});
        QVERIFY(reply && reply->ok());
        o = reply->results.first().objects.first();
        QCOMPARE(o.keys().size(), 3);
        QVERIFY(o.value(QStringLiteral("NoSuchProperty")).isNull());
        QCOMPARE(o.value(QStringLiteral("AutomateProcessing")).toString(), QStringLiteral("Monday"));
    }

    void errorsAndWarningsPerCommand()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        ShellCommand user(QStringLiteral("Get-User"));
        ShellCommand scope(QStringLiteral("Remove-ManagementScope"));
        scope.set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms scope"));
        ShellCommand server(QStringLiteral("Get-ExchangeServer"));
        auto reply = run(shell, {user, scope, server});
        QVERIFY(reply);
        QVERIFY(!reply->failure);
        QCOMPARE(reply->results.size(), 3);
        // Non-terminating errors of a proxy-like function are collected; its output and warning too.
        const CommandResult& u = reply->results[0];
        QVERIFY(!u.ok);
        QCOMPARE(u.errors.size(), 2);
        QCOMPARE(u.errors[0].category, QStringLiteral("ObjectNotFound"));
        QVERIFY(u.errors[0].fullyQualifiedErrorId.contains(QLatin1String("GetUser")));
        QCOMPARE(u.errors[1].targetObject, QStringLiteral("missing-2"));
        QCOMPARE(u.objects.size(), 1);
        QCOMPARE(u.warnings.size(), 1);
        QVERIFY(u.warnings.first().contains(QLatin1String("no settings")));
        // A terminating error: category and FQID as PowerShell reports them.
        const CommandResult& s = reply->results[1];
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors[0].fullyQualifiedErrorId,
                 QStringLiteral("ManagementObjectNotFound,Remove-ManagementScope"));
        QCOMPARE(s.errors[0].category, QStringLiteral("ObjectNotFound"));
        QCOMPARE(s.errors[0].targetObject, QStringLiteral("OTJ Rooms scope"));
        QVERIFY(reply->results[2].ok); // an earlier failure does not stop the batch

        reply = run(shell, {user, server}, true);
        QVERIFY(reply);
        QVERIFY(reply->results[1].skipped);
        QVERIFY(reply->results[1].objects.isEmpty());
    }

    void largeAnswersAreSplitIntoLines()
    {
        RawSpeaker s(otj::test::pwshBridge(kProbe));
        QVERIFY(s.hello(labHello()));
        const auto answer = s.request(
            invokeLine(3, QJsonArray{rawCommand(QStringLiteral("Get-Mailbox"),
                                                QJsonObject{{QStringLiteral("Anr"), QStringLiteral("big")}}),
                                     rawCommand(QStringLiteral("Get-ExchangeServer"), {})}),
            3);
        QVERIFY(answer);
        QVERIFY2(s.failures.isEmpty(), "no line may exceed the limit (PowerShellHost enforces it)");
        int partials = 0;
        int objects = 0;
        for (const auto& l : s.lines)
            if (l.kind == Kind::Partial) {
                ++partials;
                QCOMPARE(l.index, 0);
                objects += l.objects.size();
            }
        QVERIFY2(partials >= 1, "1.5 MB of objects come in more than one line");
        QVERIFY(objects > 0 && objects <= 1500);
        QCOMPARE(answer->results[0].objects.size(), 1500); // partial objects first, then the final line's

        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        ShellCommand big(QStringLiteral("Get-Mailbox"));
        big.set(QStringLiteral("Anr"), QStringLiteral("big"));
        auto reply = run(shell, {big, ShellCommand(QStringLiteral("Get-ExchangeServer"))});
        QVERIFY(reply && reply->ok());
        const auto& all = reply->results[0].objects;
        QCOMPARE(all.size(), 1500);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].value(QStringLiteral("Index")).toInt(), i); // in order
        QCOMPARE(all[7].value(QStringLiteral("Note")).toString(), QStringLiteral("ünïcødé-7"));
        QCOMPARE(reply->results[1].objects.size(), 1);

        big.set(QStringLiteral("Anr"), QStringLiteral("huge")); // one object larger than a line
        reply = run(shell, {big});
        QVERIFY(reply && !reply->ok());
        QCOMPARE(reply->results[0].errors.first().fullyQualifiedErrorId,
                 QStringLiteral("OtjBridge.ObjectTooLarge"));
    }

    void malformedLinesAreAnsweredAndReadingGoesOn()
    {
        RawSpeaker s(otj::test::pwshBridge(kProbe));
        QVERIFY(s.hello(labHello()));
        auto answer = s.request("this is not JSON\n", std::nullopt);
        QVERIFY(answer);
        QCOMPARE(answer->kind, Kind::RequestError);
        QVERIFY(!answer->fatal);
        QCOMPARE(answer->errors.first().fullyQualifiedErrorId, QStringLiteral("OtjBridge.MalformedRequest"));
        answer = s.request(R"({"v":1,"id":8,"op":"invoke","commands":"Get-Mailbox"})"
                           "\n",
                           8);
        QVERIFY(answer);
        QCOMPARE(answer->kind, Kind::RequestError);
        answer = s.request(
            R"({"v":1,"id":9,"op":"invoke","commands":[{"name":"Get-X","parameters":{"a":{"$type":"Nope"}}}]})"
            "\n",
            9);
        QVERIFY(answer);
        QCOMPARE(answer->kind, Kind::RequestError);
        answer =
            s.request(invokeLine(10, QJsonArray{rawCommand(QStringLiteral("Get-ExchangeServer"), {})}), 10);
        QVERIFY(answer);
        QCOMPARE(answer->kind, Kind::Final);
        QVERIFY(answer->results.first().ok);
    }

    void scriptTextIsRefusedLikeNoLanguage()
    {
        RawSpeaker s(otj::test::pwshBridge(kProbe));
        QVERIFY(s.hello(labHello()));
        const QJsonArray commands{
            rawCommand(QStringLiteral("Get-Mailbox; Remove-Mailbox x"), {}),
            rawCommand(QStringLiteral("$(Get-Mailbox)"), {}),
            rawCommand(QStringLiteral("Get-Mailbox | Remove-Mailbox"), {}),
            rawCommand(QStringLiteral("Get-Mailbox"),
                       QJsonObject{{QStringLiteral("Identity;x"), QStringLiteral("y")}}),
        };
        const auto answer = s.request(invokeLine(4, commands), 4);
        QVERIFY(answer);
        for (const CommandResult& r : answer->results) {
            QVERIFY(!r.ok);
            QCOMPARE(r.errors.first().fullyQualifiedErrorId, QStringLiteral("ScriptsNotAllowed"));
            QVERIFY(r.errors.first().message.contains(QLatin1String("no-language mode")));
        }
        // The C++ side never even sends it.
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        const auto reply = run(shell, {ShellCommand(QStringLiteral("Get-Mailbox; Remove-Mailbox x"))});
        QVERIFY(reply && reply->failure);
        QCOMPARE(reply->failure->fullyQualifiedErrorId, QStringLiteral("ScriptsNotAllowed"));
        QCOMPARE(shell.hostProcessId(), 0);
    }

    void missingCmdletNamesTheRbacRole()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        ShellCommand assign(QStringLiteral("New-ManagementRoleAssignment"));
        assign.set(QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation"));
        const auto reply = run(shell, {assign});
        QVERIFY(reply && !reply->failure);
        const ShellError& e = reply->results.first().errors.first();
        QCOMPARE(e.fullyQualifiedErrorId, QStringLiteral("CommandNotFoundException"));
        QVERIFY(
            e.message.startsWith(QLatin1String("The term 'New-ManagementRoleAssignment' is not recognized")));
        QVERIFY2(e.remedy.contains(QLatin1String("Role Management")), qPrintable(e.remedy));
    }

    void wrongPasswordFailsTheHelloWithARemedy()
    {
        ExchangeShell shell(
            options(otj::test::pwshBridge(kProbe), labHello(QStringLiteral("wrong-password"))));
        const auto opened = open(shell);
        QVERIFY(opened && !opened->ok);
        QVERIFY(opened->errors.first().message.contains(QLatin1String("Access is denied")));
        QVERIFY(!opened->errors.first().remedy.isEmpty());
        // Not restarted: a refused sign-in is not cured by trying again.
        const auto reply = run(shell, {ShellCommand(QStringLiteral("Get-ExchangeServer"))});
        QVERIFY(reply && reply->failure);
        QCOMPARE(shell.restarts(), 0);
    }

#ifndef Q_OS_WIN
    void exchangeModeSaysThisPowerShellCannotReachExchange()
    {
        ExchangeShell shell(options(otj::test::pwshBridge({})));
        const auto opened = open(shell);
        QVERIFY(opened && !opened->ok);
        QCOMPARE(opened->errors.first().fullyQualifiedErrorId, QStringLiteral("OtjBridge.NoWSManClient"));
        QCOMPARE(opened->errors.first().remedy, ShellRemedy::noWsManClient());
    }
#endif

#ifdef Q_OS_UNIX
    void killedHostIsReportedAndRestartedOnce()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        QVERIFY(open(shell) && shell.isOpen());
        // A change in flight: reported, not sent again (it may have been applied).
        ShellCommand change(QStringLiteral("Set-CalendarProcessing"));
        change.set(QStringLiteral("Identity"), QStringLiteral("hang"));
        std::optional<ShellReply> reply;
        shell.run(change, this, [&reply](const ShellReply& r) { reply = r; });
        const qint64 first = shell.hostProcessId();
        QTest::qWait(1500);
        QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
        QVERIFY(waitFor([&] { return reply.has_value(); }));
        QVERIFY(reply->failure);
        QCOMPARE(reply->failure->fullyQualifiedErrorId, QStringLiteral("OtjShell.HostDied"));
        QVERIFY(reply->failure->remedy.contains(QLatin1String("may or may not")));
        QCOMPARE(shell.restarts(), 1);
        // The restarted host answers.
        auto next = run(shell, {ShellCommand(QStringLiteral("Get-ExchangeServer"))});
        QVERIFY(next && next->ok());
        const qint64 second = shell.hostProcessId();
        QVERIFY(second != first && second > 0);

        // A read in flight is sent again after the restart; killed twice in a row, the error stays.
        ShellCommand read(QStringLiteral("Get-ExchangeServer"));
        read.set(QStringLiteral("Identity"), QStringLiteral("hang"));
        reply.reset();
        shell.run(read, this, [&reply](const ShellReply& r) { reply = r; });
        QTest::qWait(1500);
        QCOMPARE(::kill(pid_t(second), SIGKILL), 0);
        QVERIFY(waitFor(
            [&] { return shell.hostProcessId() != 0 && shell.hostProcessId() != second && shell.isOpen(); }));
        QTest::qWait(1000); // the read is on the wire again
        QVERIFY(!reply.has_value());
        QCOMPARE(::kill(pid_t(shell.hostProcessId()), SIGKILL), 0);
        QVERIFY(waitFor([&] { return reply.has_value(); }));
        QCOMPARE(reply->failure->fullyQualifiedErrorId, QStringLiteral("OtjShell.HostDied"));
        QCOMPARE(shell.restarts(), 2);
        next = run(shell, {ShellCommand(QStringLiteral("Get-ExchangeServer"))});
        QVERIFY(next && next->failure); // broken until opened again
        QVERIFY(open(shell)->ok);
        next = run(shell, {ShellCommand(QStringLiteral("Get-ExchangeServer"))});
        QVERIFY(next && next->ok());
    }
#endif

    void hungHostTimesOut()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        QVERIFY(open(shell) && shell.isOpen());
        shell.setCommandTimeoutMs(2000);
        ShellCommand change(QStringLiteral("Set-CalendarProcessing"));
        change.set(QStringLiteral("Identity"), QStringLiteral("hang"));
        const qint64 pid = shell.hostProcessId();
        QElapsedTimer t;
        t.start();
        const auto reply = run(shell, {change});
        QVERIFY(reply && reply->failure);
        QCOMPARE(reply->failure->fullyQualifiedErrorId, QStringLiteral("OtjShell.Timeout"));
        QVERIFY(t.elapsed() >= 1900);
        QVERIFY(t.elapsed() < 60000);
        QVERIFY(waitFor([&] { return processGone(pid); }, 10000));
        QCOMPARE(shell.restarts(), 1);
        shell.setCommandTimeoutMs(60000);
        const auto next = run(shell, {ShellCommand(QStringLiteral("Get-ExchangeServer"))});
        QVERIFY(next && next->ok());
    }

    void cancelKillsTheHostAtOnce()
    {
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe)));
        QVERIFY(open(shell) && shell.isOpen());
        ShellCommand read(QStringLiteral("Get-ExchangeServer"));
        read.set(QStringLiteral("Identity"), QStringLiteral("hang"));
        std::optional<ShellReply> reply;
        shell.run(read, this, [&reply](const ShellReply& r) { reply = r; });
        const qint64 pid = shell.hostProcessId();
        QTest::qWait(500);
        QElapsedTimer t;
        t.start();
        shell.cancel();
        QVERIFY(waitFor([&] { return reply.has_value(); }, 5000));
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(reply->failure->fullyQualifiedErrorId, QStringLiteral("OtjShell.Cancelled"));
        QVERIFY(waitFor([&] { return processGone(pid); }, 5000));
        QCOMPARE(shell.restarts(), 0);
    }

#ifdef Q_OS_LINUX
    void noSecretInTheHostsCommandLineOrEnvironment()
    {
        const QByteArray envSecret = "Env-Secret-From-Otj-Var";
        qputenv("OTJ_EXCHANGE_ADMIN_PASSWORD", envSecret);
        const QString helloSecret = QStringLiteral("Hello-Secret-Pw-42");
        // The product's path: the bridge script written from the binary's resources.
        ExchangeShell shell(options(otj::test::pwshBridge(kProbe, true), labHello(helloSecret)));
        const auto opened = open(shell);
        qunsetenv("OTJ_EXCHANGE_ADMIN_PASSWORD");
        QVERIFY(opened && opened->ok);
        const qint64 pid = shell.hostProcessId();
        QVERIFY(pid > 0);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray args = cmdline.readAll();
        const QByteArray env = environ.readAll();
        QVERIFY(!args.isEmpty() && !env.isEmpty());
        for (const QByteArray& haystack : {args, env}) {
            QVERIFY(!haystack.contains(helloSecret.toUtf8()));
            QVERIFY(!haystack.contains(envSecret));
        }
        for (const QByteArray& var : env.split('\0'))
            QVERIFY2(!var.toUpper().startsWith("OTJ_"), var.constData());
        // The script runs from a private directory.
        QString script;
        for (const QByteArray& a : args.split('\0'))
            if (a.endsWith("otj-bridge.ps1"))
                script = QString::fromUtf8(a);
        QVERIFY(!script.isEmpty());
        const QFileInfo dir(QFileInfo(script).absolutePath());
        QCOMPARE(dir.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(script).permissions() &
                     (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(!QFileInfo(script).absolutePath().startsWith(QStringLiteral(OTJ_SOURCE_DIR)));
        shell.close();
        QVERIFY(waitFor([&] { return processGone(pid); }, 10000));
        QVERIFY2(!QFileInfo::exists(script), "the private copy is removed with the host");
    }
#endif
};

QTEST_GUILESS_MAIN(TestBridgePwsh)
#include "tst_bridge_pwsh.moc"
