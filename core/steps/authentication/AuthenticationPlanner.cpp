#include "core/steps/authentication/AuthenticationPlanner.h"

#include "core/steps/prerequisites/RoomsPlanner.h"

#include <QRegularExpression>

namespace otj::authentication {

using plan::DesiredChange;
using plan::ExchangeState;
using plan::Expectation;
using plan::Match;
using shell::ShellCommand;
using shell::ShellValue;

namespace {

const char* const kCtx = "otj::authentication::AuthenticationPlanner";
const char* const kPolicyFix = QT_TRANSLATE_NOOP(
    "otj::authentication::AuthenticationPlanner",
    "Apply step 3: it assigns %1 the authentication policy %3, which leaves legacy EWS authentication "
    "open; the organisation's default policy is not changed.");
const ReasonText kReasons[] = {
    {"step3.basic-org-wide", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Basic authentication on the EWS directory of %1 is open to every user of EWS on that "
                       "server, not only the service account (organisation-wide exposure)."),
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Prefer NTLM where Pexip can use it; with Basic, keep EWS reachable only from Pexip's "
                       "Conferencing Nodes where you can.")},
    {"step3.basic-on", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Basic authentication is on for the EWS directory of every Mailbox server (%1).")},
    {"step3.basic-off", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Basic authentication is off on the EWS directory of %1."),
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Apply step 3 (Set-WebServicesVirtualDirectory -BasicAuthentication $true on each; "
                       "organisation-wide exposure), or choose NTLM.")},
    {"step3.windows-on", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::authentication::AuthenticationPlanner",
         "Windows authentication (NTLM) is on for the EWS directory of every Mailbox server (%1).")},
    {"step3.windows-off", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Windows authentication (NTLM) is off on the EWS directory of %1."),
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Enable it (Set-WebServicesVirtualDirectory -WindowsAuthentication $true), or choose "
                       "Basic.")},
    {"step3.extended-protection", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Extended Protection is required on the EWS directory of %1: NTLM sign-ins without "
                       "channel binding are refused (this tool's own EWS checks send none; whether Pexip's "
                       "NTLM does is not confirmed)."),
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Set ExtendedProtectionTokenChecking to Allow on the front-end EWS directory "
                       "(Microsoft's recommended setting there), or use Basic.")},
    {"step3.directories-not-read", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Not checked: the EWS virtual directories could not be read (%1).")},
    {"step3.no-policies", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "This Exchange version has no authentication policies (they exist from Exchange 2019 "
                       "CU2).")},
    {"step3.no-policy-applies", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "No authentication policy applies to %1.")},
    {"step3.policy-allows", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::authentication::AuthenticationPlanner",
         "The authentication policy %2 applies to %1 and leaves legacy EWS authentication open.")},
    {"step3.policy-blocks-own", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "The authentication policy %2 assigned to %1 blocks legacy EWS authentication "
                       "(BlockLegacyAuthWebServices): Basic and NTLM sign-ins get HTTP 401."),
     kPolicyFix},
    {"step3.policy-blocks-default", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::authentication::AuthenticationPlanner",
         "The organisation's default authentication policy %2 applies to %1 and blocks legacy "
         "EWS authentication (BlockLegacyAuthWebServices): Basic and NTLM sign-ins get HTTP 401."),
     kPolicyFix},
    {"step3.policies-not-read", kCtx,
     QT_TRANSLATE_NOOP("otj::authentication::AuthenticationPlanner",
                       "Not checked: the authentication policies could not be read (%1).")},
};

// The legacy protocols the service account does not need: the policy OTJ creates keeps them blocked.
const char* const kOtherLegacyBlocks[] = {"BlockLegacyAuthActiveSync", "BlockLegacyAuthImap",
                                          "BlockLegacyAuthMapi",       "BlockLegacyAuthOfflineAddressBook",
                                          "BlockLegacyAuthPop",        "BlockLegacyAuthRpc"};

QString text(const QJsonObject& o, const char* property)
{
    const QJsonValue v = o.value(QLatin1String(property));
    return v.isString() ? v.toString() : QString();
}

bool flag(const QJsonObject& o, const char* property)
{
    const QJsonValue v = o.value(QLatin1String(property));
    return v.isBool() ? v.toBool() : v.toString().compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
}

QJsonObject first(const ExchangeState& state, const QString& key)
{
    const QList<QJsonObject> list = state.objects.value(key);
    return list.isEmpty() ? QJsonObject() : list.first();
}

