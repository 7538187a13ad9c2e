// Exchange 2019's cmdlets over the lab's org model (LabCmdlets.h). Texts and defaults are Exchange's
// where Microsoft documents them; README.md ("The lab's Exchange shell") says which are guessed.
#include "powershell/LabCmdlets.h"

#include "org/Opath.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace otjlab {

namespace {

const QStringList kCommonParameters{
    QStringLiteral("Verbose"),           QStringLiteral("Debug"),
    QStringLiteral("ErrorAction"),       QStringLiteral("WarningAction"),
    QStringLiteral("InformationAction"), QStringLiteral("ErrorVariable"),
    QStringLiteral("WarningVariable"),   QStringLiteral("InformationVariable"),
    QStringLiteral("OutVariable"),       QStringLiteral("OutBuffer"),
    QStringLiteral("PipelineVariable"),  QStringLiteral("ProgressAction")};

const QStringList kRecipientTypeDetails{QStringLiteral("None"),
                                        QStringLiteral("UserMailbox"),
                                        QStringLiteral("LinkedMailbox"),
                                        QStringLiteral("SharedMailbox"),
                                        QStringLiteral("LegacyMailbox"),
                                        QStringLiteral("RoomMailbox"),
                                        QStringLiteral("EquipmentMailbox"),
                                        QStringLiteral("MailContact"),
                                        QStringLiteral("MailUser"),
                                        QStringLiteral("MailUniversalDistributionGroup"),
                                        QStringLiteral("MailNonUniversalGroup"),
                                        QStringLiteral("MailUniversalSecurityGroup"),
                                        QStringLiteral("DynamicDistributionGroup"),
                                        QStringLiteral("PublicFolder"),
                                        QStringLiteral("SystemAttendantMailbox"),
                                        QStringLiteral("SystemMailbox"),
                                        QStringLiteral("MailForestContact"),
                                        QStringLiteral("User"),
                                        QStringLiteral("Contact"),
                                        QStringLiteral("UniversalDistributionGroup"),
                                        QStringLiteral("UniversalSecurityGroup"),
                                        QStringLiteral("NonUniversalGroup"),
                                        QStringLiteral("DisabledUser"),
                                        QStringLiteral("MicrosoftExchange"),
                                        QStringLiteral("ArbitrationMailbox"),
                                        QStringLiteral("MailboxPlan"),
                                        QStringLiteral("LinkedUser"),
                                        QStringLiteral("RoomList"),
                                        QStringLiteral("DiscoveryMailbox"),
                                        QStringLiteral("RoleGroup"),
                                        QStringLiteral("RemoteUserMailbox"),
                                        QStringLiteral("Computer"),
                                        QStringLiteral("RemoteRoomMailbox"),
                                        QStringLiteral("RemoteEquipmentMailbox"),
                                        QStringLiteral("RemoteSharedMailbox"),
                                        QStringLiteral("PublicFolderMailbox"),
                                        QStringLiteral("TeamMailbox"),
                                        QStringLiteral("RemoteTeamMailbox"),
                                        QStringLiteral("MonitoringMailbox"),
                                        QStringLiteral("GroupMailbox"),
                                        QStringLiteral("LinkedRoomMailbox"),
                                        QStringLiteral("AuditLogMailbox"),
                                        QStringLiteral("RemoteGroupMailbox"),
                                        QStringLiteral("SchedulingMailbox"),
                                        QStringLiteral("GuestMailUser"),
                                        QStringLiteral("AuxAuditLogMailbox"),
                                        QStringLiteral("SupervisoryReviewPolicyMailbox")};

const QStringList kAuthProtocols{
    QStringLiteral("ActiveSync"), QStringLiteral("Autodiscover"),       QStringLiteral("Imap"),
    QStringLiteral("Mapi"),       QStringLiteral("OfflineAddressBook"), QStringLiteral("Pop"),
    QStringLiteral("Rpc"),        QStringLiteral("WebServices")};

const QString kImpersonation = QStringLiteral("ApplicationImpersonation");
const QString kOrgManagement = QStringLiteral("Organization Management");

QString text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto& e : v.toArray())
            parts << text(e);
        return parts.join(QLatin1Char(' '));
    }
    case QJsonValue::Object:
        return QStringLiteral("System.Collections.Hashtable");
    default:
        return {};
    }
}

QStringList textList(const QJsonValue& v)
{
    QStringList out;
    if (v.isArray()) {
        for (const auto& e : v.toArray())
            out << text(e);
    } else if (!v.isNull() && !v.isUndefined()) {
        out << text(v);
    }
    return out;
}

QString uuid(const QString& key)
{
    static const QUuid ns(QStringLiteral("{6f1c9a52-3e0b-4b8e-9d67-0c1f5e7a2b10}"));
    return QUuid::createUuidV5(ns, key.toLower()).toString(QUuid::WithoutBraces);
}

QString dcPath(const QString& domain)
{
    QStringList parts;
    for (const QString& p : domain.split(QLatin1Char('.')))
        parts << QStringLiteral("DC=") + p;
    return parts.join(QLatin1Char(','));
}

// contoso.lab/Rooms/HQ Room 01 from CN=HQ Room 01,OU=Rooms,DC=contoso,DC=lab (ADObjectId.ToString()).
QString canonicalName(const QString& dn)
{
    QList<QPair<QString, QString>> parts;
    if (!parseDn(dn, &parts))
        return dn;
    QStringList domain, path;
    for (const auto& p : parts) {
        if (p.first.compare(QLatin1String("DC"), Qt::CaseInsensitive) == 0)
            domain << p.second;
        else
            path.prepend(p.second);
    }
    return (QStringList{domain.join(QLatin1Char('.'))} + path).join(QLatin1Char('/'));
}

QString organizationalUnit(const QString& dn)
{
    const QString cn = canonicalName(dn);
    return cn.section(QLatin1Char('/'), 0, -2);
}

QJsonValue nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString aliasFromName(const QString& name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber() || QStringLiteral("!#$%&'*+-/=?^_`{|}~.").contains(c))
            out += c;
    return out;
}

} // namespace

// --- errors -------------------------------------------------------------------------------------

QJsonObject CmdletError::toJson() const
{
    return {{QStringLiteral("message"), message},
            {QStringLiteral("category"), category},
            {QStringLiteral("fullyQualifiedErrorId"), fullyQualifiedErrorId},
            {QStringLiteral("exceptionType"), exceptionType},
            {QStringLiteral("targetObject"), targetObject.isUndefined() ? QJsonValue() : targetObject}};
}

CmdletError CmdletError::fromJson(const QJsonObject& o)
{
    return {o.value(QLatin1String("message")).toString(), o.value(QLatin1String("category")).toString(),
            o.value(QLatin1String("fullyQualifiedErrorId")).toString(),
            o.value(QLatin1String("exceptionType")).toString(), o.value(QLatin1String("targetObject"))};
}

QJsonObject CmdletResult::toJson() const
{
    QJsonArray errs;
    for (const auto& e : errors)
        errs.append(e.toJson());
    return {{QStringLiteral("objects"), objects},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("errors"), errs}};
}

CmdletError LabCmdlets::noLanguage(const QString&)
{
    return {
        QStringLiteral("The syntax is not supported by this runspace. This can occur if the runspace is in "
                       "no-language mode."),
        QStringLiteral("ParserError"), QStringLiteral("ScriptsNotAllowed"),
        QStringLiteral("System.Management.Automation.ParseException"), QJsonValue()};
}

CmdletError LabCmdlets::commandNotFound(const QString& name)
{
    // One fixed text (Windows PowerShell 5.1's wording) whatever PowerShell the bridge runs in
    // (core/shell/README.md).
    return {
        QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, script file, or "
                       "operable program. Check the spelling of the name, or if a path was included, verify "
                       "that the path is correct and try again.")
            .arg(name),
        QStringLiteral("ObjectNotFound"), QStringLiteral("CommandNotFoundException"),
        QStringLiteral("System.Management.Automation.CommandNotFoundException"), name};
}

CmdletError LabCmdlets::accessDenied(const QString& server)
{
    return {
        QStringLiteral("Connecting to remote server %1 failed with the following error message : Access is "
                       "denied. For more information, see the about_Remote_Troubleshooting Help topic.")
            .arg(server),
        QStringLiteral("OpenError"), QStringLiteral("AccessDenied,PSSessionOpenFailed"),
        QStringLiteral("System.Management.Automation.Remoting.PSRemotingTransportException"), QJsonValue()};
}

bool LabCmdlets::isPlainCommandName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]+-[A-Za-z]+$"));
    return re.match(name).hasMatch();
}

bool LabCmdlets::isPlainParameterName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    return re.match(name).hasMatch();
}

LabCmdlets::LabCmdlets(LabOrg& org)
    : m_org(org)
{}

QString LabCmdlets::domainController() const
{
    return QStringLiteral("DC01.") + m_org.domain;
}

QStringList LabCmdlets::sessionCommands(const Recipient& caller) const
{
    return CmdletTable::instance().commandsFor(caller.roleGroups);
}

// --- one call -----------------------------------------------------------------------------------

struct LabCmdlets::Call
{
    LabCmdlets& shell;
    LabOrg& org;
    const CmdletSpec& spec;
    const ShellContext& ctx;
    QHash<QString, QJsonValue> p; // bound parameters, canonical names
    CmdletResult res;

    bool has(const char* n) const { return p.contains(QLatin1String(n)); }
    QJsonValue v(const char* n) const { return p.value(QLatin1String(n)); }
    QString s(const char* n) const { return text(v(n)); }
    bool on(const char* n) const { return v(n).toBool(); }
    const Recipient& caller() const { return *ctx.caller; }
    QString dc() const
    {
        if (has("DomainController") && !s("DomainController").isEmpty())
            return s("DomainController");
        const QJsonObject settings = shell.m_adServerSettings.value(caller().smtp);
        const QString preferred =
            settings.value(QLatin1String("UserPreferredDomainControllers")).toArray().first().toString();
        return preferred.isEmpty() ? shell.domainController() : preferred;
    }
    // An error of the Exchange task, as implicit remoting hands it over.
    void fail(const QString& exception, const QString& message, const QJsonValue& target = QJsonValue())
    {
        const QByteArray code =
            QCryptographicHash::hash((spec.className + exception).toUtf8(), QCryptographicHash::Sha1)
                .left(4)
                .toHex()
                .toUpper();
        const QString server = org.servers.isEmpty() ? QStringLiteral("MBX01") : org.servers.first().name;
        const QString fqid =
            QStringLiteral("[Server=%1,RequestId=%2,TimeStamp=%3] [FailureCategory=Cmdlet-%4] %5,%6")
                .arg(server, uuid(spec.name + message),
                     QLocale::c().toString(ctx.now.toUTC(), QStringLiteral("M/d/yyyy h:mm:ss AP")), exception,
                     QString::fromLatin1(code), spec.className);
        res.errors.append({message, QStringLiteral("NotSpecified"), fqid,
                           QStringLiteral("System.Management.Automation.RemoteException"), target});
    }
    // A parameter-binding error (PowerShell's binder: in the proxy function, or Exchange's own).
    void bindingError(const QString& id, const QString& category, const QString& exception,
                      const QString& message, const QJsonValue& target = QJsonValue())
    {
        res.errors.append({message, category, id + QLatin1Char(',') + spec.name,
                           QStringLiteral("System.Management.Automation.") + exception, target});
    }
    void notFound(const QString& id)
    {
        fail(QStringLiteral("ManagementObjectNotFoundException"),
             QStringLiteral(
                 "The operation couldn't be performed because object '%1' couldn't be found on '%2'.")
                 .arg(id, dc()),
             id);
    }
    void memberNotFound(const QString& id)
    {
        fail(QStringLiteral("ManagementObjectNotFoundException"),
             QStringLiteral(
                 "Couldn't find object \"%1\". Please make sure that it was spelled correctly or specify "
                 "a different object.")
                 .arg(id),
             id);
    }
    void alreadyExists(const QString& dn)
    {
        fail(QStringLiteral("ADObjectAlreadyExistsException"),
             QStringLiteral("Active Directory operation failed on %1. The object '%2' already exists.")
                 .arg(dc(), dn));
    }
    void notModelled(const QString& what)
    {
        res.errors.append({QStringLiteral("otj-lab: %1 is not modelled by the lab.").arg(what),
                           QStringLiteral("NotImplemented"),
                           QStringLiteral("OtjLab.NotModelled,") + spec.name,
                           QStringLiteral("System.Management.Automation.RemoteException"), QJsonValue()});
    }
    // Parameters a handler does not implement are refused rather than silently ignored.
    bool onlyModelled(const QStringList& modelled)
    {
        static const QStringList harmless{QStringLiteral("DomainController"), QStringLiteral("Confirm"),
                                          QStringLiteral("Force"), QStringLiteral("IgnoreDefaultScope"),
                                          QStringLiteral("ReadFromDomainController")};
        for (auto it = p.begin(); it != p.end(); ++it)
            if (!modelled.contains(it.key()) && !harmless.contains(it.key()) &&
                it.key() != QLatin1String("WhatIf")) {
                notModelled(QStringLiteral("%1 -%2").arg(spec.name, it.key()));
                return false;
            }
        return true;
    }
    void noChange(const QString& identity)
    {
        res.warnings << QStringLiteral("The command completed successfully but no settings of '%1' have been "
                                       "modified.")
                            .arg(identity);
    }
    bool whatIf() const { return on("WhatIf"); }
    void out(const QJsonObject& o) { res.objects.append(o); }
    void changed() { res.orgChanged = true; }
};

