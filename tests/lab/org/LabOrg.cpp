#include "org/LabOrg.h"
#include "org/Opath.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace otjlab {
namespace {

QString s(const QJsonObject& o, const char* key, const QString& def = {})
{
    return o.value(QLatin1String(key)).toString(def);
}
bool b(const QJsonObject& o, const char* key, bool def)
{
    return o.value(QLatin1String(key)).toBool(def);
}
QStringList list(const QJsonObject& o, const char* key)
{
    QStringList out;
    for (const auto& v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}
QDateTime dt(const QJsonObject& o, const char* key)
{
    return QDateTime::fromString(s(o, key), Qt::ISODate);
}
QString iso(const QDateTime& d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString();
}

QString membershipKey(const QString& group, const QString& smtp)
{
    return group.toLower() + QLatin1Char('\n') + smtp.toLower();
}

QString dcPath(const QString& domain)
{
    QStringList parts;
    for (const QString& p : domain.split(QLatin1Char('.')))
        parts << QStringLiteral("DC=") + p;
    return parts.join(QLatin1Char(','));
}

QJsonArray attendeesJson(const QList<Attendee>& list)
{
    QJsonArray a;
    for (const auto& at : list)
        a.append(QJsonObject{{QStringLiteral("address"), at.address},
                             {QStringLiteral("name"), at.name},
                             {QStringLiteral("responseType"), at.responseType}});
    return a;
}

QList<Attendee> attendeesFromJson(const QJsonValue& v)
{
    QList<Attendee> out;
    for (const auto& e : v.toArray()) {
        const auto o = e.toObject();
        out.append({s(o, "address"), s(o, "name"), s(o, "responseType", QStringLiteral("Unknown"))});
    }
    return out;
}

} // namespace

QString toString(BookingOutcome o)
{
    switch (o) {
    case BookingOutcome::Accepted:
        return QStringLiteral("Accepted");
    case BookingOutcome::Tentative:
        return QStringLiteral("Tentative");
    case BookingOutcome::Declined:
        return QStringLiteral("Declined");
    case BookingOutcome::NotProcessed:
        break;
    }
    return QStringLiteral("NotProcessed");
}

// --- JSON ---------------------------------------------------------------------------------------

QJsonObject CalendarProcessing::toJson() const
{
    QJsonObject o{
        {QStringLiteral("AutomateProcessing"), automateProcessing},
        {QStringLiteral("DeleteComments"), deleteComments},
        {QStringLiteral("DeleteSubject"), deleteSubject},
        {QStringLiteral("AddOrganizerToSubject"), addOrganizerToSubject},
        {QStringLiteral("RemovePrivateProperty"), removePrivateProperty},
        {QStringLiteral("ProcessExternalMeetingMessages"), processExternalMeetingMessages},
        {QStringLiteral("AllowConflicts"), allowConflicts},
        {QStringLiteral("AllBookInPolicy"), allBookInPolicy},
        {QStringLiteral("AllRequestInPolicy"), allRequestInPolicy},
        {QStringLiteral("BookInPolicy"), QJsonArray::fromStringList(bookInPolicy)},
        {QStringLiteral("ResourceDelegates"), QJsonArray::fromStringList(resourceDelegates)},
        {QStringLiteral("BookingWindowInDays"), bookingWindowInDays},
        {QStringLiteral("MaximumDurationInMinutes"), maximumDurationInMinutes},
        {QStringLiteral("lastChanged"), iso(lastChanged)},
    };
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra"), extra);
    return o;
}

CalendarProcessing CalendarProcessing::fromJson(const QJsonObject& o)
{
    CalendarProcessing c;
    c.automateProcessing = s(o, "AutomateProcessing", c.automateProcessing);
    c.deleteComments = b(o, "DeleteComments", c.deleteComments);
    c.deleteSubject = b(o, "DeleteSubject", c.deleteSubject);
    c.addOrganizerToSubject = b(o, "AddOrganizerToSubject", c.addOrganizerToSubject);
    c.removePrivateProperty = b(o, "RemovePrivateProperty", c.removePrivateProperty);
    c.processExternalMeetingMessages =
        b(o, "ProcessExternalMeetingMessages", c.processExternalMeetingMessages);
    c.allowConflicts = b(o, "AllowConflicts", c.allowConflicts);
    c.allBookInPolicy = b(o, "AllBookInPolicy", c.allBookInPolicy);
    c.allRequestInPolicy = b(o, "AllRequestInPolicy", c.allRequestInPolicy);
    c.bookInPolicy = list(o, "BookInPolicy");
    c.resourceDelegates = list(o, "ResourceDelegates");
    c.bookingWindowInDays = o.value(QLatin1String("BookingWindowInDays")).toInt(c.bookingWindowInDays);
    c.maximumDurationInMinutes =
        o.value(QLatin1String("MaximumDurationInMinutes")).toInt(c.maximumDurationInMinutes);
    c.lastChanged = dt(o, "lastChanged");
    c.extra = o.value(QLatin1String("extra")).toObject();
    return c;
}

QJsonObject CalendarItem::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("changeKey"), changeKey},
        {QStringLiteral("uid"), uid},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("body"), body},
        {QStringLiteral("start"), iso(start)},
        {QStringLiteral("end"), iso(end)},
        {QStringLiteral("created"), iso(created)},
        {QStringLiteral("organizer"), organizerAddress},
        {QStringLiteral("organizerName"), organizerName},
        {QStringLiteral("private"), isPrivate},
        {QStringLiteral("cancelled"), isCancelled},
        {QStringLiteral("myResponseType"), myResponseType},
        {QStringLiteral("freeBusy"), freeBusy},
        {QStringLiteral("location"), location},
    };
    if (!requiredAttendees.isEmpty())
        o.insert(QStringLiteral("requiredAttendees"), attendeesJson(requiredAttendees));
    if (!resources.isEmpty())
        o.insert(QStringLiteral("resources"), attendeesJson(resources));
    return o;
}

CalendarItem CalendarItem::fromJson(const QJsonObject& o)
{
    CalendarItem c;
    c.id = s(o, "id");
    c.changeKey = s(o, "changeKey");
    c.uid = s(o, "uid");
    c.subject = s(o, "subject");
    c.body = s(o, "body");
    c.start = dt(o, "start");
    c.end = dt(o, "end");
    c.created = dt(o, "created");
    c.organizerAddress = s(o, "organizer");
    c.organizerName = s(o, "organizerName");
    c.isPrivate = b(o, "private", false);
    c.isCancelled = b(o, "cancelled", false);
    c.myResponseType = s(o, "myResponseType", QStringLiteral("Accept"));
    c.freeBusy = s(o, "freeBusy", QStringLiteral("Busy"));
    c.location = s(o, "location");
    c.requiredAttendees = attendeesFromJson(o.value(QLatin1String("requiredAttendees")));
    c.resources = attendeesFromJson(o.value(QLatin1String("resources")));
    return c;
}

