// The lab's Exchange shell over the wire: the /lab/powershell route (in process, a client trusting
// only the lab CA) and `otj-lab shell` (the binary, against `otj-lab serve`) speaking the bridge
// line protocol. Changes made through the cmdlets reach EWS and Autodiscover after --rbac-delay.
#include "LabTestClient.h"
#include "ScenarioCheck.h"
#include "core/shell/CommandRegistry.h"

#include "server/LabServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace otjlab;
using namespace labtest;

namespace {

QString labBinary()
{
    return qEnvironmentVariable("OTJ_LAB_BINARY", QStringLiteral(OTJ_BINARY_DIR "/tests/lab/otj-lab"));
}

const QString kAdmin = QStringLiteral("exadmin@contoso.lab");
const QString kAdminPw = QStringLiteral("Adm1n!Lab2024");

// `otj-lab serve` plus the shell it names in its "powershell" field.
struct ServeAndShell
{
    QProcess serve;
    QProcess shell;
    QJsonObject line;
    int nextId = 1;

    bool start(const QStringList& args = {})
    {
        serve.setProgram(labBinary());
        serve.setArguments(
            QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + args);
        serve.start();
        if (!serve.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!serve.canReadLine() && serve.state() == QProcess::Running && t.elapsed() < 10000)
            serve.waitForReadyRead(100);
        line = QJsonDocument::fromJson(serve.readLine()).object();
        const QJsonArray command = line.value(QLatin1String("powershell")).toArray();
        if (command.size() < 2)
            return false;
        QStringList shellArgs;
        for (int i = 1; i < command.size(); ++i)
            shellArgs << command[i].toString();
        shell.setProgram(command[0].toString());
        shell.setArguments(shellArgs);
        shell.start();
        return shell.waitForStarted(5000);
    }
    void send(const QJsonObject& o) { shell.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'); }
    void sendRaw(const QByteArray& bytes) { shell.write(bytes); }
    QByteArray readLineRaw(int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (!shell.canReadLine() && t.elapsed() < timeoutMs) {
            if (shell.state() != QProcess::Running && !shell.bytesAvailable())
                break;
            shell.waitForReadyRead(100);
        }
        return shell.canReadLine() ? shell.readLine() : QByteArray();
    }
    QJsonObject readLine(int timeoutMs = 20000)
    {
        return QJsonDocument::fromJson(readLineRaw(timeoutMs)).object();
    }
    QJsonObject hello(const QJsonValue& user, const QJsonValue& password)
    {
        send({{QStringLiteral("v"), 1},
              {QStringLiteral("id"), 0},
              {QStringLiteral("op"), QStringLiteral("hello")},
              {QStringLiteral("connectionUri"), QStringLiteral("http://mbx01.contoso.lab/PowerShell/")},
              {QStringLiteral("authentication"), QStringLiteral("Basic")},
              {QStringLiteral("username"), user},
              {QStringLiteral("password"), password},
              {QStringLiteral("domainController"), QJsonValue()}});
        return readLine();
    }
    QJsonObject invoke(const QJsonArray& commands, bool stopOnError = false)
    {
        QJsonObject req{{QStringLiteral("v"), 1},
                        {QStringLiteral("id"), nextId++},
                        {QStringLiteral("op"), QStringLiteral("invoke")},
                        {QStringLiteral("timeoutMs"), 60000},
                        {QStringLiteral("commands"), commands}};
        if (stopOnError)
            req.insert(QStringLiteral("stopOnError"), true);
        send(req);
        return readLine();
    }
    int waitExit()
    {
        if (!shell.waitForFinished(10000))
            return -1;
        return shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -2;
    }
    ~ServeAndShell()
    {
        for (QProcess* p : {&shell, &serve})
            if (p->state() == QProcess::Running) {
                ::kill(pid_t(p->processId()), SIGTERM);
                if (!p->waitForFinished(3000))
                    p->kill();
                p->waitForFinished(2000);
            }
    }
};

QJsonObject command(const QString& name, const QJsonObject& parameters = {})
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("parameters"), parameters}};
}

// The first element of an answer's array, as an object (empty if there is none).
QJsonObject firstOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray().first().toObject();
}

