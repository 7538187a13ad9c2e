// The validation engine over a fake EWS: tree shape and ids, per-room verdicts, over-broad scope,
// content inference, missing password, cancel, and the JSON output against its schema.
#include "core/cli/ValidateCommand.h"
#include "core/plan/StepPlanner.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/steps/impersonation/ImpersonationDiagnosis.h"
#include "core/validation/ValidationResults.h"
#include "core/validation/ValidationRunner.h"

#include "tests/support/EwsFake.h"
#include "tests/support/ValidationSchema.h"

#include <QSignalSpy>
#include <QTest>

using namespace otj;

namespace {

QByteArray envelope(const QByteArray& body)
{
    return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + body +
           "</s:Body></s:Envelope>";
}

QByteArray fault(const char* code)
{
    return envelope(QByteArray("<s:Fault><faultcode>a:") + code +
                    "</faultcode><faultstring>x</faultstring><detail><e:ResponseCode "
                    "xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">" +
                    code + "</e:ResponseCode></detail></s:Fault>");
}

const QByteArray kOkFolder = envelope(
    "<m:GetFolderResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
    "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
    "<m:GetFolderResponseMessage "
    "ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode><m:Folders>"
    "<t:CalendarFolder><t:FolderId Id=\"F\"/></t:CalendarFolder></m:Folders></m:GetFolderResponseMessage>"
    "</m:ResponseMessages></m:GetFolderResponse>");

const QByteArray kResolve = envelope(
    "<m:ResolveNamesResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
    "<m:ResponseMessages><m:ResolveNamesResponseMessage ResponseClass=\"Error\"><m:ResponseCode>"
    "ErrorNameResolutionNoResults</m:ResponseCode></m:ResolveNamesResponseMessage></m:ResponseMessages>"
    "</m:ResolveNamesResponse>");

QByteArray item(const char* id, const char* subject, const char* created, const char* body = nullptr)
{
    QByteArray x = QByteArray("<t:CalendarItem><t:ItemId Id=\"") + id + "\"/><t:Subject>" + subject +
                   "</t:Subject><t:DateTimeCreated>" + created +
                   "</t:DateTimeCreated><t:Organizer><t:Mailbox><t:Name>Alice Archer</t:Name>"
                   "<t:EmailAddress>alice@contoso.test</t:EmailAddress></t:Mailbox></t:Organizer>";
    if (body)
        x += QByteArray("<t:Body BodyType=\"Text\">") + body + "</t:Body>";
    return x + "</t:CalendarItem>";
}

// room1: ok, one stripped old + one intact new meeting (Warning). room2: denied. room3: all intact.
// room4: intact old, stripped new (Failed). admin: impersonation allowed (over-broad).
FakeAnswer answer(const CapturedRequest& r)
{
    const QByteArray& b = r.body;
    if (b.contains("<m:ResolveNames")) {
        if (r.header("Authorization").isEmpty()) {
            FakeAnswer a{401, {}};
            a.headers = {{"WWW-Authenticate", "Negotiate, NTLM, Basic realm=\"x\""}};
            return a;
        }
        return {200, kResolve};
    }
    const QByteArray anchor = r.header("X-AnchorMailbox");
    if (anchor == "room2@contoso.test")
        return {500, fault("ErrorImpersonateUserDenied")};
    if (b.contains("<m:GetFolder>"))
        return {200, kOkFolder};
    const char* ns = " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
                     "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"";
    QByteArray items;
    if (anchor == "room1@contoso.test")
        items = item("A", "Alice Archer", "2026-11-01T08:00:00Z", "") +
                item("B", "Weekly", "2026-11-20T08:00:00Z", "Join: https://meet/1");
    else if (anchor == "room4@contoso.test")
        items =
            item("A", "Weekly", "2026-11-01T08:00:00Z", "Join") + item("B", "", "2026-11-20T08:00:00Z", "");
    else
        items = item("A", "Weekly", "2026-11-01T08:00:00Z", "Join");
    if (b.contains("<m:FindItem")) {
        return {200, envelope(QByteArray("<m:FindItemResponse") + ns +
                              "><m:ResponseMessages><m:FindItemResponseMessage ResponseClass=\"Success\">"
                              "<m:ResponseCode>NoError</m:ResponseCode><m:RootFolder TotalItemsInView=\"2\" "
                              "IncludesLastItemInRange=\"true\"><t:Items>" +
                              items +
                              "</t:Items></m:RootFolder></m:FindItemResponseMessage></m:ResponseMessages>"
                              "</m:FindItemResponse>")};
    }
    if (b.contains("<m:GetItem>"))
        return {200,
                envelope(QByteArray("<m:GetItemResponse") + ns +
                         "><m:ResponseMessages><m:GetItemResponseMessage ResponseClass=\"Success\">"
                         "<m:ResponseCode>NoError</m:ResponseCode><m:Items>" +
                         items +
                         "</m:Items></m:GetItemResponseMessage></m:ResponseMessages></m:GetItemResponse>")};
    return {400, {}};
}

SetupProfile profile()
{
    SetupProfile p;
    p.exchange.discovery = EwsDiscovery::ExplicitUrl;
    p.exchange.ewsUrl = QStringLiteral("https://mail.contoso.test/EWS/Exchange.asmx");
    p.exchange.adminAccount = QStringLiteral("admin@contoso.test");
    p.serviceAccount.upn = QStringLiteral("svc-otj@contoso.test");
    p.rooms.selected = {QStringLiteral("room1@contoso.test"), QStringLiteral("room2@contoso.test"),
                        QStringLiteral("room3@contoso.test"), QStringLiteral("room4@contoso.test")};
    return p;
}

struct Run
{
    FakeNetwork net;
    MemoryCredentialStore store;
    ValidationResults results;
    std::unique_ptr<ValidationRunner> runner;
    Run(const SetupProfile& p, ValidationOptions opt = {}, bool password = true,
        std::unique_ptr<Step> extraStep = nullptr)
    {
        net.handler = answer;
        if (password) {
            bool written = false;
            store.write(p.profileIdString(), CredentialRole::ServiceAccount, QStringLiteral("Pa55word!x"),
                        &store, [&written](const CredentialResult&) { written = true; });
            QTRY_VERIFY(written);
        }
        opt.managerFactory = [this](QObject* parent) {
            return net.createManager(parent);
        };
        opt.now = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        std::vector<std::unique_ptr<Step>> steps = defaultSteps();
        if (extraStep)
            steps.push_back(std::move(extraStep));
        runner = std::make_unique<ValidationRunner>(p, &store, opt, &results, std::move(steps));
    }
    bool run()
    {
        QSignalSpy done(runner.get(), &ValidationRunner::finished);
        runner->start();
        return done.wait(10000);
    }
    CheckStatus status(const QString& id) const
    {
        const int i = results.indexOf(id);
        return i < 0 ? CheckStatus::NotRun : results.node(i).status;
    }
    QString cause(const QString& id) const { return results.node(results.indexOf(id)).cause(); }
};

// A step the product does not have: one check, decided once the service account signed in. The
// runner learns of it only through the step list.
const ReasonText kTestReasons[] = {
    {"step5.test-signed-in", "otj::TestStep", "Seen after sign-in as %1.", "Nothing to do for %1."},
};
class TestStep final : public Step
{
public:
    TestStep()
        : Step(kTestReasons)
    {}
    StepId id() const override { return StepId::Pexip; }
    QList<CheckDeclaration> declareChecks(const ValidationContext&) const override
    {
        return {{QStringLiteral("step5.test-check"), QStringLiteral("A check added by a test")}};
    }
    void runChecks(ValidationContext& context, Gate gate) override
    {
        gates << gate;
        if (gate == Gate::SignIn)
            sawSignIn = context.has(Fact::SignedIn);
        if (gate == Gate::Mailboxes)
            context.finalize(
                context.check(QStringLiteral("step5.test-check")),
                {CheckStatus::Warning, "step5.test-signed-in", {context.profile().serviceAccount.upn}});
    }
    QList<Gate> gates;
    bool sawSignIn = true;
};

} // namespace