namespace {

using Call = LabCmdlets::Call;

// --- object shapes --------------------------------------------------------------------------------

QString legacyDn(const LabOrg& org, const Recipient& r)
{
    return QStringLiteral("/o=%1/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=%2-%3")
        .arg(org.organizationName, uuid(r.smtp).remove(QLatin1Char('-')).left(32), r.sam);
}

QString recipientType(const Recipient& r)
{
    if (r.isRemote())
        return QStringLiteral("MailUser");
    return r.hasMailbox() ? QStringLiteral("UserMailbox") : QStringLiteral("User");
}

QJsonObject recipientBase(const LabOrg& org, const Recipient& r)
{
    const QString dn = r.distinguishedName(org.domain);
    QJsonObject o{
        {QStringLiteral("Name"), r.name},
        {QStringLiteral("DisplayName"), r.name},
        {QStringLiteral("Identity"), canonicalName(dn)},
        {QStringLiteral("Guid"), uuid(r.smtp)},
        {QStringLiteral("DistinguishedName"), dn},
        {QStringLiteral("OrganizationalUnit"), organizationalUnit(dn)},
        {QStringLiteral("RecipientType"), recipientType(r)},
        {QStringLiteral("RecipientTypeDetails"), r.type},
        {QStringLiteral("SamAccountName"), r.sam},
        {QStringLiteral("UserPrincipalName"), r.smtp},
        {QStringLiteral("ExchangeVersion"), QStringLiteral("0.20 (15.0.0.0)")},
    };
    if (r.hasMailbox() || r.isRemote()) {
        o.insert(QStringLiteral("Alias"), r.sam);
        o.insert(QStringLiteral("PrimarySmtpAddress"), r.smtp);
        o.insert(QStringLiteral("EmailAddresses"), QJsonArray{QStringLiteral("SMTP:") + r.smtp});
        o.insert(QStringLiteral("HiddenFromAddressListsEnabled"), r.hiddenFromAddressLists);
    }
    return o;
}

QJsonObject mailboxObject(const LabOrg& org, const Recipient& r)
{
    QJsonObject o = recipientBase(org, r);
    const bool room = r.type == QLatin1String("RoomMailbox");
    o.insert(QStringLiteral("ResourceType"),
             r.isResource() ? QJsonValue(room ? QStringLiteral("Room") : QStringLiteral("Equipment"))
                            : QJsonValue());
    o.insert(QStringLiteral("IsResource"), r.isResource());
    o.insert(QStringLiteral("IsShared"), r.type == QLatin1String("SharedMailbox"));
    o.insert(QStringLiteral("ResourceCapacity"),
             r.resourceCapacity >= 0 ? QJsonValue(r.resourceCapacity) : QJsonValue());
    o.insert(QStringLiteral("Database"),
             r.server.isEmpty() ? QJsonValue() : QJsonValue(r.server + QStringLiteral("-DB01")));
    o.insert(QStringLiteral("ServerName"), r.server.toLower());
    o.insert(QStringLiteral("AccountDisabled"), !r.enabled);
    o.insert(QStringLiteral("IsMailboxEnabled"), true);
    o.insert(QStringLiteral("ExchangeGuid"), uuid(QStringLiteral("mailbox:") + r.smtp));
    o.insert(QStringLiteral("LegacyExchangeDN"), legacyDn(org, r));
    o.insert(QStringLiteral("ThrottlingPolicy"), QJsonValue());
    o.insert(QStringLiteral("RecipientLimits"), QStringLiteral("Unlimited"));
    return o;
}

QJsonObject remoteMailboxObject(const LabOrg& org, const Recipient& r)
{
    QJsonObject o = recipientBase(org, r);
    o.insert(QStringLiteral("RemoteRoutingAddress"), QStringLiteral("SMTP:") + r.remoteRoutingAddress);
    o.insert(QStringLiteral("OnPremisesOrganizationalUnit"),
             organizationalUnit(r.distinguishedName(org.domain)));
    o.insert(QStringLiteral("ExchangeGuid"), uuid(QStringLiteral("mailbox:") + r.smtp));
    o.insert(QStringLiteral("ResourceType"), r.type == QLatin1String("RemoteRoomMailbox")
                                                 ? QJsonValue(QStringLiteral("Room"))
                                                 : QJsonValue());
    return o;
}

QJsonObject userObject(const LabOrg& org, const Recipient& r)
{
    QJsonObject o = recipientBase(org, r);
    for (const char* k : {"Alias", "PrimarySmtpAddress", "EmailAddresses", "HiddenFromAddressListsEnabled"})
        o.remove(QLatin1String(k));
    if (!r.hasMailbox() && !r.isRemote() && !r.enabled)
        o.insert(QStringLiteral("RecipientTypeDetails"), QStringLiteral("DisabledUser"));
    QStringList uac;
    if (!r.enabled)
        uac << QStringLiteral("AccountDisabled");
    uac << QStringLiteral("NormalAccount");
    if (r.passwordNeverExpires)
        uac << QStringLiteral("DoNotExpirePassword");
    o.insert(QStringLiteral("UserAccountControl"), uac.join(QStringLiteral(", ")));
    o.insert(QStringLiteral("AuthenticationPolicy"), nullIfEmpty(r.authenticationPolicy));
    o.insert(QStringLiteral("RemotePowerShellEnabled"), true);
    o.insert(QStringLiteral("ResetPasswordOnNextLogon"), r.passwordExpired);
    o.insert(QStringLiteral("WindowsEmailAddress"), r.hasMailbox() || r.isRemote() ? r.smtp : QString());
    o.insert(QStringLiteral("IsLinked"), false);
    return o;
}

QJsonObject casMailboxObject(const LabOrg& org, const Recipient& r)
{
    const QJsonObject base = recipientBase(org, r);
    QJsonObject o;
    for (const char* k : {"Name", "DisplayName", "Identity", "Guid", "DistinguishedName",
                          "PrimarySmtpAddress", "SamAccountName", "ExchangeVersion"})
        o.insert(QLatin1String(k), base.value(QLatin1String(k)));
    for (const char* k : {"EwsEnabled", "EwsAllowOutlook", "EwsAllowMacOutlook", "EwsAllowEntourage",
                          "EwsApplicationAccessPolicy", "EwsAllowList", "EwsBlockList"})
        o.insert(QLatin1String(k), QJsonValue()); // not set: the organisation's settings apply
    for (const char* k :
         {"OWAEnabled", "ActiveSyncEnabled", "MAPIEnabled", "ImapEnabled", "PopEnabled", "ECPEnabled"})
        o.insert(QLatin1String(k), true);
    return o;
}

QString groupAlias(const DistributionGroup& g)
{
    return g.smtp.isEmpty() ? aliasFromName(g.name) : g.smtp.section(QLatin1Char('@'), 0, 0);
}

QJsonObject groupObject(const LabOrg& org, const DistributionGroup& g)
{
    const QString dn = g.distinguishedName(org.domain);
    QJsonArray managers;
    for (const auto& m : g.managedBy)
        if (const Recipient* r = org.find(m))
            managers.append(canonicalName(r->distinguishedName(org.domain)));
    return {
        {QStringLiteral("Name"), g.name},
        {QStringLiteral("DisplayName"), g.name},
        {QStringLiteral("Alias"), groupAlias(g)},
        {QStringLiteral("Identity"), canonicalName(dn)},
        {QStringLiteral("Guid"), uuid(QStringLiteral("group:") + g.name)},
        {QStringLiteral("DistinguishedName"), dn},
        {QStringLiteral("OrganizationalUnit"), organizationalUnit(dn)},
        {QStringLiteral("PrimarySmtpAddress"), g.smtp},
        {QStringLiteral("EmailAddresses"), QJsonArray{QStringLiteral("SMTP:") + g.smtp}},
        {QStringLiteral("GroupType"), QStringLiteral("Universal")},
        {QStringLiteral("RecipientType"), QStringLiteral("MailUniversalDistributionGroup")},
        {QStringLiteral("RecipientTypeDetails"), QStringLiteral("MailUniversalDistributionGroup")},
        {QStringLiteral("ManagedBy"), managers},
        {QStringLiteral("MemberJoinRestriction"), QStringLiteral("Closed")},
        {QStringLiteral("MemberDepartRestriction"), QStringLiteral("Closed")},
        {QStringLiteral("HiddenFromAddressListsEnabled"), false},
        {QStringLiteral("ExchangeVersion"), QStringLiteral("0.10 (14.0.100.0)")},
    };
}

QString configDn(const LabOrg& org, const QString& rest)
{
    return QStringLiteral("%1,CN=%2,CN=Microsoft Exchange,CN=Services,CN=Configuration,%3")
        .arg(rest, escapeDnValue(org.organizationName), dcPath(org.domain));
}

QJsonObject scopeObject(const LabOrg& org, const ManagementScope& s)
{
    return {{QStringLiteral("Name"), s.name},
            {QStringLiteral("Identity"), s.name},
            {QStringLiteral("Guid"), uuid(QStringLiteral("scope:") + s.name)},
            {QStringLiteral("DistinguishedName"),
             configDn(org, QStringLiteral("CN=%1,CN=Scopes,CN=RBAC").arg(escapeDnValue(s.name)))},
            {QStringLiteral("RecipientRoot"), QJsonValue()},
            {QStringLiteral("RecipientFilter"), s.recipientRestrictionFilter},
            {QStringLiteral("ServerFilter"), QJsonValue()},
            {QStringLiteral("DatabaseFilter"), QJsonValue()},
            {QStringLiteral("ScopeRestrictionType"), QStringLiteral("RecipientScope")},
            {QStringLiteral("Exclusive"), false}};
}

// A role assignment as Get-ManagementRoleAssignment shows it; effectiveUser set with -GetEffectiveUsers.
struct AssignmentView
{
    RoleAssignment a;
    bool delegating = false; // the Organization Management role group's delegating assignment
};

QJsonObject assignmentObject(const LabOrg& org, const AssignmentView& v, const Recipient* effectiveUser,
                             bool withEffective)
{
    const Recipient* user = v.delegating ? nullptr : org.find(v.a.user);
    const QString assignee = v.delegating ? kOrgManagement : (user ? user->name : v.a.user);
    QJsonObject o{
        {QStringLiteral("Name"), v.a.name},
        {QStringLiteral("Identity"), v.a.name},
        {QStringLiteral("Guid"), uuid(QStringLiteral("assignment:") + v.a.name)},
        {QStringLiteral("DistinguishedName"),
         configDn(org, QStringLiteral("CN=%1,CN=Role Assignments,CN=RBAC").arg(escapeDnValue(v.a.name)))},
        {QStringLiteral("Role"), v.a.role},
        {QStringLiteral("RoleAssignee"), assignee},
        {QStringLiteral("RoleAssigneeName"), assignee},
        {QStringLiteral("RoleAssigneeType"),
         v.delegating ? QStringLiteral("RoleGroup") : QStringLiteral("User")},
        {QStringLiteral("AssignmentMethod"), QStringLiteral("Direct")},
        {QStringLiteral("RoleAssignmentDelegationType"),
         v.delegating ? QStringLiteral("DelegatingOrgWide") : QStringLiteral("Regular")},
        {QStringLiteral("CustomRecipientWriteScope"), nullIfEmpty(v.a.customRecipientWriteScope)},
        {QStringLiteral("CustomConfigWriteScope"), QJsonValue()},
        {QStringLiteral("RecipientReadScope"), QStringLiteral("Organization")},
        {QStringLiteral("ConfigReadScope"), QStringLiteral("OrganizationConfig")},
        {QStringLiteral("RecipientWriteScope"), v.a.customRecipientWriteScope.isEmpty()
                                                    ? QStringLiteral("Organization")
                                                    : QStringLiteral("CustomRecipientScope")},
        {QStringLiteral("ConfigWriteScope"), QStringLiteral("OrganizationConfig")},
        {QStringLiteral("Enabled"), v.a.enabled},
        // DateTime as the bridge writes it: .ToString('o').
        {QStringLiteral("WhenCreatedUTC"),
         v.a.created.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'0000Z'"))},
    };
    if (withEffective) {
        o.insert(QStringLiteral("EffectiveUserName"), effectiveUser ? effectiveUser->name : QString());
        if (v.delegating)
            o.insert(QStringLiteral("AssignmentMethod"), QStringLiteral("SecurityGroup"));
    }
    return o;
}

QString vdirIdentity(const MailboxServer& s, const QString& app)
{
    return QStringLiteral("%1\\%2 (Default Web Site)").arg(s.name, app);
}

QString policyDn(const LabOrg& org, const QString& name)
{
    return configDn(org, QStringLiteral("CN=%1,CN=Auth Policies").arg(escapeDnValue(name)));
}

bool policyBlocks(const AuthenticationPolicy& p, const QString& switchName)
{
    if (switchName == QLatin1String("BlockLegacyAuthWebServices"))
        return p.blockLegacyAuthWebServices;
    if (switchName == QLatin1String("BlockLegacyAuthAutodiscover"))
        return p.blockLegacyAuthAutodiscover;
    return p.otherBlocks.contains(switchName);
}

void setPolicyBlock(AuthenticationPolicy& p, const QString& switchName, bool on)
{
    if (switchName == QLatin1String("BlockLegacyAuthWebServices"))
        p.blockLegacyAuthWebServices = on;
    else if (switchName == QLatin1String("BlockLegacyAuthAutodiscover"))
        p.blockLegacyAuthAutodiscover = on;
    else if (on && !p.otherBlocks.contains(switchName))
        p.otherBlocks << switchName;
    else if (!on)
        p.otherBlocks.removeAll(switchName);
}

QStringList policySwitches()
{
    QStringList out;
    for (const char* kind : {"Legacy", "Modern"})
        for (const auto& proto : kAuthProtocols)
            out << QStringLiteral("Block%1Auth%2").arg(QLatin1String(kind), proto);
    return out;
}

QJsonObject policyObject(const LabOrg& org, const AuthenticationPolicy& p)
{
    QJsonObject o{{QStringLiteral("Name"), p.name},
                  {QStringLiteral("Identity"), p.name},
                  {QStringLiteral("Guid"), uuid(QStringLiteral("policy:") + p.name)},
                  {QStringLiteral("DistinguishedName"), policyDn(org, p.name)}};
    for (const QString& sw : policySwitches())
        o.insert(sw, policyBlocks(p, sw));
    return o;
}

QString versionText(const QString& build)
{
    const QStringList parts = build.split(QLatin1Char('.'));
    return QStringLiteral("Version %1.%2 (Build %3.%4)")
        .arg(parts.value(0), parts.value(1), parts.value(2), parts.value(3));
}

// The settings of Get-CalendarProcessing that the lab does not model change nothing in it, but they
// are shown and can be set (CalendarProcessing::extra).
const QHash<QString, QJsonValue>& calendarExtraDefaults()
{
    static const QHash<QString, QJsonValue> d{
        {QStringLiteral("AddAdditionalResponse"), false},
        {QStringLiteral("AddNewRequestsTentatively"), true},
        {QStringLiteral("AdditionalResponse"), QJsonValue()},
        {QStringLiteral("AllRequestOutOfPolicy"), false},
        {QStringLiteral("AllowRecurringMeetings"), true},
        {QStringLiteral("ConflictPercentageAllowed"), 0},
        {QStringLiteral("DeleteAttachments"), true},
        {QStringLiteral("DeleteNonCalendarItems"), true},
        {QStringLiteral("EnableResponseDetails"), true},
        {QStringLiteral("EnforceSchedulingHorizon"), true},
        {QStringLiteral("ForwardRequestsToDelegates"), true},
        {QStringLiteral("MaximumConflictInstances"), 0},
        {QStringLiteral("OrganizerInfo"), true},
        {QStringLiteral("RemoveForwardedMeetingNotifications"), false},
        {QStringLiteral("RemoveOldMeetingMessages"), true},
        {QStringLiteral("RequestInPolicy"), QJsonArray()},
        {QStringLiteral("RequestOutOfPolicy"), QJsonArray()},
        {QStringLiteral("ScheduleOnlyDuringWorkHours"), false},
        {QStringLiteral("TentativePendingApproval"), true},
    };
    return d;
}

QJsonObject calendarProcessingObject(const LabOrg& org, const Recipient& r)
{
    const CalendarProcessing& c = r.calendarProcessing;
    const QString identity = canonicalName(r.distinguishedName(org.domain));
    auto legacy = [&](const QStringList& smtps) {
        QJsonArray a;
        for (const auto& x : smtps)
            if (const Recipient* m = org.find(x))
                a.append(legacyDn(org, *m));
        return a;
    };
    QJsonArray delegates;
    for (const auto& x : c.resourceDelegates)
        if (const Recipient* m = org.find(x))
            delegates.append(canonicalName(m->distinguishedName(org.domain)));
    QJsonObject o{
        {QStringLiteral("Identity"), identity},
        {QStringLiteral("MailboxOwnerId"), identity},
        {QStringLiteral("AutomateProcessing"), c.automateProcessing},
        {QStringLiteral("DeleteComments"), c.deleteComments},
        {QStringLiteral("DeleteSubject"), c.deleteSubject},
        {QStringLiteral("AddOrganizerToSubject"), c.addOrganizerToSubject},
        {QStringLiteral("RemovePrivateProperty"), c.removePrivateProperty},
        {QStringLiteral("ProcessExternalMeetingMessages"), c.processExternalMeetingMessages},
        {QStringLiteral("AllowConflicts"), c.allowConflicts},
        {QStringLiteral("AllBookInPolicy"), c.allBookInPolicy},
        {QStringLiteral("AllRequestInPolicy"), c.allRequestInPolicy},
        {QStringLiteral("BookInPolicy"), legacy(c.bookInPolicy)},
        {QStringLiteral("ResourceDelegates"), delegates},
        {QStringLiteral("BookingWindowInDays"), c.bookingWindowInDays},
        {QStringLiteral("MaximumDurationInMinutes"), c.maximumDurationInMinutes},
        {QStringLiteral("IsValid"), true},
    };
    const auto& defaults = calendarExtraDefaults();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        o.insert(it.key(), c.extra.contains(it.key()) ? c.extra.value(it.key()) : it.value());
    return o;
}

// --- binding --------------------------------------------------------------------------------------

// Typed JSON → the parameter's PowerShell type, with PowerShell's binder errors.
bool bindValue(Call& c, const CmdletParameter& param, const QJsonValue& in, QJsonValue* out)
{
    auto transformError = [&](const QString& detail) {
        c.bindingError(QStringLiteral("ParameterArgumentTransformationError"), QStringLiteral("InvalidData"),
                       QStringLiteral("ParameterBindingArgumentTransformationException"),
                       QStringLiteral("Cannot process argument transformation on parameter '%1'. %2")
                           .arg(param.name, detail));
        return false;
    };
    const QString type = param.type;
    const bool secure = in.isObject() && in.toObject().value(QLatin1String("$type")).toString() ==
                                             QLatin1String("SecureString");
    if (secure && type != QLatin1String("securestring") && type != QLatin1String("object"))
        return transformError(
            QStringLiteral("Cannot convert the value of type \"System.Security.SecureString\" "
                           "to type \"System.String\"."));
    if (type == QLatin1String("bool") || type == QLatin1String("switch")) {
        const QString target = type == QLatin1String("bool")
                                   ? QStringLiteral("System.Boolean")
                                   : QStringLiteral("System.Management.Automation.SwitchParameter");
        const QString rule =
            QStringLiteral(" Boolean parameters accept only Boolean values and numbers, such as "
                           "$True, $False, 1 or 0.");
        if (in.isBool()) {
            *out = in;
            return true;
        }
        if (in.isDouble()) {
            *out = in.toDouble() != 0;
            return true;
        }
        if (in.isNull() && type == QLatin1String("switch")) {
            *out = false;
            return true;
        }
        const QString shown = in.isNull()     ? QString()
                              : in.isArray()  ? QStringLiteral("System.Object[]")
                              : in.isObject() ? QStringLiteral("System.Collections.Hashtable")
                                              : QStringLiteral("System.String");
        return transformError(
            QStringLiteral("Cannot convert value \"%1\" to type \"%2\".%3").arg(shown, target, rule));
    }
    if (type == QLatin1String("int")) {
        if (in.isNull()) {
            *out = 0;
            return true;
        }
        if (in.isBool()) {
            *out = in.toBool() ? 1 : 0;
            return true;
        }
        bool ok = in.isDouble();
        double d = in.toDouble();
        if (in.isString())
            d = in.toString().trimmed().toDouble(&ok);
        if (!ok || d > 2147483647.0 || d < -2147483648.0)
            return transformError(
                QStringLiteral("Cannot convert value \"%1\" to type \"System.Int32\". Error: "
                               "\"The input string '%1' was not in a correct format.\"")
                    .arg(text(in)));
        *out = double(qRound64(d));
        return true;
    }
    if (type == QLatin1String("string")) {
        if (in.isArray() || in.isObject())
            return transformError(QStringLiteral("Cannot convert value to type System.String."));
        *out = in.isNull() ? QJsonValue() : QJsonValue(text(in));
        return true;
    }
    if (type == QLatin1String("string[]")) {
        QJsonArray a;
        for (const auto& s : textList(in))
            a.append(s);
        *out = in.isNull() ? QJsonValue() : QJsonValue(a);
        return true;
    }
    if (type == QLatin1String("securestring")) {
        if (in.isNull()) {
            *out = QJsonValue();
            return true;
        }
        if (!secure)
            return transformError(
                QStringLiteral("Cannot convert the value of type \"%1\" to type "
                               "\"System.Security.SecureString\".")
                    .arg(in.isString() ? QStringLiteral("System.String") : QStringLiteral("System.Object")));
        *out = in.toObject().value(QLatin1String("value")).toString();
        return true;
    }
    if (type == QLatin1String("object[]")) {
        *out = in.isArray() || in.isNull() ? in : QJsonValue(QJsonArray{in});
        return true;
    }
    if (secure) {
        *out = in.toObject().value(QLatin1String("value")).toString();
        return true;
    }
    *out = in;
    return true;
}

bool bind(Call& c, const QJsonObject& params)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString given = it.key();
        if (std::any_of(kCommonParameters.begin(), kCommonParameters.end(),
                        [&](const QString& k) { return k.compare(given, Qt::CaseInsensitive) == 0; }))
            continue;
        const CmdletParameter* param = c.spec.parameter(given);
        if (!param) { // PowerShell accepts an unambiguous prefix
            QList<const CmdletParameter*> candidates;
            for (const auto& p : c.spec.parameters)
                if (p.name.startsWith(given, Qt::CaseInsensitive))
                    candidates << &p;
            if (candidates.size() > 1) {
                QStringList names;
                for (const auto* p : candidates)
                    names << QLatin1Char('-') + p->name;
                c.bindingError(
                    QStringLiteral("AmbiguousParameter"), QStringLiteral("InvalidArgument"),
                    QStringLiteral("ParameterBindingException"),
                    QStringLiteral("Parameter cannot be processed because the parameter name '%1' is "
                                   "ambiguous. Possible matches include: %2.")
                        .arg(given, names.join(QLatin1Char(' '))));
                return false;
            }
            param = candidates.value(0);
        }
        if (!param || given.isEmpty()) {
            c.bindingError(
                QStringLiteral("NamedParameterNotFound"), QStringLiteral("InvalidArgument"),
                QStringLiteral("ParameterBindingException"),
                QStringLiteral("A parameter cannot be found that matches parameter name '%1'.").arg(given));
            return false;
        }
        QJsonValue value;
        if (!bindValue(c, *param, it.value(), &value))
            return false;
        c.p.insert(param->name, value);
    }
    QStringList missing;
    for (const auto& m : c.spec.mandatory)
        if (!c.p.contains(m) || c.p.value(m).isNull() || text(c.p.value(m)).isEmpty())
            missing << m;
    if (!missing.isEmpty()) {
        c.bindingError(
            QStringLiteral("MissingMandatoryParameter"), QStringLiteral("InvalidArgument"),
            QStringLiteral("ParameterBindingException"),
            QStringLiteral("Cannot process command because of one or more missing mandatory parameters: "
                           "%1.")
                .arg(missing.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

// An Exchange enum parameter ([System.Object] in the proxy, converted on the server).
bool enumValue(Call& c, const char* param, const QString& typeName, const QStringList& names, QString* out)
{
    const QString given = c.s(param);
    for (const auto& n : names)
        if (n.compare(given, Qt::CaseInsensitive) == 0) {
            *out = n;
            return true;
        }
    c.bindingError(
        QStringLiteral("ParameterArgumentTransformationError"), QStringLiteral("InvalidData"),
        QStringLiteral("RemoteException"),
        QStringLiteral("Cannot process argument transformation on parameter '%1'. Cannot convert value "
                       "\"%2\" to type \"%3\". Error: \"Unable to match the identifier name %2 to a valid "
                       "enumerator name. Specify one of the following enumerator names and try again:\n%4\"")
            .arg(QLatin1String(param), given, typeName, names.join(QStringLiteral(", "))));
    return false;
}

// --- identities -----------------------------------------------------------------------------------

bool recipientMatches(const LabOrg& org, const Recipient& r, const QString& id)
{
    if (id.isEmpty())
        return false;
    QString bare = id;
    if (bare.startsWith(QLatin1String("SMTP:"), Qt::CaseInsensitive))
        bare = bare.mid(5);
    if (bare.contains(QLatin1Char('\\')) && !bare.contains(QLatin1Char('='))) {
        const QString domainPart = bare.section(QLatin1Char('\\'), 0, 0);
        if (domainPart.compare(org.netbiosDomain, Qt::CaseInsensitive) != 0 &&
            domainPart.compare(org.domain, Qt::CaseInsensitive) != 0)
            return false;
        bare = bare.section(QLatin1Char('\\'), 1);
    }
    if (r.smtp.compare(bare, Qt::CaseInsensitive) == 0 || r.sam.compare(bare, Qt::CaseInsensitive) == 0 ||
        r.name.compare(bare, Qt::CaseInsensitive) == 0)
        return true;
    // The derived forms cost a DN each: computed only when the id can be one of them (thousands of
    // rooms are looked up one by one).
    const bool slash = bare.contains(QLatin1Char('/'));
    const bool equals = bare.contains(QLatin1Char('='));
    if (!slash && !equals && bare.size() != 36)
        return false;
    const QString dn = r.distinguishedName(org.domain);
    return (slash && canonicalName(dn).compare(bare, Qt::CaseInsensitive) == 0) ||
           (bare.size() == 36 && uuid(r.smtp).compare(bare, Qt::CaseInsensitive) == 0) ||
           (equals && sameDn(dn, bare)) ||
           (slash && legacyDn(org, r).compare(bare, Qt::CaseInsensitive) == 0);
}

using RecipientKind = std::function<bool(const Recipient&)>;

bool isLocalMailbox(const Recipient& r)
{
    return r.hasMailbox();
}
bool isRemoteMailbox(const Recipient& r)
{
    return r.isRemote();
}
bool isAnyUser(const Recipient&)
{
    return true;
}
bool isMailEnabled(const Recipient& r)
{
    return r.hasMailbox() || r.isRemote();
}

Recipient* findRecipient(Call& c, const QString& id, const RecipientKind& kind, bool report = true)
{
    QList<Recipient*> hits;
    for (auto& r : c.org.recipients)
        if (kind(r) && recipientMatches(c.org, r, id))
            hits << &r;
    if (hits.size() > 1) {
        if (report)
            c.fail(
                QStringLiteral("ManagementObjectAmbiguousException"),
                QStringLiteral("The operation couldn't be performed because '%1' matches multiple entries.")
                    .arg(id),
                id);
        return nullptr;
    }
    if (hits.isEmpty()) {
        if (report)
            c.notFound(id);
        return nullptr;
    }
    return hits.first();
}

DistributionGroup* findGroup(Call& c, const QString& id, bool report = true)
{
    for (auto& g : c.org.groups)
        if (g.name.compare(id, Qt::CaseInsensitive) == 0 || g.smtp.compare(id, Qt::CaseInsensitive) == 0 ||
            groupAlias(g).compare(id, Qt::CaseInsensitive) == 0 ||
            canonicalName(g.distinguishedName(c.org.domain)).compare(id, Qt::CaseInsensitive) == 0 ||
            uuid(QStringLiteral("group:") + g.name).compare(id, Qt::CaseInsensitive) == 0 ||
            (id.contains(QLatin1Char('=')) && sameDn(g.distinguishedName(c.org.domain), id)))
            return &g;
    if (report)
        c.notFound(id);
    return nullptr;
}

// --- lists (Get-Mailbox, Get-Recipient, ...) ------------------------------------------------------

bool parseResultSize(Call& c, qint64* limit)
{
    *limit = 1000;
    if (!c.has("ResultSize"))
        return true;
    const QString v = c.s("ResultSize");
    if (v.compare(QLatin1String("Unlimited"), Qt::CaseInsensitive) == 0) {
        *limit = -1;
        return true;
    }
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < 1) {
        c.bindingError(
            QStringLiteral("ParameterArgumentTransformationError"), QStringLiteral("InvalidData"),
            QStringLiteral("RemoteException"),
            QStringLiteral(
                "Cannot process argument transformation on parameter 'ResultSize'. Cannot convert "
                "value \"%1\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\". "
                "Error: \"The value \"%1\" is not valid. Only \"Unlimited\" or a number is allowed.\"")
                .arg(v));
        return false;
    }
    *limit = n;
    return true;
}

// Appends at most the ResultSize; warns as Exchange does when more were available.
template <typename T>
void emitLimited(Call& c, const QList<T>& items, qint64 limit,
                 const std::function<QJsonObject(const T&)>& shape)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (limit >= 0 && i >= limit) {
            c.res.warnings
                << (c.has("ResultSize")
                        ? QStringLiteral("There are more results available than are currently displayed. To "
                                         "view them, increase the value for the ResultSize parameter.")
                        : QStringLiteral(
                              "By default, only the first 1000 items are returned. Use the ResultSize "
                              "parameter to specify the number of items returned. To return all items, "
                              "specify \"-ResultSize Unlimited\". Be aware that, depending on the actual "
                              "number of items, returning all items can take a long time and consume a large "
                              "amount of memory. Also, we don't recommend storing the results in a variable. "
                              "Instead, pipe the results to another task or script to perform batch "
                              "changes."));
            return;
        }
        c.out(shape(items[i]));
    }
}

bool compileFilter(Call& c, const char* param, OpathFilter* f)
{
    *f = OpathFilter::parse(c.s(param));
    QString problem = f->error();
    if (f->isValid()) {
        Recipient probe;
        for (const auto& prop : f->properties()) {
            bool known = false;
            c.org.filterValues(probe, prop, &known);
            if (!known) {
                problem =
                    QStringLiteral("\"%1\" is not a recognized filterable property. For a description of the "
                                   "filterable properties see the command help.\n\"%2\" at position 1.")
                        .arg(prop, c.s(param));
                break;
            }
        }
    }
    if (problem.isEmpty())
        return true;
    c.res.errors.append(
        {QStringLiteral("Cannot bind parameter '%1' to the target. Exception setting \"%1\": \"%2\"")
             .arg(QLatin1String(param), problem),
         QStringLiteral("WriteError"), QStringLiteral("ParameterBindingFailed,") + c.spec.className,
         QStringLiteral("System.Management.Automation.RemoteException"), QJsonValue()});
    return false;
}

void listRecipients(Call& c, const RecipientKind& kind,
                    const std::function<QJsonObject(const Recipient&)>& shape)
{
    qint64 limit = 0;
    if (!parseResultSize(c, &limit))
        return;
    if (c.has("Identity") && !c.s("Identity").isEmpty()) {
        if (const Recipient* r = findRecipient(c, c.s("Identity"), kind))
            c.out(shape(*r));
        return;
    }
    QStringList types;
    for (const char* param : {"RecipientTypeDetails", "RecipientType"}) {
        if (!c.has(param))
            continue;
        for (const QString& part : textList(c.v(param)))
            for (const QString& t : part.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString name;
                QJsonValue saved = c.v(param);
                c.p.insert(QLatin1String(param), t.trimmed());
                const bool ok = enumValue(c, param,
                                          QStringLiteral("Microsoft.Exchange.Data.Directory.Recipient.%1")
                                              .arg(QLatin1String(param)),
                                          kRecipientTypeDetails, &name);
                c.p.insert(QLatin1String(param), saved);
                if (!ok)
                    return;
                types << name;
            }
    }
    OpathFilter filter;
    if (c.has("Filter") && !compileFilter(c, "Filter", &filter))
        return;
    OpathFilter preview;
    if (c.has("RecipientPreviewFilter") && !compileFilter(c, "RecipientPreviewFilter", &preview))
        return;
    const QString anr = c.s("Anr");
    const QString ou = c.s("OrganizationalUnit");
    QList<const Recipient*> hits;
    for (const auto& r : c.org.recipients) {
        if (!kind(r))
            continue;
        if (!types.isEmpty() && !types.contains(r.type, Qt::CaseInsensitive) &&
            !types.contains(recipientType(r), Qt::CaseInsensitive))
            continue;
        const auto lookup = [&](const QString& prop, bool* known) {
            return c.org.filterValues(r, prop, known);
        };
        if (filter.isValid() && !filter.matches(lookup))
            continue;
        if (preview.isValid() && !preview.matches(lookup))
            continue;
        if (!anr.isEmpty() && !r.name.startsWith(anr, Qt::CaseInsensitive) &&
            !r.sam.startsWith(anr, Qt::CaseInsensitive) && !r.smtp.startsWith(anr, Qt::CaseInsensitive))
            continue;
        if (!ou.isEmpty()) {
            const QString dn = r.distinguishedName(c.org.domain);
            if (organizationalUnit(dn).compare(ou, Qt::CaseInsensitive) != 0 &&
                !sameDn(dn.section(QLatin1Char(','), 1), ou))
                continue;
        }
        hits << &r;
    }
    emitLimited<const Recipient*>(c, hits, limit, [&](const Recipient* const& r) { return shape(*r); });
}

// --- handlers -------------------------------------------------------------------------------------

void getMailbox(Call& c)
{
    listRecipients(c, isLocalMailbox, [&](const Recipient& r) { return mailboxObject(c.org, r); });
}

void getRemoteMailbox(Call& c)
{
    listRecipients(c, isRemoteMailbox, [&](const Recipient& r) { return remoteMailboxObject(c.org, r); });
}

void getUser(Call& c)
{
    listRecipients(c, isAnyUser, [&](const Recipient& r) { return userObject(c.org, r); });
}

void getCasMailbox(Call& c)
{
    listRecipients(c, isLocalMailbox, [&](const Recipient& r) { return casMailboxObject(c.org, r); });
}

void getRecipient(Call& c)
{
    // Recipients: mail-enabled users and mailboxes, then the groups.
    if (c.has("Identity") && !c.s("Identity").isEmpty()) {
        if (const DistributionGroup* g = findGroup(c, c.s("Identity"), false)) {
            c.out(groupObject(c.org, *g));
            return;
        }
    }
    listRecipients(c, isMailEnabled, [&](const Recipient& r) { return recipientBase(c.org, r); });
    if (c.has("Identity") || !c.res.ok())
        return;
    QStringList types = textList(c.v("RecipientTypeDetails")) + textList(c.v("RecipientType"));
    for (const auto& g : c.org.groups)
        if (types.isEmpty() ||
            types.join(QLatin1Char(','))
                .contains(QLatin1String("MailUniversalDistributionGroup"), Qt::CaseInsensitive))
            if (!c.has("Filter") && !c.has("Anr"))
                c.out(groupObject(c.org, g));
}

bool setPassword(Call& c, Recipient& r, const char* param)
{
    const QString pw = c.v(param).toString();
    int classes = 0;
    for (const auto& test : {std::function<bool(QChar)>([](QChar ch) { return ch.isUpper(); }),
                             std::function<bool(QChar)>([](QChar ch) { return ch.isLower(); }),
                             std::function<bool(QChar)>([](QChar ch) { return ch.isDigit(); }),
                             std::function<bool(QChar)>([](QChar ch) { return !ch.isLetterOrNumber(); })})
        classes += std::any_of(pw.begin(), pw.end(), test) ? 1 : 0;
    if (pw.size() < 7 || classes < 3) {
        c.fail(QStringLiteral("ADOperationException"),
               QStringLiteral(
                   "Active Directory operation failed on %1. This error is not retriable. Additional "
                   "information: The password does not meet the length, complexity, or history requirement "
                   "of the domain.")
                   .arg(c.dc()));
        return false;
    }
    r.password = pw;
    return true;
}

void newMailbox(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Name"), QStringLiteral("Alias"), QStringLiteral("DisplayName"),
                         QStringLiteral("UserPrincipalName"), QStringLiteral("Password"),
                         QStringLiteral("Room"), QStringLiteral("Equipment"), QStringLiteral("Shared"),
                         QStringLiteral("PrimarySmtpAddress"), QStringLiteral("FirstName"),
                         QStringLiteral("LastName"), QStringLiteral("SamAccountName"),
                         QStringLiteral("ResetPasswordOnNextLogon"), QStringLiteral("ResourceCapacity"),
                         QStringLiteral("EnableRoomMailboxAccount"), QStringLiteral("RoomMailboxPassword"),
                         QStringLiteral("OrganizationalUnit"), QStringLiteral("Database")}))
        return;
    const bool room = c.on("Room"), equipment = c.on("Equipment"), shared = c.on("Shared");
    if (!room && !equipment && !shared) {
        QStringList missing;
        if (c.s("UserPrincipalName").isEmpty())
            missing << QStringLiteral("UserPrincipalName");
        if (!c.has("Password") || c.v("Password").isNull())
            missing << QStringLiteral("Password");
        if (!missing.isEmpty()) {
            c.bindingError(QStringLiteral("MissingMandatoryParameter"), QStringLiteral("InvalidArgument"),
                           QStringLiteral("ParameterBindingException"),
                           QStringLiteral("Cannot process command because of one or more missing mandatory "
                                          "parameters: %1.")
                               .arg(missing.join(QLatin1Char(' '))));
            return;
        }
    }
    Recipient r;
    r.name = c.s("DisplayName").isEmpty() ? c.s("Name") : c.s("DisplayName");
    r.sam = c.s("SamAccountName").isEmpty()
                ? (c.s("Alias").isEmpty() ? aliasFromName(c.s("Name")) : c.s("Alias"))
                : c.s("SamAccountName");
    r.type = room        ? QStringLiteral("RoomMailbox")
             : equipment ? QStringLiteral("EquipmentMailbox")
             : shared    ? QStringLiteral("SharedMailbox")
                         : QStringLiteral("UserMailbox");
    const QString alias = c.s("Alias").isEmpty() ? aliasFromName(c.s("Name")) : c.s("Alias");
    r.smtp = (c.s("PrimarySmtpAddress").isEmpty() ? alias + QLatin1Char('@') + c.org.domain
                                                  : c.s("PrimarySmtpAddress"))
                 .toLower();
    r.site = QStringLiteral("HQ");
    r.server = c.org.servers.isEmpty() ? QString() : c.org.servers.first().name;
    const QString dn = r.distinguishedName(c.org.domain);
    for (const auto& x : c.org.recipients)
        if (sameDn(x.distinguishedName(c.org.domain), dn) ||
            x.name.compare(c.s("Name"), Qt::CaseInsensitive) == 0) {
            c.alreadyExists(dn);
            return;
        }
    const QString upn = c.s("UserPrincipalName");
    if (c.org.find(r.smtp) ||
        (!upn.isEmpty() && upn.compare(r.smtp, Qt::CaseInsensitive) != 0 && c.org.find(upn))) {
        c.fail(QStringLiteral("ProxyAddressExistsException"),
               QStringLiteral("The proxy address \"SMTP:%1\" is already being used by the proxy addresses or "
                              "LegacyExchangeDN. Please choose another proxy address.")
                   .arg(r.smtp));
        return;
    }
    if (room || equipment || shared) {
        r.enabled = room && c.v("EnableRoomMailboxAccount").toBool();
        // A room created in PowerShell on-prem: AutoUpdate (exchange-onprem.md §6.2).
        r.calendarProcessing.automateProcessing = QStringLiteral("AutoUpdate");
        r.calendarProcessing.lastChanged = c.ctx.now;
        if (r.enabled && c.has("RoomMailboxPassword") && !setPassword(c, r, "RoomMailboxPassword"))
            return;
    } else if (!setPassword(c, r, "Password")) {
        return;
    }
    if (c.has("ResourceCapacity") && !c.v("ResourceCapacity").isNull())
        r.resourceCapacity = int(text(c.v("ResourceCapacity")).toInt());
    r.passwordExpired = c.v("ResetPasswordOnNextLogon").toBool();
    if (c.whatIf())
        return;
    c.org.recipients.append(r);
    c.changed();
    c.out(mailboxObject(c.org, c.org.recipients.last()));
}