// "Version 15.2 (Build 1544.4)": authentication policies exist from 15.2.397 (2019 CU2; SE is 15.2 too).
bool hasPolicies(const QString& adminDisplayVersion)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.(\\d+)\\s*\\(Build\\s*(\\d+)"));
    const QRegularExpressionMatch m = re.match(adminDisplayVersion);
    if (!m.hasMatch())
        return false;
    const int major = m.captured(1).toInt(), minor = m.captured(2).toInt(), build = m.captured(3).toInt();
    return major > 15 || (major == 15 && (minor > 2 || (minor == 2 && build >= 397)));
}

bool isMailboxServer(const QJsonObject& server)
{
    return flag(server, "IsMailboxServer") ||
           text(server, "ServerRole").contains(QLatin1String("Mailbox"), Qt::CaseInsensitive);
}

QStringList mailboxServers(const ExchangeState& state)
{
    QStringList out;
    for (const QJsonObject& s : state.objects.value(QString::fromLatin1(ServersKey)))
        if (isMailboxServer(s) && !text(s, "Name").isEmpty())
            out << text(s, "Name");
    return out;
}

bool policiesSupported(const ExchangeState& state)
{
    for (const QJsonObject& s : state.objects.value(QString::fromLatin1(ServersKey)))
        if (hasPolicies(text(s, "AdminDisplayVersion")))
            return true;
    return false;
}

// A policy reference as Exchange shows it (name, canonical name or DN) against a policy object.
bool sameReference(const QString& reference, const QJsonObject& policy)
{
    const QString name = text(policy, "Name");
    if (reference.isEmpty() || name.isEmpty())
        return false;
    if (reference.compare(name, Qt::CaseInsensitive) == 0 ||
        reference.compare(text(policy, "Identity"), Qt::CaseInsensitive) == 0 ||
        reference.compare(text(policy, "DistinguishedName"), Qt::CaseInsensitive) == 0)
        return true;
    return reference.section(QLatin1Char('/'), -1).compare(name, Qt::CaseInsensitive) == 0;
}

bool leavesLegacyEwsOpen(const QJsonObject& policy)
{
    return !flag(policy, "BlockLegacyAuthWebServices") && !flag(policy, "BlockLegacyAuthAutodiscover");
}

QStringList selectedVdirProperties()
{
    return {QStringLiteral("Identity"),
            QStringLiteral("Name"),
            QStringLiteral("Server"),
            QStringLiteral("BasicAuthentication"),
            QStringLiteral("WindowsAuthentication"),
            QStringLiteral("ExtendedProtectionTokenChecking"),
            QStringLiteral("InternalUrl"),
            QStringLiteral("ExternalUrl")};
}

ShellCommand vdirRead(const QString& server)
{
    ShellCommand c(QStringLiteral("Get-WebServicesVirtualDirectory"));
    if (!server.isEmpty())
        c.set(QStringLiteral("Server"), ShellValue(server));
    // Without -ADPropertiesOnly the cmdlet reads IIS on every server: slow, and fails for a server that is
    // down.
    c.set(QStringLiteral("ADPropertiesOnly"), ShellValue(true));
    c.select = selectedVdirProperties();
    return c;
}

ShellCommand userRead(const QString& upn)
{
    return ShellCommand(QStringLiteral("Get-User")).set(QStringLiteral("Identity"), ShellValue(upn));
}

ShellCommand policyRead(const QString& name)
{
    return ShellCommand(QStringLiteral("Get-AuthenticationPolicy"))
        .set(QStringLiteral("Identity"), ShellValue(name));
}

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

