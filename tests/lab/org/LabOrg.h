// The simulated Exchange organisation: recipients, calendars, RBAC, authentication settings and
// throttling policy, plus every rule the lab enforces (who may log on, who may impersonate whom,
// how a room's calendar processing transforms a meeting request). No HTTP here: handlers and
// tests drive it directly. The JSON form (toJson/fromJson) is the documented org file format
// (README.md, "Org file format"), versioned by "formatVersion".
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace otjlab {

// Get-/Set-CalendarProcessing (exchange-onprem.md §6.2); defaults are Exchange's.
struct CalendarProcessing
{
    QString automateProcessing = QStringLiteral("AutoAccept"); // None | AutoUpdate | AutoAccept
    bool deleteComments = true;
    bool deleteSubject = true;
    bool addOrganizerToSubject = true;
    bool removePrivateProperty = true;
    bool processExternalMeetingMessages = false;
    bool allowConflicts = false;
    bool allBookInPolicy = true;
    bool allRequestInPolicy = false;
    QStringList bookInPolicy;      // SMTP addresses allowed to book when allBookInPolicy is false
    QStringList resourceDelegates; // SMTP addresses that approve requests outside policy
    int bookingWindowInDays = 180;
    int maximumDurationInMinutes = 1440;
    QDateTime lastChanged; // when these settings were last changed (items created before kept old rules)
    // Get-CalendarProcessing settings the lab shows and stores but does not act on (AllowRecurringMeetings,
    // ...).
    QJsonObject extra;

    QJsonObject toJson() const;
    static CalendarProcessing fromJson(const QJsonObject& o);
    // AutomateProcessing None: nothing transforms the item (organizer and user copies).
    static CalendarProcessing unprocessed()
    {
        CalendarProcessing c;
        c.automateProcessing = QStringLiteral("None");
        return c;
    }
    bool operator==(const CalendarProcessing&) const = default;
};

struct Attendee
{
    QString address;
    QString name;
    QString responseType = QStringLiteral("Unknown"); // ResponseTypeType
};

struct CalendarItem
{
    QString id; // EWS ItemId (opaque, unique in the org)
    QString changeKey;
    QString uid; // iCalendar UID shared by organizer and attendee copies
    QString subject;
    QString body; // plain text
    QDateTime start, end, created;
    QString organizerAddress, organizerName;
    bool isPrivate = false;
    bool isCancelled = false;
    QString myResponseType = QStringLiteral("Accept"); // Organizer | Accept | Tentative | ...
    QString freeBusy = QStringLiteral("Busy");         // Busy | Tentative | Free
    QString location;
    QList<Attendee> requiredAttendees;
    QList<Attendee> resources;

    QJsonObject toJson() const;
    static CalendarItem fromJson(const QJsonObject& o);
};

// A recipient that may also be an AD account (accounts without mailbox have hasMailbox false).
struct Recipient
{
    QString smtp; // primary SMTP address (also the UPN)
    QString sam;  // sAMAccountName for DOMAIN\user logons
    QString name; // display name
    // RecipientTypeDetails: UserMailbox | RoomMailbox | EquipmentMailbox | RemoteRoomMailbox |
    // RemoteUserMailbox | MailContact | User (AD account without mailbox)
    QString type = QStringLiteral("UserMailbox");
    QString password; // empty: cannot log on (resource accounts are disabled in AD)
    bool enabled = true;
    bool passwordExpired = false;
    QString authenticationPolicy; // name, empty: none
    QString role;   // lab role for the serve line: exchange-admin | vmr-scheduling | otj-service | user
    QString site;   // HQ | Branch
    QString server; // mailbox server name
    QString remoteRoutingAddress;          // remote mailboxes: tenant.mail.onmicrosoft.com address
    QStringList fullAccess;                // SMTP addresses with FullAccess on this mailbox
    QStringList roleGroups;                // e.g. "Organization Management"
    CalendarProcessing calendarProcessing; // resource mailboxes only
    QList<CalendarItem> calendar;
    int resourceCapacity = -1; // ResourceCapacity; -1: not set ($null)
    bool hiddenFromAddressLists = false;
    bool passwordNeverExpires = false; // UserAccountControl DoNotExpirePassword
    QString office;                    // physicalDeliveryOfficeName (Office): often the building
    QString city;                      // l (City)
    // The AD domain holding the account when it is not the org's (a child domain of the forest):
    // its DN ends in that domain's DCs. Empty: the org's domain.
    QString adDomain;
    // Per-mailbox EWS access (Get-CASMailbox): EwsEnabled, EwsApplicationAccessPolicy, EwsAllowList,
    // EwsBlockList, EwsAllowOutlook...; a key not set shows $null (the organisation's setting applies).
    QJsonObject ewsAccess;
    // Mail from outside the organisation to this mailbox passes a URL-rewriting gateway first:
    // "safelinks" wraps every link as Microsoft Defender's Safe Links does ("" none).
    QString urlRewriter;
    // Seeding gives this room one meeting from an external organizer in the next days (for P3).
    bool seedExternalMeeting = false;

    bool hasMailbox() const { return type.endsWith(QLatin1String("Mailbox")) && !isRemote(); }
    bool isRemote() const { return type.startsWith(QLatin1String("Remote")); }
    bool isResource() const
    {
        return type == QLatin1String("RoomMailbox") || type == QLatin1String("EquipmentMailbox");
    }
    bool isContact() const { return type == QLatin1String("MailContact"); }
    // `domain` is the org's; the account's own adDomain wins.
    QString distinguishedName(const QString& domain) const;
    QJsonObject toJson() const;
    static Recipient fromJson(const QJsonObject& o);
};

struct DistributionGroup
{
    QString name;
    QString smtp;
    QStringList members; // SMTP addresses (direct members only: MemberOfGroup is not transitive)
    // ManagedBy: SMTP addresses of the owners. Changing members needs the caller here, or
    // -BypassSecurityGroupManagerCheck (exchange-onprem.md, Corrections).
    QStringList managedBy;
    // A room list (RecipientTypeDetails RoomList: New-DistributionGroup -RoomList): Outlook's room
    // finder groups rooms by these.
    bool roomList = false;
    QString distinguishedName(const QString& domain) const; // RFC 4514 escaping of the name
    bool hiddenFromAddressLists = false; // Set-DistributionGroup -HiddenFromAddressListsEnabled
};

struct ManagementScope
{
    QString name;
    QString recipientRestrictionFilter; // OPATH: "MemberOfGroup -eq '<DN>'" | "RecipientTypeDetails -eq
                                        // 'RoomMailbox'"
    bool exclusive = false; // shown (Get-ManagementScope); its effect on other assignments is not modelled
};

struct RoleAssignment
{
    QString name;
    QString role = QStringLiteral("ApplicationImpersonation");
    QString user;                      // SMTP/UPN of the assignee
    QString customRecipientWriteScope; // scope name, empty: whole organisation
    QDateTime created;
    bool enabled = true;
};

struct AuthenticationPolicy
{
    QString name;
    bool blockLegacyAuthWebServices = false;
    bool blockLegacyAuthAutodiscover = false;
    // The other Block* switches that are set (BlockLegacyAuthImap, BlockModernAuthWebServices, ...):
    // shown by Get-AuthenticationPolicy, no effect on the lab's protocols.
    QStringList otherBlocks;
};

struct MailboxServer
{
    QString name; // MBX01
    QString edition = QStringLiteral("Exchange Server 2019 CU14");
    QString build = QStringLiteral("15.2.1544.4");
    // EWS virtual directory authentication (Get-WebServicesVirtualDirectory).
    bool ewsBasicAuthentication = true;
    bool ewsWindowsAuthentication = true;
    bool autodiscoverBasicAuthentication = true;
    // Other Set-WebServicesVirtualDirectory settings (InternalUrl, DigestAuthentication, ...): shown, no
    // effect.
    QJsonObject ewsVirtualDirectory;
    static MailboxServer named(const QString& name)
    {
        MailboxServer s;
        s.name = name;
        return s;
    }
};

// The organisation's global throttling policy: Exchange names it GlobalThrottlingPolicy_<GUID> and a
// client finds it by ThrottlingPolicyScope -eq 'Global' (exchange-onprem.md, Corrections).
struct ThrottlingPolicy
{
    QString name = QStringLiteral("GlobalThrottlingPolicy_5b6b2a5c-7a5d-4f0e-9c1b-2d3e4f5a6b7c");
    int ewsMaxConcurrency = 27;
};

// What EWS and Autodiscover authentication depends on. Changes made through the lab's PowerShell
// reach IIS only after --rbac-delay (LabOrg::authChanging / effectiveAuth).
struct AuthSettings
{
    QList<MailboxServer> servers;
    QList<AuthenticationPolicy> policies;
    QHash<QString, QString> userPolicies; // smtp (lower case) -> policy name
    QString defaultPolicy;
};

enum class ImpersonationResult {
    Allowed,
    Denied,        // ErrorImpersonateUserDenied
    NonExistent,   // ErrorNonExistentMailbox (unknown address, no mailbox)
    RemoteMailbox, // mailbox in Exchange Online: ErrorNonExistentMailbox on-prem (README)
};

// What a room did with a meeting request.
enum class BookingOutcome { Accepted, Tentative, Declined, NotProcessed };

struct MeetingRequest
{
    QString uid;
    QString organizerAddress;
    QString organizerName;
    QString subject;
    QString body;
    QDateTime start, end, sent;
    bool isPrivate = false;
    QList<Attendee> requiredAttendees;
    QList<Attendee> resources;
    QString location;
};

class LabOrg
{
public:
    static constexpr int FormatVersion = 1;

    QString domain = QStringLiteral("contoso.lab");
    QString netbiosDomain = QStringLiteral("CONTOSO");
    QString organizationName = QStringLiteral("Contoso Lab");
    QString tenantRoutingDomain = QStringLiteral("contoso.mail.onmicrosoft.com");
    QList<MailboxServer> servers;
    QList<Recipient> recipients;
    QList<DistributionGroup> groups;
    QList<ManagementScope> scopes;
    QList<RoleAssignment> assignments;
    QList<AuthenticationPolicy> authenticationPolicies;
    ThrottlingPolicy throttling;
    // Set-OrganizationConfig -DefaultAuthenticationPolicy: applies to users without a policy of their own.
    QString defaultAuthenticationPolicy;
    bool oauth2ClientProfileEnabled = false;
    // The organisation's EWS access settings (Get-OrganizationConfig), same keys as Recipient::ewsAccess.
    QJsonObject ewsAccess;
    QString pexipAdminUser = QStringLiteral("admin");
    QString pexipAdminPassword = QStringLiteral("PexipLab!2024");

    // The default org (README): 40 rooms over two sites, imperfect on purpose. now = reference time.
    static LabOrg defaultOrg(const QDateTime& now);
    // Like the default org but with n generated rooms (scale tests).
    static LabOrg generated(int roomCount, const QDateTime& now);

    QJsonObject toJson() const;
    static std::optional<LabOrg> fromJson(const QJsonObject& o, QString* error);

    // Lookup ------------------------------------------------------------------------------------
    Recipient* find(const QString& smtp);
    const Recipient* find(const QString& smtp) const;
    // A logon name as clients send it: user@domain (UPN), DOMAIN\user, or bare sAMAccountName.
    const Recipient* findLogon(const QString& user, const QString& domain = {}) const;
    DistributionGroup* findGroup(const QString& nameOrSmtp);
    const ManagementScope* findScope(const QString& name) const;
    QList<const Recipient*> rooms() const; // RoomMailbox + RemoteRoomMailbox

    // Rules -------------------------------------------------------------------------------------
    // Can this account authenticate to EWS (Basic or Windows) at all? Disabled, expired and
    // policy-blocked accounts cannot; the caller answers all of them with the same 401.
    // effective: the settings IIS has picked up (effectiveAuth), nullptr = the current ones.
    bool mayLogOn(const Recipient& account, bool autodiscover = false,
                  const AuthSettings* effective = nullptr) const;
    // The authentication policy that applies to the account: its own, else the org default; null if none.
    const AuthenticationPolicy* authenticationPolicyFor(const Recipient& account,
                                                        const AuthSettings* effective = nullptr) const;
    AuthenticationPolicy* findAuthenticationPolicy(const QString& name);
    // Call before changing any AuthSettings input through the shell: the old settings stay in effect
    // for EWS/Autodiscover until now + delay. effectiveAuth() is nullopt when the current ones apply.
    void authChanging(const QDateTime& now);
    std::optional<AuthSettings> effectiveAuth(const QDateTime& now, int delaySeconds) const;
    AuthSettings currentAuth() const;
    // The values of an OPATH-filterable property on a recipient (MemberOfGroup: DNs of the groups it is
    // a direct member of, counting a membership only after rbacDelaySeconds when now is valid).
    QStringList filterValues(const Recipient& r, const QString& property, bool* known,
                             const QDateTime& now = {}, int rbacDelaySeconds = 0) const;
    bool checkPassword(const QString& user, const QString& password,
                       const Recipient** account = nullptr) const;
    // Does the scope's filter match the recipient? Unknown filters match nothing.
    // With now valid, a group member counts only rbacDelaySeconds after it was added (AD replication).
    bool scopeMatches(const QString& filter, const Recipient& target, const QDateTime& now = {},
                      int rbacDelaySeconds = 0) const;
    void addGroupMember(DistributionGroup& group, const QString& smtp, const QDateTime& when);
    // When each membership was made ("<group name lower>\n<smtp lower>"); absent = long ago.
    QHash<QString, QDateTime> memberSince;
    // Removals and changes through the lab's PowerShell: until now + --rbac-delay EWS still sees the
    // old state (a removed membership or assignment still counts; a changed scope keeps its old filter).
    void removeGroupMember(DistributionGroup& group, const QString& smtp, const QDateTime& when);
    void retireAssignment(const RoleAssignment& old, const QDateTime& when);
    void scopeFilterChanging(const ManagementScope& old, const QDateTime& when);
    ImpersonationResult canImpersonate(const QString& caller, const QString& target, const QDateTime& now,
                                       int rbacDelaySeconds) const;
    bool hasRoleGroup(const QString& smtp, const QString& group) const;

    // Calendar processing: apply the room's rules to a meeting request (adds the item to the room's
    // calendar when accepted/tentative). The settings in effect are those at request.sent.
    BookingOutcome deliverToResource(Recipient& room, const MeetingRequest& request,
                                     const CalendarProcessing& settings);
    // An attendee copy for a normal mailbox (tentative, untransformed).
    void deliverToUser(Recipient& user, const MeetingRequest& request);
    static CalendarItem transformed(const MeetingRequest& request, const CalendarProcessing& settings,
                                    BookingOutcome outcome);

    // Item ids ----------------------------------------------------------------------------------
    QString newItemId(const QString& mailbox);
    // The item with this id (the id encodes its mailbox), or nullptr.
    CalendarItem* findItem(const QString& id, Recipient** owner = nullptr);
    static QString mailboxOfItemId(const QString& id);

    // Changes (the /lab/ routes use these) ------------------------------------------------------
    void setCalendarProcessing(Recipient& room, const CalendarProcessing& cp, const QDateTime& now);
    Recipient& addRoom(const QString& smtp, const QString& name, const QString& site, const QDateTime& now);

private:
    void seedCalendars(const QDateTime& now, quint32 seed);
    QList<QPair<QDateTime, AuthSettings>> m_authHistory; // (changed at, settings before the change)
    struct FormerMembership
    {
        QString group, smtp;
        QDateTime since, removed;
    };
    QList<FormerMembership> m_formerMembers;
    QList<QPair<QDateTime, RoleAssignment>> m_retiredAssignments;     // (removed at, assignment)
    QHash<QString, QPair<QDateTime, QString>> m_previousScopeFilters; // scope (lower) -> (changed at, filter)
    void addStandardAccounts(const QDateTime& now);
    quint64 m_nextItem = 1;
};

QString toString(BookingOutcome o);

} // namespace otjlab
