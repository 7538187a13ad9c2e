// The step 1 (service account) and step 2 (impersonation) planners against the lab's Exchange shell
// (`otj-lab shell`): their reads, desired changes and notes, applied and re-inspected the way the
// engine does it. The small driver below stands in for ExchangeInspector/ApplyRunner (the engine's):
// it reads in rounds, compares each expectation, applies the differing changes (only the differing
// parameters of an Update, DerivedValues resolved, the secret added) and re-inspects after a change
// marked reinspectAfter.
#include "core/plan/StepPlanner.h"
#include "core/shell/CommandRegistry.h"
#include "core/shell/ExchangeShell.h"
#include "core/steps/Inspected.h"
#include "core/steps/impersonation/ImpersonationDiagnosis.h"
#include "core/steps/impersonation/ImpersonationPlanner.h"
#include "core/steps/prerequisites/RoomDirectory.h"
#include "core/steps/serviceaccount/ServiceAccountPlanner.h"
#include "tests/shell/RawSpeaker.h"
#include "tests/support/LabProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::plan;
using otj::shell::ShellCommand;
using otj::shell::ShellValue;

namespace {

const QString kPassword = QStringLiteral("Svc!Passw0rd-2024");
const QString kGroupDn = QStringLiteral("CN=OTJ Rooms,OU=Groups,DC=contoso,DC=lab");

QString opathNormalized(QString filter)
{
    return filter.simplified().toCaseFolded();
}

// The compare rule as far as these steps use it (the engine's plan::matches is the product's).
bool same(Match match, const ShellValue& wanted, const QJsonValue& actual)
{
    const QJsonValue w = wanted.toJson();
    switch (match) {
    case Match::Equal:
        return w == actual || (w.isNull() && actual.isUndefined());
    case Match::EqualIgnoringCase:
        return w.toString().compare(actual.toString(), Qt::CaseInsensitive) == 0 &&
               w.isString() == actual.isString();
    case Match::SameSet: {
        QStringList a = inspected::strings(w), b = inspected::strings(actual);
        for (QString& x : a)
            x = x.toLower();
        for (QString& x : b)
            x = x.toLower();
        a.sort();
        b.sort();
        a.removeDuplicates();
        b.removeDuplicates();
        return a == b;
    }
    case Match::OpathEqual:
        return opathNormalized(w.toString()) == opathNormalized(actual.toString());
    }
    return false;
}

struct Planned
{
    DesiredChange change;
    bool exists = false;
    QStringList differing; // parameter names
};

class Driver
{
public:
    Driver(shell::ExchangeShell* shell, SetupProfile profile)
        : m_shell(shell)
        , profile(std::move(profile))
    {
        planners.push_back(makeServiceAccountPlanner());
        planners.push_back(makeImpersonationPlanner());
    }

    shell::ExchangeShell* m_shell;
    SetupProfile profile;
    PlanOptions options;
    ExchangeState state;
    std::vector<std::unique_ptr<StepPlanner>> planners;
    QStringList sent; // every command name, in order
    QString error;

    QList<shell::CommandResult> run(const QList<ShellCommand>& commands)
    {
        for (const ShellCommand& c : commands) {
            sent << c.name;
            const QString problem = shell::CommandRegistry::check(c);
            if (!problem.isEmpty())
                error = c.display() + QStringLiteral(": ") + problem;
        }
        std::optional<shell::ShellReply> reply;
        m_shell->runBatch(commands, false, nullptr, [&](const shell::ShellReply& r) { reply = r; });
        test::waitFor([&] { return reply.has_value(); });
        if (!reply || reply->failure) {
            error = reply ? reply->failure->message : QStringLiteral("no reply");
            return {};
        }
        return reply->results;
    }