void setMailbox(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Identity"), QStringLiteral("DisplayName"),
                         QStringLiteral("HiddenFromAddressListsEnabled"), QStringLiteral("ResourceCapacity"),
                         QStringLiteral("Password"), QStringLiteral("OldPassword"),
                         QStringLiteral("ResetPasswordOnNextLogon"), QStringLiteral("Type")}))
        return;
    Recipient* r = findRecipient(c, c.s("Identity"), isLocalMailbox);
    if (!r)
        return;
    Recipient next = *r;
    if (c.has("DisplayName"))
        next.name = c.s("DisplayName");
    if (c.has("HiddenFromAddressListsEnabled"))
        next.hiddenFromAddressLists = c.on("HiddenFromAddressListsEnabled");
    if (c.has("ResourceCapacity"))
        next.resourceCapacity = c.v("ResourceCapacity").isNull() ? -1 : text(c.v("ResourceCapacity")).toInt();
    if (c.has("ResetPasswordOnNextLogon"))
        next.passwordExpired = c.on("ResetPasswordOnNextLogon");
    if (c.has("Type")) {
        QString type;
        if (!enumValue(
                c, "Type",
                QStringLiteral("Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType"),
                {QStringLiteral("Regular"), QStringLiteral("Room"), QStringLiteral("Equipment"),
                 QStringLiteral("Shared")},
                &type))
            return;
        next.type = type == QLatin1String("Regular") ? QStringLiteral("UserMailbox")
                                                     : type + QStringLiteral("Mailbox");
    }
    bool passwordChanged = false;
    if (c.has("Password")) {
        if (!setPassword(c, next, "Password"))
            return;
        passwordChanged = true;
    }
    if (c.whatIf())
        return;
    const bool same = !passwordChanged && next.toJson() == r->toJson();
    if (same) {
        c.noChange(canonicalName(r->distinguishedName(c.org.domain)));
        return;
    }
    *r = next;
    c.changed();
}

