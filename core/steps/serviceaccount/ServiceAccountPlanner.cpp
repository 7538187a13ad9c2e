#include "core/steps/serviceaccount/ServiceAccountPlanner.h"

#include "core/steps/Inspected.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace otj::serviceaccount {

using plan::DesiredChange;
using plan::Expectation;
using plan::Match;
using plan::PlanNote;
using shell::ShellCommand;
using shell::ShellValue;

namespace {

const char* const kCtx = "otj::ServiceAccountStep";
const char* const kExpiryFix = QT_TRANSLATE_NOOP(
    "otj::ServiceAccountStep",
    "Set \"Password never expires\" on the account in Active Directory (Set-ADUser -PasswordNeverExpires "
    "$true), or plan to change the password in Pexip whenever it is changed in Active Directory.");
const char* const kDedicatedFix =
    QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                      "Use a dedicated service account for One-Touch Join (choose \"Create\" in step 1).");
const ReasonText kReasons[] = {
    {"step1.no-account", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep", "The profile names no service account."),
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "Enter the service account's user principal name in step 1.")},
    {"step1.adopt-missing", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "%1 does not exist in Active Directory, and the profile says to use an existing "
                       "account (nothing is created)."),
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "Correct the user principal name, or choose \"Create\" in step 1.")},
    {"step1.account-disabled", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "%1 is disabled in Active Directory (UserAccountControl: %2)."),
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "Enable the account (Active Directory Users and Computers, or Enable-ADAccount).")},
    {"step1.ews-disabled", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep", "EWS is switched off for %1 (EwsEnabled $false in %2)."),
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "Switch EWS on for the account: Set-CASMailbox <account> -EwsEnabled $true, or for "
                       "the organisation: Set-OrganizationConfig -EwsEnabled $true.")},
    {"step1.ews-allow-list", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "EWS only serves the client programs in an allow list (EnforceAllowList in %2: %3), "
                       "and One-Touch Join's User-Agent is not documented: %1 may be refused."),
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "Exempt the account (Set-CASMailbox <account> -EwsApplicationAccessPolicy $null "
                       "-EwsEnabled $true), or read Pexip's User-Agent in the IIS logs and add it to "
                       "EwsAllowList.")},
    {"step1.ews-block-list", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ServiceAccountStep",
         "EWS refuses the client programs in a block list (EnforceBlockList in %2: %3), and "
         "One-Touch Join's User-Agent is not documented: check that no entry matches it for %1."),
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "Read Pexip's User-Agent in the IIS logs and make sure the block list does not match "
                       "it.")},
    {"step1.password-expires", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "%1's password can expire (UserAccountControl: %2). Pexip keeps the password; when "
                       "it expires, One-Touch Join stops."),
     kExpiryFix},
    {"step1.password-will-expire", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "%1 will be created with a password that expires by the domain's policy (Exchange "
                       "cannot set \"Password never expires\"). Pexip keeps the password; when it expires, "
                       "One-Touch Join stops."),
     kExpiryFix},
    {"step1.other-impersonation", kCtx,
     QT_TRANSLATE_NOOP("otj::ServiceAccountStep",
                       "%1 already holds ApplicationImpersonation through %2: it is probably used by another "
                       "application, such as Pexip's VMR scheduling. Pexip says the One-Touch Join account "
                       "should be a different one."),
     kDedicatedFix},
    {"step1.vmr-account", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ServiceAccountStep",
         "%1 is the account Pexip's VMR scheduling connector signs in with (%2). Pexip says the "
         "One-Touch Join account should be a different one; this tool does not share it (our "
         "policy)."),
     kDedicatedFix},
};

const QString kImpersonationRole = QStringLiteral("ApplicationImpersonation");

QString upnOf(const plan::PlanContext& context)
{
    return context.profile.serviceAccount.upn.trimmed();
}

ShellCommand identityRead(const char* cmdlet, const QString& upn)
{
    return ShellCommand(QString::fromLatin1(cmdlet)).set(QStringLiteral("Identity"), upn);
}