// The FullyQualifiedErrorId of the first error of the first result of an invoke answer.
QString firstErrorId(const QJsonObject& answer)
{
    return answer.value(QLatin1String("results"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("errors"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("fullyQualifiedErrorId"))
        .toString();
}

} // namespace

class TestLabShell : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabServer> server;
    QDateTime now;

    QUrl route() const { return QUrl(server->adminUrl() + QStringLiteral("powershell")); }
    Resp ps(const QString& name, const QJsonObject& params, const QString& user = kAdmin,
            const QString& pw = kAdminPw)
    {
        Client c(server->pki().caCertPem);
        return c.request(
            "POST", route(),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("parameters"), params}})
                .toJson(QJsonDocument::Compact),
            {{"Authorization", basic(user, pw)}, {"Content-Type", "application/json"}});
    }
    QJsonObject psOk(const QString& name, const QJsonObject& params)
    {
        const Resp r = ps(name, params);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (r.status != 200 || !o.value(QLatin1String("errors")).toArray().isEmpty())
            qWarning("%s: %d %s", qPrintable(name), r.status, r.body.constData());
        return o;
    }
    int ews(const QString& user, const QString& pw, bool autodiscover = false)
    {
        Client c(server->pki().caCertPem);
        if (autodiscover)
            return c
                .post(QUrl(server->baseUrl() + QStringLiteral("/autodiscover/autodiscover.xml")),
                      "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
                      "requestschema/2006\"><Request><EMailAddress>" +
                          user.toUtf8() +
                          "</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/"
                          "autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></"
                          "Autodiscover>",
                      {{"Authorization", basic(user, pw)}})
                .status;
        return c.post(QUrl(server->ewsUrl()), soap(getFolderCalendar()), {{"Authorization", basic(user, pw)}})
            .status;
    }
    int ewsNtlm(const QString& user, const QString& pw)
    {
        Client c(server->pki().caCertPem);
        int asked = 0;
        c.onAuth = [&](QNetworkReply*, QAuthenticator* a) {
            if (asked++ == 0) {
                a->setUser(user);
                a->setPassword(pw);
            }
        };
        return c.post(QUrl(server->ewsUrl()), soap(getFolderCalendar())).status;
    }