void setUser(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Identity"), QStringLiteral("AuthenticationPolicy"),
                         QStringLiteral("DisplayName"), QStringLiteral("ResetPasswordOnNextLogon")}))
        return;
    Recipient* r = findRecipient(c, c.s("Identity"), isAnyUser);
    if (!r)
        return;
    Recipient next = *r;
    if (c.has("AuthenticationPolicy")) {
        const QString policy = c.v("AuthenticationPolicy").isNull() ? QString() : c.s("AuthenticationPolicy");
        const AuthenticationPolicy* p = policy.isEmpty() ? nullptr : c.org.findAuthenticationPolicy(policy);
        if (!policy.isEmpty() && !p) {
            c.notFound(policy);
            return;
        }
        next.authenticationPolicy = p ? p->name : QString();
    }
    if (c.has("DisplayName"))
        next.name = c.s("DisplayName");
    if (c.has("ResetPasswordOnNextLogon"))
        next.passwordExpired = c.on("ResetPasswordOnNextLogon");
    if (c.whatIf())
        return;
    if (next.toJson() == r->toJson()) {
        c.noChange(canonicalName(r->distinguishedName(c.org.domain)));
        return;
    }
    if (next.authenticationPolicy != r->authenticationPolicy)
        c.org.authChanging(c.ctx.now);
    *r = next;
    c.changed();
}