// The policy OTJ assigns when none leaves legacy EWS open: created, or (someone has since blocked
// legacy EWS on it) re-opened. Its other legacy protocols stay blocked: the account needs only EWS.
DesiredChange otjPolicyChange(const ExchangeState& state, const QString& name)
{
    bool exists = false;
    for (const QJsonObject& p : state.objects.value(QString::fromLatin1(PoliciesKey)))
        exists = exists || text(p, "Name").compare(name, Qt::CaseInsensitive) == 0;
    DesiredChange c;
    c.key = QStringLiteral("step3.auth-policy");
    c.step = StepId::Authentication;
    c.target = name;
    c.read = policyRead(name);
    c.stateKey = policyKey(name);
    if (exists) {
        c.operation = plan::Operation::Update;
        c.summary =
            AuthenticationPlanner::tr("Open legacy authentication for EWS and Autodiscover again in the "
                                      "authentication policy %1")
                .arg(name);
        c.write = policyRead(name);
        c.write.name = QStringLiteral("Set-AuthenticationPolicy");
        c.fixedParameters = {QStringLiteral("Identity")};
    } else {
        c.operation = plan::Operation::Create;
        c.summary =
            AuthenticationPlanner::tr("Create the authentication policy %1: legacy authentication only for "
                                      "EWS and Autodiscover")
                .arg(name);
        c.write = ShellCommand(QStringLiteral("New-AuthenticationPolicy"));
        c.write.set(QStringLiteral("Name"), ShellValue(name));
        c.fixedParameters = {QStringLiteral("Name")};
        for (const char* block : kOtherLegacyBlocks) {
            c.write.set(QLatin1String(block), ShellValue(true));
            c.fixedParameters << QLatin1String(block);
        }
    }
    for (const char* open : {"BlockLegacyAuthWebServices", "BlockLegacyAuthAutodiscover"}) {
        c.write.set(QLatin1String(open), ShellValue(false));
        c.expectations.append({QLatin1String(open), {}, ShellValue(false), Match::Equal, {}});
    }
    return c;
}

} // namespace

QString ewsDirectoryKey(const QString& server)
{
    return QStringLiteral("ews-vdir/") + server.trimmed().toLower();
}

QString policyKey(const QString& name)
{
    return QStringLiteral("authpolicy/") + name.trimmed().toLower();
}

QString otjPolicyName()
{
    return QStringLiteral("OTJ Service Account");
}

std::span<const ReasonText> authenticationReasons()
{
    return kReasons;
}

PolicyFinding findPolicy(const ExchangeState& state, const SetupProfile& profile)
{
    PolicyFinding f;
    f.supported = policiesSupported(state);
    const QString upn = profile.serviceAccount.upn;
    const QString policies = QString::fromLatin1(PoliciesKey),
                  organization = QString::fromLatin1(OrganizationKey);
    // A service account that does not exist yet (create mode) has no policy of its own.
    const auto userError = state.errors.constFind(QString::fromLatin1(AccountUserKey));
    const bool userRead = state.objects.contains(QString::fromLatin1(AccountUserKey)) ||
                          (userError != state.errors.cend() && rooms::isNotFound(*userError));
    f.read =
        f.supported && state.objects.contains(policies) && state.objects.contains(organization) && userRead;
    if (!f.read)
        return f;
    const QString own = text(first(state, QString::fromLatin1(AccountUserKey)), "AuthenticationPolicy");
    f.own = !own.isEmpty();
    const QString reference = f.own ? own : text(first(state, organization), "DefaultAuthenticationPolicy");
    if (reference.isEmpty())
        return f;
    f.applied = reference;
    const QList<QJsonObject> all = state.objects.value(policies);
    for (const QJsonObject& p : all)
        if (sameReference(reference, p)) {
            f.applied = text(p, "Name");
            f.blocks = flag(p, "BlockLegacyAuthWebServices");
        }
    if (!f.blocks)
        return f;
    // Ours first (a re-run finds what the last one created), then any other that leaves EWS open.
    for (const QJsonObject& p : all)
        if (leavesLegacyEwsOpen(p) && (f.suitable.isEmpty() || text(p, "Name") == otjPolicyName()))
            f.suitable = text(p, "Name");
    return f;
}

std::optional<QList<EwsDirectory>> ewsDirectories(const ExchangeState& state)
{
    if (!state.objects.contains(QString::fromLatin1(ServersKey)))
        return std::nullopt;
    QList<EwsDirectory> out;
    for (const QString& server : mailboxServers(state))
        for (const QJsonObject& o : state.objects.value(ewsDirectoryKey(server))) {
            EwsDirectory d;
            d.server = server;
            d.identity = text(o, "Identity");
            if (d.identity.isEmpty())
                d.identity = server + QStringLiteral("\\EWS (Default Web Site)");
            d.basic = flag(o, "BasicAuthentication");
            d.windows = flag(o, "WindowsAuthentication");
            d.extendedProtection = text(o, "ExtendedProtectionTokenChecking");
            out.append(d);
        }
    return out;
}

AuthenticationPlanner::AuthenticationPlanner()
{
    reasons::add(kReasons);
}