QString Recipient::distinguishedName(const QString& domain) const
{
    QString ou = QStringLiteral("Users");
    if (isResource() || type == QLatin1String("RemoteRoomMailbox"))
        ou = QStringLiteral("Rooms");
    else if (isContact())
        ou = QStringLiteral("Contacts");
    else if (role == QLatin1String("otj-service") || role == QLatin1String("vmr-scheduling"))
        ou = QStringLiteral("Service Accounts");
    return QStringLiteral("CN=%1,OU=%2,%3")
        .arg(escapeDnValue(name), ou, dcPath(adDomain.isEmpty() ? domain : adDomain));
}

QString DistributionGroup::distinguishedName(const QString& domain) const
{
    return QStringLiteral("CN=%1,OU=Groups,%2").arg(escapeDnValue(name), dcPath(domain));
}

QJsonObject Recipient::toJson() const
{
    QJsonObject o{
        {QStringLiteral("smtp"), smtp},
        {QStringLiteral("sam"), sam},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("password"), password},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("passwordExpired"), passwordExpired},
        {QStringLiteral("authenticationPolicy"), authenticationPolicy},
        {QStringLiteral("role"), role},
        {QStringLiteral("site"), site},
        {QStringLiteral("server"), server},
    };
    if (!remoteRoutingAddress.isEmpty())
        o.insert(QStringLiteral("remoteRoutingAddress"), remoteRoutingAddress);
    if (!fullAccess.isEmpty())
        o.insert(QStringLiteral("fullAccess"), QJsonArray::fromStringList(fullAccess));
    if (!roleGroups.isEmpty())
        o.insert(QStringLiteral("roleGroups"), QJsonArray::fromStringList(roleGroups));
    if (isResource())
        o.insert(QStringLiteral("calendarProcessing"), calendarProcessing.toJson());
    if (resourceCapacity >= 0)
        o.insert(QStringLiteral("resourceCapacity"), resourceCapacity);
    if (hiddenFromAddressLists)
        o.insert(QStringLiteral("hiddenFromAddressLists"), true);
    if (passwordNeverExpires)
        o.insert(QStringLiteral("passwordNeverExpires"), true);
    for (const auto& [key, value] : {std::pair{"office", &office}, {"city", &city}, {"adDomain", &adDomain}})
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    if (!ewsAccess.isEmpty())
        o.insert(QStringLiteral("ewsAccess"), ewsAccess);
    if (!urlRewriter.isEmpty())
        o.insert(QStringLiteral("urlRewriter"), urlRewriter);
    if (seedExternalMeeting)
        o.insert(QStringLiteral("seedExternalMeeting"), true);
    if (!calendar.isEmpty()) {
        QJsonArray items;
        for (const auto& it : calendar)
            items.append(it.toJson());
        o.insert(QStringLiteral("calendar"), items);
    }
    return o;
}

Recipient Recipient::fromJson(const QJsonObject& o)
{
    Recipient r;
    r.smtp = s(o, "smtp").toLower();
    r.sam = s(o, "sam", r.smtp.section(QLatin1Char('@'), 0, 0));
    r.name = s(o, "name", r.sam);
    r.type = s(o, "type", r.type);
    r.password = s(o, "password");
    r.enabled = b(o, "enabled", true);
    r.passwordExpired = b(o, "passwordExpired", false);
    r.authenticationPolicy = s(o, "authenticationPolicy");
    r.role = s(o, "role");
    r.site = s(o, "site");
    r.server = s(o, "server");
    r.remoteRoutingAddress = s(o, "remoteRoutingAddress");
    r.fullAccess = list(o, "fullAccess");
    r.roleGroups = list(o, "roleGroups");
    r.calendarProcessing =
        CalendarProcessing::fromJson(o.value(QLatin1String("calendarProcessing")).toObject());
    for (const auto& v : o.value(QLatin1String("calendar")).toArray())
        r.calendar.append(CalendarItem::fromJson(v.toObject()));
    r.resourceCapacity = o.value(QLatin1String("resourceCapacity")).toInt(-1);
    r.hiddenFromAddressLists = b(o, "hiddenFromAddressLists", false);
    r.passwordNeverExpires = b(o, "passwordNeverExpires", false);
    r.office = s(o, "office");
    r.city = s(o, "city");
    r.adDomain = s(o, "adDomain").toLower();
    r.ewsAccess = o.value(QLatin1String("ewsAccess")).toObject();
    r.urlRewriter = s(o, "urlRewriter");
    r.seedExternalMeeting = b(o, "seedExternalMeeting", false);
    return r;
}