// --- distribution groups --------------------------------------------------------------------------

bool mayManage(Call& c, const DistributionGroup& g)
{
    if (c.on("BypassSecurityGroupManagerCheck") || g.managedBy.contains(c.caller().smtp, Qt::CaseInsensitive))
        return true;
    c.fail(QStringLiteral("OperationRequiresGroupManagerException"),
           QStringLiteral(
               "You don't have sufficient permissions. This operation can only be performed by a manager of "
               "the group."),
           g.name);
    return false;
}

bool resolveMembers(Call& c, const QJsonValue& list, QStringList* smtps)
{
    for (const QString& m : textList(list)) {
        const Recipient* r = findRecipient(c, m, isMailEnabled, false);
        if (!r) {
            c.memberNotFound(m);
            return false;
        }
        smtps->append(r->smtp);
    }
    return true;
}

void getDistributionGroup(Call& c)
{
    qint64 limit = 0;
    if (!parseResultSize(c, &limit))
        return;
    if (c.has("Identity") && !c.s("Identity").isEmpty()) {
        if (const DistributionGroup* g = findGroup(c, c.s("Identity")))
            c.out(groupObject(c.org, *g));
        return;
    }
    QList<const DistributionGroup*> list;
    const Recipient* manager = c.has("ManagedBy") ? findRecipient(c, c.s("ManagedBy"), isAnyUser) : nullptr;
    if (c.has("ManagedBy") && !manager)
        return;
    for (const auto& g : c.org.groups)
        if (!manager || g.managedBy.contains(manager->smtp, Qt::CaseInsensitive))
            list << &g;
    emitLimited<const DistributionGroup*>(
        c, list, limit, [&](const DistributionGroup* const& g) { return groupObject(c.org, *g); });
}

void newDistributionGroup(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Name"), QStringLiteral("Alias"), QStringLiteral("DisplayName"),
                         QStringLiteral("Members"), QStringLiteral("ManagedBy"),
                         QStringLiteral("PrimarySmtpAddress"), QStringLiteral("Type"),
                         QStringLiteral("OrganizationalUnit"), QStringLiteral("Notes"),
                         QStringLiteral("IgnoreNamingPolicy"), QStringLiteral("CopyOwnerToMember"),
                         QStringLiteral("SamAccountName")}))
        return;
    DistributionGroup g;
    g.name = c.s("Name");
    if (c.has("Type")) {
        QString type;
        if (!enumValue(c, "Type", QStringLiteral("Microsoft.Exchange.Management.RecipientTasks.GroupType"),
                       {QStringLiteral("Distribution"), QStringLiteral("Security")}, &type))
            return;
        if (type == QLatin1String("Security")) {
            c.notModelled(QStringLiteral("New-DistributionGroup -Type Security"));
            return;
        }
    }
    const QString alias = c.s("Alias").isEmpty() ? aliasFromName(g.name) : c.s("Alias");
    g.smtp = (c.s("PrimarySmtpAddress").isEmpty() ? alias + QLatin1Char('@') + c.org.domain
                                                  : c.s("PrimarySmtpAddress"))
                 .toLower();
    for (const auto& x : c.org.groups)
        if (x.name.compare(g.name, Qt::CaseInsensitive) == 0) {
            c.alreadyExists(g.distinguishedName(c.org.domain));
            return;
        }
    bool smtpTaken = c.org.find(g.smtp) != nullptr;
    for (const auto& x : c.org.groups)
        smtpTaken = smtpTaken || x.smtp.compare(g.smtp, Qt::CaseInsensitive) == 0;
    if (smtpTaken) {
        c.fail(QStringLiteral("ProxyAddressExistsException"),
               QStringLiteral("The proxy address \"SMTP:%1\" is already being used by the proxy addresses or "
                              "LegacyExchangeDN. Please choose another proxy address.")
                   .arg(g.smtp));
        return;
    }
    // Without -ManagedBy the creator owns the group.
    if (c.has("ManagedBy")) {
        for (const QString& m : textList(c.v("ManagedBy"))) {
            const Recipient* r = findRecipient(c, m, isAnyUser);
            if (!r)
                return;
            g.managedBy << r->smtp;
        }
    } else {
        g.managedBy << c.caller().smtp;
    }
    QStringList members;
    if (!resolveMembers(c, c.v("Members"), &members))
        return;
    if (c.on("CopyOwnerToMember"))
        for (const auto& m : g.managedBy)
            if (const Recipient* r = c.org.find(m); r && isMailEnabled(*r))
                members << r->smtp;
    if (c.whatIf())
        return;
    c.org.groups.append(g);
    for (const auto& m : members)
        c.org.addGroupMember(c.org.groups.last(), m, c.ctx.now);
    c.changed();
    c.out(groupObject(c.org, c.org.groups.last()));
}

void setDistributionGroup(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Identity"), QStringLiteral("ManagedBy"),
                         QStringLiteral("BypassSecurityGroupManagerCheck")}))
        return;
    DistributionGroup* g = findGroup(c, c.s("Identity"));
    if (!g || !mayManage(c, *g))
        return;
    QStringList managers = g->managedBy;
    if (c.has("ManagedBy")) {
        managers.clear();
        for (const QString& m : textList(c.v("ManagedBy"))) {
            const Recipient* r = findRecipient(c, m, isAnyUser);
            if (!r)
                return;
            managers << r->smtp;
        }
    }
    if (c.whatIf())
        return;
    if (managers == g->managedBy) {
        c.noChange(canonicalName(g->distinguishedName(c.org.domain)));
        return;
    }
    g->managedBy = managers;
    c.changed();
}

void removeDistributionGroup(Call& c)
{
    DistributionGroup* g = findGroup(c, c.s("Identity"));
    if (!g || !mayManage(c, *g) || c.whatIf())
        return;
    for (const QString& m : QStringList(g->members))
        c.org.removeGroupMember(*g, m, c.ctx.now);
    const QString name = g->name;
    c.org.groups.removeIf([&](const DistributionGroup& x) { return x.name == name; });
    c.changed();
}

void getDistributionGroupMember(Call& c)
{
    qint64 limit = 0;
    if (!parseResultSize(c, &limit))
        return;
    const DistributionGroup* g = findGroup(c, c.s("Identity"));
    if (!g)
        return;
    QList<const Recipient*> members;
    for (const auto& m : g->members)
        if (const Recipient* r = c.org.find(m))
            members << r;
    emitLimited<const Recipient*>(c, members, limit,
                                  [&](const Recipient* const& r) { return recipientBase(c.org, *r); });
}

// The group and the one -Member of Add-/Remove-DistributionGroupMember, once the caller may change it.
DistributionGroup* memberChange(Call& c, QString* member)
{
    DistributionGroup* g = findGroup(c, c.s("Identity"));
    if (!g || !mayManage(c, *g))
        return nullptr;
    QStringList members;
    if (!resolveMembers(c, c.v("Member"), &members) || members.isEmpty())
        return nullptr;
    *member = members.first();
    return g;
}

void addDistributionGroupMember(Call& c)
{
    QString member;
    DistributionGroup* g = memberChange(c, &member);
    if (!g)
        return;
    if (g->members.contains(member, Qt::CaseInsensitive)) {
        c.fail(QStringLiteral("MemberAlreadyExistsException"),
               QStringLiteral("The recipient \"%1\" is already a member of the group \"%2\".")
                   .arg(c.s("Member"), g->name),
               c.s("Member"));
        return;
    }
    if (c.whatIf())
        return;
    c.org.addGroupMember(*g, member, c.ctx.now);
    c.changed();
}