private slots:
    void init()
    {
        now = QDateTime::currentDateTimeUtc();
        QString err;
        LabPki pki = LabPki::generate(&err);
        QVERIFY2(pki.isValid(), qPrintable(err));
        server = std::make_unique<LabServer>(LabOrg::defaultOrg(now), pki);
        QVERIFY2(server->listen(0, &err), qPrintable(err));
        const QDateTime fixed = now;
        server->clock = [this] {
            return now;
        };
        Q_UNUSED(fixed);
    }
    void cleanup() { server.reset(); }

    void routeAuthenticatesLikeWinRm()
    {
        Client c(server->pki().caCertPem);
        // No credentials, a wrong password, a disabled account, an expired password, the admin token:
        // one answer, WinRM's "Access is denied".
        const QList<QList<QPair<QByteArray, QByteArray>>> attempts{
            {},
            {{"Authorization", basic(kAdmin, QStringLiteral("wrong"))}},
            {{"Authorization", basic(QStringLiteral("eve@contoso.lab"), QStringLiteral("Eve!2024"))}},
            {{"Authorization", basic(QStringLiteral("frank@contoso.lab"), QStringLiteral("Frank!2024"))}},
            {{"Authorization", "Bearer " + server->adminToken().toLatin1()}},
        };
        for (const auto& headers : attempts) {
            const Resp r = c.request("GET", route(), {}, headers);
            QCOMPARE(r.status, 401);
            const QJsonObject e = QJsonDocument::fromJson(r.body)
                                      .object()
                                      .value(QLatin1String("errors"))
                                      .toArray()
                                      .first()
                                      .toObject();
            QCOMPARE(e.value(QLatin1String("fullyQualifiedErrorId")).toString(),
                     QStringLiteral("AccessDenied,PSSessionOpenFailed"));
            QCOMPARE(e.value(QLatin1String("category")).toString(), QStringLiteral("OpenError"));
            QVERIFY(
                e.value(QLatin1String("message")).toString().contains(QLatin1String(": Access is denied.")));
        }
        // The session: the cmdlets of the account's role groups.
        Resp r = c.request("GET", route(), {}, {{"Authorization", basic(kAdmin, kAdminPw)}});
        QCOMPARE(r.status, 200);
        QJsonArray commands = QJsonDocument::fromJson(r.body)
                                  .object()
                                  .value(QLatin1String("session"))
                                  .toObject()
                                  .value(QLatin1String("commands"))
                                  .toArray();
        QVERIFY(commands.contains(QStringLiteral("New-ManagementRoleAssignment")));
        r = c.request(
            "GET", route(), {},
            {{"Authorization", basic(QStringLiteral("CONTOSO\\rcpadmin"), QStringLiteral("Rcp4dmin!2024"))}});
        QCOMPARE(r.status, 200);
        commands = QJsonDocument::fromJson(r.body)
                       .object()
                       .value(QLatin1String("session"))
                       .toObject()
                       .value(QLatin1String("commands"))
                       .toArray();
        QVERIFY(commands.contains(QStringLiteral("Get-Mailbox")));
        QVERIFY(!commands.contains(QStringLiteral("New-ManagementRoleAssignment")));
        // Bad bodies: 400 with an error, nothing runs.
        for (const QByteArray& body : {QByteArray("not json"), QByteArray("[1]"), QByteArray("{\"name\": 5}"),
                                       QByteArray("{\"name\": \"Get-Mailbox\", \"parameters\": [1]}")}) {
            r = c.request("POST", route(), body, {{"Authorization", basic(kAdmin, kAdminPw)}});
            QCOMPARE(r.status, 400);
            QCOMPARE(QJsonDocument::fromJson(r.body)
                         .object()
                         .value(QLatin1String("errors"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("fullyQualifiedErrorId"))
                         .toString(),
                     QStringLiteral("OtjLab.MalformedRequest"));
        }
        // The route never logs or echoes a password parameter.
        r = ps(QStringLiteral("New-Mailbox"),
               {{QStringLiteral("Name"), QStringLiteral("X")},
                {QStringLiteral("UserPrincipalName"), QStringLiteral("x@contoso.lab")},
                {QStringLiteral("Password"),
                 QJsonObject{{QStringLiteral("$type"), QStringLiteral("SecureString")},
                             {QStringLiteral("value"), QStringLiteral("S3cret!Value")}}}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("S3cret!Value"));
    }

    void roleAssignmentAndMembershipReachEwsAfterTheDelay()
    {
        server->setRbacDelaySeconds(60);
        const QString svc = QStringLiteral("svc-vmr@contoso.lab"); // has a mailbox, unscoped impersonation
        QVERIFY(psOk(QStringLiteral("Remove-ManagementRoleAssignment"),
                     {{QStringLiteral("Identity"), QStringLiteral("VMR Scheduling Impersonation")},
                      {QStringLiteral("Confirm"), false}})
                    .value(QLatin1String("errors"))
                    .toArray()
                    .isEmpty());
        QVERIFY(psOk(QStringLiteral("New-DistributionGroup"),
                     {{QStringLiteral("Name"), QStringLiteral("OTJ Rooms, Branch")},
                      {QStringLiteral("Alias"), QStringLiteral("otj-br")}})
                    .value(QLatin1String("errors"))
                    .toArray()
                    .isEmpty());
        psOk(QStringLiteral("Add-DistributionGroupMember"),
             {{QStringLiteral("Identity"), QStringLiteral("otj-br")},
              {QStringLiteral("Member"), QStringLiteral("room-br-07@contoso.lab")}});
        psOk(QStringLiteral("New-ManagementScope"),
             {{QStringLiteral("Name"), QStringLiteral("OTJ Branch")},
              {QStringLiteral("RecipientRestrictionFilter"),
               QStringLiteral("MemberOfGroup -eq 'CN=OTJ Rooms\\, Branch,OU=Groups,DC=contoso,DC=lab'")}});
        psOk(QStringLiteral("New-ManagementRoleAssignment"),
             {{QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation")},
              {QStringLiteral("User"), svc},
              {QStringLiteral("CustomRecipientWriteScope"), QStringLiteral("OTJ Branch")}});
        Client c(server->pki().caCertPem);
        auto impersonate = [&](const QByteArray& room) {
            const Resp r = c.post(
                QUrl(server->ewsUrl()), soap(getFolderCalendar(), room),
                {{"Authorization", basic(svc, QStringLiteral("VmrSched!2024"))}, {"X-AnchorMailbox", room}});
            return r.body.contains("ErrorImpersonateUserDenied") ? QStringLiteral("denied")
                   : r.status == 200                             ? QStringLiteral("ok")
                                                                 : QString::number(r.status);
        };
        // The removed unscoped assignment is still replicated: every room, for now.
        QCOMPARE(impersonate("room-br-08@contoso.lab"), QStringLiteral("ok"));
        now = now.addSecs(61);
        QCOMPARE(impersonate("room-br-07@contoso.lab"), QStringLiteral("ok"));     // the new, scoped one
        QCOMPARE(impersonate("room-br-08@contoso.lab"), QStringLiteral("denied")); // not in the group
        psOk(QStringLiteral("Add-DistributionGroupMember"),
             {{QStringLiteral("Identity"), QStringLiteral("otj-br")},
              {QStringLiteral("Member"), QStringLiteral("room-br-08@contoso.lab")}});
        QCOMPARE(impersonate("room-br-08@contoso.lab"), QStringLiteral("denied"));
        now = now.addSecs(61);
        QCOMPARE(impersonate("room-br-08@contoso.lab"), QStringLiteral("ok"));
        // Removing a member and changing the scope's filter also reach EWS only after the delay.
        psOk(QStringLiteral("Remove-DistributionGroupMember"),
             {{QStringLiteral("Identity"), QStringLiteral("otj-br")},
              {QStringLiteral("Member"), QStringLiteral("room-br-07@contoso.lab")},
              {QStringLiteral("Confirm"), false}});
        psOk(QStringLiteral("Set-ManagementScope"),
             {{QStringLiteral("Identity"), QStringLiteral("OTJ Branch")},
              {QStringLiteral("RecipientRestrictionFilter"),
               QStringLiteral("RecipientTypeDetails -eq 'EquipmentMailbox'")}});
        QCOMPARE(impersonate("room-br-07@contoso.lab"), QStringLiteral("ok"));
        QCOMPARE(impersonate("room-br-08@contoso.lab"), QStringLiteral("ok"));
        now = now.addSecs(61);
        QCOMPARE(impersonate("room-br-07@contoso.lab"), QStringLiteral("denied"));
        QCOMPARE(impersonate("room-br-08@contoso.lab"), QStringLiteral("denied"));
        QCOMPARE(impersonate("projector-01@contoso.lab"), QStringLiteral("ok"));
        // Removing the assignment: the same.
        psOk(QStringLiteral("Remove-ManagementRoleAssignment"),
             {{QStringLiteral("Identity"), QStringLiteral("ApplicationImpersonation-Pexip VMR Scheduling")},
              {QStringLiteral("Confirm"), false}});
        QCOMPARE(impersonate("projector-01@contoso.lab"), QStringLiteral("ok"));
        now = now.addSecs(61);
        QCOMPARE(impersonate("projector-01@contoso.lab"), QStringLiteral("denied"));
    }

    void authenticationPoliciesAndVdirReachEwsAfterTheDelay()
    {
        server->setRbacDelaySeconds(60);
        const QString alice = QStringLiteral("alice@contoso.lab"), alicePw = QStringLiteral("Alice!2024");
        const QString bob = QStringLiteral("bob@contoso.lab"), bobPw = QStringLiteral("Bob!2024");
        QCOMPARE(ews(alice, alicePw), 200);
        psOk(QStringLiteral("Set-OrganizationConfig"),
             {{QStringLiteral("DefaultAuthenticationPolicy"), QStringLiteral("Block Legacy Auth")}});
        QCOMPARE(ews(alice, alicePw), 200); // IIS has not picked it up yet
        now = now.addSecs(61);
        // BlockLegacyAuthWebServices: Basic and Windows (NTLM) refused for EWS; Autodiscover likewise.
        QCOMPARE(ews(alice, alicePw), 401);
        QCOMPARE(ews(alice, alicePw, true), 401);
        QCOMPARE(server->handleAdmin({}).status, 401); // (the /lab/ admin routes are untouched by policies)
        // A user's own policy wins over the org default.
        psOk(QStringLiteral("New-AuthenticationPolicy"),
             {{QStringLiteral("Name"), QStringLiteral("Legacy allowed")}});
        psOk(QStringLiteral("Set-User"),
             {{QStringLiteral("Identity"), alice},
              {QStringLiteral("AuthenticationPolicy"), QStringLiteral("Legacy allowed")}});
        now = now.addSecs(61);
        QCOMPARE(ews(alice, alicePw), 200);
        QCOMPARE(ews(alice, alicePw, true), 200);
        QCOMPARE(ews(bob, bobPw), 401);
        QCOMPARE(ewsNtlm(bob, bobPw), 401);
        QCOMPARE(ewsNtlm(alice, alicePw), 200);
        // Basic off on the EWS virtual directory: after the delay only Windows authentication works.
        psOk(QStringLiteral("Set-WebServicesVirtualDirectory"),
             {{QStringLiteral("Identity"), QStringLiteral("MBX01\\EWS (Default Web Site)")},
              {QStringLiteral("BasicAuthentication"), false}});
        QCOMPARE(ews(alice, alicePw), 200);
        now = now.addSecs(61);
        QCOMPARE(ews(alice, alicePw), 401);
        QCOMPARE(ewsNtlm(alice, alicePw), 200);
    }

    void setCalendarProcessingDecidesLaterRequests()
    {
        // room-br-02 is AutomateProcessing None: a request reaches nothing.
        auto book = [&](const QByteArray& room, int day) {
            const QDateTime start = QDateTime(now.date().addDays(day), QTime(22, 0), Qt::UTC);
            const QByteArray create =
                "<m:CreateItem SendMeetingInvitations=\"SendToAllAndSaveCopy\"><m:Items><t:CalendarItem>"
                "<t:Subject>OTJ</t:Subject><t:Body BodyType=\"Text\">Join "
                "https://meet.contoso.lab/vmr/7</t:Body><t:Start>" +
                start.toString(Qt::ISODate).toLatin1() + "</t:Start><t:End>" +
                start.addSecs(1800).toString(Qt::ISODate).toLatin1() +
                "</t:End><t:Resources><t:Attendee><t:Mailbox><t:EmailAddress>" + room +
                "</t:EmailAddress></t:Mailbox></t:Attendee></t:Resources></t:CalendarItem></m:Items></"
                "m:CreateItem>";
            Client c(server->pki().caCertPem);
            return c
                .post(QUrl(server->ewsUrl()), soap(create),
                      {{"Authorization",
                        basic(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024"))}})
                .status;
        };
        const QString room = QStringLiteral("room-br-02@contoso.lab");
        const auto& calendar = server->org().find(room)->calendar;
        QVERIFY(calendar.isEmpty());
        QCOMPARE(book(room.toLatin1(), 20), 200);
        QVERIFY(calendar.isEmpty());
        psOk(QStringLiteral("Set-CalendarProcessing"),
             {{QStringLiteral("Identity"), room},
              {QStringLiteral("AutomateProcessing"), QStringLiteral("AutoAccept")},
              {QStringLiteral("DeleteComments"), false}});
        QCOMPARE(book(room.toLatin1(), 21), 200);
        QCOMPARE(calendar.size(), 1);
        QCOMPARE(calendar.first().myResponseType, QStringLiteral("Accept"));
        QVERIFY(calendar.first().body.contains(QLatin1String("/vmr/7")));
    }

    // --- otj-lab shell -------------------------------------------------------------------------------

    void shellRunsTheScenarios()
    {
        const QJsonObject doc = loadScenarios();
        for (const auto& sv : doc.value(QLatin1String("scenarios")).toArray()) {
            const QJsonObject s = sv.toObject();
            ServeAndShell lab;
            QVERIFY(lab.start());
            const auto account = scenarioAccount(s.value(QLatin1String("account")).toString());
            const QJsonObject hello = lab.hello(account.first, account.second);
            QCOMPARE(hello.value(QLatin1String("ok")).toBool(), true);
            QCOMPARE(hello.value(QLatin1String("session")).toObject().value(QLatin1String("mode")).toString(),
                     QStringLiteral("lab"));
            for (const auto& cv : s.value(QLatin1String("commands")).toArray()) {
                const QJsonObject c = cv.toObject();
                const QJsonObject answer =
                    lab.invoke({command(c.value(QLatin1String("name")).toString(),
                                        c.value(QLatin1String("parameters")).toObject())});
                QCOMPARE(answer.value(QLatin1String("v")).toInt(), 1);
                const QJsonObject result =
                    answer.value(QLatin1String("results")).toArray().first().toObject();
                const QStringList problems =
                    checkExpectation(c.value(QLatin1String("expect")).toObject(), result);
                QVERIFY2(problems.isEmpty(),
                         qPrintable(s.value(QLatin1String("name")).toString() + QStringLiteral(": ") +
                                    problems.join(QStringLiteral("; "))));
                QCOMPARE(result.value(QLatin1String("ok")).toBool(),
                         result.value(QLatin1String("errors")).toArray().isEmpty());
                QVERIFY(result.contains(QLatin1String("elapsedMs")));
            }
            lab.send({{QStringLiteral("v"), 1},
                      {QStringLiteral("id"), 99},
                      {QStringLiteral("op"), QStringLiteral("exit")}});
            QCOMPARE(lab.waitExit(), 0);
        }
    }

    void shellHelloErrors()
    {
        const QJsonObject doc = loadScenarios();
        for (const auto& hv : doc.value(QLatin1String("hello")).toArray()) {
            const QJsonObject h = hv.toObject();
            ServeAndShell lab;
            QVERIFY(lab.start());
            const QJsonValue role = h.value(QLatin1String("account"));
            const auto account = scenarioAccount(role.toString());
            const QJsonObject answer =
                role.isNull()
                    ? lab.hello(QJsonValue(), QJsonValue())
                    : lab.hello(account.first, h.value(QLatin1String("password")).toString(account.second));
            QCOMPARE(answer.value(QLatin1String("id")).toInt(-1), 0);
            QCOMPARE(answer.value(QLatin1String("ok")).toBool(), h.value(QLatin1String("ok")).toBool());
            const QJsonArray commands =
                answer.value(QLatin1String("session")).toObject().value(QLatin1String("commands")).toArray();
            for (const auto& c : h.value(QLatin1String("commandsInclude")).toArray())
                QVERIFY2(commands.contains(c), qPrintable(c.toString()));
            for (const auto& c : h.value(QLatin1String("commandsExclude")).toArray())
                QVERIFY2(!commands.contains(c), qPrintable(c.toString()));
            if (!h.value(QLatin1String("ok")).toBool()) {
                const QStringList problems =
                    checkExpectation({{QStringLiteral("errors"), h.value(QLatin1String("errors"))}}, answer);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
                QCOMPARE(lab.waitExit(), 3); // a failed hello ends the bridge with 3
            } else {
                lab.shell.closeWriteChannel(); // EOF: exit 0
                QCOMPARE(lab.waitExit(), 0);
            }
        }
        // Nothing listens at the route: the hello fails like a connection that cannot be made.
        ServeAndShell lab;
        QVERIFY(lab.start());
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        QProcess shell;
        shell.start(labBinary(),
                    {QStringLiteral("shell"), QStringLiteral("--url"),
                     QStringLiteral("https://127.0.0.1:%1/lab/powershell").arg(closedPort),
                     QStringLiteral("--ca"), lab.line.value(QLatin1String("ca_file")).toString()});
        QVERIFY(shell.waitForStarted(5000));
        shell.write(
            R"({"v":1,"id":0,"op":"hello","connectionUri":"x","username":"exadmin@contoso.lab","password":"p"})"
            "\n");
        QVERIFY(shell.waitForFinished(20000));
        QCOMPARE(shell.exitCode(), 3);
        const QJsonObject answer = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(answer.value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(answer.value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("fullyQualifiedErrorId"))
                     .toString(),
                 QStringLiteral("CannotConnect,PSSessionOpenFailed"));
    }

    void shellProtocolEdges()
    {
        // Before a successful hello, any other line is fatal: an error line, then exit 2.
        {
            ServeAndShell lab;
            QVERIFY(lab.start());
            lab.sendRaw("{\"v\":1,\"id\":4,\"op\":\"invoke\",\"commands\":[]}\n");
            const QJsonObject a = lab.readLine();
            QCOMPARE(a.value(QLatin1String("fatal")).toBool(false), true);
            QCOMPARE(a.value(QLatin1String("id")).toInt(), 4);
            QCOMPARE(lab.waitExit(), 2);
        }
        {
            ServeAndShell lab;
            QVERIFY(lab.start());
            lab.sendRaw("not json\n");
            const QJsonObject a = lab.readLine();
            QVERIFY(a.value(QLatin1String("id")).isNull());
            QCOMPARE(a.value(QLatin1String("fatal")).toBool(false), true);
            QCOMPARE(lab.waitExit(), 2);
        }
        ServeAndShell lab;
        QVERIFY(lab.start());
        QCOMPARE(lab.hello(kAdmin, kAdminPw).value(QLatin1String("ok")).toBool(), true);
        // After it, malformed lines are answered and the shell keeps reading.
        lab.sendRaw("this is not json\n");
        QJsonObject a = lab.readLine();
        QVERIFY(a.value(QLatin1String("id")).isNull());
        QCOMPARE(a.value(QLatin1String("fatal")).toBool(true), false);
        const QJsonObject e = a.value(QLatin1String("errors")).toArray().first().toObject();
        QCOMPARE(e.value(QLatin1String("fullyQualifiedErrorId")).toString(),
                 QStringLiteral("OtjBridge.MalformedRequest"));
        QCOMPARE(e.value(QLatin1String("category")).toString(), QStringLiteral("InvalidData"));
        QCOMPARE(e.value(QLatin1String("exceptionType")).toString(),
                 QStringLiteral("System.FormatException"));
        lab.sendRaw("{\"v\":2,\"id\":5,\"op\":\"invoke\"}\n");
        a = lab.readLine();
        QCOMPARE(a.value(QLatin1String("id")).toInt(), 5);
        QCOMPARE(a.value(QLatin1String("fatal")).toBool(true), false);
        a = lab.hello(kAdmin, kAdminPw); // a second hello is malformed
        QCOMPARE(a.value(QLatin1String("fatal")).toBool(true), false);
        // Parameters the bridge manages itself are refused per command.
        QJsonObject r = lab.invoke({command(QStringLiteral("Get-OrganizationConfig"),
                                            {{QStringLiteral("ErrorAction"), QStringLiteral("Stop")}})});
        QCOMPARE(firstErrorId(r), QStringLiteral("OtjBridge.ReservedParameter"));
        // A batch: commands run in order; errors do not stop the next one...
        r = lab.invoke(
            {command(QStringLiteral("Get-Mailbox"), {{QStringLiteral("Identity"), QStringLiteral("nobody")}}),
             command(QStringLiteral("Get-OrganizationConfig"))});
        QJsonArray results = r.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject().value(QLatin1String("ok")).toBool(), false);
        QCOMPARE(results[1].toObject().value(QLatin1String("ok")).toBool(), true);
        // ... unless stopOnError: the rest are skipped.
        r = lab.invoke(
            {command(QStringLiteral("Get-Mailbox"), {{QStringLiteral("Identity"), QStringLiteral("nobody")}}),
             command(QStringLiteral("Get-OrganizationConfig"))},
            true);
        results = r.value(QLatin1String("results")).toArray();
        QCOMPARE(results[1].toObject().value(QLatin1String("skipped")).toBool(), true);
        QCOMPARE(results[1].toObject().value(QLatin1String("ok")).toBool(), false);
        // Script text is refused with the NoLanguage text.
        r = lab.invoke(
            {command(QStringLiteral("Get-Mailbox | Set-Mailbox -HiddenFromAddressListsEnabled $true"))});
        QCOMPARE(firstErrorId(r), QStringLiteral("ScriptsNotAllowed"));
        lab.send({{QStringLiteral("v"), 1},
                  {QStringLiteral("id"), 50},
                  {QStringLiteral("op"), QStringLiteral("exit")}});
        QCOMPARE(lab.waitExit(), 0);
    }

    void shellAppliesTheAllowListAndSelect()
    {
        ServeAndShell lab;
        QVERIFY(lab.start());
        const QJsonObject hello = lab.hello(kAdmin, kAdminPw);
        QCOMPARE(hello.value(QLatin1String("ok")).toBool(), true);
        // Like Import-PSSession -CommandName <allow-list>: the session's cmdlets the bridge allows, sorted
        // ordinally. The route's session has Set-OrganizationConfig; the allow-list does not.
        QStringList commands;
        for (const auto& c :
             hello.value(QLatin1String("session")).toObject().value(QLatin1String("commands")).toArray())
            commands << c.toString();
        QVERIFY(commands.contains(QStringLiteral("Get-OrganizationConfig")));
        QVERIFY(!commands.contains(QStringLiteral("Set-OrganizationConfig")));
        const QStringList allowed = otj::shell::CommandRegistry::names();
        for (const QString& c : commands)
            QVERIFY2(allowed.contains(c), qPrintable(c));
        QStringList sorted = commands;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(commands, sorted);
        // Outside it: the bridge's fixed CommandNotFoundException, and the org is unchanged.
        QJsonObject r = lab.invoke({command(
            QStringLiteral("set-organizationconfig"),
            {{QStringLiteral("DefaultAuthenticationPolicy"), QStringLiteral("Block Legacy Auth")}})});
        const QJsonObject e = firstOf(firstOf(r, "results"), "errors");
        QCOMPARE(e.value(QLatin1String("message")).toString(),
                 QStringLiteral(
                     "The term 'set-organizationconfig' is not recognized as the name of a cmdlet, "
                     "function, script file, or operable program. Check the spelling of the name, or if "
                     "a path was included, verify that the path is correct and try again."));
        QCOMPARE(e.value(QLatin1String("category")).toString(), QStringLiteral("ObjectNotFound"));
        QCOMPARE(e.value(QLatin1String("fullyQualifiedErrorId")).toString(),
                 QStringLiteral("CommandNotFoundException"));
        QCOMPARE(e.value(QLatin1String("exceptionType")).toString(),
                 QStringLiteral("System.Management.Automation.CommandNotFoundException"));
        QCOMPARE(e.value(QLatin1String("targetObject")).toString(), QStringLiteral("set-organizationconfig"));
        r = lab.invoke({command(QStringLiteral("Get-OrganizationConfig"))});
        QVERIFY(firstOf(firstOf(r, "results"), "objects")
                    .value(QLatin1String("DefaultAuthenticationPolicy"))
                    .isNull());
        // select: only these properties (matched without regard to case, named as selected), null where
        // missing.
        QJsonObject get = command(QStringLiteral("Get-Mailbox"),
                                  {{QStringLiteral("Identity"), QStringLiteral("room-hq-01@contoso.lab")}});
        get.insert(QStringLiteral("select"),
                   QJsonArray{QStringLiteral("primarySmtpAddress"), QStringLiteral("Name"),
                              QStringLiteral("NoSuchProperty")});
        r = lab.invoke({get});
        const QJsonObject o = firstOf(firstOf(r, "results"), "objects");
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("Name"), QStringLiteral("NoSuchProperty"),
                                        QStringLiteral("primarySmtpAddress")}));
        QCOMPARE(o.value(QLatin1String("primarySmtpAddress")).toString(),
                 QStringLiteral("room-hq-01@contoso.lab"));
        QVERIFY(o.value(QLatin1String("NoSuchProperty")).isNull());
        // A select that is not an array of property names: the request is malformed (not fatal).
        get.insert(QStringLiteral("select"), QJsonArray{QStringLiteral("Name; whoami")});
        r = lab.invoke({get});
        QCOMPARE(r.value(QLatin1String("fatal")).toBool(true), false);
        QCOMPARE(firstOf(r, "errors").value(QLatin1String("fullyQualifiedErrorId")).toString(),
                 QStringLiteral("OtjBridge.MalformedRequest"));
        get.insert(QStringLiteral("select"), QStringLiteral("Name"));
        r = lab.invoke({get});
        QCOMPARE(firstOf(r, "errors").value(QLatin1String("fullyQualifiedErrorId")).toString(),
                 QStringLiteral("OtjBridge.MalformedRequest"));
    }

    void shellSplitsLargeAnswers()
    {
        ServeAndShell lab;
        QVERIFY(lab.start({QStringLiteral("--rooms"), QStringLiteral("3000")}));
        QCOMPARE(lab.hello(kAdmin, kAdminPw).value(QLatin1String("ok")).toBool(), true);
        lab.send(
            {{QStringLiteral("v"), 1},
             {QStringLiteral("id"), 7},
             {QStringLiteral("op"), QStringLiteral("invoke")},
             {QStringLiteral("commands"),
              QJsonArray{command(QStringLiteral("Get-OrganizationConfig")),
                         command(QStringLiteral("Get-Mailbox"),
                                 {{QStringLiteral("RecipientTypeDetails"), QStringLiteral("RoomMailbox")},
                                  {QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}})}}});
        int partials = 0;
        qsizetype objects = 0;
        QSet<QString> names;
        for (;;) {
            const QByteArray raw = lab.readLineRaw(60000);
            QVERIFY(!raw.isEmpty());
            QVERIFY2(raw.size() <= 1000000 + 1, qPrintable(QString::number(raw.size())));
            const QJsonObject o = QJsonDocument::fromJson(raw).object();
            QCOMPARE(o.value(QLatin1String("id")).toInt(), 7);
            if (o.value(QLatin1String("more")).toBool()) {
                ++partials;
                QCOMPARE(o.value(QLatin1String("index")).toInt(), 1);
                for (const auto& m : o.value(QLatin1String("objects")).toArray())
                    names.insert(m.toObject().value(QLatin1String("PrimarySmtpAddress")).toString());
                objects += o.value(QLatin1String("objects")).toArray().size();
                continue;
            }
            const QJsonArray results = o.value(QLatin1String("results")).toArray();
            QCOMPARE(results.size(), 2);
            QCOMPARE(results[0].toObject().value(QLatin1String("objects")).toArray().size(), 1);
            objects += results[1].toObject().value(QLatin1String("objects")).toArray().size();
            break;
        }
        QVERIFY(partials >= 2);
        QCOMPARE(objects, qsizetype(3000));
        QCOMPARE(names.size(), 3000);
    }

    void shellArgumentErrors()
    {
        QProcess p;
        p.start(labBinary(), {QStringLiteral("shell"), QStringLiteral("--url"),
                              QStringLiteral("http://127.0.0.1:1/lab/powershell"), QStringLiteral("--ca"),
                              QStringLiteral("/nonexistent")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
        p.start(labBinary(), {QStringLiteral("shell"), QStringLiteral("--url"),
                              QStringLiteral("https://127.0.0.1:1/lab/powershell")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLabShell)
#include "tst_lab_shell.moc"
