// The rooms planner (room discovery and classification, P1/P2/P4) and the step-3 authentication
// planner against the real otj-lab through `otj-lab shell` and ExchangeShell. A small local driver
// runs the planners' read rounds (each round one batched request, as the inspector does) and
// compares their desired changes with what was read; ExchangeInspector replaces it once it exists.
#include "core/plan/StepPlanner.h"
#include "core/shell/ExchangeShell.h"
#include "core/steps/authentication/AuthenticationPlanner.h"
#include "core/steps/prerequisites/PrerequisitesStep.h"
#include "core/steps/prerequisites/RoomsPlanner.h"
#include "core/validation/ValidationRunner.h"
#include "tests/support/LabProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::plan;
using otj::shell::ShellCommand;
using otj::shell::ShellValue;

namespace {

constexpr int kWaitMs = 120000;

template <typename Done>
bool waitFor(Done done, int ms = kWaitMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(5);
    return done();
}

// A planner standing in for the calendar-processing planner (the engine's): Get-CalendarProcessing
// of every selected on-prem room under "calendar/<room>", which P2 reads.
class CalendarReads final : public StepPlanner
{
public:
    StepId step() const override { return StepId::CalendarProcessing; }
    QList<ShellCommand> reads(const PlanContext& context, int round, QStringList* keys) const override
    {
        QList<ShellCommand> out;
        if (round != 2)
            return out;
        for (const QString& room : rooms::selectedOnPremRooms(context)) {
            keys->append(rooms::calendarKey(room));
            out << ShellCommand(QStringLiteral("Get-CalendarProcessing"))
                       .set(QStringLiteral("Identity"), ShellValue(room));
        }
        return out;
    }
    QList<DesiredChange> desiredChanges(const PlanContext&) const override { return {}; }
};

struct Inspected
{
    ExchangeState state;
    int roundTrips = 0;
    QList<int> commandsPerRound;
    QList<qint64> msPerRound;
};

class LabShell
{
public:
    LabProcess lab;
    std::unique_ptr<shell::ExchangeShell> exchange;
    QObject context;

    bool start(const QStringList& labArgs, QString* error,
               const QString& role = QStringLiteral("exchange-admin"), const QString& password = {})
    {
        if (!lab.start(labArgs, {}, error))
            return false;
        return connect(role, password, error);
    }

    bool connect(const QString& role, const QString& password, QString* error)
    {
        const QJsonArray command = lab.info.value(QStringLiteral("powershell")).toArray();
        if (command.isEmpty()) {
            *error = QStringLiteral("no powershell command in the serve line");
            return false;
        }
        shell::ShellOptions o;
        o.speaker.program = command.first().toString();
        for (qsizetype i = 1; i < command.size(); ++i)
            o.speaker.arguments << command[i].toString();
        o.speaker.source = shell::SpeakerCommand::Source::Environment;
        o.hello.connectionUri = lab.str("admin_url") + QStringLiteral("powershell");
        o.hello.authentication = QStringLiteral("Basic");
        for (const QJsonValue& a : lab.info.value(QStringLiteral("accounts")).toArray())
            if (a.toObject().value(QStringLiteral("role")).toString() == role) {
                o.hello.username = a.toObject().value(QStringLiteral("upn")).toString();
                o.hello.password =
                    password.isEmpty() ? a.toObject().value(QStringLiteral("password")).toString() : password;
            }
        exchange = std::make_unique<shell::ExchangeShell>(o);
        return true;
    }

    std::optional<shell::ShellReply> run(const QList<ShellCommand>& commands)
    {
        std::optional<shell::ShellReply> reply;
        exchange->runBatch(commands, false, &context, [&](const shell::ShellReply& r) { reply = r; });
        waitFor([&] { return reply.has_value(); });
        return reply;
    }