void removeDistributionGroupMember(Call& c)
{
    QString member;
    DistributionGroup* g = memberChange(c, &member);
    if (!g)
        return;
    if (!g->members.contains(member, Qt::CaseInsensitive)) {
        c.fail(QStringLiteral("MemberNotFoundException"),
               QStringLiteral("The recipient \"%1\" isn't a member of the group \"%2\".")
                   .arg(c.s("Member"), g->name),
               c.s("Member"));
        return;
    }
    if (c.whatIf())
        return;
    c.org.removeGroupMember(*g, member, c.ctx.now);
    c.changed();
}

void updateDistributionGroupMember(Call& c)
{
    DistributionGroup* g = findGroup(c, c.s("Identity"));
    if (!g || !mayManage(c, *g))
        return;
    QStringList members;
    if (!resolveMembers(c, c.v("Members"), &members) || c.whatIf())
        return;
    for (const QString& m : QStringList(g->members))
        if (!members.contains(m, Qt::CaseInsensitive))
            c.org.removeGroupMember(*g, m, c.ctx.now);
    for (const auto& m : members)
        if (!g->members.contains(m, Qt::CaseInsensitive))
            c.org.addGroupMember(*g, m, c.ctx.now);
    c.changed();
}

// --- RBAC -----------------------------------------------------------------------------------------

ManagementScope* findScope(Call& c, const QString& id, bool report = true)
{
    for (auto& s : c.org.scopes)
        if (s.name.compare(id, Qt::CaseInsensitive) == 0 ||
            uuid(QStringLiteral("scope:") + s.name) == id.toLower())
            return &s;
    if (report)
        c.notFound(id);
    return nullptr;
}

void getManagementScope(Call& c)
{
    if (c.has("Identity") && !c.s("Identity").isEmpty()) {
        if (const ManagementScope* s = findScope(c, c.s("Identity")))
            c.out(scopeObject(c.org, *s));
        return;
    }
    if (c.has("Exclusive") && c.on("Exclusive"))
        return; // the lab has no exclusive scopes
    for (const auto& s : c.org.scopes)
        c.out(scopeObject(c.org, s));
}

bool validScopeFilter(Call& c)
{
    if (!c.has("RecipientRestrictionFilter"))
        return true;
    OpathFilter f;
    if (!compileFilter(c, "RecipientRestrictionFilter", &f)) {
        // New-/Set-ManagementScope parse the filter in the task, not while binding.
        CmdletError e = c.res.errors.takeLast();
        c.fail(QStringLiteral("InvalidOperationException"),
               e.message.section(QStringLiteral("Exception setting \"RecipientRestrictionFilter\": \""), 1)
                   .chopped(1));
        return false;
    }
    return true;
}

void newManagementScope(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Name"), QStringLiteral("RecipientRestrictionFilter"),
                         QStringLiteral("Exclusive")}))
        return;
    if (c.on("Exclusive")) {
        c.notModelled(QStringLiteral("New-ManagementScope -Exclusive"));
        return;
    }
    if (!c.has("RecipientRestrictionFilter")) {
        c.bindingError(
            QStringLiteral("AmbiguousParameterSet"), QStringLiteral("InvalidArgument"),
            QStringLiteral("ParameterBindingException"),
            QStringLiteral("Parameter set cannot be resolved using the specified named parameters."));
        return;
    }
    if (!validScopeFilter(c))
        return;
    const QString name = c.s("Name");
    if (findScope(c, name, false)) {
        c.alreadyExists(scopeObject(c.org, {name, {}}).value(QLatin1String("DistinguishedName")).toString());
        return;
    }
    if (c.whatIf())
        return;
    c.org.scopes.append({name, c.s("RecipientRestrictionFilter")});
    c.changed();
    c.out(scopeObject(c.org, c.org.scopes.last()));
}

void setManagementScope(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Identity"), QStringLiteral("Name"),
                         QStringLiteral("RecipientRestrictionFilter")}))
        return;
    ManagementScope* s = findScope(c, c.s("Identity"));
    if (!s || !validScopeFilter(c))
        return;
    ManagementScope next = *s;
    if (c.has("Name"))
        next.name = c.s("Name");
    if (c.has("RecipientRestrictionFilter"))
        next.recipientRestrictionFilter = c.s("RecipientRestrictionFilter");
    if (c.whatIf())
        return;
    if (next.name == s->name && next.recipientRestrictionFilter == s->recipientRestrictionFilter) {
        c.noChange(s->name);
        return;
    }
    for (auto& a : c.org.assignments)
        if (a.customRecipientWriteScope.compare(s->name, Qt::CaseInsensitive) == 0)
            a.customRecipientWriteScope = next.name;
    ManagementScope old = *s;
    old.name = next.name;
    c.org.scopeFilterChanging(old, c.ctx.now); // EWS applies the old filter until replication
    *s = next;
    c.changed();
}

void removeManagementScope(Call& c)
{
    ManagementScope* s = findScope(c, c.s("Identity"));
    if (!s)
        return;
    QStringList users;
    for (const auto& a : c.org.assignments)
        if (a.customRecipientWriteScope.compare(s->name, Qt::CaseInsensitive) == 0)
            users << a.name;
    if (!users.isEmpty()) {
        c.fail(QStringLiteral("InvalidOperationException"),
               QStringLiteral(
                   "Management scope \"%1\" can't be deleted because it's referenced by role assignments. "
                   "To delete the scope, remove the role assignments first: %2.")
                   .arg(s->name, users.join(QStringLiteral(", "))));
        return;
    }
    if (c.whatIf())
        return;
    const QString name = s->name;
    c.org.scopes.removeIf([&](const ManagementScope& x) { return x.name == name; });
    c.changed();
}

QStringList knownRoles()
{
    QStringList roles{kImpersonation};
    for (const auto& spec : CmdletTable::instance().cmdlets)
        for (const auto& r : spec.roles)
            if (!roles.contains(r) && !r.startsWith(QLatin1Char('*')))
                roles << r;
    return roles;
}

QList<AssignmentView> allAssignments(const LabOrg& org)
{
    QList<AssignmentView> out;
    for (const auto& a : org.assignments)
        out.append({a, false});
    // Organization Management may delegate every role (a DelegatingOrgWide assignment, no write rights).
    RoleAssignment d;
    d.name = kImpersonation + QStringLiteral("-") + kOrgManagement + QStringLiteral("-Delegating");
    d.role = kImpersonation;
    d.created = QDateTime::fromSecsSinceEpoch(1546300800, Qt::UTC);
    out.append({d, true});
    return out;
}

void getManagementRoleAssignment(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Identity"), QStringLiteral("Role"), QStringLiteral("RoleAssignee"),
                         QStringLiteral("RoleAssigneeType"), QStringLiteral("Delegating"),
                         QStringLiteral("Enabled"), QStringLiteral("GetEffectiveUsers"),
                         QStringLiteral("WritableRecipient"), QStringLiteral("CustomRecipientWriteScope"),
                         QStringLiteral("AssignmentMethod")}))
        return;
    const QString role = c.s("Role");
    if (c.has("Role") && !knownRoles().contains(role, Qt::CaseInsensitive)) {
        c.notFound(role);
        return;
    }
    const Recipient* assignee = nullptr;
    bool assigneeIsOrgManagement = false;
    if (c.has("RoleAssignee")) {
        assigneeIsOrgManagement = c.s("RoleAssignee").compare(kOrgManagement, Qt::CaseInsensitive) == 0;
        if (!assigneeIsOrgManagement && !(assignee = findRecipient(c, c.s("RoleAssignee"), isAnyUser)))
            return;
    }
    const Recipient* writable = nullptr;
    if (c.has("WritableRecipient") && !(writable = findRecipient(c, c.s("WritableRecipient"), isAnyUser)))
        return;
    if (c.has("Identity") && !c.s("Identity").isEmpty()) {
        bool found = false;
        for (const auto& v : allAssignments(c.org))
            found = found || v.a.name.compare(c.s("Identity"), Qt::CaseInsensitive) == 0;
        if (!found) {
            c.notFound(c.s("Identity"));
            return;
        }
    }
    const bool effective = c.on("GetEffectiveUsers");
    for (const auto& v : allAssignments(c.org)) {
        const RoleAssignment& a = v.a;
        if (c.has("Identity") && a.name.compare(c.s("Identity"), Qt::CaseInsensitive) != 0)
            continue;
        if (c.has("Role") && a.role.compare(role, Qt::CaseInsensitive) != 0)
            continue;
        if (c.has("Delegating") && c.on("Delegating") != v.delegating)
            continue;
        if (c.has("Enabled") && c.on("Enabled") != a.enabled)
            continue;
        if (c.has("RoleAssigneeType")) {
            const QString t = v.delegating ? QStringLiteral("RoleGroup") : QStringLiteral("User");
            if (t.compare(c.s("RoleAssigneeType"), Qt::CaseInsensitive) != 0)
                continue;
        }
        if (c.has("CustomRecipientWriteScope") &&
            a.customRecipientWriteScope.compare(c.s("CustomRecipientWriteScope"), Qt::CaseInsensitive) != 0)
            continue;
        if (assigneeIsOrgManagement && !v.delegating)
            continue;
        if (assignee && (v.delegating ? !assignee->roleGroups.contains(kOrgManagement, Qt::CaseInsensitive)
                                      : a.user.compare(assignee->smtp, Qt::CaseInsensitive) != 0))
            continue;
        if (writable) {
            // Only assignments that can write the recipient: delegating ones grant nothing.
            if (v.delegating || !a.enabled)
                continue;
            if (!a.customRecipientWriteScope.isEmpty()) {
                const ManagementScope* s = c.org.findScope(a.customRecipientWriteScope);
                if (!s || !c.org.scopeMatches(s->recipientRestrictionFilter, *writable))
                    continue;
            }
        }
        if (!effective) {
            c.out(assignmentObject(c.org, v, nullptr, false));
            continue;
        }
        if (v.delegating) {
            for (const auto& r : c.org.recipients)
                if (r.roleGroups.contains(kOrgManagement, Qt::CaseInsensitive))
                    c.out(assignmentObject(c.org, v, &r, true));
        } else {
            c.out(assignmentObject(c.org, v, c.org.find(a.user), true));
        }
    }
}

RoleAssignment* findAssignment(Call& c, const QString& id)
{
    for (auto& a : c.org.assignments)
        if (a.name.compare(id, Qt::CaseInsensitive) == 0)
            return &a;
    c.notFound(id);
    return nullptr;
}

bool scopeParameter(Call& c, QString* scope)
{
    if (c.v("CustomRecipientWriteScope").isNull() || c.s("CustomRecipientWriteScope").isEmpty()) {
        scope->clear();
        return true;
    }
    const ManagementScope* s = findScope(c, c.s("CustomRecipientWriteScope"));
    if (!s)
        return false;
    *scope = s->name;
    return true;
}

void newManagementRoleAssignment(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("User"),
                         QStringLiteral("CustomRecipientWriteScope")}))
        return;
    const QString role = c.s("Role");
    QString canonicalRole;
    for (const auto& r : knownRoles())
        if (r.compare(role, Qt::CaseInsensitive) == 0)
            canonicalRole = r;
    if (canonicalRole.isEmpty()) {
        c.notFound(role);
        return;
    }
    if (!c.has("User")) {
        c.bindingError(
            QStringLiteral("AmbiguousParameterSet"), QStringLiteral("InvalidArgument"),
            QStringLiteral("ParameterBindingException"),
            QStringLiteral("Parameter set cannot be resolved using the specified named parameters."));
        return;
    }
    const Recipient* user = findRecipient(c, c.s("User"), isAnyUser);
    if (!user)
        return;
    RoleAssignment a;
    a.role = canonicalRole;
    a.user = user->smtp;
    if (c.has("CustomRecipientWriteScope") && !scopeParameter(c, &a.customRecipientWriteScope))
        return;
    a.name = c.s("Name").isEmpty() ? (canonicalRole + QLatin1Char('-') + user->name).left(64) : c.s("Name");
    for (const auto& x : c.org.assignments)
        if (x.name.compare(a.name, Qt::CaseInsensitive) == 0) {
            c.alreadyExists(assignmentObject(c.org, {a, false}, nullptr, false)
                                .value(QLatin1String("DistinguishedName"))
                                .toString());
            return;
        }
    a.created = c.ctx.now; // reaches EWS after --rbac-delay (LabOrg::canImpersonate)
    if (c.whatIf())
        return;
    c.org.assignments.append(a);
    c.changed();
    c.out(assignmentObject(c.org, {a, false}, nullptr, false));
}

void setManagementRoleAssignment(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Identity"), QStringLiteral("Enabled"),
                         QStringLiteral("CustomRecipientWriteScope")}))
        return;
    RoleAssignment* a = findAssignment(c, c.s("Identity"));
    if (!a)
        return;
    RoleAssignment next = *a;
    if (c.has("Enabled"))
        next.enabled = c.on("Enabled");
    if (c.has("CustomRecipientWriteScope") && !scopeParameter(c, &next.customRecipientWriteScope))
        return;
    if (c.whatIf())
        return;
    if (next.enabled == a->enabled && next.customRecipientWriteScope == a->customRecipientWriteScope) {
        c.noChange(a->name);
        return;
    }
    // EWS keeps the old assignment until replication, then the changed one.
    c.org.retireAssignment(*a, c.ctx.now);
    next.created = c.ctx.now;
    *a = next;
    c.changed();
}