    bool inspect()
    {
        state = {};
        QList<ShellCommand> commands{
            ShellCommand(QStringLiteral("Get-Mailbox"))
                .set(QStringLiteral("RecipientTypeDetails"), QStringLiteral("RoomMailbox"))
                .set(QStringLiteral("ResultSize"), QStringLiteral("Unlimited"))};
        QStringList keys{QLatin1String(rooms::RoomsKey)};
        for (int round = 0; round < 5; ++round) {
            const PlanContext context{profile, options, state};
            for (const auto& p : planners) {
                QStringList k;
                const QList<ShellCommand> c = p->reads(context, round, &k);
                if (c.size() != k.size()) {
                    error = QStringLiteral("reads and keys differ in length");
                    return false;
                }
                commands << c;
                keys << k;
            }
            if (commands.isEmpty())
                return true;
            const QList<shell::CommandResult> results = run(commands);
            if (results.size() != commands.size())
                return false;
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (results[i].ok)
                    state.objects.insert(keys[i], results[i].objects);
                else
                    state.errors.insert(keys[i], results[i].errors.value(0));
            }
            commands.clear();
            keys.clear();
        }
        return true;
    }

    // What every planner says for the current state (its desired changes, its notes).
    template <typename T>
    QList<T> fromEach(QList<T> (StepPlanner::*member)(const PlanContext&) const)
    {
        const PlanContext context{profile, options, state};
        QList<T> all;
        for (const auto& p : planners)
            all << (p.get()->*member)(context);
        return all;
    }
    QList<DesiredChange> desired() { return fromEach(&StepPlanner::desiredChanges); }
    QList<PlanNote> notes() { return fromEach(&StepPlanner::notes); }

    QList<QJsonObject> objectsOf(const DesiredChange& c)
    {
        if (!c.stateKey.isEmpty() && state.has(c.stateKey))
            return state.objects.value(c.stateKey);
        const QList<shell::CommandResult> r = run({c.read});
        return r.isEmpty() ? QList<QJsonObject>{} : r.first().objects;
    }

    QList<Planned> plan()
    {
        QList<Planned> out;
        for (const DesiredChange& c : desired()) {
            const QList<QJsonObject> objects = objectsOf(c);
            Planned p{c, !objects.isEmpty(), {}};
            for (const Expectation& e : c.expectations) {
                const QJsonValue actual =
                    objects.isEmpty() ? QJsonValue() : objects.first().value(e.property);
                if (!p.exists || !same(e.match, e.value, actual))
                    p.differing << e.parameterName();
            }
            if (!p.exists || !p.differing.isEmpty())
                out << p;
        }
        return out;
    }

    QStringList plannedKeys()
    {
        QStringList keys;
        for (const Planned& p : plan())
            keys << p.change.key;
        return keys;
    }

    // Applies until nothing differs (at most `passes` inspections); false on a failed command.
    bool apply(int passes = 8)
    {
        for (int pass = 0; pass < passes; ++pass) {
            if (!inspect())
                return false;
            const QList<Planned> planned = plan();
            if (planned.isEmpty())
                return true;
            for (const Planned& p : planned) {
                if (p.change.operation == Operation::Update && !p.exists)
                    break; // made by an earlier change: after the re-inspection
                ShellCommand command = p.change.write;
                if (p.change.operation == Operation::Update)
                    for (const Expectation& e : p.change.expectations)
                        if (!p.differing.contains(e.parameterName()))
                            command.parameters.remove(e.parameterName());
                for (const Expectation& e : p.change.expectations) {
                    if (!e.derived || !e.value.isNull())
                        continue;
                    const QList<shell::CommandResult> r = run({e.derived->read});
                    if (r.isEmpty() || r.first().objects.isEmpty()) {
                        error = QStringLiteral("could not resolve ") + e.derived->property;
                        return false;
                    }
                    QString value = r.first().objects.first().value(e.derived->property).toString();
                    value.replace(QLatin1Char('\''), QStringLiteral("''"));
                    command.set(e.parameterName(), e.derived->opathTemplate.arg(value));
                }
                if (!p.change.secretParameter.isEmpty())
                    command.set(p.change.secretParameter, ShellValue::secureString(kPassword));
                const QList<shell::CommandResult> r = run({command});
                if (r.isEmpty() || !r.first().ok) {
                    error = command.display() + QStringLiteral(": ") +
                            (r.isEmpty() ? error : r.first().errors.value(0).message);
                    return false;
                }
                if (p.change.reinspectAfter)
                    break;
            }
        }
        error = QStringLiteral("still changes after %1 passes").arg(passes);
        return false;
    }