QJsonObject LabOrg::toJson() const
{
    QJsonArray srv, rec, grp, scp, asg, pol;
    for (const auto& x : servers)
        srv.append(QJsonObject{
            {QStringLiteral("name"), x.name},
            {QStringLiteral("edition"), x.edition},
            {QStringLiteral("build"), x.build},
            {QStringLiteral("ewsBasicAuthentication"), x.ewsBasicAuthentication},
            {QStringLiteral("ewsWindowsAuthentication"), x.ewsWindowsAuthentication},
            {QStringLiteral("autodiscoverBasicAuthentication"), x.autodiscoverBasicAuthentication},
            {QStringLiteral("ewsVirtualDirectory"), x.ewsVirtualDirectory}});
    for (const auto& x : recipients)
        rec.append(x.toJson());
    for (const auto& x : groups) {
        QJsonObject g{{QStringLiteral("name"), x.name},
                      {QStringLiteral("smtp"), x.smtp},
                      {QStringLiteral("members"), QJsonArray::fromStringList(x.members)}};
        if (!x.managedBy.isEmpty())
            g.insert(QStringLiteral("managedBy"), QJsonArray::fromStringList(x.managedBy));
        if (x.roomList)
            g.insert(QStringLiteral("roomList"), true);
        if (x.hiddenFromAddressLists)
            g.insert(QStringLiteral("hiddenFromAddressLists"), true);
        QJsonObject since;
        for (const auto& m : x.members) {
            const QDateTime d = memberSince.value(membershipKey(x.name, m));
            if (d.isValid())
                since.insert(m, iso(d));
        }
        if (!since.isEmpty())
            g.insert(QStringLiteral("memberSince"), since);
        grp.append(g);
    }
    for (const auto& x : scopes) {
        QJsonObject sc{{QStringLiteral("name"), x.name},
                       {QStringLiteral("recipientRestrictionFilter"), x.recipientRestrictionFilter}};
        if (x.exclusive)
            sc.insert(QStringLiteral("exclusive"), true);
        scp.append(sc);
    }
    for (const auto& x : assignments)
        asg.append(QJsonObject{{QStringLiteral("name"), x.name},
                               {QStringLiteral("role"), x.role},
                               {QStringLiteral("user"), x.user},
                               {QStringLiteral("customRecipientWriteScope"), x.customRecipientWriteScope},
                               {QStringLiteral("created"), iso(x.created)},
                               {QStringLiteral("enabled"), x.enabled}});
    for (const auto& x : authenticationPolicies)
        pol.append(QJsonObject{{QStringLiteral("name"), x.name},
                               {QStringLiteral("blockLegacyAuthWebServices"), x.blockLegacyAuthWebServices},
                               {QStringLiteral("blockLegacyAuthAutodiscover"), x.blockLegacyAuthAutodiscover},
                               {QStringLiteral("otherBlocks"), QJsonArray::fromStringList(x.otherBlocks)}});
    return {
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("netbiosDomain"), netbiosDomain},
        {QStringLiteral("organizationName"), organizationName},
        {QStringLiteral("tenantRoutingDomain"), tenantRoutingDomain},
        {QStringLiteral("servers"), srv},
        {QStringLiteral("recipients"), rec},
        {QStringLiteral("groups"), grp},
        {QStringLiteral("managementScopes"), scp},
        {QStringLiteral("roleAssignments"), asg},
        {QStringLiteral("authenticationPolicies"), pol},
        {QStringLiteral("throttlingPolicy"),
         QJsonObject{{QStringLiteral("name"), throttling.name},
                     {QStringLiteral("EwsMaxConcurrency"), throttling.ewsMaxConcurrency}}},
        {QStringLiteral("defaultAuthenticationPolicy"), defaultAuthenticationPolicy},
        {QStringLiteral("oauth2ClientProfileEnabled"), oauth2ClientProfileEnabled},
        {QStringLiteral("ewsAccess"), ewsAccess},
        {QStringLiteral("pexipAdmin"), QJsonObject{{QStringLiteral("user"), pexipAdminUser},
                                                   {QStringLiteral("password"), pexipAdminPassword}}},
        {QStringLiteral("nextItem"), QString::number(m_nextItem)},
    };
}

std::optional<LabOrg> LabOrg::fromJson(const QJsonObject& o, QString* error)
{
    const int version = o.value(QLatin1String("formatVersion")).toInt(0);
    if (version < 1 || version > FormatVersion) {
        if (error)
            *error = QStringLiteral("unsupported org formatVersion %1 (this lab reads 1..%2)")
                         .arg(version)
                         .arg(FormatVersion);
        return std::nullopt;
    }
    LabOrg org;
    org.domain = s(o, "domain", org.domain).toLower();
    org.netbiosDomain = s(o, "netbiosDomain", org.domain.section(QLatin1Char('.'), 0, 0).toUpper());
    org.organizationName = s(o, "organizationName", org.organizationName);
    org.tenantRoutingDomain = s(o, "tenantRoutingDomain", org.tenantRoutingDomain);
    for (const auto& v : o.value(QLatin1String("servers")).toArray()) {
        const auto x = v.toObject();
        MailboxServer m;
        m.name = s(x, "name");
        m.edition = s(x, "edition", m.edition);
        m.build = s(x, "build", m.build);
        m.ewsBasicAuthentication = b(x, "ewsBasicAuthentication", true);
        m.ewsWindowsAuthentication = b(x, "ewsWindowsAuthentication", true);
        m.autodiscoverBasicAuthentication = b(x, "autodiscoverBasicAuthentication", true);
        m.ewsVirtualDirectory = x.value(QLatin1String("ewsVirtualDirectory")).toObject();
        org.servers.append(m);
    }
    if (org.servers.isEmpty())
        org.servers.append(MailboxServer::named(QStringLiteral("MBX01")));
    for (const auto& v : o.value(QLatin1String("recipients")).toArray()) {
        Recipient r = Recipient::fromJson(v.toObject());
        if (r.smtp.isEmpty() || !r.smtp.contains(QLatin1Char('@'))) {
            if (error)
                *error = QStringLiteral("recipient without a valid smtp address");
            return std::nullopt;
        }
        if (org.find(r.smtp)) {
            if (error)
                *error = QStringLiteral("duplicate recipient %1").arg(r.smtp);
            return std::nullopt;
        }
        org.recipients.append(r);
    }
    for (const auto& v : o.value(QLatin1String("groups")).toArray()) {
        const auto x = v.toObject();
        org.groups.append(
            {s(x, "name"), s(x, "smtp"), list(x, "members"), list(x, "managedBy"), b(x, "roomList", false)});
        org.groups.last().hiddenFromAddressLists = b(x, "hiddenFromAddressLists", false);
        const QJsonObject since = x.value(QLatin1String("memberSince")).toObject();
        for (auto it = since.begin(); it != since.end(); ++it)
            org.memberSince.insert(membershipKey(s(x, "name"), it.key()),
                                   QDateTime::fromString(it.value().toString(), Qt::ISODate));
    }
    for (const auto& v : o.value(QLatin1String("managementScopes")).toArray()) {
        const auto x = v.toObject();
        org.scopes.append({s(x, "name"), s(x, "recipientRestrictionFilter"), b(x, "exclusive", false)});
    }
    for (const auto& v : o.value(QLatin1String("roleAssignments")).toArray()) {
        const auto x = v.toObject();
        RoleAssignment a;
        a.name = s(x, "name");
        a.role = s(x, "role", a.role);
        a.user = s(x, "user").toLower();
        a.customRecipientWriteScope = s(x, "customRecipientWriteScope");
        a.created = dt(x, "created");
        if (!a.created.isValid())
            a.created = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        a.enabled = b(x, "enabled", true);
        org.assignments.append(a);
    }
    for (const auto& v : o.value(QLatin1String("authenticationPolicies")).toArray()) {
        const auto x = v.toObject();
        org.authenticationPolicies.append({s(x, "name"), b(x, "blockLegacyAuthWebServices", false),
                                           b(x, "blockLegacyAuthAutodiscover", false),
                                           list(x, "otherBlocks")});
    }
    const auto tp = o.value(QLatin1String("throttlingPolicy")).toObject();
    org.throttling.name = s(tp, "name", org.throttling.name);
    org.throttling.ewsMaxConcurrency = tp.value(QLatin1String("EwsMaxConcurrency")).toInt(27);
    org.defaultAuthenticationPolicy = s(o, "defaultAuthenticationPolicy");
    org.oauth2ClientProfileEnabled = b(o, "oauth2ClientProfileEnabled", false);
    org.ewsAccess = o.value(QLatin1String("ewsAccess")).toObject();
    const auto px = o.value(QLatin1String("pexipAdmin")).toObject();
    org.pexipAdminUser = s(px, "user", org.pexipAdminUser);
    org.pexipAdminPassword = s(px, "password", org.pexipAdminPassword);
    org.m_nextItem = s(o, "nextItem", QStringLiteral("1")).toULongLong();
    if (org.m_nextItem == 0)
        org.m_nextItem = 1;
    // Ids in the file must stay unique: continue after the highest counter seen in an item id.
    for (const auto& r : org.recipients)
        for (const auto& it : r.calendar) {
            const auto d =
                QByteArray::fromBase64Encoding(it.id.mid(5).toLatin1(), QByteArray::Base64UrlEncoding);
            if (d && d.decoded.contains('\0'))
                org.m_nextItem =
                    qMax(org.m_nextItem, d.decoded.mid(d.decoded.indexOf('\0') + 1).toULongLong() + 1);
        }
    // "seedCalendars": true: rooms without a calendar in the file get the seeded meetings (dated
    // from the start of today, like the default org's), so an org file never goes stale.
    if (b(o, "seedCalendars", false))
        org.seedCalendars(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC), 42);
    return org;
}

