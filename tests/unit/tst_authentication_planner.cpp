// The step-3 planner's decisions from hand-made states (the lab tests in
// tests/integration/tst_rooms_auth_plan.cpp read real answers): which Exchange versions have
// authentication policies, how a policy reference is matched, which policy applies (own, default,
// none; an account not created yet), and what is read in which round.
#include "core/steps/authentication/AuthenticationPlanner.h"

#include <QTest>

using namespace otj;
using namespace otj::authentication;

namespace {

QJsonObject server(const QString& name, const QString& version)
{
    return {{QStringLiteral("Name"), name},
            {QStringLiteral("AdminDisplayVersion"), version},
            {QStringLiteral("ServerRole"), QStringLiteral("Mailbox")}};
}

QJsonObject policy(const QString& name, bool blocksEws)
{
    return {
        {QStringLiteral("Name"), name},
        {QStringLiteral("Identity"), name},
        {QStringLiteral("DistinguishedName"), QStringLiteral("CN=%1,CN=Auth Policies,CN=Contoso").arg(name)},
        {QStringLiteral("BlockLegacyAuthWebServices"), blocksEws},
        {QStringLiteral("BlockLegacyAuthAutodiscover"), false}};
}

SetupProfile profile()
{
    SetupProfile p;
    p.serviceAccount.upn = QStringLiteral("svc-otj@contoso.lab");
    return p;
}

plan::ExchangeState policyState(const QJsonValue& own, const QJsonValue& orgDefault)
{
    plan::ExchangeState s;
    s.objects.insert(QString::fromLatin1(ServersKey),
                     {server(QStringLiteral("MBX01"), QStringLiteral("Version 15.2 (Build 1544.4)"))});
    s.objects.insert(QString::fromLatin1(OrganizationKey),
                     {QJsonObject{{QStringLiteral("DefaultAuthenticationPolicy"), orgDefault}}});
    s.objects.insert(QString::fromLatin1(AccountUserKey),
                     {QJsonObject{{QStringLiteral("AuthenticationPolicy"), own}}});
    s.objects.insert(QString::fromLatin1(PoliciesKey), {policy(QStringLiteral("Block Legacy Auth"), true),
                                                        policy(QStringLiteral("Open"), false)});
    return s;
}

QStringList keysOf(const plan::StepPlanner& planner, const SetupProfile& p, plan::ExchangeState& state,
                   int round)
{
    const plan::PlanOptions options;
    const plan::PlanContext context{p, options, state};
    QStringList keys;
    planner.reads(context, round, &keys);
    return keys;
}

} // namespace

class TestAuthenticationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("policies");
        QTest::newRow("2016 CU23") << QStringLiteral("Version 15.1 (Build 2507.6)") << false;
        QTest::newRow("2019 CU1") << QStringLiteral("Version 15.2 (Build 330.5)") << false;
        QTest::newRow("2019 CU2") << QStringLiteral("Version 15.2 (Build 397.3)") << true;
        QTest::newRow("2019 CU14") << QStringLiteral("Version 15.2 (Build 1544.4)") << true;
        QTest::newRow("SE RTM") << QStringLiteral("Version 15.2 (Build 2562.17)") << true;
        QTest::newRow("unreadable") << QStringLiteral("n/a") << false;
    }
    void versions()
    {
        QFETCH(QString, version);
        QFETCH(bool, policies);
        AuthenticationPlanner planner;
        const SetupProfile p = profile();
        plan::ExchangeState state;
        QCOMPARE(keysOf(planner, p, state, 0),
                 (QStringList{QStringLiteral("servers"), QStringLiteral("organization"),
                              QStringLiteral("account/user")}));
        state.objects.insert(QString::fromLatin1(ServersKey), {server(QStringLiteral("MBX01"), version)});
        const QStringList round1 = keysOf(planner, p, state, 1);
        QVERIFY(round1.contains(ewsDirectoryKey(QStringLiteral("MBX01"))));
        QCOMPARE(round1.contains(QString::fromLatin1(PoliciesKey)), policies);
        if (!policies)
            QCOMPARE(QByteArray(policyVerdict(state, p).reason), QByteArray("step3.no-policies"));
    }

    void whichPolicyApplies()
    {
        const SetupProfile p = profile();
        // The account's own wins over the default; a canonical-path reference matches by name.
        PolicyFinding f = findPolicy(policyState(QStringLiteral("contoso.lab/Configuration/Open"),
                                                 QStringLiteral("Block Legacy Auth")),
                                     p);
        QVERIFY(f.read && f.own && !f.blocks);
        QCOMPARE(f.applied, QStringLiteral("Open"));
        // No own policy: the default, which blocks; "Open" is the existing policy to assign.
        f = findPolicy(
            policyState(QJsonValue(), QStringLiteral("CN=Block Legacy Auth,CN=Auth Policies,CN=Contoso")), p);
        QVERIFY(f.read && !f.own && f.blocks);
        QCOMPARE(f.applied, QStringLiteral("Block Legacy Auth"));
        QCOMPARE(f.suitable, QStringLiteral("Open"));
        // Neither: nothing applies.
        f = findPolicy(policyState(QJsonValue(), QJsonValue()), p);
        QVERIFY(f.read && f.applied.isEmpty() && !f.blocks);
        QCOMPARE(QByteArray(policyVerdict(policyState(QJsonValue(), QJsonValue()), p).reason),
                 QByteArray("step3.no-policy-applies"));
    }

    void accountNotCreatedYet()
    {
        const SetupProfile p = profile();
        plan::ExchangeState state = policyState(QJsonValue(), QStringLiteral("Block Legacy Auth"));
        state.objects.remove(QString::fromLatin1(AccountUserKey));
        state.errors.insert(
            QString::fromLatin1(AccountUserKey),
            {QStringLiteral("couldn't be found"),
             QStringLiteral("NotSpecified"),
             QStringLiteral("[FailureCategory=Cmdlet-ManagementObjectNotFoundException] 1,GetUser"),
             {},
             {},
             {}});
        const PolicyFinding f = findPolicy(state, p);
        QVERIFY(f.read && f.blocks && !f.own);
        // The assignment waits for step 1's account (the inspector defers an Update of a missing object).
        AuthenticationPlanner planner;
        const plan::PlanOptions options;
        const plan::PlanContext context{p, options, state};
        QStringList keys;
        for (const plan::DesiredChange& c : planner.desiredChanges(context))
            keys << c.key;
        QVERIFY(keys.contains(QStringLiteral("step3.auth-policy-assignment")));
        QVERIFY(!keys.contains(QStringLiteral("step3.auth-policy"))); // "Open" exists
    }

    void policiesNotReadAreSkipped()
    {
        const SetupProfile p = profile();
        plan::ExchangeState state = policyState(QJsonValue(), QJsonValue());
        state.objects.remove(QString::fromLatin1(PoliciesKey));
        state.errors.insert(QString::fromLatin1(PoliciesKey),
                            {QStringLiteral("The term 'Get-AuthenticationPolicy' is not recognized"),
                             QStringLiteral("ObjectNotFound"),
                             QStringLiteral("CommandNotFoundException"),
                             {},
                             QStringLiteral("Get-AuthenticationPolicy"),
                             {}});
        const Verdict v = policyVerdict(state, p);
        QCOMPARE(v.status, CheckStatus::Skipped);
        QVERIFY(v.args.value(0).contains(QStringLiteral("Get-AuthenticationPolicy")));
        QCOMPARE(ewsDirectoryVerdict(state, p).status, CheckStatus::Skipped); // no directory read
    }
};

QTEST_GUILESS_MAIN(TestAuthenticationPlanner)
#include "tst_authentication_planner.moc"