void removeManagementRoleAssignment(Call& c)
{
    RoleAssignment* a = findAssignment(c, c.s("Identity"));
    if (!a || c.whatIf())
        return;
    c.org.retireAssignment(*a, c.ctx.now);
    const QString name = a->name;
    c.org.assignments.removeIf([&](const RoleAssignment& x) { return x.name == name; });
    c.changed();
}

// --- virtual directories, policies, organisation ----------------------------------------------------

QList<MailboxServer*> vdirServers(Call& c, const QString& app, bool setting)
{
    QList<MailboxServer*> out;
    if (c.has("Server") && !c.s("Server").isEmpty()) {
        for (auto& s : c.org.servers)
            if (s.name.compare(c.s("Server"), Qt::CaseInsensitive) == 0 ||
                (s.name + QLatin1Char('.') + c.org.domain).compare(c.s("Server"), Qt::CaseInsensitive) == 0)
                out << &s;
        if (out.isEmpty())
            c.notFound(c.s("Server"));
        return out;
    }
    const QString id = c.s("Identity");
    if (!id.isEmpty()) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(id),
                                    QRegularExpression::CaseInsensitiveOption);
        for (auto& s : c.org.servers)
            if (re.match(vdirIdentity(s, app)).hasMatch() || s.name.compare(id, Qt::CaseInsensitive) == 0)
                out << &s;
        if (!out.isEmpty() || setting) {
            if (out.isEmpty())
                c.notFound(id);
            return out;
        }
        // Get-*VirtualDirectory: an Identity that matches nothing returns all of them (documented).
    }
    for (auto& s : c.org.servers)
        out << &s;
    return out;
}

QJsonObject vdirObject(Call& c, const MailboxServer& s, bool ews)
{
    const QString app = ews ? QStringLiteral("EWS") : QStringLiteral("Autodiscover");
    const QJsonObject extra = ews ? s.ewsVirtualDirectory : QJsonObject();
    auto flag = [&](const char* k, bool def) {
        return extra.value(QLatin1String(k)).toBool(def);
    };
    QJsonObject o{
        {QStringLiteral("Name"), QStringLiteral("%1 (Default Web Site)").arg(app)},
        {QStringLiteral("Identity"), vdirIdentity(s, app)},
        {QStringLiteral("Server"), s.name},
        {QStringLiteral("BasicAuthentication"),
         ews ? s.ewsBasicAuthentication : s.autodiscoverBasicAuthentication},
        {QStringLiteral("WindowsAuthentication"), s.ewsWindowsAuthentication},
        {QStringLiteral("DigestAuthentication"), flag("DigestAuthentication", false)},
        {QStringLiteral("OAuthAuthentication"), flag("OAuthAuthentication", true)},
        {QStringLiteral("WSSecurityAuthentication"), flag("WSSecurityAuthentication", true)},
        {QStringLiteral("ExtendedProtectionTokenChecking"),
         extra.value(QLatin1String("ExtendedProtectionTokenChecking")).toString(QStringLiteral("None"))},
        {QStringLiteral("ExtendedProtectionFlags"), QJsonArray()},
        {QStringLiteral("ExtendedProtectionSPNList"), QJsonArray()},
        {QStringLiteral("InternalUrl"), extra.contains(QLatin1String("InternalUrl"))
                                            ? extra.value(QLatin1String("InternalUrl"))
                                            : QJsonValue(ews ? c.ctx.ewsUrl : QString())},
        {QStringLiteral("ExternalUrl"), extra.value(QLatin1String("ExternalUrl"))},
        {QStringLiteral("AdminDisplayVersion"), versionText(s.build)},
        {QStringLiteral("DistinguishedName"),
         QStringLiteral("CN=%1 (Default Web Site),CN=HTTP,CN=Protocols,CN=%2,CN=Servers,CN=Exchange "
                        "Administrative Group "
                        "(FYDIBOHF23SPDLT),CN=Administrative Groups,")
                 .arg(app, s.name) +
             configDn(c.org, {}).mid(1)},
    };
    if (o.value(QLatin1String("ExternalUrl")).isUndefined())
        o.insert(QStringLiteral("ExternalUrl"), QJsonValue());
    if (ews) {
        o.insert(QStringLiteral("MRSProxyEnabled"), flag("MRSProxyEnabled", false));
        o.insert(QStringLiteral("GzipLevel"),
                 extra.value(QLatin1String("GzipLevel")).toString(QStringLiteral("Low")));
        o.insert(QStringLiteral("InternalNLBBypassUrl"),
                 extra.value(QLatin1String("InternalNLBBypassUrl")).isUndefined()
                     ? QJsonValue()
                     : extra.value(QLatin1String("InternalNLBBypassUrl")));
    }
    return o;
}

void getWebServicesVirtualDirectory(Call& c)
{
    for (const auto* s : vdirServers(c, QStringLiteral("EWS"), false))
        c.out(vdirObject(c, *s, true));
}

void getAutodiscoverVirtualDirectory(Call& c)
{
    for (const auto* s : vdirServers(c, QStringLiteral("Autodiscover"), false))
        c.out(vdirObject(c, *s, false));
}

void setWebServicesVirtualDirectory(Call& c)
{
    if (!c.onlyModelled({QStringLiteral("Identity"), QStringLiteral("BasicAuthentication"),
                         QStringLiteral("WindowsAuthentication"), QStringLiteral("DigestAuthentication"),
                         QStringLiteral("OAuthAuthentication"), QStringLiteral("WSSecurityAuthentication"),
                         QStringLiteral("InternalUrl"), QStringLiteral("ExternalUrl"),
                         QStringLiteral("InternalNLBBypassUrl"), QStringLiteral("MRSProxyEnabled"),
                         QStringLiteral("GzipLevel"), QStringLiteral("ExtendedProtectionTokenChecking")}))
        return;
    const QList<MailboxServer*> servers = vdirServers(c, QStringLiteral("EWS"), true);
    if (servers.isEmpty())
        return;
    for (MailboxServer* s : servers) {
        MailboxServer next = *s;
        if (c.has("BasicAuthentication"))
            next.ewsBasicAuthentication = c.on("BasicAuthentication");
        if (c.has("WindowsAuthentication"))
            next.ewsWindowsAuthentication = c.on("WindowsAuthentication");
        for (const char* k :
             {"DigestAuthentication", "OAuthAuthentication", "WSSecurityAuthentication", "MRSProxyEnabled"})
            if (c.has(k))
                next.ewsVirtualDirectory.insert(QLatin1String(k), c.on(k));
        for (const char* k : {"InternalUrl", "ExternalUrl", "InternalNLBBypassUrl", "GzipLevel",
                              "ExtendedProtectionTokenChecking"})
            if (c.has(k))
                next.ewsVirtualDirectory.insert(QLatin1String(k),
                                                c.v(k).isNull() ? QJsonValue() : QJsonValue(c.s(k)));
        if (c.whatIf())
            continue;
        const bool authChanged = next.ewsBasicAuthentication != s->ewsBasicAuthentication ||
                                 next.ewsWindowsAuthentication != s->ewsWindowsAuthentication;
        if (!authChanged && next.ewsVirtualDirectory == s->ewsVirtualDirectory) {
            c.noChange(vdirIdentity(*s, QStringLiteral("EWS")));
            continue;
        }
        if (authChanged)
            c.org.authChanging(c.ctx.now); // IIS picks the change up later
        *s = next;
        c.changed();
    }
}

AuthenticationPolicy* findPolicy(Call& c, const QString& id)
{
    if (AuthenticationPolicy* p = c.org.findAuthenticationPolicy(id))
        return p;
    c.notFound(id);
    return nullptr;
}

void getAuthenticationPolicy(Call& c)
{
    if (c.has("Identity") && !c.s("Identity").isEmpty()) {
        if (const AuthenticationPolicy* p = findPolicy(c, c.s("Identity")))
            c.out(policyObject(c.org, *p));
        return;
    }
    for (const auto& p : c.org.authenticationPolicies)
        c.out(policyObject(c.org, p));
}

void newAuthenticationPolicy(Call& c)
{
    AuthenticationPolicy p;
    p.name = c.s("Name");
    if (c.org.findAuthenticationPolicy(p.name)) {
        c.alreadyExists(policyDn(c.org, p.name));
        return;
    }
    for (const QString& sw : policySwitches())
        if (c.p.contains(sw))
            setPolicyBlock(p, sw, c.p.value(sw).toBool());
    if (c.whatIf())
        return;
    c.org.authChanging(c.ctx.now);
    c.org.authenticationPolicies.append(p);
    c.changed();
    c.out(policyObject(c.org, p));
}

void setAuthenticationPolicy(Call& c)
{
    AuthenticationPolicy* p = findPolicy(c, c.s("Identity"));
    if (!p)
        return;
    AuthenticationPolicy next = *p;
    for (const QString& sw : policySwitches())
        if (c.p.contains(sw))
            setPolicyBlock(next, sw, c.p.value(sw).toBool());
    if (c.whatIf())
        return;
    if (policyObject(c.org, next) == policyObject(c.org, *p)) {
        c.noChange(p->name);
        return;
    }
    c.org.authChanging(c.ctx.now);
    *p = next;
    c.changed();
}

QJsonObject organizationObject(const LabOrg& org)
{
    return {{QStringLiteral("Name"), org.organizationName},
            {QStringLiteral("Identity"), org.organizationName},
            {QStringLiteral("Guid"), uuid(QStringLiteral("org:") + org.organizationName)},
            {QStringLiteral("DistinguishedName"), configDn(org, {}).mid(1)},
            {QStringLiteral("DefaultAuthenticationPolicy"), nullIfEmpty(org.defaultAuthenticationPolicy)},
            {QStringLiteral("OAuth2ClientProfileEnabled"), org.oauth2ClientProfileEnabled},
            {QStringLiteral("IsDehydrated"), false},
            {QStringLiteral("AdminDisplayVersion"),
             QStringLiteral("0.20 (%1)")
                 .arg(org.servers.isEmpty() ? QStringLiteral("15.2.1544.4") : org.servers.first().build)}};
}

void getOrganizationConfig(Call& c)
{
    c.out(organizationObject(c.org));
}

void setOrganizationConfig(Call& c)
{
    if (!c.onlyModelled(
            {QStringLiteral("DefaultAuthenticationPolicy"), QStringLiteral("OAuth2ClientProfileEnabled")}))
        return;
    QString policy = c.org.defaultAuthenticationPolicy;
    if (c.has("DefaultAuthenticationPolicy")) {
        policy.clear();
        if (!c.v("DefaultAuthenticationPolicy").isNull() && !c.s("DefaultAuthenticationPolicy").isEmpty()) {
            const AuthenticationPolicy* p = findPolicy(c, c.s("DefaultAuthenticationPolicy"));
            if (!p)
                return;
            policy = p->name;
        }
    }
    const bool oauth = c.has("OAuth2ClientProfileEnabled") ? c.on("OAuth2ClientProfileEnabled")
                                                           : c.org.oauth2ClientProfileEnabled;
    if (c.whatIf())
        return;
    if (policy == c.org.defaultAuthenticationPolicy && oauth == c.org.oauth2ClientProfileEnabled) {
        c.noChange(c.org.organizationName);
        return;
    }
    if (policy != c.org.defaultAuthenticationPolicy)
        c.org.authChanging(c.ctx.now);
    c.org.defaultAuthenticationPolicy = policy;
    c.org.oauth2ClientProfileEnabled = oauth;
    c.changed();
}

void getThrottlingPolicy(Call& c)
{
    const ThrottlingPolicy& t = c.org.throttling;
    if (c.has("Identity") && !c.s("Identity").isEmpty() &&
        c.s("Identity").compare(t.name, Qt::CaseInsensitive) != 0) {
        c.notFound(c.s("Identity"));
        return;
    }
    // Exchange's Unlimited<uint> values arrive as their ToString() text.
    c.out({{QStringLiteral("Name"), t.name},
           {QStringLiteral("Identity"), t.name},
           {QStringLiteral("Guid"), uuid(QStringLiteral("throttling:") + t.name)},
           {QStringLiteral("ThrottlingPolicyScope"), QStringLiteral("Global")},
           {QStringLiteral("IsServiceAccount"), false},
           {QStringLiteral("EwsMaxConcurrency"), QString::number(t.ewsMaxConcurrency)},
           {QStringLiteral("EwsMaxBurst"), QStringLiteral("300000")},
           {QStringLiteral("EwsRechargeRate"), QStringLiteral("900000")},
           {QStringLiteral("EwsCutoffBalance"), QStringLiteral("3000000")},
           {QStringLiteral("EwsMaxSubscriptions"), QStringLiteral("5000")},
           {QStringLiteral("PowerShellMaxConcurrency"), QStringLiteral("18")},
           {QStringLiteral("PowerShellMaxCmdlets"), QStringLiteral("Unlimited")},
           {QStringLiteral("DistinguishedName"),
            configDn(c.org, QStringLiteral("CN=%1,CN=Global Settings").arg(escapeDnValue(t.name)))}});
}