// An EWS access setting as it applies to the account: the mailbox's own when set, else the
// organisation's. `where` says which one.
QJsonValue ewsSetting(const std::optional<QJsonObject>& cas, const std::optional<QJsonObject>& org,
                      const QString& key, QString* where)
{
    if (cas && !cas->value(key).isNull() && !cas->value(key).isUndefined()) {
        *where = QStringLiteral("Get-CASMailbox");
        return cas->value(key);
    }
    *where = QStringLiteral("Get-OrganizationConfig");
    return org ? org->value(key) : QJsonValue();
}

QList<PlanNote> ewsAccessNotes(const QString& upn, const plan::ExchangeState& state)
{
    const std::optional<QJsonObject> cas = inspected::first(state, QLatin1String(CasMailboxKey));
    const std::optional<QJsonObject> org = inspected::first(state, QLatin1String(OrganizationKey));
    if (!cas && !org)
        return {};
    QList<PlanNote> notes;
    QString where;
    const QJsonValue enabled = ewsSetting(cas, org, QStringLiteral("EwsEnabled"), &where);
    if (enabled.isBool() && !enabled.toBool())
        notes << PlanNote{
            QLatin1String(EwsAccessCheck), {}, {CheckStatus::Failed, "step1.ews-disabled", {upn, where}}};
    const QString policy =
        ewsSetting(cas, org, QStringLiteral("EwsApplicationAccessPolicy"), &where).toString();
    QString listWhere;
    if (policy.compare(QLatin1String("EnforceAllowList"), Qt::CaseInsensitive) == 0) {
        const QStringList list =
            inspected::strings(ewsSetting(cas, org, QStringLiteral("EwsAllowList"), &listWhere));
        notes << PlanNote{
            QLatin1String(EwsAccessCheck),
            {},
            {CheckStatus::Warning,
             "step1.ews-allow-list",
             {upn, where, list.isEmpty() ? QStringLiteral("-") : list.join(QStringLiteral(", "))}}};
    } else if (policy.compare(QLatin1String("EnforceBlockList"), Qt::CaseInsensitive) == 0) {
        const QStringList list =
            inspected::strings(ewsSetting(cas, org, QStringLiteral("EwsBlockList"), &listWhere));
        if (!list.isEmpty())
            notes << PlanNote{QLatin1String(EwsAccessCheck),
                              {},
                              {CheckStatus::Warning,
                               "step1.ews-block-list",
                               {upn, where, list.join(QStringLiteral(", "))}}};
    }
    return notes;
}

class ServiceAccountPlanner final : public plan::StepPlanner
{
public:
    ServiceAccountPlanner() { reasons::add(kReasons); }
    StepId step() const override { return StepId::ServiceAccount; }

    QList<ShellCommand> reads(const plan::PlanContext& context, int round, QStringList* keys) const override
    {
        const QString upn = upnOf(context);
        if (round > 0 || upn.isEmpty())
            return {};
        // One round: whether the account exists decides nothing about what else to read (a read of
        // a missing account answers "not found", which is itself the answer).
        *keys = {QLatin1String(UserKey), QLatin1String(MailboxKey), QLatin1String(CasMailboxKey),
                 QLatin1String(ImpersonationKey), QLatin1String(OrganizationKey)};
        return {identityRead("Get-User", upn), identityRead("Get-Mailbox", upn),
                identityRead("Get-CASMailbox", upn), impersonationAssignmentsRead(upn),
                ShellCommand(QStringLiteral("Get-OrganizationConfig"))};
    }