    QStringList writesSent() const
    {
        QStringList w;
        for (const QString& n : sent)
            if (!n.startsWith(QLatin1String("Get-")))
                w << n;
        return w;
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

const PlanNote* findNote(const QList<PlanNote>& notes, const char* reason, const QString& target = {})
{
    for (const PlanNote& n : notes)
        if (QByteArrayView(n.verdict.reason) == QByteArrayView(reason) &&
            (target.isEmpty() || n.target == target))
            return &n;
    return nullptr;
}

QStringList reasonsOf(const QList<PlanNote>& notes)
{
    QStringList r;
    for (const PlanNote& n : notes)
        r << QString::fromLatin1(n.verdict.reason);
    return r;
}

const DesiredChange* findChange(const QList<DesiredChange>& changes, const QString& key)
{
    for (const DesiredChange& c : changes)
        if (c.key == key)
            return &c;
    return nullptr;
}
// The pointers point into the list: a temporary list would leave them dangling (ASan found one).
const DesiredChange* findChange(QList<DesiredChange>&&, const QString&) = delete;
const PlanNote* findNote(QList<PlanNote>&&, const char*, const QString& = {}) = delete;

SetupProfile labProfile(ServiceAccountMode mode, const QString& upn)
{
    SetupProfile p = SetupProfile::defaults();
    p.serviceAccount.mode = mode;
    p.serviceAccount.upn = upn;
    p.rooms.selected = {QStringLiteral("room-hq-01@contoso.lab"), QStringLiteral("room-hq-02@contoso.lab"),
                        QStringLiteral("Room-BR-01@contoso.lab"), QStringLiteral("room-cloud-01@contoso.lab"),
                        QStringLiteral("projector-01@contoso.lab")};
    return p;
}

const QStringList kOnPremSelected{QStringLiteral("room-hq-01@contoso.lab"),
                                  QStringLiteral("room-hq-02@contoso.lab"),
                                  QStringLiteral("room-br-01@contoso.lab")};

// One lab and the Exchange admin's shell on it.
struct Lab
{
    LabProcess process;
    std::unique_ptr<shell::ExchangeShell> shell;
    QString error;

    bool start(const QStringList& args = {})
    {
        if (!process.start(args, {}, &error))
            return false;
        shell::ShellOptions o;
        const QJsonArray command = process.info.value(QStringLiteral("powershell")).toArray();
        o.speaker.program = command.first().toString();
        for (qsizetype i = 1; i < command.size(); ++i)
            o.speaker.arguments << command[i].toString();
        o.hello.connectionUri = process.str("admin_url") + QStringLiteral("powershell");
        o.hello.authentication = QStringLiteral("Basic");
        o.hello.username = QStringLiteral("exadmin@contoso.lab");
        o.hello.password = process.password(QStringLiteral("exchange-admin"));
        shell = std::make_unique<shell::ExchangeShell>(o);
        const auto opened = test::openShell(*shell, nullptr);
        if (!opened || !opened->ok) {
            error = QStringLiteral("the lab's shell did not open");
            return false;
        }
        return true;
    }
    // Starts a lab whose org is the default one changed by `edit`.
    bool startWithOrg(const std::function<void(QJsonObject&)>& edit, QTemporaryDir& dir)
    {
        LabProcess plain;
        if (!plain.start({}, {}, &error))
            return false;
        QJsonObject org = plain.admin("GET", QStringLiteral("org"));
        plain.stop();
        edit(org);
        QFile f(dir.filePath(QStringLiteral("org.json")));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(org).toJson());
        f.close();
        return start({QStringLiteral("--org"), f.fileName()});
    }
    shell::CommandResult run(const ShellCommand& c)
    {
        std::optional<shell::ShellReply> reply;
        shell->run(c, nullptr, [&](const shell::ShellReply& r) { reply = r; });
        test::waitFor([&] { return reply.has_value(); });
        return reply && !reply->results.isEmpty() ? reply->results.first() : shell::CommandResult{};
    }
};

QJsonObject recipientIn(QJsonObject& org, const QString& smtp, QJsonArray* recipients, qsizetype* index)
{
    *recipients = org.value(QStringLiteral("recipients")).toArray();
    for (qsizetype i = 0; i < recipients->size(); ++i)
        if (recipients->at(i).toObject().value(QStringLiteral("smtp")).toString() == smtp) {
            *index = i;
            return recipients->at(i).toObject();
        }
    return {};
}

} // namespace

