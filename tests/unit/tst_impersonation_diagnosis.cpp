// Why EWS refuses a room, from what an inspection read (ImpersonationDiagnosis), and how a
// PowerShell-side check is judged from an inspection (Inspected): each cause in the order the
// setup depends on it, Pending only when everything is in place in Active Directory.
#include "core/steps/Inspected.h"
#include "core/steps/impersonation/ImpersonationDiagnosis.h"

#include <QTest>

using namespace otj;
using namespace otj::plan;
namespace imp = otj::impersonation;

namespace {

const QString kRoom = QStringLiteral("room-1@contoso.test");
const QString kDn = QStringLiteral("CN=OTJ Rooms\\, O'Brien,OU=Groups,DC=contoso,DC=test");
const QDateTime kNow(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

SetupProfile profile()
{
    SetupProfile p;
    p.rooms.distributionGroup = QStringLiteral("OTJ Rooms, O'Brien");
    p.serviceAccount.upn = QStringLiteral("svc@contoso.test");
    return p;
}

QJsonObject object(std::initializer_list<std::pair<const char*, QJsonValue>> properties)
{
    QJsonObject o;
    for (const auto& [k, v] : properties)
        o.insert(QLatin1String(k), v);
    return o;
}

// Everything in place: the room in the group, the scope naming the group, an enabled assignment
// with the scope, made `assignmentAge` ago.
ExchangeState complete(qint64 assignmentAgeSecs)
{
    ExchangeState s;
    s.objects.insert(QLatin1String(imp::GroupKey), {object({{"DistinguishedName", kDn}})});
    s.objects.insert(QLatin1String(imp::MembersKey),
                     {object({{"PrimarySmtpAddress", QStringLiteral("ROOM-1@contoso.test")}})});
    s.objects.insert(QLatin1String(imp::ScopeKey),
                     {object({{"RecipientFilter", imp::memberOfGroupFilter(kDn)}})});
    s.objects.insert(
        QLatin1String(imp::AssignmentKey),
        {object({{"Name", QStringLiteral("OTJ Impersonation")},
                 {"CustomRecipientWriteScope", QStringLiteral("OTJ Rooms Scope")},
                 {"Enabled", true},
                 {"WhenCreatedUTC", kNow.addSecs(-assignmentAgeSecs).toString(Qt::ISODateWithMs)}})});
    return s;
}

QByteArray reasonOf(const std::optional<Verdict>& v)
{
    return v && v->reason ? QByteArray(v->reason) : QByteArray("-");
}

shell::ShellError notFound()
{
    shell::ShellError e;
    e.category = QStringLiteral("NotSpecified");
    e.fullyQualifiedErrorId =
        QStringLiteral("[Server=MBX01] [FailureCategory=Cmdlet-ManagementObjectNotFoundException] "
                       "7A3F,Microsoft.Exchange.Management.RecipientTasks.GetDistributionGroup");
    return e;
}

} // namespace

class TestImpersonationDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void causes()
    {
        const SetupProfile p = profile();
        // Nothing read: nothing to say.
        QVERIFY(!imp::explainRefusal(p, {}, kRoom, kNow));

        ExchangeState s = complete(3 * 3600);
        s.objects.remove(QLatin1String(imp::GroupKey));
        s.errors.insert(QLatin1String(imp::GroupKey), notFound());
        QCOMPARE(reasonOf(imp::explainRefusal(p, s, kRoom, kNow)), QByteArray("step2.why-no-group"));

        s = complete(3 * 3600);
        QCOMPARE(reasonOf(imp::explainRefusal(p, s, QStringLiteral("room-2@contoso.test"), kNow)),
                 QByteArray("step2.why-not-in-group"));