QList<ShellCommand> AuthenticationPlanner::reads(const plan::PlanContext& context, int round,
                                                 QStringList* keys) const
{
    QList<ShellCommand> commands;
    const auto add = [&](const QString& key, const ShellCommand& command) {
        if (context.state.has(key) || keys->contains(key))
            return;
        keys->append(key);
        commands.append(command);
    };
    const QString upn = context.profile.serviceAccount.upn;
    switch (round) {
    case 0:
        add(QString::fromLatin1(ServersKey), ShellCommand(QStringLiteral("Get-ExchangeServer")));
        add(QString::fromLatin1(OrganizationKey), ShellCommand(QStringLiteral("Get-OrganizationConfig")));
        if (!upn.isEmpty())
            add(QString::fromLatin1(AccountUserKey), userRead(upn));
        break;
    case 1:
        for (const QString& server : mailboxServers(context.state))
            add(ewsDirectoryKey(server), vdirRead(server));
        if (policiesSupported(context.state))
            add(QString::fromLatin1(PoliciesKey), ShellCommand(QStringLiteral("Get-AuthenticationPolicy")));
        break;
    case 2: {
        // The policy to create is read by name, so the plan's Create has its "missing" from this inspection.
        const PolicyFinding f = findPolicy(context.state, context.profile);
        if (f.read && f.blocks && f.suitable.isEmpty())
            add(policyKey(otjPolicyName()), policyRead(otjPolicyName()));
        break;
    }
    default:
        break;
    }
    return commands;
}

QList<DesiredChange> AuthenticationPlanner::desiredChanges(const plan::PlanContext& context) const
{
    QList<DesiredChange> out;
    const SetupProfile& profile = context.profile;
    if (profile.exchange.ewsAuthentication == EwsAuthentication::Basic) {
        DesiredChange basic;
        basic.step = StepId::Authentication;
        basic.operation = plan::Operation::Update;
        basic.write = ShellCommand(QStringLiteral("Set-WebServicesVirtualDirectory"));
        basic.write.set(QStringLiteral("BasicAuthentication"), ShellValue(true));
        basic.expectations = {
            Expectation{QStringLiteral("BasicAuthentication"), {}, ShellValue(true), Match::Equal, {}}};
        const std::optional<QList<EwsDirectory>> directories = ewsDirectories(context.state);
        if (!directories) {
            // Offline: each directory the read returns, the write's Identity taken from each.
            basic.key = QStringLiteral("step3.ews-basic");
            basic.target = tr("the EWS virtual directory of every Mailbox server");
            basic.summary =
                tr("Allow Basic authentication on the EWS virtual directory of every Mailbox server");
            basic.read = vdirRead({});
            basic.forEachIdentityProperty = QStringLiteral("Identity");
            out.append(basic);
        } else {
            for (const EwsDirectory& d : *directories) {
                DesiredChange c = basic;
                c.key = QStringLiteral("step3.ews-basic/") + d.server;
                c.target = d.identity;
                c.summary = tr("Allow Basic authentication on %1").arg(d.identity);
                c.read = vdirRead(d.server);
                c.stateKey = ewsDirectoryKey(d.server);
                c.write.set(QStringLiteral("Identity"), ShellValue(d.identity));
                c.fixedParameters = {QStringLiteral("Identity")};
                out.append(c);
            }
        }
    }
    const PolicyFinding f = findPolicy(context.state, profile);
    if (!f.read || !f.blocks)
        return out;
    const QString upn = profile.serviceAccount.upn;
    const QString name = f.suitable.isEmpty() ? otjPolicyName() : f.suitable;
    if (f.suitable.isEmpty())
        out.append(otjPolicyChange(context.state, name));
    DesiredChange assign;
    assign.key = QStringLiteral("step3.auth-policy-assignment");
    assign.step = StepId::Authentication;
    assign.operation = plan::Operation::Update;
    assign.target = upn;
    assign.summary =
        f.own ? tr("Assign the authentication policy %1 to %2 instead of %3").arg(name, upn, f.applied)
              : tr("Assign the authentication policy %1 to %2 (the organisation's default %3 "
                   "stays as it is)")
                    .arg(name, upn, f.applied);
    assign.read = userRead(upn);
    assign.stateKey = QString::fromLatin1(AccountUserKey);
    assign.write = userRead(upn);
    assign.write.name = QStringLiteral("Set-User");
    assign.write.set(QStringLiteral("AuthenticationPolicy"), ShellValue(name));
    assign.fixedParameters = {QStringLiteral("Identity")};
    assign.expectations = {Expectation{
        QStringLiteral("AuthenticationPolicy"), {}, ShellValue(name), Match::EqualIgnoringCase, {}}};
    out.append(assign);
    return out;
}