    QList<DesiredChange> desiredChanges(const plan::PlanContext& context) const override
    {
        const QString upn = upnOf(context);
        const auto& settings = context.profile.serviceAccount;
        if (upn.isEmpty() || settings.mode != ServiceAccountMode::Create)
            return {}; // adopting changes nothing in Exchange
        const plan::ExchangeState& state = context.state;
        const bool offline = !inspected::wasRead(state, QLatin1String(UserKey));
        const bool exists = !offline && !inspected::missing(state, QLatin1String(UserKey));
        const QString localPart = upn.section(QLatin1Char('@'), 0, 0);
        const QString name = localPart.left(64);
        const QString displayName =
            settings.displayName.trimmed().isEmpty() ? name : settings.displayName.trimmed();

        QList<DesiredChange> changes;
        DesiredChange account;
        account.key = QStringLiteral("step1.account");
        account.step = StepId::ServiceAccount;
        account.operation = plan::Operation::Create;
        account.target = upn;
        account.summary = QCoreApplication::translate("otj::ServiceAccountStep",
                                                      "Create the service account %1 with a mailbox")
                              .arg(upn);
        account.read = identityRead("Get-User", upn);
        account.stateKey = QLatin1String(UserKey);
        account.write = ShellCommand(QStringLiteral("New-Mailbox"))
                            .set(QStringLiteral("Name"), name)
                            .set(QStringLiteral("DisplayName"), displayName)
                            .set(QStringLiteral("Alias"), inspected::exchangeAlias(localPart))
                            .set(QStringLiteral("UserPrincipalName"), upn)
                            .set(QStringLiteral("ResetPasswordOnNextLogon"), false);
        if (!settings.organizationalUnit.trimmed().isEmpty())
            account.write.set(QStringLiteral("OrganizationalUnit"), settings.organizationalUnit.trimmed());
        account.secretParameter = QStringLiteral("Password");
        account.reinspectAfter = true; // the hidden flag (its mailbox) and step 2's assignment need it
        account.expectations << Expectation{
            QStringLiteral("UserPrincipalName"), {}, upn, Match::EqualIgnoringCase, {}};
        if (!exists) // an existing account is used as it is: only its identity is compared
            account.expectations
                << Expectation{QStringLiteral("Name"), {}, name, Match::EqualIgnoringCase, {}}
                << Expectation{QStringLiteral("DisplayName"), {}, displayName, Match::Equal, {}};
        changes << account;

        // An account this tool creates is hidden from the address lists: nobody should pick it as a
        // meeting attendee or send it mail, which is what admins do by hand for service accounts.
        // An adopted account is left as its owner set it. A mailbox-less account has nothing to hide.
        const bool hasMailbox = offline || !exists || !inspected::missing(state, QLatin1String(MailboxKey));
        if (hasMailbox) {
            DesiredChange hidden;
            hidden.key = QStringLiteral("step1.account-hidden");
            hidden.step = StepId::ServiceAccount;
            hidden.operation = plan::Operation::Update;
            hidden.target = upn;
            hidden.summary =
                QCoreApplication::translate("otj::plan", "Hide %1 from the address lists").arg(upn);
            hidden.read = identityRead("Get-Mailbox", upn);
            hidden.stateKey = QLatin1String(MailboxKey);
            hidden.write = ShellCommand(QStringLiteral("Set-Mailbox"))
                               .set(QStringLiteral("Identity"), upn)
                               .set(QStringLiteral("HiddenFromAddressListsEnabled"), true);
            hidden.fixedParameters = {QStringLiteral("Identity")};
            hidden.expectations << Expectation{
                QStringLiteral("HiddenFromAddressListsEnabled"), {}, true, Match::Equal, {}};
            changes << hidden;
        }
        return changes;
    }