        s = complete(3 * 3600);
        s.objects.insert(
            QLatin1String(imp::ScopeKey),
            {object({{"RecipientFilter", QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'")}})});
        const auto mismatch = imp::explainRefusal(p, s, kRoom, kNow);
        QCOMPARE(reasonOf(mismatch), QByteArray("step2.why-filter-mismatch"));
        QCOMPARE(mismatch->status, CheckStatus::Failed);
        QCOMPARE(mismatch->args.value(2), QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'"));

        s = complete(3 * 3600);
        QJsonObject a = s.objects.value(QLatin1String(imp::AssignmentKey)).first();
        a.insert(QStringLiteral("Enabled"), false);
        s.objects.insert(QLatin1String(imp::AssignmentKey), {a});
        QCOMPARE(reasonOf(imp::explainRefusal(p, s, kRoom, kNow)), QByteArray("step2.why-no-assignment"));

        // Complete in AD: a young assignment is Pending, an old one too (a change not replicated yet).
        const auto young = imp::explainRefusal(p, complete(20 * 60), kRoom, kNow);
        QCOMPARE(reasonOf(young), QByteArray("step2.why-too-new"));
        QCOMPARE(young->status, CheckStatus::Pending);
        const auto old = imp::explainRefusal(p, complete(3 * 3600), kRoom, kNow);
        QCOMPARE(reasonOf(old), QByteArray("step2.why-not-replicated"));
        QCOMPARE(old->status, CheckStatus::Pending);

        // Exchange's own evaluation (-WritableRecipient) lists no assignment of ours: the scope misses it.
        s = complete(3 * 3600);
        s.objects.insert(imp::writableKey(kRoom),
                         {object({{"Name", QStringLiteral("VMR Scheduling Impersonation")}})});
        QCOMPARE(reasonOf(imp::explainRefusal(p, s, kRoom, kNow)), QByteArray("step2.why-filter-mismatch"));
        s.objects.insert(imp::writableKey(kRoom), {object({{"Name", QStringLiteral("OTJ Impersonation")}})});
        QCOMPARE(reasonOf(imp::explainRefusal(p, s, kRoom, kNow)), QByteArray("step2.why-not-replicated"));
    }

    void opathQuoting()
    {
        QCOMPARE(imp::memberOfGroupFilter(kDn),
                 QStringLiteral("MemberOfGroup -eq 'CN=OTJ Rooms\\, O''Brien,OU=Groups,DC=contoso,DC=test'"));
        QCOMPARE(imp::writableKey(QStringLiteral("Room-1@Contoso.test")),
                 QStringLiteral("impersonation/writable/room-1@contoso.test"));
    }

    void stateReading()
    {
        ExchangeState s;
        QVERIFY(!inspected::wasRead(s, QStringLiteral("k")));
        s.errors.insert(QStringLiteral("k"), notFound());
        QVERIFY(inspected::missing(s, QStringLiteral("k")));
        QVERIFY(!inspected::failed(s, QStringLiteral("k")));
        shell::ShellError denied;
        denied.fullyQualifiedErrorId = QStringLiteral("AccessDenied");
        s.errors.insert(QStringLiteral("k"), denied);
        QVERIFY(!inspected::missing(s, QStringLiteral("k")));
        QVERIFY(inspected::failed(s, QStringLiteral("k")));
        s.errors.clear();
        s.objects.insert(QStringLiteral("k"), {});
        QVERIFY(inspected::missing(s, QStringLiteral("k")));
        QCOMPARE(inspected::strings(QJsonValue(QStringLiteral("a"))), QStringList{QStringLiteral("a")});
        QCOMPARE(inspected::strings(QJsonValue()), QStringList());
        QCOMPARE(inspected::exchangeAlias(QStringLiteral("OTJ Rooms, O'Brien")),
                 QStringLiteral("OTJ-Rooms-O'Brien"));
    }

    void checkVerdictFromInspection()
    {
        Inspection inspection;
        QCOMPARE(QByteArray(inspected::checkVerdict(inspection, StepId::Impersonation,
                                                    QStringLiteral("step2.group"), {})
                                .reason),
                 QByteArray("common.not-inspected"));
        StepPlan s{StepId::Impersonation, true, {}, {}, {}};
        PlannedChange hidden;
        hidden.desired.key = QStringLiteral("step2.group-hidden");
        hidden.desired.summary = QStringLiteral("Hide it");
        s.changes << hidden;
        s.notes << PlanNote{QStringLiteral("step2.group"), {}, {CheckStatus::Warning, "step2.unscoped"}}
                << PlanNote{QStringLiteral("step2.group"),
                            QStringLiteral("room"),
                            {CheckStatus::Failed, "step2.why-no-group"}};
        inspection.plan.steps << s;
        // A planned change of the check is Failed "not set up yet"; a room's note is not the step's.
        const Verdict pending =
            inspected::checkVerdict(inspection, StepId::Impersonation, QStringLiteral("step2.group"),
                                    {QStringLiteral("step2.group-hidden")});
        QCOMPARE(pending.status, CheckStatus::Failed);
        QCOMPARE(QByteArray(pending.reason), QByteArray("common.changes-pending"));
        QCOMPARE(pending.args, QStringList{QStringLiteral("Hide it")});
        // "step2.group" does not take "step2.group-hidden" as one of its own keys.
        const Verdict noted =
            inspected::checkVerdict(inspection, StepId::Impersonation, QStringLiteral("step2.group"),
                                    {QStringLiteral("step2.group")});
        QCOMPARE(noted.status, CheckStatus::Warning);
        QCOMPARE(inspected::checkVerdict(inspection, StepId::Impersonation, QStringLiteral("step2.other"), {})
                     .status,
                 CheckStatus::Passed);
    }
};

QTEST_GUILESS_MAIN(TestImpersonationDiagnosis)
#include "tst_impersonation_diagnosis.moc"