// --- Lookup -------------------------------------------------------------------------------------

Recipient* LabOrg::find(const QString& smtp)
{
    for (auto& r : recipients)
        if (r.smtp.compare(smtp, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

const Recipient* LabOrg::find(const QString& smtp) const
{
    return const_cast<LabOrg*>(this)->find(smtp);
}

const Recipient* LabOrg::findLogon(const QString& userIn, const QString& domainIn) const
{
    QString user = userIn, dom = domainIn;
    if (dom.isEmpty() && user.contains(QLatin1Char('\\'))) {
        dom = user.section(QLatin1Char('\\'), 0, 0);
        user = user.section(QLatin1Char('\\'), 1);
    }
    if (dom.isEmpty() && user.contains(QLatin1Char('@')))
        return find(user);
    if (!dom.isEmpty() && dom.compare(netbiosDomain, Qt::CaseInsensitive) != 0 &&
        dom.compare(domain, Qt::CaseInsensitive) != 0)
        return nullptr;
    for (const auto& r : recipients)
        if (r.sam.compare(user, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

DistributionGroup* LabOrg::findGroup(const QString& key)
{
    for (auto& g : groups)
        if (g.name.compare(key, Qt::CaseInsensitive) == 0 || g.smtp.compare(key, Qt::CaseInsensitive) == 0 ||
            sameDn(g.distinguishedName(domain), key))
            return &g;
    return nullptr;
}

const ManagementScope* LabOrg::findScope(const QString& name) const
{
    for (const auto& sc : scopes)
        if (sc.name.compare(name, Qt::CaseInsensitive) == 0)
            return &sc;
    return nullptr;
}

QList<const Recipient*> LabOrg::rooms() const
{
    QList<const Recipient*> out;
    for (const auto& r : recipients)
        if (r.type == QLatin1String("RoomMailbox") || r.type == QLatin1String("RemoteRoomMailbox"))
            out << &r;
    return out;
}

// --- Rules --------------------------------------------------------------------------------------

bool LabOrg::mayLogOn(const Recipient& a, bool autodiscover, const AuthSettings* effective) const
{
    if (!a.enabled || a.passwordExpired || a.password.isEmpty())
        return false;
    // BlockLegacyAuth* blocks Basic, Digest and Windows (NTLM/Kerberos): every way into the lab.
    if (const AuthenticationPolicy* p = authenticationPolicyFor(a, effective))
        return !(autodiscover ? p->blockLegacyAuthAutodiscover : p->blockLegacyAuthWebServices);
    return true;
}

const AuthenticationPolicy* LabOrg::authenticationPolicyFor(const Recipient& a, const AuthSettings* eff) const
{
    const QString own =
        eff ? eff->userPolicies.value(a.smtp.toLower()) : a.authenticationPolicy; // a user's own policy wins
    const QString name = own.isEmpty() ? (eff ? eff->defaultPolicy : defaultAuthenticationPolicy) : own;
    if (name.isEmpty())
        return nullptr;
    for (const auto& p : eff ? eff->policies : authenticationPolicies)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

AuthenticationPolicy* LabOrg::findAuthenticationPolicy(const QString& name)
{
    for (auto& p : authenticationPolicies)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

AuthSettings LabOrg::currentAuth() const
{
    // Element copies, not shared lists: callers hold pointers into the current lists and write
    // through them after this snapshot (an implicitly shared QList would not detach).
    AuthSettings s;
    for (const auto& x : servers)
        s.servers.append(x);
    for (const auto& x : authenticationPolicies)
        s.policies.append(x);
    s.defaultPolicy = defaultAuthenticationPolicy;
    for (const auto& r : recipients)
        if (!r.authenticationPolicy.isEmpty())
            s.userPolicies.insert(r.smtp.toLower(), r.authenticationPolicy);
    return s;
}

void LabOrg::authChanging(const QDateTime& now)
{
    m_authHistory.append({now, currentAuth()});
    constexpr int kMaxHistory = 64;
    while (m_authHistory.size() > kMaxHistory)
        m_authHistory.removeFirst();
}

std::optional<AuthSettings> LabOrg::effectiveAuth(const QDateTime& now, int delaySeconds) const
{
    // The oldest change not yet picked up: the settings from before it are still in effect.
    for (const auto& h : m_authHistory)
        if (h.first.addSecs(delaySeconds) > now)
            return h.second;
    return std::nullopt;
}

bool LabOrg::checkPassword(const QString& user, const QString& password, const Recipient** account) const
{
    const Recipient* r = findLogon(user);
    if (account)
        *account = r;
    return r && !r->password.isEmpty() && r->password == password;
}

void LabOrg::addGroupMember(DistributionGroup& group, const QString& smtp, const QDateTime& when)
{
    if (!group.members.contains(smtp, Qt::CaseInsensitive))
        group.members.append(smtp.toLower());
    memberSince.insert(membershipKey(group.name, smtp), when);
}

QStringList LabOrg::filterValues(const Recipient& r, const QString& property, bool* known,
                                 const QDateTime& now, int rbacDelaySeconds) const
{
    *known = true;
    const auto is = [&](const char* p) {
        return property.compare(QLatin1String(p), Qt::CaseInsensitive) == 0;
    };
    if (is("RecipientTypeDetails"))
        return {r.type};
    if (is("RecipientType")) {
        if (r.isContact())
            return {QStringLiteral("MailContact")};
        if (r.isRemote())
            return {QStringLiteral("MailUser")};
        return {r.hasMailbox() ? QStringLiteral("UserMailbox") : QStringLiteral("User")};
    }
    if (is("Name") || is("DisplayName"))
        return {r.name};
    if (is("Alias") || is("SamAccountName"))
        return {r.sam};
    if (is("PrimarySmtpAddress") || is("UserPrincipalName") || is("WindowsEmailAddress"))
        return {r.smtp};
    if (is("EmailAddresses"))
        return {QStringLiteral("SMTP:") + r.smtp, r.smtp};
    if (is("DistinguishedName"))
        return {r.distinguishedName(domain)};
    if (is("ResourceType"))
        return r.isResource() ? QStringList{r.type.left(r.type.size() - 7)} : QStringList{};
    if (is("Office"))
        return {r.office};
    if (is("City"))
        return {r.city};
    if (is("HiddenFromAddressListsEnabled"))
        return {r.hiddenFromAddressLists ? QStringLiteral("True") : QStringLiteral("False")};
    if (is("MemberOfGroup")) {
        // Direct membership only (memberOf is not transitive); new memberships count after the delay.
        QStringList dns;
        for (const auto& g : groups)
            for (const auto& m : g.members)
                if (m.compare(r.smtp, Qt::CaseInsensitive) == 0) {
                    const QDateTime since = memberSince.value(membershipKey(g.name, m));
                    if (!now.isValid() || !since.isValid() || since.addSecs(rbacDelaySeconds) <= now)
                        dns << g.distinguishedName(domain);
                }
        // A removed membership still counts until the removal has replicated.
        if (now.isValid())
            for (const auto& f : m_formerMembers)
                if (f.smtp.compare(r.smtp, Qt::CaseInsensitive) == 0 &&
                    f.removed.addSecs(rbacDelaySeconds) > now &&
                    (!f.since.isValid() || f.since.addSecs(rbacDelaySeconds) <= now))
                    dns << DistributionGroup{f.group, {}, {}, {}, false}.distinguishedName(domain);
        return dns;
    }
    *known = false;
    return {};
}

bool LabOrg::scopeMatches(const QString& filter, const Recipient& target, const QDateTime& now,
                          int rbacDelaySeconds) const
{
    // Unknown properties and filters that do not parse match nothing.
    const OpathFilter f = OpathFilter::parse(filter);
    return f.matches([&](const QString& property, bool* known) {
        return filterValues(target, property, known, now, rbacDelaySeconds);
    });
}

void LabOrg::removeGroupMember(DistributionGroup& group, const QString& smtp, const QDateTime& when)
{
    const QString key = membershipKey(group.name, smtp);
    if (group.members.removeIf([&](const QString& m) { return m.compare(smtp, Qt::CaseInsensitive) == 0; }))
        m_formerMembers.append({group.name, smtp.toLower(), memberSince.value(key), when});
    memberSince.remove(key);
}

void LabOrg::retireAssignment(const RoleAssignment& old, const QDateTime& when)
{
    m_retiredAssignments.append({when, old});
}

void LabOrg::scopeFilterChanging(const ManagementScope& old, const QDateTime& when)
{
    m_previousScopeFilters.insert(old.name.toLower(), {when, old.recipientRestrictionFilter});
}

ImpersonationResult LabOrg::canImpersonate(const QString& caller, const QString& targetAddress,
                                           const QDateTime& now, int rbacDelaySeconds) const
{
    const Recipient* target = find(targetAddress);
    if (!target)
        return ImpersonationResult::NonExistent;
    if (target->isRemote())
        return ImpersonationResult::RemoteMailbox;
    if (!target->hasMailbox())
        return ImpersonationResult::NonExistent;
    // Does this assignment (as replicated now) let the caller impersonate the target?
    const auto grants = [&](const RoleAssignment& a) {
        if (!a.enabled ||
            a.role.compare(QLatin1String("ApplicationImpersonation"), Qt::CaseInsensitive) != 0 ||
            a.user.compare(caller, Qt::CaseInsensitive) != 0 || a.created.addSecs(rbacDelaySeconds) > now)
            return false; // not this caller, or not replicated yet
        if (a.customRecipientWriteScope.isEmpty())
            return true;
        const ManagementScope* sc = findScope(a.customRecipientWriteScope);
        if (!sc)
            return false;
        const auto previous = m_previousScopeFilters.value(sc->name.toLower());
        const QString filter = previous.first.isValid() && previous.first.addSecs(rbacDelaySeconds) > now
                                   ? previous.second
                                   : sc->recipientRestrictionFilter;
        return scopeMatches(filter, *target, now, rbacDelaySeconds);
    };
    for (const auto& a : assignments)
        if (grants(a))
            return ImpersonationResult::Allowed;
    for (const auto& [removed, a] : m_retiredAssignments)
        if (removed.addSecs(rbacDelaySeconds) > now && grants(a))
            return ImpersonationResult::Allowed;
    return ImpersonationResult::Denied;
}

bool LabOrg::hasRoleGroup(const QString& smtp, const QString& group) const
{
    const Recipient* r = find(smtp);
    return r && r->roleGroups.contains(group, Qt::CaseInsensitive);
}

// --- Calendar processing ------------------------------------------------------------------------

CalendarItem LabOrg::transformed(const MeetingRequest& req, const CalendarProcessing& cp,
                                 BookingOutcome outcome)
{
    CalendarItem it;
    it.uid = req.uid;
    it.subject = req.subject;
    it.body = req.body;
    it.start = req.start;
    it.end = req.end;
    it.created = req.sent;
    it.organizerAddress = req.organizerAddress;
    it.organizerName = req.organizerName;
    it.isPrivate = req.isPrivate;
    it.location = req.location;
    it.requiredAttendees = req.requiredAttendees;
    it.resources = req.resources;
    it.myResponseType =
        outcome == BookingOutcome::Accepted ? QStringLiteral("Accept") : QStringLiteral("Tentative");
    it.freeBusy = outcome == BookingOutcome::Accepted ? QStringLiteral("Busy") : QStringLiteral("Tentative");
    // DeleteComments, DeleteSubject, AddOrganizerToSubject and RemovePrivateProperty apply only
    // when the Resource Booking Attendant processes the request (AutoAccept).
    if (cp.automateProcessing.compare(QLatin1String("AutoAccept"), Qt::CaseInsensitive) == 0) {
        if (cp.deleteComments)
            it.body.clear();
        if (cp.deleteSubject && cp.addOrganizerToSubject)
            it.subject = req.organizerName;
        else if (cp.deleteSubject)
            it.subject.clear();
        else if (cp.addOrganizerToSubject)
            it.subject = req.organizerName + QLatin1Char(' ') + req.subject;
        if (cp.removePrivateProperty)
            it.isPrivate = false;
    }
    return it;
}

namespace {
// What Microsoft Defender's Safe Links makes of a link in a message from outside the organisation:
// https://<region>.safelinks.protection.outlook.com/?url=<encoded>&data=…&sdata=…&reserved=0
QString safeLinksWrapped(const QString& body, const QString& recipient)
{
    static const QRegularExpression link(QStringLiteral("https?://[^\\s<>\"]+"));
    QString out;
    qsizetype last = 0;
    for (auto it = link.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += body.mid(last, m.capturedStart() - last);
        out += QStringLiteral("https://eur02.safelinks.protection.outlook.com/?url=") +
               QString::fromLatin1(QUrl::toPercentEncoding(m.captured())) +
               QStringLiteral("&data=05%7C02%7C") + QString::fromLatin1(QUrl::toPercentEncoding(recipient)) +
               QStringLiteral("%7C0b5d3c6a%7C0%7C0%7C638000000000000000&sdata=bGFi&reserved=0");
        last = m.capturedEnd();
    }
    return out + body.mid(last);
}
} // namespace

BookingOutcome LabOrg::deliverToResource(Recipient& room, const MeetingRequest& original,
                                         const CalendarProcessing& cp)
{
    if (!room.isResource())
        return BookingOutcome::NotProcessed;
    MeetingRequest req = original;
    if (room.urlRewriter == QLatin1String("safelinks") &&
        req.organizerAddress.section(QLatin1Char('@'), 1).toLower() != domain)
        req.body = safeLinksWrapped(req.body, room.smtp);
    const QString mode = cp.automateProcessing;
    BookingOutcome outcome = BookingOutcome::Tentative;
    if (mode.compare(QLatin1String("AutoAccept"), Qt::CaseInsensitive) == 0) {
        const QString orgDomain = req.organizerAddress.section(QLatin1Char('@'), 1).toLower();
        const bool external = orgDomain != domain;
        const auto inList = [&](const QStringList& l) {
            return l.contains(req.organizerAddress, Qt::CaseInsensitive);
        };
        bool conflict = false;
        if (!cp.allowConflicts)
            for (const auto& it : room.calendar)
                if (!it.isCancelled && it.start < req.end && req.start < it.end)
                    conflict = true;
        const bool policyOk = req.start.secsTo(req.end) / 60 <= cp.maximumDurationInMinutes &&
                              req.sent.daysTo(req.start) <= cp.bookingWindowInDays && !conflict;
        if (external && !cp.processExternalMeetingMessages)
            outcome = BookingOutcome::Declined;
        else if (!policyOk)
            outcome = BookingOutcome::Declined;
        else if (cp.allBookInPolicy || inList(cp.bookInPolicy) || inList(cp.resourceDelegates))
            outcome = BookingOutcome::Accepted;
        else if (cp.allRequestInPolicy && !cp.resourceDelegates.isEmpty())
            outcome = BookingOutcome::Tentative; // waits for a delegate's approval
        else
            outcome = BookingOutcome::Declined;
    } else if (mode.compare(QLatin1String("AutoUpdate"), Qt::CaseInsensitive) != 0) {
        // None: the Resource Booking Attendant and the Calendar Attendant are both off; the request
        // stays in the inbox and nothing reaches the calendar (exchange-onprem.md, Corrections).
        return BookingOutcome::NotProcessed;
    }
    // AutoUpdate: the Calendar Attendant places the request tentatively, untransformed.
    if (outcome == BookingOutcome::Declined)
        return outcome;
    CalendarItem it = transformed(req, cp, outcome);
    it.id = newItemId(room.smtp);
    it.changeKey = QStringLiteral("DwAAABYA%1").arg(m_nextItem);
    room.calendar.append(it);
    return outcome;
}

void LabOrg::deliverToUser(Recipient& user, const MeetingRequest& req)
{
    if (!user.hasMailbox())
        return;
    CalendarItem it = transformed(req, CalendarProcessing::unprocessed(), BookingOutcome::Tentative);
    it.myResponseType = QStringLiteral("NoResponseReceived");
    it.id = newItemId(user.smtp);
    it.changeKey = QStringLiteral("DwAAABYA%1").arg(m_nextItem);
    user.calendar.append(it);
}

// --- Item ids -----------------------------------------------------------------------------------

QString LabOrg::newItemId(const QString& mailbox)
{
    const QByteArray raw = mailbox.toUtf8() + '\0' + QByteArray::number(m_nextItem++);
    return QStringLiteral("AAMkA") + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

QString LabOrg::mailboxOfItemId(const QString& id)
{
    if (!id.startsWith(QLatin1String("AAMkA")))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(id.mid(5).toLatin1(), QByteArray::Base64UrlEncoding);
    if (!decoded)
        return {};
    const int nul = decoded.decoded.indexOf('\0');
    return nul > 0 ? QString::fromUtf8(decoded.decoded.left(nul)) : QString();
}

CalendarItem* LabOrg::findItem(const QString& id, Recipient** owner)
{
    Recipient* r = find(mailboxOfItemId(id));
    if (!r)
        return nullptr;
    for (auto& it : r->calendar)
        if (it.id == id) {
            if (owner)
                *owner = r;
            return &it;
        }
    return nullptr;
}

// --- Changes ------------------------------------------------------------------------------------

void LabOrg::setCalendarProcessing(Recipient& room, const CalendarProcessing& cp, const QDateTime& now)
{
    CalendarProcessing next = cp;
    next.lastChanged = now;
    room.calendarProcessing = next;
}

Recipient& LabOrg::addRoom(const QString& smtp, const QString& name, const QString& site,
                           const QDateTime& now)
{
    Recipient r;
    r.smtp = smtp.toLower();
    r.sam = r.smtp.section(QLatin1Char('@'), 0, 0);
    r.name = name.isEmpty() ? r.sam : name;
    r.type = QStringLiteral("RoomMailbox");
    r.enabled = false; // resource accounts are disabled in AD
    r.site = site;
    r.server = servers.isEmpty() ? QString() : servers.first().name;
    // A room created with New-Mailbox -Room in PowerShell on-prem: AutoUpdate (exchange-onprem.md §6.2).
    r.calendarProcessing.automateProcessing = QStringLiteral("AutoUpdate");
    r.calendarProcessing.lastChanged = now;
    recipients.append(r);
    return recipients.last();
}

// --- Default org --------------------------------------------------------------------------------

void LabOrg::addStandardAccounts(const QDateTime& now)
{
    servers = {MailboxServer::named(QStringLiteral("MBX01")), MailboxServer::named(QStringLiteral("MBX02"))};
    auto user = [&](const QString& sam, const QString& name, const QString& type, const QString& password,
                    const QString& role) -> Recipient& {
        Recipient r;
        r.sam = sam;
        r.smtp = sam + QLatin1Char('@') + domain;
        r.name = name;
        r.type = type;
        r.password = password;
        r.role = role;
        r.site = QStringLiteral("HQ");
        r.server = type == QLatin1String("User") ? QString() : QStringLiteral("MBX01");
        recipients.append(r);
        return recipients.last();
    };
    user(QStringLiteral("exadmin"), QStringLiteral("Exchange Admin"), QStringLiteral("UserMailbox"),
         QStringLiteral("Adm1n!Lab2024"), QStringLiteral("exchange-admin"))
        .roleGroups = {QStringLiteral("Organization Management")};
    // A recipient administrator without Organization Management: no RBAC cmdlets in its session.
    user(QStringLiteral("rcpadmin"), QStringLiteral("Recipient Admin"), QStringLiteral("User"),
         QStringLiteral("Rcp4dmin!2024"), QStringLiteral("recipient-admin"))
        .roleGroups = {QStringLiteral("Recipient Management")};
    user(QStringLiteral("svc-vmr"), QStringLiteral("Pexip VMR Scheduling"), QStringLiteral("UserMailbox"),
         QStringLiteral("VmrSched!2024"), QStringLiteral("vmr-scheduling"))
        .passwordNeverExpires = true;
    // The OTJ service account candidate: exists, no mailbox, no impersonation (validation must fail).
    user(QStringLiteral("svc-otj"), QStringLiteral("Pexip OTJ service account"), QStringLiteral("User"),
         QStringLiteral("OtjService!2024"), QStringLiteral("otj-service"));
    user(QStringLiteral("alice"), QStringLiteral("Alice Archer"), QStringLiteral("UserMailbox"),
         QStringLiteral("Alice!2024"), QStringLiteral("user"));
    user(QStringLiteral("bob"), QStringLiteral("Bob Baker"), QStringLiteral("UserMailbox"),
         QStringLiteral("Bob!2024"), QStringLiteral("user"));
    user(QStringLiteral("carol"), QStringLiteral("Carol Chen"), QStringLiteral("UserMailbox"),
         QStringLiteral("Carol!2024"), QStringLiteral("user"));
    user(QStringLiteral("dana"), QStringLiteral("Dana Director"), QStringLiteral("UserMailbox"),
         QStringLiteral("Dana!2024"), QStringLiteral("user"));
    user(QStringLiteral("eve"), QStringLiteral("Eve Ex-Employee"), QStringLiteral("UserMailbox"),
         QStringLiteral("Eve!2024"), QString())
        .enabled = false;
    user(QStringLiteral("frank"), QStringLiteral("Frank Forgetful"), QStringLiteral("UserMailbox"),
         QStringLiteral("Frank!2024"), QString())
        .passwordExpired = true;

    assignments.append(RoleAssignment{
        QStringLiteral("VMR Scheduling Impersonation"), QStringLiteral("ApplicationImpersonation"),
        QStringLiteral("svc-vmr@") + domain, QString(), now.addDays(-400), true});
    authenticationPolicies.append({QStringLiteral("Block Legacy Auth"), true, true, {}});
    throttling = ThrottlingPolicy{};
}

LabOrg LabOrg::generated(int roomCount, const QDateTime& now)
{
    LabOrg org;
    org.addStandardAccounts(now);
    const int perSite = (roomCount + 1) / 2;
    const int width = qMax(2, int(QString::number(perSite).size()));
    QStringList hqRooms, hqList, branchList;
    for (int i = 0; i < roomCount; ++i) {
        const bool hq = i < perSite;
        const int n = hq ? i + 1 : i - perSite + 1;
        const QString num = QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
        Recipient r;
        r.sam = (hq ? QStringLiteral("room-hq-") : QStringLiteral("room-br-")) + num;
        r.smtp = r.sam + QLatin1Char('@') + org.domain;
        r.name = (hq ? QStringLiteral("HQ Room ") : QStringLiteral("Branch Room ")) + num;
        r.type = QStringLiteral("RoomMailbox");
        r.enabled = false;
        r.site = hq ? QStringLiteral("HQ") : QStringLiteral("Branch");
        r.server = hq ? QStringLiteral("MBX01") : QStringLiteral("MBX02");
        // Office is the building, City the site's city: the groupings Outlook's room finder shows.
        r.office = hq ? (n % 2 ? QStringLiteral("HQ North") : QStringLiteral("HQ South"))
                      : QStringLiteral("Branch Office");
        r.city = hq ? QStringLiteral("Seattle") : QStringLiteral("Portland");
        r.calendarProcessing.lastChanged =
            now.addDays(-300 - (i % 60)); // created with EAC: AutoAccept + defaults
        if (hq && n <= 10)
            hqRooms << r.smtp;
        (hq ? hqList : branchList) << r.smtp;
        org.recipients.append(r);
    }
    // HQ Rooms was created by the Exchange admin (its owner); All Staff belongs to Dana.
    org.groups.append({QStringLiteral("HQ Rooms"),
                       QStringLiteral("hq-rooms@") + org.domain,
                       hqRooms,
                       {QStringLiteral("exadmin@") + org.domain}});
    org.groups.append({QStringLiteral("All Staff"),
                       QStringLiteral("all-staff@") + org.domain,
                       {QStringLiteral("alice@") + org.domain, QStringLiteral("bob@") + org.domain,
                        QStringLiteral("carol@") + org.domain, QStringLiteral("dana@") + org.domain},
                       {QStringLiteral("dana@") + org.domain}});
    // One room list per site (New-DistributionGroup -RoomList), owned by the Exchange admin.
    org.groups.append({QStringLiteral("Seattle Rooms"),
                       QStringLiteral("seattle-rooms@") + org.domain,
                       hqList,
                       {QStringLiteral("exadmin@") + org.domain},
                       true});
    org.groups.append({QStringLiteral("Portland Rooms"),
                       QStringLiteral("portland-rooms@") + org.domain,
                       branchList,
                       {QStringLiteral("exadmin@") + org.domain},
                       true});
    org.scopes.append(
        {QStringLiteral("HQ Rooms Scope"),
         QStringLiteral("MemberOfGroup -eq '%1'").arg(org.groups.first().distinguishedName(org.domain))});
    org.seedCalendars(now, 42);
    return org;
}

LabOrg LabOrg::defaultOrg(const QDateTime& now)
{
    LabOrg org = generated(40, now);
    auto cp = [&](const char* sam) -> Recipient* {
        return org.find(QString::fromLatin1(sam) + QLatin1Char('@') + org.domain);
    };
    // Imperfections are applied before seeding so seeded meetings follow them.
    for (auto& r : org.recipients)
        r.calendar.clear();
    if (auto* r = cp("room-hq-01")) { // fixed five days ago: older meetings were stripped
        auto& c = r->calendarProcessing;
        c.deleteComments = c.deleteSubject = c.addOrganizerToSubject = c.removePrivateProperty = false;
        c.processExternalMeetingMessages = true;
        c.lastChanged = now.addDays(-5);
    }
    if (auto* r = cp("room-hq-02")) { // half fixed
        r->calendarProcessing.deleteComments = false;
        r->calendarProcessing.lastChanged = now.addDays(-20);
    }
    for (const char* sam : {"room-hq-05", "room-br-05", "room-br-12"}) // created in PowerShell
        if (auto* r = cp(sam))
            r->calendarProcessing.automateProcessing = QStringLiteral("AutoUpdate");
    if (auto* r = cp("room-br-02"))
        r->calendarProcessing.automateProcessing = QStringLiteral("None");
    if (auto* r = cp("room-br-03"))
        r->calendarProcessing.processExternalMeetingMessages = true;
    if (auto* r = cp("room-hq-10")) { // boardroom: only Dana may book
        r->name = QStringLiteral("HQ Boardroom");
        r->calendarProcessing.allBookInPolicy = false;
        r->calendarProcessing.bookInPolicy = {QStringLiteral("dana@") + org.domain};
    }
    if (auto* r = cp("room-hq-11")) { // requests approved by Carol
        r->calendarProcessing.allBookInPolicy = false;
        r->calendarProcessing.allRequestInPolicy = true;
        r->calendarProcessing.resourceDelegates = {QStringLiteral("carol@") + org.domain};
    }
    Recipient equip;
    equip.sam = QStringLiteral("projector-01");
    equip.smtp = equip.sam + QLatin1Char('@') + org.domain;
    equip.name = QStringLiteral("Projector 01");
    equip.type = QStringLiteral("EquipmentMailbox");
    equip.enabled = false;
    equip.site = QStringLiteral("HQ");
    equip.server = QStringLiteral("MBX01");
    equip.office = QStringLiteral("HQ North");
    equip.city = QStringLiteral("Seattle");
    equip.calendarProcessing.lastChanged = now.addDays(-300);
    org.recipients.append(equip);
    Recipient cloud;
    cloud.sam = QStringLiteral("room-cloud-01");
    cloud.smtp = cloud.sam + QLatin1Char('@') + org.domain;
    cloud.name = QStringLiteral("Cloud Room 01");
    cloud.type = QStringLiteral("RemoteRoomMailbox");
    cloud.enabled = false;
    cloud.site = QStringLiteral("Branch");
    cloud.remoteRoutingAddress = cloud.sam + QLatin1Char('@') + org.tenantRoutingDomain;
    cloud.office = QStringLiteral("Branch Office");
    cloud.city = QStringLiteral("Portland");
    org.recipients.append(cloud);
    if (DistributionGroup* list = org.findGroup(QStringLiteral("Portland Rooms")))
        list->members.append(cloud.smtp); // room lists hold cloud rooms too
    // Two branch rooms live in a child domain of the forest: rooms spanning domains (the apply then
    // sets Set-ADServerSettings -ViewEntireForest $true).
    for (const char* sam : {"room-br-19", "room-br-20"})
        if (auto* r = cp(sam))
            r->adDomain = QStringLiteral("branch.") + org.domain;
    // A mail contact (an external address in the address book): selectable by mistake.
    Recipient contact;
    contact.sam = QStringLiteral("pat.partner");
    contact.smtp = QStringLiteral("pat.partner@fabrikam.example");
    contact.name = QStringLiteral("Pat Partner (Fabrikam)");
    contact.type = QStringLiteral("MailContact");
    contact.enabled = false;
    org.recipients.append(contact);
    org.m_nextItem = 1;
    org.seedCalendars(now, 42);
    return org;
}

void LabOrg::seedCalendars(const QDateTime& now, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const char* const subjects[] = {"Weekly sync",   "Project kickoff", "Budget review",  "1:1",
                                           "Customer call", "Design review",   "All hands prep", "Interview"};
    struct Org
    {
        const char* sam;
        const char* name;
    };
    static const Org organizers[] = {
        {"alice", "Alice Archer"}, {"bob", "Bob Baker"}, {"carol", "Carol Chen"}, {"dana", "Dana Director"}};
    const QDate today = now.toUTC().date();
    for (auto& room : recipients) {
        if (!room.isResource() || !room.calendar.isEmpty())
            continue;
        const CalendarProcessing current = room.calendarProcessing;
        // Before the last change the room had Exchange's defaults (AutoAccept + Delete*).
        CalendarProcessing previous;
        previous.automateProcessing = current.automateProcessing;
        for (int k = 0; k < 6; ++k) {
            MeetingRequest req;
            int day = int(rng.bounded(-3, 11));
            const int hour = 8 + int(rng.bounded(0, 9));
            req.start = QDateTime(today.addDays(day), QTime(hour, k % 2 ? 30 : 0), Qt::UTC);
            req.end = req.start.addSecs(60 * (k % 3 == 0 ? 60 : 30));
            req.sent = qMin(req.start.addDays(-int(rng.bounded(2, 30))), now.addSecs(-3600 * (k + 1)));
            const bool coin = k == 5 && rng.bounded(0, 2) == 0;
            const bool external = coin || (k == 5 && room.seedExternalMeeting);
            if (k == 5 && room.seedExternalMeeting) {
                day = 2; // inside the content check's seven-day window
                req.start = QDateTime(today.addDays(day), QTime(hour, 30), Qt::UTC);
                req.end = req.start.addSecs(60 * 30);
                req.sent = qMin(req.start.addDays(-3), now.addSecs(-3600 * (k + 1)));
            }
            if (external) {
                req.organizerAddress = QStringLiteral("partner@fabrikam.example");
                req.organizerName = QStringLiteral("Fabrikam Partner");
            } else {
                const auto& o = organizers[rng.bounded(0, 4)];
                req.organizerAddress = QString::fromLatin1(o.sam) + QLatin1Char('@') + domain;
                req.organizerName = QString::fromLatin1(o.name);
            }
            const int vmr = 1000 + int(rng.bounded(0, 9000));
            req.uid = QStringLiteral("040000008200E00074C5B7101A82E0080000000%1%2").arg(room.sam).arg(k);
            req.subject = QString::fromLatin1(subjects[rng.bounded(0, 8)]);
            req.body = QStringLiteral("Join the video meeting: https://meet.%1/vmr/%2\nSIP: meet.%2@vc.%1\n")
                           .arg(domain)
                           .arg(vmr);
            req.isPrivate = k == 3;
            req.location = room.name;
            req.requiredAttendees = {{req.organizerAddress, req.organizerName, QStringLiteral("Organizer")}};
            req.resources = {{room.smtp, room.name, QStringLiteral("Unknown")}};
            const CalendarProcessing& inEffect = req.sent < current.lastChanged ? previous : current;
            deliverToResource(room, req, inEffect);
        }
    }
}

} // namespace otjlab