namespace QTest {
template <>
inline char* toString(const otj::CheckStatus& s)
{
    return qstrdup(qPrintable(otj::statusKey(s)));
}
} // namespace QTest

class TestValidationEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullRun()
    {
        Run r(profile());
        QVERIFY(r.run());
        QCOMPARE(r.status(QStringLiteral("connection.tls")), CheckStatus::Passed);
        QCOMPARE(r.status(QStringLiteral("connection.ews-endpoint")), CheckStatus::Passed);
        QCOMPARE(r.status(QStringLiteral("step3.authentication")), CheckStatus::Passed);
        QCOMPARE(r.status(QStringLiteral("prereq.p1")), CheckStatus::Skipped);
        QVERIFY(r.cause(QStringLiteral("prereq.p1")).contains(QStringLiteral("PowerShell")));
        QCOMPARE(r.status(QStringLiteral("step2.impersonation/room1@contoso.test")), CheckStatus::Passed);
        QCOMPARE(r.status(QStringLiteral("step2.impersonation/room2@contoso.test")), CheckStatus::Failed);
        QVERIFY(r.cause(QStringLiteral("step2.impersonation/room2@contoso.test"))
                    .contains(QStringLiteral("ErrorImpersonateUserDenied")));
        QCOMPARE(r.status(QStringLiteral("step2.calendar-read/room2@contoso.test")), CheckStatus::Skipped);
        QCOMPARE(r.status(QStringLiteral("step2.impersonation")), CheckStatus::Failed);
        QCOMPARE(r.status(QStringLiteral("step2.calendar-read/room3@contoso.test")), CheckStatus::Passed);
        QCOMPARE(r.status(QStringLiteral("step4.content/room1@contoso.test")),
                 CheckStatus::Warning); // re-send
        QVERIFY(r.cause(QStringLiteral("step4.content/room1@contoso.test"))
                    .contains(QStringLiteral("Re-send needed")));
        QCOMPARE(r.status(QStringLiteral("step4.content/room3@contoso.test")), CheckStatus::Passed);
        QCOMPARE(r.status(QStringLiteral("step4.content/room4@contoso.test")), CheckStatus::Failed);
        QCOMPARE(r.status(QStringLiteral("step2.scope")), CheckStatus::Warning);
        QVERIFY(r.cause(QStringLiteral("step2.scope")).contains(QStringLiteral("Over-broad permission")));
        QVERIFY(r.results.anyFailed());
        QVERIFY(!r.runner->couldNotRun());
        // Per-room checks are children of their step's check.
        const int imp = r.results.indexOf(QStringLiteral("step2.impersonation"));
        QCOMPARE(r.results.node(imp).children.size(), 4);
        QCOMPARE(r.runner->done(), r.runner->total());

        // JSON: validates against the schema in the repo; no secret anywhere.
        const QJsonObject schema = JsonSchemaCheck::load(
            QStringLiteral(OTJ_SOURCE_DIR "/core/validation/validation-result.schema.json"));
        QVERIFY(!schema.isEmpty());
        const QJsonObject json = r.results.toJson();
        const QStringList errors = JsonSchemaCheck(schema).validate(json);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        // otjctl streams the same document node by node.
        QString streamed;
        QTextStream ts(&streamed);
        r.results.writeJson(ts);
        ts.flush();
        QJsonParseError perr;
        const QJsonDocument parsed = QJsonDocument::fromJson(streamed.toUtf8(), &perr);
        QVERIFY2(perr.error == QJsonParseError::NoError, qPrintable(perr.errorString()));
        QCOMPARE(parsed.object(), json);
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("Pa55word"));
        const QString plain = cli::ValidateCommand::formatText(r.results);
        QVERIFY(plain.contains(QStringLiteral("[FAILED   ] step2.impersonation/room2@contoso.test")));
        QVERIFY(!plain.contains(QStringLiteral("Pa55word")));
        for (const CapturedRequest& c : std::as_const(r.net.requests))
            QVERIFY(!c.body.contains("Pa55word"));

        // Every request the engine sent, validated against the EWS schema in one batched xmllint call.
        QList<QByteArray> bodies;
        for (const CapturedRequest& c : std::as_const(r.net.requests))
            bodies << c.body;
        int validated = 0;
        const QString error = validateEwsRequests(bodies, &validated);
        if (error.startsWith(QLatin1String("SKIP")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(validated, bodies.size());
        // GetFolder/FindItem/GetItem for 3 rooms, GetFolder for the denied one, 2 ResolveNames, the scope
        // probe
        QCOMPARE(validated, 3 * 3 + 1 + 2 + 1);
    }

    void aStepAddsACheckWithoutTouchingTheRunner()
    {
        auto step = std::make_unique<TestStep>();
        TestStep* test = step.get();
        Run r(profile(), {}, true, std::move(step));
        QVERIFY(r.run());
        QCOMPARE(test->gates, (QList<Gate>{Gate::Credentials, Gate::Discover, Gate::Handshake, Gate::SignIn,
                                           Gate::Mailboxes}));
        QVERIFY(!test->sawSignIn); // SignIn opened before the sign-in was decided
        const CheckNode& n = r.results.node(r.results.indexOf(QStringLiteral("step5.test-check")));
        QCOMPARE(n.status, CheckStatus::Warning);
        QCOMPARE(n.step, StepId::Pexip);
        QCOMPARE(n.cause(), QStringLiteral("Seen after sign-in as svc-otj@contoso.test."));
        QCOMPARE(n.fix(), QStringLiteral("Nothing to do for svc-otj@contoso.test."));
        QCOMPARE(r.runner->done(), r.runner->total());

        // When a gate cannot open, the step's check is skipped with the reason of the step that stopped.
        auto again = std::make_unique<TestStep>();
        TestStep* blocked = again.get();
        Run noPassword(profile(), {}, false, std::move(again));
        QVERIFY(noPassword.run());
        QCOMPARE(blocked->gates, QList<Gate>{Gate::Credentials});
        const CheckNode& skipped =
            noPassword.results.node(noPassword.results.indexOf(QStringLiteral("step5.test-check")));
        QCOMPARE(skipped.status, CheckStatus::Skipped);
        QCOMPARE(QByteArray(skipped.reason), QByteArray("step3.not-checked-no-password"));
    }

    // With an Exchange inspection the PowerShell-side checks of steps 1 and 2 judge it: notes become
    // verdicts, planned changes are "not set up yet", and a room EWS refuses is explained.
    void inspectionJudgesPowerShellChecks()
    {
        using namespace otj::plan;
        auto inspection = std::make_shared<Inspection>();
        StepPlan sa{StepId::ServiceAccount, true, {}, {}, {}};
        sa.notes << PlanNote{QStringLiteral("step1.password-expiry"),
                             {},
                             {CheckStatus::Warning,
                              "step1.password-expires",
                              {QStringLiteral("svc-otj@contoso.test"), QStringLiteral("NormalAccount")}}};
        StepPlan imp{StepId::Impersonation, true, {}, {}, {}};
        PlannedChange members;
        members.desired.key = QStringLiteral("step2.group-members");
        members.desired.summary = QStringLiteral("Make the 4 selected rooms the only members of OTJ Rooms");
        imp.changes << members;
        imp.notes << PlanNote{
            QStringLiteral("step2.unscoped-assignment"),
            {},
            {CheckStatus::Warning, "step2.unscoped", {QStringLiteral("Old"), QStringLiteral("svc")}}};
        inspection->plan.steps = {sa, imp};
        const QString dn = QStringLiteral("CN=OTJ Rooms,OU=Groups,DC=contoso,DC=test");
        ExchangeState& state = inspection->state;
        state.objects.insert(QLatin1String(impersonation::GroupKey),
                             {QJsonObject{{QStringLiteral("DistinguishedName"), dn}}});
        state.objects.insert(
            QLatin1String(impersonation::MembersKey),
            {QJsonObject{{QStringLiteral("PrimarySmtpAddress"), QStringLiteral("room1@contoso.test")}}});
        state.objects.insert(
            QLatin1String(impersonation::ScopeKey),
            {QJsonObject{{QStringLiteral("RecipientFilter"), impersonation::memberOfGroupFilter(dn)}}});
        state.objects.insert(
            QLatin1String(impersonation::AssignmentKey),
            {QJsonObject{
                {QStringLiteral("Name"), QStringLiteral("OTJ Impersonation")},
                {QStringLiteral("CustomRecipientWriteScope"), QStringLiteral("OTJ Rooms Scope")},
                {QStringLiteral("Enabled"), true},
                {QStringLiteral("WhenCreatedUTC"), QStringLiteral("2026-11-24T23:30:00.0000000Z")}}});
        ValidationOptions opt;
        opt.inspection = inspection;
        {
            Run r(profile(), opt);
            QVERIFY(r.run());
            QCOMPARE(r.status(QStringLiteral("step1.service-account")), CheckStatus::Passed);
            QCOMPARE(r.status(QStringLiteral("step1.password-expiry")), CheckStatus::Warning);
            QVERIFY(r.cause(QStringLiteral("step1.password-expiry")).contains(QStringLiteral("can expire")));
            QCOMPARE(r.status(QStringLiteral("step1.ews-access")), CheckStatus::Passed);
            QCOMPARE(r.status(QStringLiteral("step2.group")), CheckStatus::Failed);
            QVERIFY(r.cause(QStringLiteral("step2.group")).contains(members.desired.summary));
            QCOMPARE(r.status(QStringLiteral("step2.unscoped-assignment")), CheckStatus::Warning);
            QCOMPARE(r.status(QStringLiteral("step2.role-assignment")), CheckStatus::Passed);
            // room2 is refused by EWS and is not in the group: that is the cause shown.
            QCOMPARE(r.status(QStringLiteral("step2.impersonation/room2@contoso.test")), CheckStatus::Failed);
            QVERIFY2(r.cause(QStringLiteral("step2.impersonation/room2@contoso.test"))
                         .contains(QStringLiteral("not a member of the rooms group")),
                     qPrintable(r.cause(QStringLiteral("step2.impersonation/room2@contoso.test"))));
        }
        // room2 in the group too, the assignment 30 minutes old: not an error yet, Pending.
        state.objects[QLatin1String(impersonation::MembersKey)]
            << QJsonObject{{QStringLiteral("PrimarySmtpAddress"), QStringLiteral("room2@contoso.test")}};
        {
            Run r(profile(), opt);
            QVERIFY(r.run());
            QCOMPARE(r.status(QStringLiteral("step2.impersonation/room2@contoso.test")),
                     CheckStatus::Pending);
            QVERIFY(r.cause(QStringLiteral("step2.impersonation/room2@contoso.test"))
                        .contains(QStringLiteral("OTJ Impersonation")));
        }
        // Without an inspection: Skipped, as before.
        Run plain(profile());
        QVERIFY(plain.run());
        QCOMPARE(plain.status(QStringLiteral("step2.group")), CheckStatus::Skipped);
        QCOMPARE(plain.status(QStringLiteral("step1.password-expiry")), CheckStatus::Skipped);
        QCOMPARE(plain.status(QStringLiteral("step2.impersonation/room2@contoso.test")), CheckStatus::Failed);
    }

    void onlyAndRoomsFilter()
    {
        ValidationOptions opt;
        opt.only = {QStringLiteral("step2.impersonation")};
        opt.rooms = {QStringLiteral("room3@contoso.test")};
        Run r(profile(), opt);
        QVERIFY(r.run());
        QCOMPARE(r.results.indexOf(QStringLiteral("prereq.p1")), -1);
        QCOMPARE(r.results.indexOf(QStringLiteral("step2.impersonation/room1@contoso.test")), -1);
        QCOMPARE(r.status(QStringLiteral("step2.impersonation/room3@contoso.test")), CheckStatus::Passed);
        QVERIFY(!r.results.anyFailed());
    }

    void missingPasswordCannotRun()
    {
        Run r(profile(), {}, false);
        QVERIFY(r.run());
        QVERIFY(r.runner->couldNotRun());
        QCOMPARE(r.status(QStringLiteral("step3.authentication")), CheckStatus::Failed);
        QVERIFY(r.cause(QStringLiteral("step3.authentication")).contains(QStringLiteral("password")));
        QCOMPARE(r.status(QStringLiteral("step2.impersonation/room1@contoso.test")), CheckStatus::Skipped);
        QCOMPARE(r.net.requests.size(), 0);
    }

    void methodNotOffered()
    {
        SetupProfile p = profile();
        p.exchange.ewsAuthentication = EwsAuthentication::Ntlm;
        Run r(p);
        r.net.handler = [](const CapturedRequest&) {
            FakeAnswer a{401, {}};
            a.headers = {{"WWW-Authenticate", "Basic realm=\"x\""}};
            return a;
        };
        QVERIFY(r.run());
        QCOMPARE(r.status(QStringLiteral("step3.authentication")), CheckStatus::Failed);
        QVERIFY(
            r.cause(QStringLiteral("step3.authentication")).contains(QStringLiteral("does not offer NTLM")));
    }

    void unauthorizedSaysWhatEwsCannotTell()
    {
        Run r(profile());
        r.net.handler = [](const CapturedRequest&) {
            FakeAnswer a{401, {}};
            a.headers = {{"WWW-Authenticate", "Negotiate, NTLM, Basic realm=\"x\""}};
            return a;
        };
        QVERIFY(r.run());
        QCOMPARE(r.status(QStringLiteral("step3.authentication")), CheckStatus::Failed);
        QVERIFY(
            r.cause(QStringLiteral("step3.authentication")).contains(QStringLiteral("cannot be told apart")));
    }

    void cancelMarksCancelled()
    {
        Run r(profile());
        r.net.handler = [](const CapturedRequest& c) {
            FakeAnswer a = answer(c);
            if (c.body.contains("<m:GetFolder>"))
                a.hang = true;
            return a;
        };
        QSignalSpy done(r.runner.get(), &ValidationRunner::finished);
        r.runner->start();
        QTRY_VERIFY(r.status(QStringLiteral("step3.authentication")) == CheckStatus::Passed);
        QTRY_VERIFY(r.net.inFlight > 0);
        r.runner->cancel();
        QVERIFY(done.wait(5000));
        QVERIFY(r.runner->wasCancelled());
        QCOMPARE(r.status(QStringLiteral("step2.impersonation/room1@contoso.test")), CheckStatus::Cancelled);
        QCOMPARE(r.results.counts().notRun, 0);
        QTRY_COMPARE(r.net.inFlight, 0);
    }
};

QTEST_GUILESS_MAIN(TestValidationEngine)
#include "tst_validation_engine.moc"