    // The inspector's part for these planners: the session, then every round in one request.
    Inspected inspect(const QList<const StepPlanner*>& planners, const SetupProfile& profile)
    {
        Inspected out;
        std::optional<shell::ShellOpenResult> opened;
        exchange->open(&context, [&](const shell::ShellOpenResult& r) { opened = r; });
        waitFor([&] { return opened.has_value(); });
        const QString sessionKey = QString::fromLatin1(SessionStateKey);
        if (!opened || !opened->ok) {
            out.state.errors.insert(sessionKey,
                                    opened && !opened->errors.isEmpty()
                                        ? opened->errors.first()
                                        : shell::ShellError{QStringLiteral("no answer"), {}, {}, {}, {}, {}});
            return out;
        }
        out.state.objects.insert(sessionKey,
                                 {QJsonObject{{QStringLiteral("mode"), opened->session.mode},
                                              {QStringLiteral("commands"),
                                               QJsonArray::fromStringList(opened->session.commands)}}});
        const PlanOptions options;
        const PlanContext ctx{profile, options, out.state};
        for (int round = 0; round < 8; ++round) {
            QList<ShellCommand> commands;
            QStringList keys;
            for (const StepPlanner* p : planners)
                commands += p->reads(ctx, round, &keys);
            if (commands.isEmpty())
                continue;
            QElapsedTimer t;
            t.start();
            const std::optional<shell::ShellReply> reply = run(commands);
            out.msPerRound << t.elapsed();
            ++out.roundTrips;
            out.commandsPerRound << int(commands.size());
            if (!reply)
                break;
            for (qsizetype i = 0; i < keys.size() && i < reply->results.size(); ++i) {
                const shell::CommandResult& r = reply->results[i];
                if (r.ok)
                    out.state.objects.insert(keys[i], r.objects);
                else if (!r.errors.isEmpty())
                    out.state.errors.insert(keys[i], r.errors.first());
            }
        }
        return out;
    }
};

bool sameValue(Match match, const ShellValue& wanted, const QJsonValue& actual)
{
    if (match == Match::EqualIgnoringCase)
        return wanted.toJson().toString().compare(actual.toString(), Qt::CaseInsensitive) == 0;
    return wanted.toJson() == actual;
}

// The changes that differ from what was read (the inspector's comparison, for these tests).
QList<DesiredChange> differing(const QList<DesiredChange>& changes, const ExchangeState& state)
{
    QList<DesiredChange> out;
    for (const DesiredChange& c : changes) {
        const QList<QJsonObject> read = state.objects.value(c.stateKey);
        if (read.isEmpty()) {
            out << c;
            continue;
        }
        for (const Expectation& e : c.expectations)
            if (!sameValue(e.match, e.value, read.first().value(e.property))) {
                out << c;
                break;
            }
    }
    return out;
}

QStringList keysOf(const QList<DesiredChange>& changes)
{
    QStringList out;
    for (const DesiredChange& c : changes)
        out << c.key;
    return out;
}

QStringList roomAddresses(const QString& prefix, int count)
{
    QStringList out;
    for (int i = 1; i <= count; ++i)
        out << QStringLiteral("%1-%2@contoso.lab").arg(prefix).arg(i, 2, 10, QLatin1Char('0'));
    return out;
}

SetupProfile labProfile(EwsAuthentication method = EwsAuthentication::Basic)
{
    SetupProfile p = SetupProfile::defaults();
    p.serviceAccount.upn = QStringLiteral("svc-otj@contoso.lab");
    p.exchange.ewsAuthentication = method;
    p.rooms.selected =
        roomAddresses(QStringLiteral("room-hq"), 20) + roomAddresses(QStringLiteral("room-br"), 20);
    return p;
}

const rooms::RoomEntry* entryFor(const QList<rooms::RoomEntry>& entries, const QString& address)
{
    for (const rooms::RoomEntry& e : entries)
        if (e.address == address)
            return &e;
    return nullptr;
}

} // namespace

class TestRoomsAuthPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryAndClassification()
    {
        LabShell lab;
        QString error;
        QVERIFY2(lab.start({}, &error), qPrintable(error));
        SetupProfile profile = labProfile();
        const QStringList others{
            QStringLiteral("Room-Cloud-01@contoso.lab"), QStringLiteral("projector-01@contoso.lab"),
            QStringLiteral("alice@contoso.lab"),         QStringLiteral("all-staff@contoso.lab"),
            QStringLiteral("seattle-rooms@contoso.lab"), QStringLiteral("pat.partner@fabrikam.example"),
            QStringLiteral("nobody@contoso.lab")};
        profile.rooms.selected += others;
        const auto planner = rooms::makeRoomsPlanner();
        const Inspected in = lab.inspect({planner.get()}, profile);
        // Round 0: every room and every room list, one request of two commands; round 1: the lists'
        // members and one Get-Recipient per selected address that is not a room (cloud rooms are rooms).
        QCOMPARE(in.roundTrips, 2);
        QCOMPARE(in.commandsPerRound, (QList<int>{2, 2 + 6}));
        QCOMPARE(in.state.objects.value(QString::fromLatin1(rooms::RoomsKey)).size(), 41);

        const QList<rooms::RoomEntry> all = rooms::directory(in.state);
        QCOMPARE(all.size(), 41);
        QCOMPARE(all.first().displayName, QStringLiteral("Branch Room 01")); // sorted by display name
        const rooms::RoomEntry* hq1 = entryFor(all, QStringLiteral("room-hq-01@contoso.lab"));
        QVERIFY(hq1);
        QCOMPARE(hq1->kind, rooms::RoomKind::OnPremRoom);
        QCOMPARE(hq1->office, QStringLiteral("HQ North"));
        QCOMPARE(hq1->city, QStringLiteral("Seattle"));
        QCOMPARE(hq1->roomLists, QStringList{QStringLiteral("Seattle Rooms")});
        QCOMPARE(hq1->domain, QStringLiteral("contoso.lab"));
        const rooms::RoomEntry* br20 = entryFor(all, QStringLiteral("room-br-20@contoso.lab"));
        QVERIFY(br20);
        QCOMPARE(br20->domain, QStringLiteral("branch.contoso.lab"));
        QCOMPARE(br20->city, QStringLiteral("Portland"));
        const rooms::RoomEntry* cloud = entryFor(all, QStringLiteral("room-cloud-01@contoso.lab"));
        QVERIFY(cloud);
        QCOMPARE(cloud->kind, rooms::RoomKind::CloudRoom);
        QCOMPARE(cloud->roomLists, QStringList{QStringLiteral("Portland Rooms")});

        ExchangeState state = in.state;
        const PlanOptions options;
        const PlanContext ctx{profile, options, state};
        const QList<rooms::RoomEntry> chosen = rooms::selected(ctx);
        QCOMPARE(chosen.size(), profile.rooms.selected.size());
        const QList<rooms::RoomKind> kinds{rooms::RoomKind::CloudRoom, rooms::RoomKind::Equipment,
                                           rooms::RoomKind::User,      rooms::RoomKind::Group,
                                           rooms::RoomKind::Group,     rooms::RoomKind::Contact,
                                           rooms::RoomKind::Unknown};
        const char* const reasons[] = {"prereq.p1-cloud-room", "prereq.p1-equipment", "prereq.p1-user",
                                       "prereq.p1-group",      "prereq.p1-group",     "prereq.p1-contact",
                                       "prereq.p1-unknown"};
        for (qsizetype i = 0; i < others.size(); ++i) {
            const rooms::RoomEntry& e = chosen[40 + i];
            QCOMPARE(e.kind, kinds[i]);
            const Verdict v = rooms::roomVerdict(state, e, others[i]);
            QCOMPARE(v.status, CheckStatus::Failed);
            QCOMPARE(QByteArray(v.reason), QByteArray(reasons[i]));
        }
        QCOMPARE(chosen[43].recipientTypeDetails, QStringLiteral("MailUniversalDistributionGroup"));
        QCOMPARE(chosen[44].recipientTypeDetails, QStringLiteral("RoomList"));
        QCOMPARE(rooms::roomVerdict(state, chosen[0], profile.rooms.selected[0]).status, CheckStatus::Passed);
        QCOMPARE(rooms::selectedOnPremRooms(ctx).size(), 40);
        // The plan's notes: the seven that are not on-prem rooms, each as what it is.
        const QList<PlanNote> notes = planner->notes(ctx);
        QCOMPARE(notes.size(), 7);
        QCOMPARE(notes.first().target, QStringLiteral("room-cloud-01@contoso.lab"));
        QCOMPARE(planner->desiredChanges(ctx).size(), 0);
        QVERIFY(!rooms::kindTitle(rooms::RoomKind::CloudRoom).isEmpty());
    }

    // Thousands of rooms: discovery is one request (Get-Recipient of every room + the room lists).
    void discoveryAtScale()
    {
        constexpr int kRooms = 5000;
        LabShell lab;
        QString error;
        QVERIFY2(lab.start({QStringLiteral("--rooms"), QString::number(kRooms)}, &error), qPrintable(error));
        SetupProfile profile = labProfile();
        profile.rooms.selected.clear();
        for (int i = 1; i <= kRooms / 2; ++i)
            profile.rooms.selected
                << QStringLiteral("room-hq-%1@contoso.lab").arg(i, 4, 10, QLatin1Char('0'))
                << QStringLiteral("room-br-%1@contoso.lab").arg(i, 4, 10, QLatin1Char('0'));
        const auto planner = rooms::makeRoomsPlanner();
        const Inspected in = lab.inspect({planner.get()}, profile);
        QCOMPARE(in.commandsPerRound.value(0), 2);
        QCOMPARE(in.state.objects.value(QString::fromLatin1(rooms::RoomsKey)).size(), kRooms);
        QCOMPARE(in.roundTrips, 2); // round 1: the two lists' members, no Get-Recipient (all are rooms)
        QCOMPARE(in.commandsPerRound.value(1), 2);
        qInfo("discovery of %d rooms: %lld ms in one round trip; room-list members: %lld ms", kRooms,
              in.msPerRound.value(0), in.msPerRound.value(1));
        QElapsedTimer t;
        t.start();
        ExchangeState state = in.state;
        const PlanOptions options;
        const PlanContext ctx{profile, options, state};
        const QList<rooms::RoomEntry> chosen = rooms::selected(ctx);
        qInfo("classifying %d selected rooms: %lld ms", kRooms, t.elapsed());
        QCOMPARE(chosen.size(), kRooms);
        QCOMPARE(rooms::selectedOnPremRooms(ctx).size(), kRooms);
        QCOMPARE(chosen.last().roomLists, QStringList{QStringLiteral("Portland Rooms")});
        QCOMPARE(chosen.last().city, QStringLiteral("Portland"));
        QVERIFY(planner->notes(ctx).isEmpty());
    }

    // P1/P2/P4 in validation: per-room children judged from the inspection, no EWS needed for them.
    void prerequisiteVerdicts()
    {
        LabShell lab;
        QString error;
        QVERIFY2(lab.start({}, &error), qPrintable(error));
        SetupProfile profile = labProfile();
        profile.rooms.selected << QStringLiteral("room-cloud-01@contoso.lab");
        const auto roomsPlanner = rooms::makeRoomsPlanner();
        const auto authPlanner = authentication::makeAuthenticationPlanner();
        CalendarReads calendar;
        auto inspection = std::make_shared<Inspection>();
        inspection->state = lab.inspect({roomsPlanner.get(), authPlanner.get(), &calendar}, profile).state;

        ValidationOptions options;
        options.inspection = inspection;
        options.only = {QStringLiteral("prereq.p1"), QStringLiteral("prereq.p2"), QStringLiteral("prereq.p4"),
                        QStringLiteral("step3.authentication-policy"), QStringLiteral("step3.ews-directory")};
        ValidationResults results;
        // No credential store: the run stops at the password, after the PowerShell-side verdicts.
        ValidationRunner runner(profile, nullptr, options, &results);
        QSignalSpy finished(&runner, &ValidationRunner::finished);
        runner.start();
        QVERIFY(finished.wait(30000) || finished.count() > 0);
        const auto status = [&](const QString& id) {
            return results.node(results.indexOf(id)).status;
        };
        const auto reason = [&](const QString& id) {
            return QByteArray(results.node(results.indexOf(id)).reason);
        };
        QCOMPARE(results.node(results.indexOf(QStringLiteral("prereq.p1"))).children.size(), 41);
        QCOMPARE(status(QStringLiteral("prereq.p1/room-hq-01@contoso.lab")), CheckStatus::Passed);
        QCOMPARE(status(QStringLiteral("prereq.p1/room-cloud-01@contoso.lab")), CheckStatus::Failed);
        QCOMPARE(reason(QStringLiteral("prereq.p1/room-cloud-01@contoso.lab")),
                 QByteArray("prereq.p1-cloud-room"));
        QCOMPARE(status(QStringLiteral("prereq.p1")), CheckStatus::Failed);
        const QJsonObject evidence =
            results.node(results.indexOf(QStringLiteral("prereq.p1/room-br-20@contoso.lab"))).evidence;
        QCOMPARE(evidence.value(QStringLiteral("domain")).toString(), QStringLiteral("branch.contoso.lab"));
        QCOMPARE(evidence.value(QStringLiteral("roomLists")).toArray().size(), 1);
        QCOMPARE(status(QStringLiteral("prereq.p2/room-hq-01@contoso.lab")), CheckStatus::Passed);
        QCOMPARE(status(QStringLiteral("prereq.p2/room-br-02@contoso.lab")), CheckStatus::Failed); // None
        QCOMPARE(status(QStringLiteral("prereq.p2/room-hq-05@contoso.lab")),
                 CheckStatus::Failed); // AutoUpdate
        QCOMPARE(
            results.node(results.indexOf(QStringLiteral("prereq.p2/room-hq-05@contoso.lab"))).fixStepId(),
            StepId::CalendarProcessing);
        QCOMPARE(status(QStringLiteral("prereq.p2/room-cloud-01@contoso.lab")), CheckStatus::Skipped);
        QCOMPARE(status(QStringLiteral("prereq.p4")), CheckStatus::Passed);
        QCOMPARE(status(QStringLiteral("step3.authentication-policy")), CheckStatus::Passed);
        QCOMPARE(reason(QStringLiteral("step3.authentication-policy")),
                 QByteArray("step3.no-policy-applies"));
        QCOMPARE(status(QStringLiteral("step3.ews-directory")), CheckStatus::Passed);
    }

    // P4: a recipient administrator's session lacks the organisation and policy cmdlets (named with
    // their roles); a session that cannot open says so and points to the exported script.
    void powerShellReach()
    {
        LabShell lab;
        QString error;
        QVERIFY2(lab.start({}, &error, QStringLiteral("recipient-admin")), qPrintable(error));
        const SetupProfile profile = labProfile();
        const auto roomsPlanner = rooms::makeRoomsPlanner();
        const auto authPlanner = authentication::makeAuthenticationPlanner();
        Inspection limited;
        limited.state = lab.inspect({roomsPlanner.get(), authPlanner.get()}, profile).state;
        QJsonObject evidence;
        Verdict v = PrerequisitesStep::powerShellVerdict(limited, &evidence);
        QCOMPARE(v.status, CheckStatus::Failed);
        QCOMPARE(QByteArray(v.reason), QByteArray("prereq.p4-missing"));
        QVERIFY2(v.args.value(0).contains(QStringLiteral("Get-OrganizationConfig (View-Only Configuration)")),
                 qPrintable(v.args.value(0)));
        QVERIFY(evidence.value(QStringLiteral("missing"))
                    .toArray()
                    .contains(QStringLiteral("Get-ExchangeServer")));
        // The rooms were still read: a recipient administrator has Get-Recipient.
        QVERIFY(limited.state.objects.contains(QString::fromLatin1(rooms::RoomsKey)));

        QVERIFY2(lab.connect(QStringLiteral("exchange-admin"), QStringLiteral("wrong password"), &error),
                 qPrintable(error));
        Inspection unreachable;
        unreachable.state = lab.inspect({roomsPlanner.get()}, profile).state;
        v = PrerequisitesStep::powerShellVerdict(unreachable);
        QCOMPARE(v.status, CheckStatus::Failed);
        QCOMPARE(QByteArray(v.reason), QByteArray("prereq.p4-unreachable"));
        QVERIFY(reasons::fix(v.reason, v.args, reasons::Language::English)
                    .contains(QStringLiteral("otjctl script")));
        QVERIFY(!v.args.value(1).isEmpty()); // the remedy (access denied)
    }

    void basicOffPlansEveryServer()
    {
        LabShell lab;
        QString error;
        QVERIFY2(lab.start({}, &error), qPrintable(error));
        int status = 0;
        lab.lab.admin("POST", QStringLiteral("virtual-directories"),
                      {{QStringLiteral("ewsBasicAuthentication"), false}}, &status);
        QCOMPARE(status, 200);
        const SetupProfile profile = labProfile(EwsAuthentication::Basic);
        const auto planner = authentication::makeAuthenticationPlanner();
        Inspected in = lab.inspect({planner.get()}, profile);
        const PlanOptions options;
        const PlanContext ctx{profile, options, in.state};
        const QList<DesiredChange> changes = differing(planner->desiredChanges(ctx), in.state);
        QCOMPARE(keysOf(changes), (QStringList{QStringLiteral("step3.ews-basic/MBX01"),
                                               QStringLiteral("step3.ews-basic/MBX02")}));
        const DesiredChange& mbx01 = changes.first();
        QCOMPARE(mbx01.write.name, QStringLiteral("Set-WebServicesVirtualDirectory"));
        QCOMPARE(mbx01.write.parameters.value(QStringLiteral("Identity")),
                 ShellValue(QStringLiteral("MBX01\\EWS (Default Web Site)")));
        QCOMPARE(mbx01.write.parameters.value(QStringLiteral("BasicAuthentication")), ShellValue(true));
        QCOMPARE(mbx01.stateKey, authentication::ewsDirectoryKey(QStringLiteral("MBX01")));
        QVERIFY(mbx01.read.parameters.contains(QStringLiteral("ADPropertiesOnly")));
        const QList<PlanNote> notes = planner->notes(ctx);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(QByteArray(notes.first().verdict.reason), QByteArray("step3.basic-org-wide"));
        QCOMPARE(authentication::ewsDirectoryVerdict(in.state, profile).status, CheckStatus::Failed);

        // Applied, the next inspection finds nothing to change.
        for (const DesiredChange& c : changes) {
            const std::optional<shell::ShellReply> r = lab.run({c.write});
            QVERIFY(r && r->ok());
        }
        in = lab.inspect({planner.get()}, profile);
        const PlanContext again{profile, options, in.state};
        QCOMPARE(differing(planner->desiredChanges(again), in.state).size(), 0);
        QCOMPARE(authentication::ewsDirectoryVerdict(in.state, profile).status, CheckStatus::Passed);
        QVERIFY(planner->notes(again).isEmpty()); // the exposure is said where Basic is to be switched on
    }

    // The account's own policy blocks legacy EWS: a policy of its own is created and assigned; once
    // applied, a re-inspection plans nothing.
    void blockingPolicyIsReplacedForTheAccount()
    {
        LabShell lab;
        QString error;
        QVERIFY2(lab.start({}, &error), qPrintable(error));
        int status = 0;
        lab.lab.admin("POST", QStringLiteral("accounts/svc-otj@contoso.lab/authentication-policy"),
                      {{QStringLiteral("policy"), QStringLiteral("Block Legacy Auth")}}, &status);
        QCOMPARE(status, 200);
        const SetupProfile profile = labProfile(EwsAuthentication::Basic);
        const auto planner = authentication::makeAuthenticationPlanner();
        Inspected in = lab.inspect({planner.get()}, profile);
        QCOMPARE(in.roundTrips, 3); // servers/organisation/user, directories/policies, the policy to create
        QCOMPARE(authentication::policyVerdict(in.state, profile).status, CheckStatus::Failed);
        QCOMPARE(QByteArray(authentication::policyVerdict(in.state, profile).reason),
                 QByteArray("step3.policy-blocks-own"));
        const PlanOptions options;
        const PlanContext ctx{profile, options, in.state};
        const QList<DesiredChange> changes = differing(planner->desiredChanges(ctx), in.state);
        QCOMPARE(keysOf(changes), (QStringList{QStringLiteral("step3.auth-policy"),
                                               QStringLiteral("step3.auth-policy-assignment")}));
        QCOMPARE(changes[0].operation, Operation::Create);
        QCOMPARE(changes[0].write.parameters.value(QStringLiteral("BlockLegacyAuthWebServices")),
                 ShellValue(false));
        QCOMPARE(changes[0].write.parameters.value(QStringLiteral("BlockLegacyAuthPop")), ShellValue(true));
        QCOMPARE(changes[1].write.name, QStringLiteral("Set-User"));
        QCOMPARE(changes[1].write.parameters.value(QStringLiteral("AuthenticationPolicy")),
                 ShellValue(authentication::otjPolicyName()));
        for (const DesiredChange& c : changes) {
            const std::optional<shell::ShellReply> r = lab.run({c.write});
            QVERIFY2(r && r->ok(),
                     r && !r->allErrors().isEmpty() ? qPrintable(r->allErrors().first().message) : "");
        }
        in = lab.inspect({planner.get()}, profile);
        const PlanContext again{profile, options, in.state};
        QCOMPARE(keysOf(differing(planner->desiredChanges(again), in.state)), QStringList());
        QCOMPARE(in.roundTrips, 2);
        QCOMPARE(QByteArray(authentication::policyVerdict(in.state, profile).reason),
                 QByteArray("step3.policy-allows"));

        // Someone blocks legacy EWS on the tool's policy later: it is opened again, nothing created.
        const std::optional<shell::ShellReply> blocked =
            lab.run({ShellCommand(QStringLiteral("Set-AuthenticationPolicy"))
                         .set(QStringLiteral("Identity"), ShellValue(authentication::otjPolicyName()))
                         .set(QStringLiteral("BlockLegacyAuthWebServices"), ShellValue(true))});
        QVERIFY(blocked && blocked->ok());
        in = lab.inspect({planner.get()}, profile);
        const PlanContext reblocked{profile, options, in.state};
        const QList<DesiredChange> reopen = differing(planner->desiredChanges(reblocked), in.state);
        QCOMPARE(keysOf(reopen), QStringList{QStringLiteral("step3.auth-policy")});
        QCOMPARE(reopen.first().operation, Operation::Update);
        QCOMPARE(reopen.first().write.name, QStringLiteral("Set-AuthenticationPolicy"));
        QVERIFY(lab.run({reopen.first().write})->ok());
        in = lab.inspect({planner.get()}, profile);
        const PlanContext reopened{profile, options, in.state};
        QCOMPARE(keysOf(differing(planner->desiredChanges(reopened), in.state)), QStringList());
    }

    // NTLM: the organisation's default policy blocks, an existing policy leaves EWS open (assigned,
    // none created, the default untouched); Extended Protection required on MBX01 is a Warning.
    void ntlmWithDefaultPolicyAndExtendedProtection()
    {
        LabShell base;
        QString error;
        QVERIFY2(base.lab.start({}, {}, &error), qPrintable(error));
        QJsonObject org = base.lab.admin("GET", QStringLiteral("org"));
        base.lab.stop();
        QJsonArray servers = org.value(QStringLiteral("servers")).toArray();
        QJsonObject mbx01 = servers[0].toObject();
        mbx01.insert(
            QStringLiteral("ewsVirtualDirectory"),
            QJsonObject{{QStringLiteral("ExtendedProtectionTokenChecking"), QStringLiteral("Require")}});
        servers[0] = mbx01;
        org.insert(QStringLiteral("servers"), servers);
        QJsonArray policies = org.value(QStringLiteral("authenticationPolicies")).toArray();
        policies.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Allow Legacy EWS")},
                        {QStringLiteral("otherBlocks"), QJsonArray{QStringLiteral("BlockLegacyAuthPop")}}});
        org.insert(QStringLiteral("authenticationPolicies"), policies);
        org.insert(QStringLiteral("defaultAuthenticationPolicy"), QStringLiteral("Block Legacy Auth"));
        // The default would block the admin's own Basic sign-in to the shell: the admin is exempt.
        QJsonArray recipients = org.value(QStringLiteral("recipients")).toArray();
        for (QJsonValueRef r : recipients)
            if (r.toObject().value(QStringLiteral("role")).toString() == QLatin1String("exchange-admin")) {
                QJsonObject admin = r.toObject();
                admin.insert(QStringLiteral("authenticationPolicy"), QStringLiteral("Allow Legacy EWS"));
                r = admin;
            }
        org.insert(QStringLiteral("recipients"), recipients);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("org.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(org).toJson());
        out.close();

        LabShell lab;
        QVERIFY2(lab.start({QStringLiteral("--org"), file}, &error), qPrintable(error));
        const SetupProfile profile = labProfile(EwsAuthentication::Ntlm);
        const auto planner = authentication::makeAuthenticationPlanner();
        Inspected in = lab.inspect({planner.get()}, profile);
        const PlanOptions options;
        const PlanContext ctx{profile, options, in.state};
        const QList<DesiredChange> changes = differing(planner->desiredChanges(ctx), in.state);
        QCOMPARE(keysOf(changes), QStringList{QStringLiteral("step3.auth-policy-assignment")});
        QCOMPARE(changes.first().write.parameters.value(QStringLiteral("AuthenticationPolicy")),
                 ShellValue(QStringLiteral("Allow Legacy EWS")));
        QCOMPARE(QByteArray(authentication::policyVerdict(in.state, profile).reason),
                 QByteArray("step3.policy-blocks-default"));
        const QList<PlanNote> notes = planner->notes(ctx);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().verdict.status, CheckStatus::Warning);
        QCOMPARE(QByteArray(notes.first().verdict.reason), QByteArray("step3.extended-protection"));
        QCOMPARE(notes.first().target, QStringLiteral("MBX01\\EWS (Default Web Site)"));
        QCOMPARE(authentication::ewsDirectoryVerdict(in.state, profile).status, CheckStatus::Warning);
    }

    // Without an inspection (the exported script): one Basic change for each directory the read returns.
    void offlineForm()
    {
        const SetupProfile profile = labProfile(EwsAuthentication::Basic);
        const auto planner = authentication::makeAuthenticationPlanner();
        ExchangeState empty;
        const PlanOptions options;
        const PlanContext ctx{profile, options, empty};
        const QList<DesiredChange> changes = planner->desiredChanges(ctx);
        QCOMPARE(keysOf(changes), QStringList{QStringLiteral("step3.ews-basic")});
        QCOMPARE(changes.first().forEachIdentityProperty, QStringLiteral("Identity"));
        QVERIFY(!changes.first().write.parameters.contains(QStringLiteral("Identity")));
        QCOMPARE(changes.first().read.name, QStringLiteral("Get-WebServicesVirtualDirectory"));
        QVERIFY(!changes.first().read.parameters.contains(QStringLiteral("Server")));
        QCOMPARE(planner->notes(ctx).size(), 1); // organisation-wide exposure, said offline too

        // The read returns every server's directory, each with the Identity the write takes.
        LabShell lab;
        QString error;
        QVERIFY2(lab.start({}, &error), qPrintable(error));
        const std::optional<shell::ShellReply> r = lab.run({changes.first().read});
        QVERIFY(r && r->ok());
        QCOMPARE(r->results.first().objects.size(), 2);
        QCOMPARE(r->results.first().objects.last().value(QStringLiteral("Identity")).toString(),
                 QStringLiteral("MBX02\\EWS (Default Web Site)"));
    }
};

QTEST_GUILESS_MAIN(TestRoomsAuthPlan)
#include "tst_rooms_auth_plan.moc"