void getThrottlingPolicyAssociation(Call& c)
{
    listRecipients(c, isAnyUser, [&](const Recipient& r) {
        const QString id = canonicalName(r.distinguishedName(c.org.domain));
        return QJsonObject{{QStringLiteral("Name"), r.name},
                           {QStringLiteral("Identity"), id},
                           {QStringLiteral("ObjectId"), id},
                           {QStringLiteral("ThrottlingPolicyId"), QJsonValue()}};
    });
}

void getCalendarProcessing(Call& c)
{
    if (const Recipient* r = findRecipient(c, c.s("Identity"), isLocalMailbox))
        c.out(calendarProcessingObject(c.org, *r));
}

bool resolvePolicyList(Call& c, const char* param, QStringList current, QStringList* out)
{
    // A list replaces the value; @{Add=…; Remove=…} edits it (MultiValuedProperty).
    const QJsonValue v = c.v(param);
    auto resolve = [&](const QJsonValue& list, QStringList* smtps) {
        for (const QString& m : textList(list)) {
            const Recipient* r = findRecipient(c, m, isMailEnabled);
            if (!r)
                return false;
            smtps->append(r->smtp);
        }
        return true;
    };
    const QJsonArray a = v.toArray();
    if (a.size() == 1 && a.first().isObject()) {
        const QJsonObject h = a.first().toObject();
        QStringList add, remove;
        for (auto it = h.begin(); it != h.end(); ++it) {
            if (it.key().compare(QLatin1String("Add"), Qt::CaseInsensitive) == 0 &&
                !resolve(it.value(), &add))
                return false;
            if (it.key().compare(QLatin1String("Remove"), Qt::CaseInsensitive) == 0 &&
                !resolve(it.value(), &remove))
                return false;
        }
        for (const auto& x : add)
            if (!current.contains(x, Qt::CaseInsensitive))
                current << x;
        current.removeIf([&](const QString& x) { return remove.contains(x, Qt::CaseInsensitive); });
        *out = current;
        return true;
    }
    out->clear();
    return resolve(v, out);
}

void setCalendarProcessing(Call& c)
{
    Recipient* r = findRecipient(c, c.s("Identity"), isLocalMailbox);
    if (!r)
        return;
    CalendarProcessing next = r->calendarProcessing;
    if (c.has("AutomateProcessing") &&
        !enumValue(c, "AutomateProcessing",
                   QStringLiteral("Microsoft.Exchange.Data.Storage.CalendarProcessingFlags"),
                   {QStringLiteral("None"), QStringLiteral("AutoUpdate"), QStringLiteral("AutoAccept")},
                   &next.automateProcessing))
        return;
    const struct
    {
        const char* name;
        bool* field;
    } flags[] = {{"DeleteComments", &next.deleteComments},
                 {"DeleteSubject", &next.deleteSubject},
                 {"AddOrganizerToSubject", &next.addOrganizerToSubject},
                 {"RemovePrivateProperty", &next.removePrivateProperty},
                 {"ProcessExternalMeetingMessages", &next.processExternalMeetingMessages},
                 {"AllowConflicts", &next.allowConflicts},
                 {"AllBookInPolicy", &next.allBookInPolicy},
                 {"AllRequestInPolicy", &next.allRequestInPolicy}};
    for (const auto& f : flags)
        if (c.has(f.name))
            *f.field = c.on(f.name);
    const struct
    {
        const char* name;
        int* field;
        int max;
    } numbers[] = {{"BookingWindowInDays", &next.bookingWindowInDays, 1080},
                   {"MaximumDurationInMinutes", &next.maximumDurationInMinutes, 2147483647}};
    for (const auto& n : numbers)
        if (c.has(n.name)) {
            const int value = c.v(n.name).toInt();
            if (value < 0 || value > n.max) {
                c.fail(QStringLiteral("DataValidationException"),
                       QStringLiteral("The value of property '%1' must be between 0 and %2.")
                           .arg(QLatin1String(n.name))
                           .arg(n.max));
                return;
            }
            *n.field = value;
        }
    if (c.has("BookInPolicy") && !resolvePolicyList(c, "BookInPolicy", next.bookInPolicy, &next.bookInPolicy))
        return;
    if (c.has("ResourceDelegates") &&
        !resolvePolicyList(c, "ResourceDelegates", next.resourceDelegates, &next.resourceDelegates))
        return;
    for (auto it = c.p.begin(); it != c.p.end(); ++it) {
        if (!calendarExtraDefaults().contains(it.key()))
            continue;
        if (it.key().startsWith(QLatin1String("Request"))) {
            QStringList list;
            if (!resolvePolicyList(c, it.key().toLatin1().constData(), {}, &list))
                return;
            QJsonArray legacy;
            for (const auto& x : list)
                legacy.append(legacyDn(c.org, *c.org.find(x)));
            next.extra.insert(it.key(), legacy);
        } else {
            next.extra.insert(it.key(), it.value());
        }
    }
    if (c.whatIf())
        return;
    next.lastChanged = r->calendarProcessing.lastChanged;
    if (next == r->calendarProcessing) {
        c.noChange(canonicalName(r->distinguishedName(c.org.domain)));
        return;
    }
    // Later meeting requests are processed with the new settings (LabOrg::deliverToResource).
    c.org.setCalendarProcessing(*r, next, c.ctx.now);
    c.changed();
}

void getExchangeServer(Call& c)
{
    bool any = false;
    for (const auto& s : c.org.servers) {
        const QString fqdn = s.name.toLower() + QLatin1Char('.') + c.org.domain;
        if (c.has("Identity") && !c.s("Identity").isEmpty() &&
            s.name.compare(c.s("Identity"), Qt::CaseInsensitive) != 0 &&
            fqdn.compare(c.s("Identity"), Qt::CaseInsensitive) != 0)
            continue;
        any = true;
        c.out({{QStringLiteral("Name"), s.name},
               {QStringLiteral("Identity"), s.name},
               {QStringLiteral("Fqdn"), fqdn},
               {QStringLiteral("Domain"), c.org.domain},
               {QStringLiteral("Edition"), QStringLiteral("Enterprise")},
               {QStringLiteral("AdminDisplayVersion"), versionText(s.build)},
               {QStringLiteral("ServerRole"), QStringLiteral("Mailbox")},
               {QStringLiteral("Site"),
                c.org.domain + QStringLiteral("/Configuration/Sites/Default-First-Site-Name")},
               {QStringLiteral("IsMailboxServer"), true},
               {QStringLiteral("IsClientAccessServer"), true},
               {QStringLiteral("IsE15OrLater"), true},
               {QStringLiteral("IsExchangeTrialEdition"), false}});
    }
    if (!any && c.has("Identity"))
        c.notFound(c.s("Identity"));
}

QJsonObject defaultAdServerSettings(const LabCmdlets& shell, const LabOrg& org)
{
    const QString dc = shell.domainController();
    return {{QStringLiteral("ViewEntireForest"), false},
            {QStringLiteral("RecipientViewRoot"), org.domain},
            {QStringLiteral("DefaultGlobalCatalog"), dc},
            {QStringLiteral("DefaultConfigurationDomainController"), dc},
            {QStringLiteral("DefaultPreferredDomainControllers"), QJsonArray{dc}},
            {QStringLiteral("UserPreferredGlobalCatalog"), QJsonValue()},
            {QStringLiteral("UserPreferredConfigurationDomainController"), QJsonValue()},
            {QStringLiteral("UserPreferredDomainControllers"), QJsonArray()},
            {QStringLiteral("WriteOriginatingChangeTimestamp"), false},
            {QStringLiteral("WriteShadowProperties"), false}};
}

} // namespace

// The ADServerSettings handlers need the per-session store.
CmdletResult LabCmdlets::invoke(const QString& name, const QJsonObject& parameters, const ShellContext& ctx)
{
    // Script text in the name or a parameter name: the NoLanguage runspace refuses it (before the
    // session's command list is consulted).
    const QStringList names = parameters.keys();
    if (!isPlainCommandName(name) ||
        !std::all_of(names.begin(), names.end(), [](const QString& n) { return isPlainParameterName(n); })) {
        CmdletResult r;
        r.errors << noLanguage(name);
        return r;
    }
    const CmdletSpec* spec = CmdletTable::instance().find(name);
    if (!spec || !ctx.caller || !sessionCommands(*ctx.caller).contains(spec->name)) {
        CmdletResult r;
        r.errors << commandNotFound(name);
        return r;
    }
    Call c{*this, m_org, *spec, ctx, {}, {}};
    if (!bind(c, parameters))
        return c.res;
    using Handler = void (*)(Call&);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("Get-Mailbox"), getMailbox},
        {QStringLiteral("Get-RemoteMailbox"), getRemoteMailbox},
        {QStringLiteral("Get-Recipient"), getRecipient},
        {QStringLiteral("Get-User"), getUser},
        {QStringLiteral("Set-User"), setUser},
        {QStringLiteral("New-Mailbox"), newMailbox},
        {QStringLiteral("Set-Mailbox"), setMailbox},
        {QStringLiteral("Get-CASMailbox"), getCasMailbox},
        {QStringLiteral("Get-DistributionGroup"), getDistributionGroup},
        {QStringLiteral("New-DistributionGroup"), newDistributionGroup},
        {QStringLiteral("Set-DistributionGroup"), setDistributionGroup},
        {QStringLiteral("Remove-DistributionGroup"), removeDistributionGroup},
        {QStringLiteral("Get-DistributionGroupMember"), getDistributionGroupMember},
        {QStringLiteral("Add-DistributionGroupMember"), addDistributionGroupMember},
        {QStringLiteral("Remove-DistributionGroupMember"), removeDistributionGroupMember},
        {QStringLiteral("Update-DistributionGroupMember"), updateDistributionGroupMember},
        {QStringLiteral("Get-ManagementScope"), getManagementScope},
        {QStringLiteral("New-ManagementScope"), newManagementScope},
        {QStringLiteral("Set-ManagementScope"), setManagementScope},
        {QStringLiteral("Remove-ManagementScope"), removeManagementScope},
        {QStringLiteral("Get-ManagementRoleAssignment"), getManagementRoleAssignment},
        {QStringLiteral("New-ManagementRoleAssignment"), newManagementRoleAssignment},
        {QStringLiteral("Set-ManagementRoleAssignment"), setManagementRoleAssignment},
        {QStringLiteral("Remove-ManagementRoleAssignment"), removeManagementRoleAssignment},
        {QStringLiteral("Get-WebServicesVirtualDirectory"), getWebServicesVirtualDirectory},
        {QStringLiteral("Set-WebServicesVirtualDirectory"), setWebServicesVirtualDirectory},
        {QStringLiteral("Get-AutodiscoverVirtualDirectory"), getAutodiscoverVirtualDirectory},
        {QStringLiteral("Get-AuthenticationPolicy"), getAuthenticationPolicy},
        {QStringLiteral("New-AuthenticationPolicy"), newAuthenticationPolicy},
        {QStringLiteral("Set-AuthenticationPolicy"), setAuthenticationPolicy},
        {QStringLiteral("Get-OrganizationConfig"), getOrganizationConfig},
        {QStringLiteral("Set-OrganizationConfig"), setOrganizationConfig},
        {QStringLiteral("Get-ThrottlingPolicy"), getThrottlingPolicy},
        {QStringLiteral("Get-ThrottlingPolicyAssociation"), getThrottlingPolicyAssociation},
        {QStringLiteral("Get-CalendarProcessing"), getCalendarProcessing},
        {QStringLiteral("Set-CalendarProcessing"), setCalendarProcessing},
        {QStringLiteral("Get-ExchangeServer"), getExchangeServer},
    };
    const QString key = ctx.caller->smtp;
    if (spec->name == QLatin1String("Get-ADServerSettings")) {
        c.out(m_adServerSettings.value(key, defaultAdServerSettings(*this, m_org)));
    } else if (spec->name == QLatin1String("Set-ADServerSettings")) {
        QJsonObject s = c.on("ResetSettings")
                            ? defaultAdServerSettings(*this, m_org)
                            : m_adServerSettings.value(key, defaultAdServerSettings(*this, m_org));
        if (c.has("ViewEntireForest"))
            s.insert(QStringLiteral("ViewEntireForest"), c.on("ViewEntireForest"));
        if (c.has("RecipientViewRoot"))
            s.insert(QStringLiteral("RecipientViewRoot"), c.s("RecipientViewRoot"));
        if (c.has("PreferredServer"))
            s.insert(QStringLiteral("UserPreferredDomainControllers"), QJsonArray{c.s("PreferredServer")});
        if (c.has("SetPreferredDomainControllers"))
            s.insert(QStringLiteral("UserPreferredDomainControllers"),
                     QJsonArray::fromStringList(textList(c.v("SetPreferredDomainControllers"))));
        if (c.has("PreferredGlobalCatalog"))
            s.insert(QStringLiteral("UserPreferredGlobalCatalog"), c.s("PreferredGlobalCatalog"));
        if (c.has("ConfigurationDomainController"))
            s.insert(QStringLiteral("UserPreferredConfigurationDomainController"),
                     c.s("ConfigurationDomainController"));
        m_adServerSettings.insert(key, s);
    } else if (const Handler h = handlers.value(spec->name)) {
        h(c);
    } else {
        c.notModelled(spec->name);
    }
    return c.res;
}

} // namespace otjlab
