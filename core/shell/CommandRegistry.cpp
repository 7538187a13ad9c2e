#include "core/shell/CommandRegistry.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace otj::shell {
namespace {

using T = ParameterType;

// Role names as Exchange Server 2016/2019/SE define them; for a read the role with the narrowest
// rights that still provides the cmdlet.
const QString kViewOnlyRecipients = QStringLiteral("View-Only Recipients");
const QString kMailRecipients = QStringLiteral("Mail Recipients");
const QString kMailRecipientCreation = QStringLiteral("Mail Recipient Creation");
const QString kDistributionGroups = QStringLiteral("Distribution Groups");
const QString kRoleManagement = QStringLiteral("Role Management");
const QString kViewOnlyConfiguration = QStringLiteral("View-Only Configuration");
const QString kVirtualDirectories = QStringLiteral("Exchange Virtual Directories");
const QString kOrganizationConfiguration = QStringLiteral("Organization Configuration");

CommandSpec spec(const char* name, const QString& role, bool dc, std::initializer_list<ParameterSpec> params)
{
    return CommandSpec{QString::fromLatin1(name), role, dc, QList<ParameterSpec>(params)};
}

ParameterSpec p(const char* name, ParameterType type)
{
    return ParameterSpec{QString::fromLatin1(name), type};
}

QList<CommandSpec> buildRegistry()
{
    const ParameterSpec identity = p("Identity", T::Object);
    const ParameterSpec resultSize = p("ResultSize", T::Object);
    const ParameterSpec filter = p("Filter", T::String);
    const ParameterSpec confirm = p("Confirm", T::Switch);
    const ParameterSpec force = p("Force", T::Switch);
    const ParameterSpec bypass = p("BypassSecurityGroupManagerCheck", T::Switch);
    const ParameterSpec server = p("Server", T::Object);
    const ParameterSpec adOnly = p("ADPropertiesOnly", T::Switch);
    const ParameterSpec showMailboxVdirs = p("ShowMailboxVirtualDirectories", T::Switch);

    QList<CommandSpec> r = {
        // Recipients
        spec("Get-Mailbox", kViewOnlyRecipients, true,
             {identity, resultSize, filter, p("RecipientTypeDetails", T::StringList), p("Anr", T::String),
              p("OrganizationalUnit", T::Object)}),
        spec("Get-RemoteMailbox", kViewOnlyRecipients, true,
             {identity, resultSize, filter, p("OnPremisesOrganizationalUnit", T::Object)}),
        spec("Get-Recipient", kViewOnlyRecipients, true,
             {identity, resultSize, filter, p("RecipientTypeDetails", T::StringList),
              p("RecipientType", T::StringList), p("Anr", T::String)}),
        spec("Get-User", kViewOnlyRecipients, true,
             {identity, resultSize, filter, p("RecipientTypeDetails", T::StringList),
              p("OrganizationalUnit", T::Object)}),
        spec(
            "Set-User", kMailRecipients, true,
            {identity, p("AuthenticationPolicy", T::Object), p("RemotePowerShellEnabled", T::Bool), confirm}),
        spec("New-Mailbox", kMailRecipientCreation, true,
             {p("Name", T::String), p("Alias", T::String), p("DisplayName", T::String),
              p("FirstName", T::String), p("LastName", T::String), p("UserPrincipalName", T::String),
              p("SamAccountName", T::String), p("Password", T::SecureString),
              p("OrganizationalUnit", T::Object), p("Database", T::Object),
              p("ResetPasswordOnNextLogon", T::Bool), p("Room", T::Switch),
              p("PrimarySmtpAddress", T::String)}),
        spec("Set-Mailbox", kMailRecipients, true,
             {identity, p("Password", T::SecureString), p("ResetPasswordOnNextLogon", T::Bool),
              p("HiddenFromAddressListsEnabled", T::Bool), p("ResourceCapacity", T::Int),
              p("Type", T::String), confirm, force}),
        spec("Get-CASMailbox", kViewOnlyRecipients, true, {identity, resultSize, filter}),
        spec("Get-CalendarProcessing", kViewOnlyRecipients, true, {identity}),
        spec("Set-CalendarProcessing", kMailRecipients, true,
             {identity, p("AutomateProcessing", T::String), p("DeleteComments", T::Bool),
              p("DeleteSubject", T::Bool), p("AddOrganizerToSubject", T::Bool),
              p("RemovePrivateProperty", T::Bool), p("ProcessExternalMeetingMessages", T::Bool),
              p("DeleteAttachments", T::Bool), p("DeleteNonCalendarItems", T::Bool),
              p("AllowConflicts", T::Bool), p("AllowRecurringMeetings", T::Bool),
              p("BookingWindowInDays", T::Int), p("MaximumDurationInMinutes", T::Int),
              p("ResourceDelegates", T::Object), p("AllBookInPolicy", T::Bool),
              p("AllRequestInPolicy", T::Bool), p("ScheduleOnlyDuringWorkHours", T::Bool),
              p("ForwardRequestsToDelegates", T::Bool), confirm}),
        // Distribution groups
        spec("Get-DistributionGroup", kViewOnlyRecipients, true,
             {identity, resultSize, filter, p("Anr", T::String)}),
        spec("New-DistributionGroup", kDistributionGroups, true,
             {p("Name", T::String), p("Alias", T::String), p("DisplayName", T::String), p("Type", T::String),
              p("OrganizationalUnit", T::Object), p("Members", T::StringList), p("ManagedBy", T::StringList),
              p("PrimarySmtpAddress", T::String), p("Notes", T::String),
              p("MemberJoinRestriction", T::String), p("MemberDepartRestriction", T::String),
              p("CopyOwnerToMember", T::Switch)}),
        spec("Set-DistributionGroup", kDistributionGroups, true,
             {identity, p("ManagedBy", T::Object), p("DisplayName", T::String),
              p("HiddenFromAddressListsEnabled", T::Bool), p("MemberJoinRestriction", T::String),
              p("MemberDepartRestriction", T::String), bypass, confirm}),
        spec("Remove-DistributionGroup", kDistributionGroups, true, {identity, bypass, confirm}),
        spec("Get-DistributionGroupMember", kViewOnlyRecipients, true, {identity, resultSize}),
        spec("Add-DistributionGroupMember", kDistributionGroups, true,
             {identity, p("Member", T::Object), bypass, confirm}),
        spec("Remove-DistributionGroupMember", kDistributionGroups, true,
             {identity, p("Member", T::Object), bypass, confirm}),
        spec("Update-DistributionGroupMember", kDistributionGroups, true,
             {identity, p("Members", T::StringList), bypass, confirm}),
        // RBAC
        spec("Get-ManagementScope", kRoleManagement, true, {identity, p("Orphan", T::Switch)}),
        spec("New-ManagementScope", kRoleManagement, true,
             {p("Name", T::String), p("RecipientRestrictionFilter", T::String), p("RecipientRoot", T::Object),
              p("Exclusive", T::Switch), force}),
        spec("Set-ManagementScope", kRoleManagement, true,
             {identity, p("Name", T::String), p("RecipientRestrictionFilter", T::String),
              p("RecipientRoot", T::Object), force, confirm}),
        spec("Remove-ManagementScope", kRoleManagement, true, {identity, force, confirm}),
        spec("Get-ManagementRoleAssignment", kRoleManagement, true,
             {identity, p("Role", T::Object), p("RoleAssignee", T::Object),
              p("AssignmentMethod", T::StringList), p("GetEffectiveUsers", T::Switch),
              p("WritableRecipient", T::Object), p("CustomRecipientWriteScope", T::Object),
              p("Enabled", T::Bool), p("Delegating", T::Bool)}),
        spec("New-ManagementRoleAssignment", kRoleManagement, true,
             {p("Name", T::String), p("Role", T::Object), p("User", T::Object), p("SecurityGroup", T::Object),
              p("CustomRecipientWriteScope", T::Object), p("RecipientRelativeWriteScope", T::String),
              p("Delegating", T::Switch), force}),
        spec("Set-ManagementRoleAssignment", kRoleManagement, true,
             {identity, p("CustomRecipientWriteScope", T::Object),
              p("RecipientRelativeWriteScope", T::String), p("Enabled", T::Bool), force, confirm}),
        spec("Remove-ManagementRoleAssignment", kRoleManagement, true, {identity, force, confirm}),
        // Virtual directories
        spec("Get-WebServicesVirtualDirectory", kViewOnlyConfiguration, true,
             {identity, server, adOnly, showMailboxVdirs}),
        spec("Set-WebServicesVirtualDirectory", kVirtualDirectories, true,
             {identity, p("BasicAuthentication", T::Bool), p("WindowsAuthentication", T::Bool),
              p("OAuthAuthentication", T::Bool), p("WSSecurityAuthentication", T::Bool),
              p("DigestAuthentication", T::Bool), p("InternalUrl", T::String), p("ExternalUrl", T::String),
              force, confirm}),
        spec("Get-AutodiscoverVirtualDirectory", kViewOnlyConfiguration, true,
             {identity, server, adOnly, showMailboxVdirs}),
        // Authentication policies (Exchange 2019 CU2+ and SE): no -DomainController.
        spec("Get-AuthenticationPolicy", kViewOnlyConfiguration, false, {identity}),
        spec("New-AuthenticationPolicy", kOrganizationConfiguration, false,
             {p("Name", T::String), p("BlockLegacyAuthWebServices", T::Switch),
              p("BlockLegacyAuthAutodiscover", T::Switch), p("BlockModernAuthWebServices", T::Switch),
              p("BlockModernAuthAutodiscover", T::Switch), confirm}),
        // Organisation and servers
        spec("Get-OrganizationConfig", kViewOnlyConfiguration, true, {}),
        spec("Get-ThrottlingPolicy", kViewOnlyConfiguration, true, {identity, p("Explicit", T::Switch)}),
        spec("Get-ThrottlingPolicyAssociation", kViewOnlyConfiguration, true,
             {identity, resultSize, p("ThrottlingPolicy", T::Object)}),
        spec("Get-ExchangeServer", kViewOnlyConfiguration, true, {identity, p("Status", T::Switch)}),
        // Session settings: no -DomainController.
        spec("Get-ADServerSettings", kViewOnlyRecipients, false, {}),
        spec("Set-ADServerSettings", kViewOnlyRecipients, false,
             {p("ViewEntireForest", T::Bool), p("PreferredServer", T::String),
              p("RecipientViewRoot", T::String)}),
    };
    std::sort(r.begin(), r.end(), [](const CommandSpec& a, const CommandSpec& b) { return a.name < b.name; });
    return r;
}

bool valueFits(const ShellValue& v, ParameterType type)
{
    using K = ShellValue::Kind;
    switch (type) {
    case T::String:
        return v.kind() == K::String || v.isNull();
    case T::Bool:
    case T::Switch:
        return v.kind() == K::Bool;
    case T::Int:
        return v.kind() == K::Integer;
    case T::Object:
        return v.kind() == K::String || v.kind() == K::Integer || v.kind() == K::List ||
               v.kind() == K::Table || v.isNull();
    case T::StringList:
        return v.kind() == K::String || v.isStringList() || v.isNull();
    case T::Hashtable:
        return v.kind() == K::Table;
    case T::SecureString:
        return v.kind() == K::SecureString;
    }
    return false;
}

QString typeName(ParameterType type)
{
    switch (type) {
    case T::String:
        return QStringLiteral("[string]");
    case T::Bool:
        return QStringLiteral("[bool]");
    case T::Switch:
        return QStringLiteral("[switch]");
    case T::Int:
        return QStringLiteral("[int]");
    case T::Object:
        return QStringLiteral("[object]");
    case T::StringList:
        return QStringLiteral("[string[]]");
    case T::Hashtable:
        return QStringLiteral("[hashtable]");
    case T::SecureString:
        return QStringLiteral("[securestring]");
    }
    return {};
}

} // namespace