    QList<PlanNote> notes(const plan::PlanContext& context) const override
    {
        const QString upn = upnOf(context);
        if (upn.isEmpty())
            return {PlanNote{QLatin1String(AccountCheck), {}, {CheckStatus::Failed, "step1.no-account"}}};
        const plan::ExchangeState& state = context.state;
        if (!inspected::wasRead(state, QLatin1String(UserKey)) ||
            inspected::failed(state, QLatin1String(UserKey)))
            return {}; // offline, or the read failed (the plan's problems say why)
        const bool create = context.profile.serviceAccount.mode == ServiceAccountMode::Create;
        const std::optional<QJsonObject> user = inspected::first(state, QLatin1String(UserKey));
        QList<PlanNote> notes;
        if (!user) {
            if (!create)
                notes << PlanNote{
                    QLatin1String(AccountCheck), {}, {CheckStatus::Failed, "step1.adopt-missing", {upn}}};
            else
                notes << PlanNote{QLatin1String(PasswordCheck),
                                  {},
                                  {CheckStatus::Warning, "step1.password-will-expire", {upn}}};
            notes << ewsAccessNotes(upn, state); // the organisation's settings will apply to it
            return notes;
        }
        const QString uac = user->value(QLatin1String("UserAccountControl")).toString();
        if (uac.contains(QLatin1String("AccountDisabled")))
            notes << PlanNote{
                QLatin1String(AccountCheck), {}, {CheckStatus::Failed, "step1.account-disabled", {upn, uac}}};
        if (!uac.contains(QLatin1String("DoNotExpirePassword")))
            notes << PlanNote{QLatin1String(PasswordCheck),
                              {},
                              {CheckStatus::Warning, "step1.password-expires", {upn, uac}}};
        notes << ewsAccessNotes(upn, state);
        QStringList others;
        const QString ours = context.profile.impersonation.roleAssignmentName;
        for (const QJsonObject& a : regularAssignments(state)) {
            const QString name = a.value(QLatin1String("Name")).toString();
            if (name.compare(ours, Qt::CaseInsensitive) != 0)
                others << name;
        }
        if (!others.isEmpty())
            notes << PlanNote{QLatin1String(DedicatedCheck),
                              {},
                              {CheckStatus::Warning,
                               "step1.other-impersonation",
                               {upn, others.join(QStringLiteral(", "))}}};
        return notes;
    }
};

} // namespace

ShellCommand impersonationAssignmentsRead(const QString& upn)
{
    return ShellCommand(QStringLiteral("Get-ManagementRoleAssignment"))
        .set(QStringLiteral("Role"), kImpersonationRole)
        .set(QStringLiteral("RoleAssignee"), upn);
}

QList<QJsonObject> regularAssignments(const plan::ExchangeState& state)
{
    QList<QJsonObject> out;
    for (const QJsonObject& a : state.objects.value(QLatin1String(ImpersonationKey))) {
        const QString delegation = a.value(QLatin1String("RoleAssignmentDelegationType")).toString();
        if (delegation.isEmpty() || delegation == QLatin1String("Regular"))
            out << a;
    }
    return out;
}

bool isUnscoped(const QJsonObject& assignment)
{
    const QJsonValue enabled = assignment.value(QLatin1String("Enabled"));
    return (!enabled.isBool() || enabled.toBool()) &&
           assignment.value(QLatin1String("CustomRecipientWriteScope")).toString().isEmpty() &&
           assignment.value(QLatin1String("RecipientWriteScope")).toString() != QLatin1String("MyGAL") &&
           assignment.value(QLatin1String("RecipientWriteScope")).toString() != QLatin1String("Self");
}

std::optional<PlanNote> conflictsWithPexipConnector(const plan::PlanContext& context,
                                                    const QStringList& connectorUsernames)
{
    const QString upn = upnOf(context);
    QStringList names{upn};
    if (const std::optional<QJsonObject> user = inspected::first(context.state, QLatin1String(UserKey))) {
        names << user->value(QLatin1String("UserPrincipalName")).toString()
              << user->value(QLatin1String("SamAccountName")).toString()
              << user->value(QLatin1String("WindowsEmailAddress")).toString();
    }
    names.removeAll(QString());
    for (const QString& username : connectorUsernames) {
        // DOMAIN\sam: the NetBIOS domain is not known here; the sAMAccountName must match.
        const QString bare =
            username.contains(QLatin1Char('\\')) ? username.section(QLatin1Char('\\'), -1) : username;
        for (const QString& n : std::as_const(names))
            if (n.compare(bare.trimmed(), Qt::CaseInsensitive) == 0)
                return PlanNote{QLatin1String(DedicatedCheck),
                                {},
                                {CheckStatus::Failed, "step1.vmr-account", {upn, username}}};
    }
    return std::nullopt;
}

std::span<const ReasonText> reasonTexts()
{
    return kReasons;
}

} // namespace otj::serviceaccount

namespace otj {
std::unique_ptr<plan::StepPlanner> makeServiceAccountPlanner()
{
    return std::make_unique<serviceaccount::ServiceAccountPlanner>();
}
} // namespace otj