QList<plan::PlanNote> AuthenticationPlanner::notes(const plan::PlanContext& context) const
{
    QList<plan::PlanNote> out;
    const QString checkId = QStringLiteral("step3.ews-directory");
    const std::optional<QList<EwsDirectory>> directories = ewsDirectories(context.state);
    if (context.profile.exchange.ewsAuthentication == EwsAuthentication::Basic) {
        // Said where Basic is to be switched on (offline: the script may switch it on anywhere).
        QStringList servers;
        for (const EwsDirectory& d : directories.value_or(QList<EwsDirectory>()))
            if (!d.basic)
                servers << d.server;
        if (!directories || !servers.isEmpty())
            out.append({checkId,
                        QString(),
                        {CheckStatus::Warning,
                         "step3.basic-org-wide",
                         {servers.isEmpty() ? tr("every Mailbox server") : joined(servers)}}});
    } else if (directories) {
        for (const EwsDirectory& d : *directories) {
            if (!d.windows)
                out.append({checkId, d.identity, {CheckStatus::Failed, "step3.windows-off", {d.identity}}});
            if (d.extendedProtection.compare(QLatin1String("Require"), Qt::CaseInsensitive) == 0)
                out.append(
                    {checkId, d.identity, {CheckStatus::Warning, "step3.extended-protection", {d.identity}}});
        }
    }
    return out;
}

Verdict policyVerdict(const ExchangeState& state, const SetupProfile& profile)
{
    const QString upn = profile.serviceAccount.upn;
    if (state.objects.contains(QString::fromLatin1(ServersKey)) && !policiesSupported(state))
        return {CheckStatus::Passed, "step3.no-policies"};
    const PolicyFinding f = findPolicy(state, profile);
    if (!f.read) {
        QStringList failed;
        for (const QString& key : {QString::fromLatin1(ServersKey), QString::fromLatin1(PoliciesKey),
                                   QString::fromLatin1(OrganizationKey), QString::fromLatin1(AccountUserKey)})
            if (const auto e = state.errors.constFind(key);
                e != state.errors.cend() && !rooms::isNotFound(*e))
                failed << e->message;
        return {CheckStatus::Skipped,
                "step3.policies-not-read",
                {failed.isEmpty() ? QStringLiteral("Get-AuthenticationPolicy") : failed.first()}};
    }
    if (f.applied.isEmpty())
        return {CheckStatus::Passed, "step3.no-policy-applies", {upn}};
    if (!f.blocks)
        return {CheckStatus::Passed, "step3.policy-allows", {upn, f.applied}};
    return {CheckStatus::Failed,
            f.own ? "step3.policy-blocks-own" : "step3.policy-blocks-default",
            {upn, f.applied, f.suitable.isEmpty() ? otjPolicyName() : f.suitable}};
}

Verdict ewsDirectoryVerdict(const ExchangeState& state, const SetupProfile& profile)
{
    const std::optional<QList<EwsDirectory>> directories = ewsDirectories(state);
    if (!directories || directories->isEmpty()) {
        const auto e = state.errors.constFind(QString::fromLatin1(ServersKey));
        return {CheckStatus::Skipped,
                "step3.directories-not-read",
                {e != state.errors.cend() ? e->message : QStringLiteral("Get-WebServicesVirtualDirectory")}};
    }
    QStringList all, off, required;
    const bool basic = profile.exchange.ewsAuthentication == EwsAuthentication::Basic;
    for (const EwsDirectory& d : *directories) {
        all << d.server;
        if (!(basic ? d.basic : d.windows))
            off << d.identity;
        if (!basic && d.extendedProtection.compare(QLatin1String("Require"), Qt::CaseInsensitive) == 0)
            required << d.identity;
    }
    if (!off.isEmpty())
        return {CheckStatus::Failed, basic ? "step3.basic-off" : "step3.windows-off", {joined(off)}};
    if (!required.isEmpty())
        return {CheckStatus::Warning, "step3.extended-protection", {joined(required)}};
    return {CheckStatus::Passed, basic ? "step3.basic-on" : "step3.windows-on", {joined(all)}};
}

std::unique_ptr<plan::StepPlanner> makeAuthenticationPlanner()
{
    return std::make_unique<AuthenticationPlanner>();
}

} // namespace otj::authentication