std::optional<ParameterType> CommandSpec::parameterType(const QString& parameter) const
{
    if (takesDomainController &&
        parameter.compare(QLatin1String("DomainController"), Qt::CaseInsensitive) == 0)
        return ParameterType::String;
    for (const ParameterSpec& s : parameters)
        if (s.name.compare(parameter, Qt::CaseInsensitive) == 0)
            return s.type;
    return std::nullopt;
}

const QList<CommandSpec>& CommandRegistry::commands()
{
    static const QList<CommandSpec> registry = buildRegistry();
    return registry;
}

const CommandSpec* CommandRegistry::find(const QString& name)
{
    for (const CommandSpec& s : commands())
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

QStringList CommandRegistry::names()
{
    QStringList n;
    for (const CommandSpec& s : commands())
        n << s.name;
    std::sort(n.begin(), n.end());
    return n;
}

bool CommandRegistry::isPlainCommandName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]+-[A-Za-z]+$"));
    return re.match(name).hasMatch();
}

bool CommandRegistry::isPlainParameterName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    return re.match(name).hasMatch();
}

QString CommandRegistry::check(const ShellCommand& command)
{
    if (!isPlainCommandName(command.name))
        return tr("'%1' is not a cmdlet name; the tool sends cmdlets with typed parameters, never script "
                  "text.")
            .arg(command.name);
    const CommandSpec* s = find(command.name);
    if (!s)
        return tr("%1 is not in the tool's list of Exchange commands.").arg(command.name);
    for (const QString& property : command.select)
        if (!isPlainParameterName(property))
            return tr("'%1' is not a property name.").arg(property);
    for (auto it = command.parameters.cbegin(); it != command.parameters.cend(); ++it) {
        if (!isPlainParameterName(it.key()))
            return tr("'%1' is not a parameter name.").arg(it.key());
        const std::optional<ParameterType> type = s->parameterType(it.key());
        if (!type)
            return tr("%1 has no parameter -%2 in the tool's list.").arg(s->name, it.key());
        if (!valueFits(it.value(), *type))
            return tr("-%1 of %2 takes a %3 value, not %4.")
                .arg(it.key(), s->name, typeName(*type), it.value().display());
    }
    return {};
}

} // namespace otj::shell