class TestPlannersStep12 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A fresh org: everything is planned; applied; then the org matches and a second run sends only Get-*.
    void freshOrgThenConfigured()
    {
        Lab lab;
        QVERIFY2(lab.start({QStringLiteral("--rbac-delay"), QStringLiteral("3600")}), qPrintable(lab.error));
        Driver d(lab.shell.get(),
                 labProfile(ServiceAccountMode::Create, QStringLiteral("otj-svc@contoso.lab")));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        QVERIFY2(d.writesSent().isEmpty(), qPrintable(d.writesSent().join(u' ')));
        QCOMPARE(d.plannedKeys(),
                 ids({"step1.account", "step1.account-hidden", "step2.group", "step2.group-members",
                      "step2.group-hidden", "step2.scope", "step2.assignment"}));
        const QList<DesiredChange> changes = d.desired();
        const DesiredChange* account = findChange(changes, QStringLiteral("step1.account"));
        QCOMPARE(account->write.name, QStringLiteral("New-Mailbox"));
        QCOMPARE(account->secretParameter, QStringLiteral("Password"));
        QVERIFY(!account->write.parameters.contains(QStringLiteral("Password"))); // never in the plan
        QCOMPARE(account->write.parameters.value(QStringLiteral("ResetPasswordOnNextLogon")),
                 ShellValue(false));
        QVERIFY(account->reinspectAfter);
        const DesiredChange* group = findChange(changes, QStringLiteral("step2.group"));
        // (in the room directory's order)
        QCOMPARE(
            sorted(inspected::strings(group->write.parameters.value(QStringLiteral("Members")).toJson())),
            sorted(kOnPremSelected));
        QVERIFY(group->reinspectAfter);
        const DesiredChange* scope = findChange(changes, QStringLiteral("step2.scope"));
        QCOMPARE(scope->operation, Operation::Create);
        QVERIFY(scope->expectations.first().derived.has_value());
        QVERIFY(scope->expectations.first().value.isNull()); // the group's DN is not known yet
        QVERIFY(scope->reinspectAfter);
        const DesiredChange* assignment = findChange(changes, QStringLiteral("step2.assignment"));
        QCOMPARE(assignment->write.parameters.value(QStringLiteral("Role")),
                 ShellValue(QStringLiteral("ApplicationImpersonation")));
        QCOMPARE(assignment->write.parameters.value(QStringLiteral("CustomRecipientWriteScope")),
                 ShellValue(QStringLiteral("OTJ Rooms Scope")));
        {
            const QList<PlanNote> notes = d.notes();
            QVERIFY(findNote(notes, "step1.password-will-expire"));
        }

        d.sent.clear();
        QVERIFY2(d.apply(), qPrintable(d.error));
        QCOMPARE(d.writesSent(),
                 ids({"New-Mailbox", "Set-Mailbox", "New-DistributionGroup", "Set-DistributionGroup",
                      "New-ManagementScope", "New-ManagementRoleAssignment"}));
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));

        // What Exchange now holds.
        const auto members = lab.run(ShellCommand(QStringLiteral("Get-DistributionGroupMember"))
                                         .set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms")));
        QStringList addresses;
        for (const QJsonObject& o : members.objects)
            addresses << o.value(QStringLiteral("PrimarySmtpAddress")).toString();
        QCOMPARE(sorted(addresses), sorted(kOnPremSelected));
        const auto scopeRead =
            lab.run(ShellCommand(QStringLiteral("Get-ManagementScope"))
                        .set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms Scope")));
        QCOMPARE(scopeRead.objects.value(0).value(QStringLiteral("RecipientFilter")).toString(),
                 QStringLiteral("MemberOfGroup -eq '%1'").arg(kGroupDn));
        const auto writable =
            lab.run(ShellCommand(QStringLiteral("Get-ManagementRoleAssignment"))
                        .set(QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation"))
                        .set(QStringLiteral("WritableRecipient"), QStringLiteral("room-br-01@contoso.lab")));
        QStringList writers; // svc-vmr's unscoped assignment writes every mailbox too
        for (const QJsonObject& o : writable.objects)
            writers << o.value(QStringLiteral("Name")).toString();
        QVERIFY2(writers.contains(QStringLiteral("OTJ Impersonation")), qPrintable(writers.join(u',')));

        // Configured: nothing to do, and a second apply sends only Get-*.
        d.sent.clear();
        QVERIFY2(d.inspect(), qPrintable(d.error));
        QCOMPARE(d.plannedKeys(), QStringList());
        QVERIFY2(d.apply(), qPrintable(d.error));
        QCOMPARE(d.writesSent(), QStringList());

        // A room EWS refuses right after the apply: the assignment is too new (replication delay).
        d.options.impersonationFailures = {QStringLiteral("room-hq-01@contoso.lab"),
                                           QStringLiteral("room-hq-03@contoso.lab")};
        d.sent.clear();
        QVERIFY2(d.inspect(), qPrintable(d.error));
        // by name, the account's own, and one per failing room
        QCOMPARE(d.sent.count(QStringLiteral("Get-ManagementRoleAssignment")), 2 + 2);
        const QList<PlanNote> notes = d.notes();
        const PlanNote* tooNew =
            findNote(notes, "step2.why-too-new", QStringLiteral("room-hq-01@contoso.lab"));
        QVERIFY2(tooNew, qPrintable(reasonsOf(notes).join(u' ')));
        QCOMPARE(tooNew->verdict.status, CheckStatus::Pending);
        QCOMPARE(tooNew->checkId, QStringLiteral("step2.impersonation"));
        const PlanNote* outside =
            findNote(notes, "step2.why-not-in-group", QStringLiteral("room-hq-03@contoso.lab"));
        QVERIFY(outside);
        QCOMPARE(outside->verdict.status, CheckStatus::Failed);
    }

    // The group exists with an extra and without a selected member: one Update-DistributionGroupMember.
    void groupMembershipDiffers()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error));
        QVERIFY(lab.run(ShellCommand(QStringLiteral("New-DistributionGroup"))
                            .set(QStringLiteral("Name"), QStringLiteral("OTJ Rooms"))
                            .set(QStringLiteral("Members"),
                                 ShellValue::strings({QStringLiteral("room-hq-01@contoso.lab"),
                                                      QStringLiteral("room-br-09@contoso.lab")})))
                    .ok);
        Driver d(lab.shell.get(),
                 labProfile(ServiceAccountMode::Adopt, QStringLiteral("svc-otj@contoso.lab")));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        QCOMPARE(d.plannedKeys(),
                 ids({"step2.group-members", "step2.group-hidden", "step2.scope", "step2.assignment"}));
        const QList<DesiredChange> desired = d.desired();
        const DesiredChange* scope = findChange(desired, QStringLiteral("step2.scope"));
        QCOMPARE(scope->expectations.first().value,
                 ShellValue(QStringLiteral("MemberOfGroup -eq '%1'").arg(kGroupDn)));
        d.sent.clear();
        QVERIFY2(d.apply(), qPrintable(d.error));
        QCOMPARE(d.writesSent().count(QStringLiteral("Update-DistributionGroupMember")), 1);
        QVERIFY(!d.writesSent().contains(QStringLiteral("Add-DistributionGroupMember")));
        QVERIFY(!d.writesSent().contains(QStringLiteral("New-DistributionGroup")));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        QCOMPARE(d.plannedKeys(), QStringList());
        QCOMPARE(inspected::strings(QJsonArray::fromStringList(impersonation::groupMembers(d.state))).size(),
                 3);
    }

    // A scope with our name and another filter is fixed with Set-ManagementScope, not re-created.
    void scopeFilterDiffers()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error));
        QVERIFY(lab.run(ShellCommand(QStringLiteral("New-ManagementScope"))
                            .set(QStringLiteral("Name"), QStringLiteral("OTJ Rooms Scope"))
                            .set(QStringLiteral("RecipientRestrictionFilter"),
                                 QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'")))
                    .ok);
        Driver d(lab.shell.get(),
                 labProfile(ServiceAccountMode::Adopt, QStringLiteral("svc-otj@contoso.lab")));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        const QList<DesiredChange> desired = d.desired();
        const DesiredChange* scope = findChange(desired, QStringLiteral("step2.scope"));
        QCOMPARE(scope->operation, Operation::Update);
        QCOMPARE(scope->write.name, QStringLiteral("Set-ManagementScope"));
        QVERIFY(d.plannedKeys().contains(QStringLiteral("step2.scope")));
        d.sent.clear();
        QVERIFY2(d.apply(), qPrintable(d.error));
        QVERIFY(d.writesSent().contains(QStringLiteral("Set-ManagementScope")));
        QVERIFY(!d.writesSent().contains(QStringLiteral("New-ManagementScope")));
        const auto read = lab.run(ShellCommand(QStringLiteral("Get-ManagementScope"))
                                      .set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms Scope")));
        QCOMPARE(read.objects.value(0).value(QStringLiteral("RecipientFilter")).toString(),
                 QStringLiteral("MemberOfGroup -eq '%1'").arg(kGroupDn));
    }

    // The VMR-scheduling account: its unscoped assignment is a Warning in step 2, and step 1 says
    // it is probably another application's account; a Pexip connector naming it is a Failed note.
    void unscopedAssignmentAndVmrAccount()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error));
        Driver d(lab.shell.get(),
                 labProfile(ServiceAccountMode::Adopt, QStringLiteral("svc-vmr@contoso.lab")));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        const QList<PlanNote> notes = d.notes();
        const PlanNote* unscoped = findNote(notes, "step2.unscoped");
        QVERIFY2(unscoped, qPrintable(reasonsOf(notes).join(u' ')));
        QCOMPARE(unscoped->verdict.status, CheckStatus::Warning);
        QCOMPARE(unscoped->checkId, QStringLiteral("step2.unscoped-assignment"));
        QCOMPARE(unscoped->verdict.args.value(0), QStringLiteral("VMR Scheduling Impersonation"));
        QVERIFY(findNote(notes, "step1.other-impersonation"));
        QVERIFY(!findNote(notes, "step1.password-expires")); // svc-vmr's password never expires
        const PlanContext context{d.profile, d.options, d.state};
        const auto conflict = serviceaccount::conflictsWithPexipConnector(
            context, {QStringLiteral("someone@contoso.lab"), QStringLiteral("CONTOSO\\svc-vmr")});
        QVERIFY(conflict);
        QCOMPARE(conflict->verdict.status, CheckStatus::Failed);
        QCOMPARE(conflict->verdict.args.value(1), QStringLiteral("CONTOSO\\svc-vmr"));
        QVERIFY(
            !serviceaccount::conflictsWithPexipConnector(context, {QStringLiteral("svc-otj@contoso.lab")}));
        // Adopting changes nothing in step 1.
        for (const DesiredChange& c : d.desired())
            QVERIFY(c.step != StepId::ServiceAccount);
    }

    void adoptOfMissingAccount()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error));
        Driver d(lab.shell.get(),
                 labProfile(ServiceAccountMode::Adopt, QStringLiteral("nobody@contoso.lab")));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        const QList<PlanNote> notes = d.notes();
        const PlanNote* missing = findNote(notes, "step1.adopt-missing");
        QVERIFY(missing);
        QCOMPARE(missing->verdict.status, CheckStatus::Failed);
        QCOMPARE(missing->checkId, QStringLiteral("step1.service-account"));
        for (const DesiredChange& c : d.desired())
            QVERIFY2(c.write.name != QLatin1String("New-Mailbox"), "adopting never creates");
    }

    // A group name with ',' and '\'': the DN escapes the comma (RFC 4514), the OPATH value doubles
    // the quote, and Exchange's own evaluation of the scope then covers the rooms.
    void groupNameNeedsQuoting()
    {
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.error));
        SetupProfile p = labProfile(ServiceAccountMode::Adopt, QStringLiteral("svc-otj@contoso.lab"));
        p.rooms.distributionGroup = QStringLiteral("OTJ Rooms, O'Brien");
        Driver d(lab.shell.get(), p);
        QVERIFY2(d.apply(), qPrintable(d.error));
        const auto read = lab.run(ShellCommand(QStringLiteral("Get-ManagementScope"))
                                      .set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms Scope")));
        QCOMPARE(read.objects.value(0).value(QStringLiteral("RecipientFilter")).toString(),
                 QStringLiteral("MemberOfGroup -eq 'CN=OTJ Rooms\\, O''Brien,OU=Groups,DC=contoso,DC=lab'"));
        const auto writable =
            lab.run(ShellCommand(QStringLiteral("Get-ManagementRoleAssignment"))
                        .set(QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation"))
                        .set(QStringLiteral("WritableRecipient"), QStringLiteral("room-hq-02@contoso.lab")));
        QStringList names;
        for (const QJsonObject& o : writable.objects)
            names << o.value(QStringLiteral("Name")).toString();
        QVERIFY2(names.contains(QStringLiteral("OTJ Impersonation")), qPrintable(names.join(u',')));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        QCOMPARE(d.plannedKeys(), QStringList());
    }

    // The exported script's form: no inspection, the changes come from the profile alone.
    void offlineForm()
    {
        const SetupProfile p = labProfile(ServiceAccountMode::Create, QStringLiteral("otj-svc@contoso.lab"));
        const PlanOptions options;
        ExchangeState empty;
        const PlanContext context{p, options, empty};
        QList<DesiredChange> changes = makeServiceAccountPlanner()->desiredChanges(context);
        changes << makeImpersonationPlanner()->desiredChanges(context);
        QStringList keys;
        for (const DesiredChange& c : changes)
            keys << c.key;
        QCOMPARE(keys, ids({"step1.account", "step1.account-hidden", "step2.group", "step2.group-members",
                            "step2.group-hidden", "step2.scope", "step2.assignment"}));
        QStringList selected;
        for (const QString& a : p.rooms.selected)
            selected << a.toLower();
        const DesiredChange* members = findChange(changes, QStringLiteral("step2.group-members"));
        QCOMPARE(members->expectations.first().value, ShellValue::strings(selected));
        QCOMPARE(members->write.name, QStringLiteral("Update-DistributionGroupMember"));
        QCOMPARE(members->write.parameters.value(QStringLiteral("BypassSecurityGroupManagerCheck")),
                 ShellValue(true));
        QCOMPARE(members->write.parameters.value(QStringLiteral("Confirm")), ShellValue(false));
        const DesiredChange* scope = findChange(changes, QStringLiteral("step2.scope"));
        QCOMPARE(scope->operation, Operation::Create);
        const Expectation& filter = scope->expectations.first();
        QCOMPARE(filter.match, Match::OpathEqual);
        QVERIFY(filter.value.isNull());
        QCOMPARE(filter.derived->property, QStringLiteral("DistinguishedName"));
        QCOMPARE(filter.derived->opathTemplate, QStringLiteral("MemberOfGroup -eq '%1'"));
        QCOMPARE(filter.derived->read.name, QStringLiteral("Get-DistributionGroup"));
        for (const DesiredChange& c : changes) {
            QVERIFY2(shell::CommandRegistry::check(c.read).isEmpty(), qPrintable(c.read.display()));
            QVERIFY2(c.read.name.startsWith(QLatin1String("Get-")), qPrintable(c.key));
        }
        QCOMPARE(impersonation::memberOfGroupFilter(QStringLiteral("CN=A\\, O'B,DC=x")),
                 QStringLiteral("MemberOfGroup -eq 'CN=A\\, O''B,DC=x'"));
        // Nothing to note without an inspection but what the profile itself lacks.
        QCOMPARE(makeServiceAccountPlanner()->notes(context).size(), 0);
        SetupProfile noAccount = p;
        noAccount.serviceAccount.upn.clear();
        const PlanContext noAccountContext{noAccount, options, empty};
        const QList<PlanNote> noAccountNotes = makeServiceAccountPlanner()->notes(noAccountContext);
        QVERIFY(findNote(noAccountNotes, "step1.no-account"));
    }

    // EWS access: the organisation allows listed User-Agents only (Warning); a mailbox with EWS off (Failed).
    void ewsAccessSettings()
    {
        QTemporaryDir dir;
        Lab lab;
        QVERIFY2(
            lab.startWithOrg(
                [](QJsonObject& org) {
                    org.insert(QStringLiteral("ewsAccess"),
                               QJsonObject{
                                   {QStringLiteral("EwsApplicationAccessPolicy"),
                                    QStringLiteral("EnforceAllowList")},
                                   {QStringLiteral("EwsAllowList"), QJsonArray{QStringLiteral("Outlook*")}}});
                    QJsonArray recipients;
                    qsizetype i = -1;
                    QJsonObject vmr =
                        recipientIn(org, QStringLiteral("svc-vmr@contoso.lab"), &recipients, &i);
                    vmr.insert(QStringLiteral("ewsAccess"),
                               QJsonObject{{QStringLiteral("EwsEnabled"), false}});
                    recipients[i] = vmr;
                    org.insert(QStringLiteral("recipients"), recipients);
                    QJsonArray scopes = org.value(QStringLiteral("managementScopes")).toArray();
                    scopes.append(QJsonObject{
                        {QStringLiteral("name"), QStringLiteral("Execs")},
                        {QStringLiteral("recipientRestrictionFilter"), QStringLiteral("Name -like 'Exec*'")},
                        {QStringLiteral("exclusive"), true}});
                    scopes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("OTJ Rooms Scope")},
                                              {QStringLiteral("recipientRestrictionFilter"),
                                               QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'")},
                                              {QStringLiteral("exclusive"), true}});
                    org.insert(QStringLiteral("managementScopes"), scopes);
                },
                dir),
            qPrintable(lab.error));
        Driver d(lab.shell.get(),
                 labProfile(ServiceAccountMode::Adopt, QStringLiteral("svc-otj@contoso.lab")));
        QVERIFY2(d.inspect(), qPrintable(d.error));
        QList<PlanNote> notes = d.notes();
        const PlanNote* allow = findNote(notes, "step1.ews-allow-list");
        QVERIFY2(allow, qPrintable(reasonsOf(notes).join(u' ')));
        QCOMPARE(allow->verdict.status, CheckStatus::Warning);
        QCOMPARE(allow->verdict.args.value(1), QStringLiteral("Get-OrganizationConfig"));
        QCOMPARE(allow->verdict.args.value(2), QStringLiteral("Outlook*"));
        QVERIFY(findNote(notes, "step1.password-expires")); // svc-otj: no DoNotExpirePassword
        const PlanNote* exclusive = findNote(notes, "step2.exclusive-other");
        QVERIFY(exclusive);
        QCOMPARE(exclusive->verdict.args.value(0), QStringLiteral("Execs"));
        const PlanNote* own = findNote(notes, "step2.exclusive-own");
        QVERIFY(own);
        QCOMPARE(own->verdict.status, CheckStatus::Warning);
        QCOMPARE(own->checkId, QStringLiteral("step2.role-assignment"));

        d.profile.serviceAccount.upn = QStringLiteral("svc-vmr@contoso.lab");
        QVERIFY2(d.inspect(), qPrintable(d.error));
        notes = d.notes();
        const PlanNote* off = findNote(notes, "step1.ews-disabled");
        QVERIFY2(off, qPrintable(reasonsOf(notes).join(u' ')));
        QCOMPARE(off->verdict.status, CheckStatus::Failed);
        QCOMPARE(off->verdict.args.value(1), QStringLiteral("Get-CASMailbox"));
    }
};

QTEST_GUILESS_MAIN(TestPlannersStep12)
#include "tst_planners_step12.moc"
