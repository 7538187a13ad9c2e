#include "ews/EwsService.h"

#include "ews/SchemaValidator.h"
#include "xml/NsXml.h"
#include "xml/XmlOut.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLabEws, "otj.lab.ews")

namespace otjlab {

using namespace xml;
using Attrs = QList<QPair<QByteArray, QString>>;

namespace {

const QString kM = QString::fromLatin1(kMessages);
const QString kT = QString::fromLatin1(kTypes);
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString kXsd = QStringLiteral("http://www.w3.org/2001/XMLSchema");

QString iso(const QDateTime& d)
{
    return d.toUTC().toString(Qt::ISODate);
}

QDateTime parseDate(const QString& s)
{
    QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(s, Qt::ISODate);
    if (d.isValid() && d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC); // no offset: the lab treats times as UTC (README)
    return d;
}

class Writer
{
public:
    explicit Writer(EwsStyle style)
        : style(style)
    {}
    EwsStyle style;
    XmlOut x;
    QByteArray mp, tp;

    QByteArray M(const char* l) const { return mp + l; }
    QByteArray T(const char* l) const { return tp + l; }

    void envelope()
    {
        const QString ver = QStringLiteral("V2017_07_11");
        const Attrs info{{"MajorVersion", QString::number(EwsService::MajorVersion)},
                         {"MinorVersion", QString::number(EwsService::MinorVersion)},
                         {"MajorBuildNumber", QString::number(EwsService::MajorBuild)},
                         {"MinorBuildNumber", QString::number(EwsService::MinorBuild)},
                         {"Version", ver}};
        switch (style) {
        case EwsStyle::Exchange:
            x.start("s:Envelope", {{"xmlns:s", QString::fromLatin1(kSoap)}});
            x.start("s:Header");
            x.start("h:ServerVersionInfo",
                    Attrs{{"xmlns:h", kT}, {"xmlns", kT}, {"xmlns:xsd", kXsd}, {"xmlns:xsi", kXsi}} + info);
            x.end().end();
            x.start("s:Body", {{"xmlns:xsi", kXsi}, {"xmlns:xsd", kXsd}});
            break;
        case EwsStyle::DefaultNamespace:
            x.start("soap:Envelope", {{"xmlns:soap", QString::fromLatin1(kSoap)}});
            x.start("soap:Header");
            x.start("ServerVersionInfo", Attrs{{"xmlns", kT}} + info);
            x.end().end();
            x.start("soap:Body");
            break;
        case EwsStyle::OddPrefixes:
            x.start("S:Envelope", {{"xmlns:S", QString::fromLatin1(kSoap)}, {"xmlns:typ", kT}});
            x.start("S:Header");
            x.start("typ:ServerVersionInfo", info);
            x.end().end();
            x.start("S:Body");
            break;
        }
    }

    void response(const char* op)
    {
        const QByteArray name = QByteArray(op) + "Response";
        switch (style) {
        case EwsStyle::Exchange:
            mp = "m:";
            tp = "t:";
            x.start("m:" + name, {{"xmlns:m", kM}, {"xmlns:t", kT}});
            break;
        case EwsStyle::DefaultNamespace:
            mp = "";
            tp = "t:";
            x.start(name, {{"xmlns", kM}, {"xmlns:t", kT}});
            break;
        case EwsStyle::OddPrefixes:
            mp = "ews:";
            tp = "typ:";
            x.start("ews:" + name, {{"xmlns:ews", kM}});
            break;
        }
    }

    // Starts <m:XResponseMessage ResponseClass=..> with MessageText/ResponseCode/MessageXml; caller
    // writes the payload and ends it.
    void message(const char* name, const QString& code, const QString& text = {},
                 const QList<QPair<QString, QString>>& values = {}, const QString& cls = {})
    {
        const QString klass = !cls.isEmpty()                     ? cls
                              : code == QLatin1String("NoError") ? QStringLiteral("Success")
                                                                 : QStringLiteral("Error");
        x.start(M(name), {{"ResponseClass", klass}});
        if (!text.isEmpty())
            x.element(M("MessageText"), text);
        x.element(M("ResponseCode"), code);
        if (klass != QLatin1String("Success"))
            x.element(M("DescriptiveLinkKey"), QStringLiteral("0"));
        if (!values.isEmpty()) {
            x.start(M("MessageXml"));
            for (const auto& v : values)
                x.element(T("Value"), v.second, {{"Name", v.first}});
            x.end();
        }
    }
};

struct Shape
{
    QString base = QStringLiteral("Default");
    QString bodyType = QStringLiteral("Best");
    QStringList fields; // FieldURIs
    bool has(const char* f) const { return fields.contains(QLatin1String(f)); }
};

Shape parseShape(const pugi::xml_node& shapeNode)
{
    Shape s;
    if (!shapeNode)
        return s;
    if (auto b = child(shapeNode, kTypes, "BaseShape"))
        s.base = text(b);
    if (auto b = child(shapeNode, kTypes, "BodyType"))
        s.bodyType = text(b);
    if (auto ap = child(shapeNode, kTypes, "AdditionalProperties"))
        for (auto f = ap.first_child(); f; f = f.next_sibling())
            if (is(f, kTypes, "FieldURI"))
                s.fields << attrText(f, "FieldURI");
    return s;
}

QString folderIdFor(const QString& mailbox, const QString& folder)
{
    return QStringLiteral("AQMkA") +
           QString::fromLatin1(
               (mailbox.toUtf8() + '\0' + folder.toUtf8()).toBase64(QByteArray::Base64UrlEncoding));
}

bool decodeFolderId(const QString& id, QString* mailbox, QString* folder)
{
    if (!id.startsWith(QLatin1String("AQMkA")))
        return false;
    const auto d = QByteArray::fromBase64Encoding(id.mid(5).toLatin1(), QByteArray::Base64UrlEncoding);
    if (!d)
        return false;
    const int nul = d.decoded.indexOf('\0');
    if (nul <= 0)
        return false;
    *mailbox = QString::fromUtf8(d.decoded.left(nul));
    *folder = QString::fromUtf8(d.decoded.mid(nul + 1));
    return true;
}

QString htmlBody(const QString& textBody)
{
    QString esc = textBody.toHtmlEscaped();
    esc.replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
    return QStringLiteral(
               "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
               "</head>\n<body>\n<div>%1</div>\n</body>\n</html>\n")
        .arg(esc);
}

const QStringList kDistinguished = {
    QStringLiteral("calendar"), QStringLiteral("inbox"),     QStringLiteral("msgfolderroot"),
    QStringLiteral("root"),     QStringLiteral("sentitems"), QStringLiteral("deleteditems"),
    QStringLiteral("drafts"),   QStringLiteral("contacts"),  QStringLiteral("tasks"),
};

struct Ctx
{
    LabOrg& org;
    const Recipient& caller;
    const Recipient* acting; // impersonated target or caller
    bool impersonating;
    QDateTime now;
};

// Which mailbox does a (Distinguished)FolderId address, and may the acting user open it?
// Returns an error code or "" with *mailbox set.
QString resolveFolder(Ctx& c, const pugi::xml_node& fid, Recipient** mailbox, QString* folder)
{
    QString address;
    if (is(fid, kTypes, "DistinguishedFolderId")) {
        *folder = attrText(fid, "Id");
        if (auto mb = child(fid, kTypes, "Mailbox"))
            address = text(child(mb, kTypes, "EmailAddress"));
        if (!kDistinguished.contains(*folder))
            return QStringLiteral("ErrorFolderNotFound");
    } else if (is(fid, kTypes, "FolderId")) {
        if (!decodeFolderId(attrText(fid, "Id"), &address, folder))
            return QStringLiteral("ErrorInvalidIdMalformed");
    } else {
        return QStringLiteral("ErrorInvalidRequest");
    }
    if (address.isEmpty()) {
        if (!c.acting->hasMailbox())
            return QStringLiteral("ErrorMissingEmailAddress");
        address = c.acting->smtp;
    }
    Recipient* r = c.org.find(address);
    if (!r || !r->hasMailbox())
        return QStringLiteral("ErrorNonExistentMailbox");
    if (r != c.acting && !r->fullAccess.contains(c.acting->smtp, Qt::CaseInsensitive))
        return QStringLiteral("ErrorAccessDenied");
    *mailbox = r;
    return {};
}

QString messageFor(const QString& code)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("ErrorMissingEmailAddress"),
         QStringLiteral(
             "When making a request as an account that does not have a mailbox, you must specify the "
             "mailbox primary SMTP address for any distinguished folder Ids.")},
        {QStringLiteral("ErrorNonExistentMailbox"),
         QStringLiteral("The SMTP address has no mailbox associated with it.")},
        {QStringLiteral("ErrorAccessDenied"),
         QStringLiteral("Access is denied. Check credentials and try again.")},
        {QStringLiteral("ErrorFolderNotFound"),
         QStringLiteral("The specified folder could not be found in the store.")},
        {QStringLiteral("ErrorItemNotFound"),
         QStringLiteral("The specified object was not found in the store.")},
        {QStringLiteral("ErrorInvalidIdMalformed"), QStringLiteral("Id is malformed.")},
        {QStringLiteral("ErrorInvalidRequest"), QStringLiteral("The request is invalid.")},
        {QStringLiteral("ErrorCalendarViewRangeTooBig"),
         QStringLiteral("The time window specified is larger than the calendar view allows.")},
        {QStringLiteral("ErrorCalendarFolderIsInvalidForCalendarView"),
         QStringLiteral("Calendar folder required for a calendar view.")},
        {QStringLiteral("ErrorCalendarEndDateIsEarlierThanStartDate"),
         QStringLiteral("EndDate is earlier than StartDate")},
        {QStringLiteral("ErrorNameResolutionNoResults"), QStringLiteral("No results were found.")},
        {QStringLiteral("ErrorNameResolutionMultipleResults"),
         QStringLiteral("Multiple results were found.")},
        {QStringLiteral("ErrorMailRecipientNotFound"),
         QStringLiteral("Unable to resolve e-mail address to an Active Directory object.")},
        {QStringLiteral("ErrorAvailabilityConfigNotFound"),
         QStringLiteral("Unable to find availability configuration for the remote forest.")},
        {QStringLiteral("ErrorInvalidPropertyRequest"),
         QStringLiteral("This property can't be requested in FindItem.")},
        {QStringLiteral("ErrorInvalidOperation"),
         QStringLiteral("The operation is not supported by the lab.")},
    };
    return texts.value(code, code);
}

// --- item writer ------------------------------------------------------------------------------

void writeMailbox(Writer& w, const QString& name, const QString& address, const QString& type = {})
{
    w.x.start(w.T("Mailbox"));
    w.x.element(w.T("Name"), name);
    w.x.element(w.T("EmailAddress"), address);
    w.x.element(w.T("RoutingType"), QStringLiteral("SMTP"));
    if (!type.isEmpty())
        w.x.element(w.T("MailboxType"), type);
    w.x.end();
}

void writeAttendees(Writer& w, const char* el, const QList<Attendee>& list)
{
    if (list.isEmpty())
        return;
    w.x.start(w.T(el));
    for (const auto& a : list) {
        w.x.start(w.T("Attendee"));
        writeMailbox(w, a.name, a.address, QStringLiteral("Mailbox"));
        w.x.element(w.T("ResponseType"), a.responseType);
        w.x.end();
    }
    w.x.end();
}

void writeItem(Writer& w, const CalendarItem& it, const Shape& s, bool getItem)
{
    const bool all = s.base == QLatin1String("AllProperties");
    const bool def = all || s.base == QLatin1String("Default");
    auto want = [&](const char* field, bool inDefault) {
        return s.has(field) || (def && inDefault) || all;
    };
    w.x.start(w.T("CalendarItem"));
    w.x.element(w.T("ItemId"), {}, {{"Id", it.id}, {"ChangeKey", it.changeKey}});
    if (want("item:Subject", true))
        w.x.element(w.T("Subject"), it.subject);
    if (want("item:Sensitivity", true))
        w.x.element(w.T("Sensitivity"), it.isPrivate ? QStringLiteral("Private") : QStringLiteral("Normal"));
    if (getItem && want("item:Body", true)) {
        const bool html = s.bodyType != QLatin1String("Text");
        w.x.element(w.T("Body"), html ? (it.body.isEmpty() ? QString() : htmlBody(it.body)) : it.body,
                    {{"BodyType", html ? QStringLiteral("HTML") : QStringLiteral("Text")}});
    }
    if (want("item:DateTimeCreated", false))
        w.x.element(w.T("DateTimeCreated"), iso(it.created));
    if (want("calendar:UID", false))
        w.x.element(w.T("UID"), it.uid);
    if (want("calendar:Start", true))
        w.x.element(w.T("Start"), iso(it.start));
    if (want("calendar:End", true))
        w.x.element(w.T("End"), iso(it.end));
    if (want("calendar:LegacyFreeBusyStatus", true))
        w.x.element(w.T("LegacyFreeBusyStatus"), it.freeBusy);
    if (want("calendar:Location", true))
        w.x.element(w.T("Location"), it.location);
    if (want("calendar:IsMeeting", false))
        w.x.element(w.T("IsMeeting"), QStringLiteral("true"));
    if (want("calendar:IsCancelled", true))
        w.x.element(w.T("IsCancelled"), it.isCancelled ? QStringLiteral("true") : QStringLiteral("false"));
    if (want("calendar:CalendarItemType", true))
        w.x.element(w.T("CalendarItemType"), QStringLiteral("Single"));
    if (want("calendar:MyResponseType", true))
        w.x.element(w.T("MyResponseType"), it.myResponseType);
    if (want("calendar:Organizer", true)) {
        w.x.start(w.T("Organizer"));
        writeMailbox(w, it.organizerName, it.organizerAddress);
        w.x.end();
    }
    if (getItem && want("calendar:RequiredAttendees", true))
        writeAttendees(w, "RequiredAttendees", it.requiredAttendees);
    if (getItem && want("calendar:Resources", true))
        writeAttendees(w, "Resources", it.resources);
    w.x.end();
}

// --- operations -------------------------------------------------------------------------------

bool opGetFolder(Ctx& c, Writer& w, const pugi::xml_node& op)
{
    const Shape shape = parseShape(child(op, kMessages, "FolderShape"));
    w.response("GetFolder");
    w.x.start(w.M("ResponseMessages"));
    for (auto fid = child(op, kMessages, "FolderIds").first_child(); fid; fid = fid.next_sibling()) {
        if (fid.type() != pugi::node_element)
            continue;
        Recipient* mb = nullptr;
        QString folder;
        const QString err = resolveFolder(c, fid, &mb, &folder);
        if (!err.isEmpty()) {
            w.message("GetFolderResponseMessage", err, messageFor(err));
            w.x.end();
            continue;
        }
        w.message("GetFolderResponseMessage", QStringLiteral("NoError"));
        w.x.start(w.M("Folders"));
        const bool cal = folder == QLatin1String("calendar");
        w.x.start(w.T(cal ? "CalendarFolder" : "Folder"));
        w.x.element(w.T("FolderId"), {},
                    {{"Id", folderIdFor(mb->smtp, folder)}, {"ChangeKey", QStringLiteral("AgAAABYAAAA")}});
        if (shape.base != QLatin1String("IdOnly")) {
            if (shape.base == QLatin1String("AllProperties")) {
                w.x.element(w.T("ParentFolderId"), {},
                            {{"Id", folderIdFor(mb->smtp, QStringLiteral("msgfolderroot"))},
                             {"ChangeKey", QStringLiteral("AQAAAA==")}});
                w.x.element(w.T("FolderClass"),
                            cal ? QStringLiteral("IPF.Appointment") : QStringLiteral("IPF.Note"));
            }
            w.x.element(w.T("DisplayName"), cal ? QStringLiteral("Calendar") : folder);
            w.x.element(w.T("TotalCount"), QString::number(cal ? mb->calendar.size() : 0));
            w.x.element(w.T("ChildFolderCount"), QStringLiteral("0"));
        }
        w.x.end().end().end();
    }
    return true;
}

bool opFindItem(Ctx& c, Writer& w, const pugi::xml_node& op)
{
    const Shape shape = parseShape(child(op, kMessages, "ItemShape"));
    const auto view = child(op, kMessages, "CalendarView");
    w.response("FindItem");
    w.x.start(w.M("ResponseMessages"));
    for (auto fid = child(op, kMessages, "ParentFolderIds").first_child(); fid; fid = fid.next_sibling()) {
        if (fid.type() != pugi::node_element)
            continue;
        Recipient* mb = nullptr;
        QString folder;
        QString err = resolveFolder(c, fid, &mb, &folder);
        QDateTime start, end;
        int max = -1;
        if (err.isEmpty()) {
            for (const char* f : {"item:Body", "calendar:RequiredAttendees", "calendar:OptionalAttendees",
                                  "calendar:Resources"})
                if (shape.has(f))
                    err = QStringLiteral("ErrorInvalidPropertyRequest");
        }
        if (err.isEmpty() && view) {
            if (folder != QLatin1String("calendar"))
                err = QStringLiteral("ErrorCalendarFolderIsInvalidForCalendarView");
            start = parseDate(attrText(view, "StartDate"));
            end = parseDate(attrText(view, "EndDate"));
            if (err.isEmpty() && (!start.isValid() || !end.isValid()))
                err = QStringLiteral("ErrorInvalidRequest");
            else if (err.isEmpty() && end < start)
                err = QStringLiteral("ErrorCalendarEndDateIsEarlierThanStartDate");
            else if (err.isEmpty() && start.daysTo(end) > 731)
                err = QStringLiteral("ErrorCalendarViewRangeTooBig");
            if (attr(view, "MaxEntriesReturned"))
                max = attrText(view, "MaxEntriesReturned").toInt();
        }
        if (!err.isEmpty()) {
            w.message("FindItemResponseMessage", err, messageFor(err));
            w.x.end();
            continue;
        }
        QList<const CalendarItem*> items;
        if (folder == QLatin1String("calendar"))
            for (const auto& it : mb->calendar)
                if (!view || (it.start < end && it.end > start))
                    items << &it;
        std::sort(items.begin(), items.end(), [](auto a, auto b) { return a->start < b->start; });
        const int total = int(items.size());
        const bool truncated = max >= 0 && total > max;
        if (truncated)
            items = items.mid(0, max);
        w.message("FindItemResponseMessage", QStringLiteral("NoError"));
        w.x.start(w.M("RootFolder"), {{"TotalItemsInView", QString::number(total)},
                                      {"IncludesLastItemInRange",
                                       truncated ? QStringLiteral("false") : QStringLiteral("true")}});
        w.x.start(w.T("Items"));
        for (const auto* it : items)
            writeItem(w, *it, shape, false);
        w.x.end().end().end();
    }
    return true;
}

bool opGetItem(Ctx& c, Writer& w, const pugi::xml_node& op)
{
    const Shape shape = parseShape(child(op, kMessages, "ItemShape"));
    w.response("GetItem");
    w.x.start(w.M("ResponseMessages"));
    for (auto id = child(op, kMessages, "ItemIds").first_child(); id; id = id.next_sibling()) {
        if (id.type() != pugi::node_element)
            continue;
        const QString itemId = attrText(id, "Id");
        Recipient* owner = nullptr;
        QString err;
        CalendarItem* it = nullptr;
        if (LabOrg::mailboxOfItemId(itemId).isEmpty())
            err = QStringLiteral("ErrorInvalidIdMalformed");
        else if (!(it = c.org.findItem(itemId, &owner)))
            err = QStringLiteral("ErrorItemNotFound");
        else if (owner != c.acting && !owner->fullAccess.contains(c.acting->smtp, Qt::CaseInsensitive))
            err = QStringLiteral("ErrorAccessDenied");
        if (!err.isEmpty()) {
            w.message("GetItemResponseMessage", err, messageFor(err));
            w.x.element(w.M("Items"), {});
            w.x.end();
            continue;
        }
        w.message("GetItemResponseMessage", QStringLiteral("NoError"));
        w.x.start(w.M("Items"));
        writeItem(w, *it, shape, true);
        w.x.end().end();
    }
    return true;
}

bool opResolveNames(Ctx& c, Writer& w, const pugi::xml_node& op)
{
    QString entry = text(child(op, kMessages, "UnresolvedEntry"));
    if (entry.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
        entry = entry.mid(5);
    QList<const Recipient*> hits;
    for (const auto& r : c.org.recipients) {
        if (r.type == QLatin1String("User"))
            continue; // no e-mail address: not in the address book
        if (r.smtp.compare(entry, Qt::CaseInsensitive) == 0) {
            hits = {&r};
            break;
        }
        if (r.sam.startsWith(entry, Qt::CaseInsensitive) || r.name.contains(entry, Qt::CaseInsensitive))
            hits << &r;
    }
    w.response("ResolveNames");
    w.x.start(w.M("ResponseMessages"));
    if (hits.isEmpty()) {
        w.message("ResolveNamesResponseMessage", QStringLiteral("ErrorNameResolutionNoResults"),
                  messageFor(QStringLiteral("ErrorNameResolutionNoResults")));
        w.x.end();
    } else {
        const bool multiple = hits.size() > 1;
        if (multiple)
            w.message("ResolveNamesResponseMessage", QStringLiteral("ErrorNameResolutionMultipleResults"),
                      messageFor(QStringLiteral("ErrorNameResolutionMultipleResults")), {},
                      QStringLiteral("Warning"));
        else
            w.message("ResolveNamesResponseMessage", QStringLiteral("NoError"));
        const int n = int(qMin<qsizetype>(hits.size(), 100));
        w.x.start(w.M("ResolutionSet"), {{"TotalItemsInView", QString::number(n)},
                                         {"IncludesLastItemInRange", QStringLiteral("true")}});
        for (int i = 0; i < n; ++i) {
            w.x.start(w.T("Resolution"));
            writeMailbox(w, hits[i]->name, hits[i]->smtp,
                         hits[i]->isRemote() ? QStringLiteral("Contact") : QStringLiteral("Mailbox"));
            w.x.end();
        }
        w.x.end().end();
    }
    return true;
}

QList<Attendee> parseAttendees(const pugi::xml_node& list)
{
    QList<Attendee> out;
    for (auto a = list.first_child(); a; a = a.next_sibling()) {
        if (!is(a, kTypes, "Attendee"))
            continue;
        const auto mb = child(a, kTypes, "Mailbox");
        out.append({text(child(mb, kTypes, "EmailAddress")).toLower(), text(child(mb, kTypes, "Name")),
                    QStringLiteral("Unknown")});
    }
    return out;
}

QString stripHtml(QString s)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>|</p>|</div>"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    s.replace(br, QStringLiteral("\n"));
    s.remove(tags);
    s.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.trimmed();
}

void cancelEverywhere(Ctx& c, const CalendarItem& organizerCopy)
{
    QList<Attendee> all = organizerCopy.requiredAttendees + organizerCopy.resources;
    for (const auto& a : all) {
        Recipient* r = c.org.find(a.address);
        if (!r || r == c.acting)
            continue;
        const bool autoAccept = r->isResource() && r->calendarProcessing.automateProcessing.compare(
                                                       QLatin1String("AutoAccept"), Qt::CaseInsensitive) == 0;
        for (int i = int(r->calendar.size()) - 1; i >= 0; --i)
            if (r->calendar[i].uid == organizerCopy.uid) {
                if (autoAccept)
                    r->calendar.removeAt(i); // the Resource Booking Attendant removes cancelled meetings
                else
                    r->calendar[i].isCancelled = true;
            }
    }
}

bool opCreateItem(Ctx& c, Writer& w, const pugi::xml_node& op, bool* changed)
{
    const QString send = attrText(op, "SendMeetingInvitations");
    w.response("CreateItem");
    w.x.start(w.M("ResponseMessages"));
    for (auto item = child(op, kMessages, "Items").first_child(); item; item = item.next_sibling()) {
        if (item.type() != pugi::node_element)
            continue;
        if (!c.acting->hasMailbox()) {
            w.message("CreateItemResponseMessage", QStringLiteral("ErrorNonExistentMailbox"),
                      messageFor(QStringLiteral("ErrorNonExistentMailbox")));
            w.x.element(w.M("Items"), {});
            w.x.end();
            continue;
        }
        if (is(item, kTypes, "CancelCalendarItem")) {
            const QString ref = attrText(child(item, kTypes, "ReferenceItemId"), "Id");
            Recipient* owner = nullptr;
            CalendarItem* it = c.org.findItem(ref, &owner);
            if (!it || owner != c.acting) {
                w.message("CreateItemResponseMessage", QStringLiteral("ErrorItemNotFound"),
                          messageFor(QStringLiteral("ErrorItemNotFound")));
                w.x.element(w.M("Items"), {});
                w.x.end();
                continue;
            }
            cancelEverywhere(c, *it);
            const QString id = it->id;
            owner->calendar.erase(std::remove_if(owner->calendar.begin(), owner->calendar.end(),
                                                 [&](const CalendarItem& x) { return x.id == id; }),
                                  owner->calendar.end());
            *changed = true;
            w.message("CreateItemResponseMessage", QStringLiteral("NoError"));
            w.x.element(w.M("Items"), {});
            w.x.end();
            continue;
        }
        if (!is(item, kTypes, "CalendarItem")) {
            w.message("CreateItemResponseMessage", QStringLiteral("ErrorInvalidOperation"),
                      messageFor(QStringLiteral("ErrorInvalidOperation")));
            w.x.element(w.M("Items"), {});
            w.x.end();
            continue;
        }
        MeetingRequest req;
        req.uid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        req.organizerAddress = c.acting->smtp;
        req.organizerName = c.acting->name;
        req.subject = text(child(item, kTypes, "Subject"));
        const auto body = child(item, kTypes, "Body");
        req.body = attrText(body, "BodyType") == QLatin1String("HTML")
                       ? stripHtml(QString::fromUtf8(body.text().get()))
                       : QString::fromUtf8(body.text().get());
        req.isPrivate = text(child(item, kTypes, "Sensitivity")) == QLatin1String("Private");
        req.start = parseDate(text(child(item, kTypes, "Start")));
        req.end = parseDate(text(child(item, kTypes, "End")));
        req.location = text(child(item, kTypes, "Location"));
        req.sent = c.now;
        req.requiredAttendees = parseAttendees(child(item, kTypes, "RequiredAttendees")) +
                                parseAttendees(child(item, kTypes, "OptionalAttendees"));
        req.resources = parseAttendees(child(item, kTypes, "Resources"));
        if (!req.start.isValid() || !req.end.isValid()) {
            w.message("CreateItemResponseMessage", QStringLiteral("ErrorInvalidRequest"),
                      messageFor(QStringLiteral("ErrorInvalidRequest")));
            w.x.element(w.M("Items"), {});
            w.x.end();
            continue;
        }
        if (req.end < req.start) {
            w.message("CreateItemResponseMessage",
                      QStringLiteral("ErrorCalendarEndDateIsEarlierThanStartDate"),
                      messageFor(QStringLiteral("ErrorCalendarEndDateIsEarlierThanStartDate")));
            w.x.element(w.M("Items"), {});
            w.x.end();
            continue;
        }
        CalendarItem mine =
            LabOrg::transformed(req, CalendarProcessing::unprocessed(), BookingOutcome::Accepted);
        mine.myResponseType = QStringLiteral("Organizer");
        if (send != QLatin1String("SendToNone") && !send.isEmpty()) {
            auto deliver = [&](QList<Attendee>& list) {
                for (auto& a : list) {
                    Recipient* r = c.org.find(a.address);
                    if (!r || r == c.acting)
                        continue;
                    if (r->isResource()) {
                        const auto out = c.org.deliverToResource(*r, req, r->calendarProcessing);
                        a.responseType = out == BookingOutcome::Accepted   ? QStringLiteral("Accept")
                                         : out == BookingOutcome::Declined ? QStringLiteral("Decline")
                                         : out == BookingOutcome::Tentative
                                             ? QStringLiteral("Tentative")
                                             : QStringLiteral("NoResponseReceived");
                    } else if (r->hasMailbox()) {
                        c.org.deliverToUser(*r, req);
                        a.responseType = QStringLiteral("NoResponseReceived");
                    }
                }
            };
            deliver(mine.requiredAttendees);
            deliver(mine.resources);
        }
        Recipient* self = c.org.find(c.acting->smtp);
        mine.id = c.org.newItemId(self->smtp);
        mine.changeKey = QStringLiteral("DwAAABYAAAA");
        self->calendar.append(mine);
        *changed = true;
        w.message("CreateItemResponseMessage", QStringLiteral("NoError"));
        w.x.start(w.M("Items"));
        w.x.start(w.T("CalendarItem"));
        w.x.element(w.T("ItemId"), {}, {{"Id", mine.id}, {"ChangeKey", mine.changeKey}});
        w.x.end().end().end();
    }
    return true;
}

bool opDeleteItem(Ctx& c, Writer& w, const pugi::xml_node& op, bool* changed)
{
    const QString cancellations = attrText(op, "SendMeetingCancellations");
    w.response("DeleteItem");
    w.x.start(w.M("ResponseMessages"));
    for (auto id = child(op, kMessages, "ItemIds").first_child(); id; id = id.next_sibling()) {
        if (id.type() != pugi::node_element)
            continue;
        Recipient* owner = nullptr;
        CalendarItem* it = c.org.findItem(attrText(id, "Id"), &owner);
        QString err;
        if (!it)
            err = QStringLiteral("ErrorItemNotFound");
        else if (owner != c.acting && !owner->fullAccess.contains(c.acting->smtp, Qt::CaseInsensitive))
            err = QStringLiteral("ErrorAccessDenied");
        if (!err.isEmpty()) {
            w.message("DeleteItemResponseMessage", err, messageFor(err));
            w.x.end();
            continue;
        }
        if (it->myResponseType == QLatin1String("Organizer") && !cancellations.isEmpty() &&
            cancellations != QLatin1String("SendToNone"))
            cancelEverywhere(c, *it);
        const QString itemId = it->id;
        owner->calendar.erase(std::remove_if(owner->calendar.begin(), owner->calendar.end(),
                                             [&](const CalendarItem& x) { return x.id == itemId; }),
                              owner->calendar.end());
        *changed = true;
        w.message("DeleteItemResponseMessage", QStringLiteral("NoError"));
        w.x.end();
    }
    return true;
}

bool opGetUserAvailability(Ctx& c, Writer& w, const pugi::xml_node& op)
{
    const auto opts = child(op, kTypes, "FreeBusyViewOptions");
    const auto window = child(opts, kTypes, "TimeWindow");
    const QDateTime start = parseDate(text(child(window, kTypes, "StartTime")));
    const QDateTime end = parseDate(text(child(window, kTypes, "EndTime")));
    QString view = text(child(opts, kTypes, "RequestedView"));
    if (view.isEmpty())
        view = QStringLiteral("FreeBusy");
    const bool detailed = view.startsWith(QLatin1String("Detailed"));
    w.response("GetUserAvailability");
    w.x.start(w.M("FreeBusyResponseArray"));
    for (auto md = child(op, kMessages, "MailboxDataArray").first_child(); md; md = md.next_sibling()) {
        if (!is(md, kTypes, "MailboxData"))
            continue;
        const QString address = text(child(child(md, kTypes, "Email"), kTypes, "Address"));
        const Recipient* r = c.org.find(address);
        w.x.start(w.M("FreeBusyResponse"));
        QString err;
        if (!r || !(r->hasMailbox() || r->isRemote()))
            err = QStringLiteral("ErrorMailRecipientNotFound");
        else if (r->isRemote())
            err = QStringLiteral("ErrorAvailabilityConfigNotFound");
        else if (!start.isValid() || !end.isValid() || end < start)
            err = QStringLiteral("ErrorInvalidRequest");
        else if (start.daysTo(end) > 42) // the default availability window limit
            err = QStringLiteral("ErrorTimeIntervalTooBig");
        if (!err.isEmpty()) {
            w.message("ResponseMessage", err, messageFor(err));
            w.x.end().end();
            continue;
        }
        w.message("ResponseMessage", QStringLiteral("NoError"));
        w.x.end();
        // FreeBusyView with a default-namespace declaration, as in Microsoft's sample.
        const QByteArray savedT = w.tp;
        w.x.start(w.M("FreeBusyView"));
        w.x.element(w.T("FreeBusyViewType"),
                    detailed ? QStringLiteral("Detailed") : QStringLiteral("FreeBusy"),
                    w.tp.isEmpty() ? Attrs{} : Attrs{});
        w.x.start("CalendarEventArray", {{"xmlns", kT}});
        w.tp.clear();
        for (const auto& it : r->calendar) {
            if (it.isCancelled || !(it.start < end && it.end > start))
                continue;
            w.x.start(w.T("CalendarEvent"));
            w.x.element(w.T("StartTime"), it.start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
            w.x.element(w.T("EndTime"), it.end.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
            w.x.element(w.T("BusyType"), it.freeBusy);
            if (detailed) {
                w.x.start(w.T("CalendarEventDetails"));
                w.x.element(w.T("ID"), it.id.left(48));
                w.x.element(w.T("Subject"), it.subject);
                w.x.element(w.T("Location"), it.location);
                w.x.element(w.T("IsMeeting"), QStringLiteral("true"));
                w.x.element(w.T("IsRecurring"), QStringLiteral("false"));
                w.x.element(w.T("IsException"), QStringLiteral("false"));
                w.x.element(w.T("IsReminderSet"), QStringLiteral("false"));
                w.x.element(w.T("IsPrivate"),
                            it.isPrivate ? QStringLiteral("true") : QStringLiteral("false"));
                w.x.end();
            }
            w.x.end();
        }
        w.x.end(); // CalendarEventArray
        w.tp = savedT;
        w.x.end().end(); // FreeBusyView, FreeBusyResponse
    }
    w.x.end();
    return true;
}

const QStringList kVersions = {
    QStringLiteral("Exchange2007"),     QStringLiteral("Exchange2007_SP1"), QStringLiteral("Exchange2010"),
    QStringLiteral("Exchange2010_SP1"), QStringLiteral("Exchange2010_SP2"), QStringLiteral("Exchange2013"),
    QStringLiteral("Exchange2013_SP1"), QStringLiteral("Exchange2015"),     QStringLiteral("Exchange2016"),
    QStringLiteral("V2015_10_05"),      QStringLiteral("V2016_01_06"),      QStringLiteral("V2016_04_13"),
    QStringLiteral("V2016_07_13"),      QStringLiteral("V2016_10_10"),
};

} // namespace

EwsService::EwsService(LabOrg& org)
    : m_org(org)
{}

LabHttpResponse EwsService::fault(const QString& code, const QString& message,
                                  const QList<QPair<QString, QString>>& values)
{
    XmlOut x;
    x.start("s:Envelope", {{"xmlns:s", QString::fromLatin1(kSoap)}});
    x.start("s:Body").start("s:Fault");
    x.element("faultcode", QStringLiteral("a:") + code, {{"xmlns:a", kT}});
    x.element("faultstring", message, {{"xml:lang", QStringLiteral("en-US")}});
    x.start("detail");
    x.element("e:ResponseCode", code, {{"xmlns:e", QString::fromLatin1(kErrors)}});
    x.element("e:Message", message, {{"xmlns:e", QString::fromLatin1(kErrors)}});
    if (!values.isEmpty()) {
        x.start("t:MessageXml", {{"xmlns:t", kT}});
        for (const auto& v : values) {
            if (v.first.startsWith(QLatin1Char('@')))
                x.element("t:" + v.first.mid(1).toLatin1(), v.second);
            else
                x.element("t:Value", v.second, {{"Name", v.first}});
        }
        x.end();
    }
    LabHttpResponse r;
    r.status = 500;
    r.body = x.finish();
    r.setHeader("Content-Type", "text/xml; charset=utf-8");
    return r;
}

LabHttpResponse EwsService::errorResponse(const QString& operation, const QString& code,
                                          const QString& message,
                                          const QList<QPair<QString, QString>>& values)
{
    Writer w(m_fixedStyle.value_or(EwsStyle(m_counter++ % 3)));
    w.envelope();
    const QByteArray op = operation.toLatin1();
    if (operation == QLatin1String("GetUserAvailability")) {
        w.response("GetUserAvailability");
        w.x.start(w.M("FreeBusyResponseArray")).start(w.M("FreeBusyResponse"));
        w.message("ResponseMessage", code, message, values);
    } else {
        w.response(op.constData());
        w.x.start(w.M("ResponseMessages"));
        w.message((op + "ResponseMessage").constData(), code, message, values);
    }
    LabHttpResponse r;
    r.body = w.x.finish();
    r.setHeader("Content-Type", "text/xml; charset=utf-8");
    return r;
}

QString EwsService::operationOf(const QByteArray& body)
{
    pugi::xml_document doc;
    if (!doc.load_buffer(body.constData(), size_t(body.size())))
        return {};
    const auto env = doc.document_element();
    const auto b = child(env, kSoap, "Body");
    for (auto n = b.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_element)
            return QString::fromUtf8(localName(n));
    return {};
}

EwsOutcome EwsService::handle(const QByteArray& body, const Recipient& caller, const QDateTime& now)
{
    EwsOutcome out;
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(body.constData(), size_t(body.size()));
    if (!parsed) {
        out.schemaInvalid = true;
        out.fault = true;
        out.faultCode = QStringLiteral("ErrorSchemaValidation");
        out.response = fault(out.faultCode,
                             QStringLiteral("The request failed schema validation: %1")
                                 .arg(QString::fromUtf8(parsed.description())),
                             {{QStringLiteral("@LineNumber"), QStringLiteral("1")},
                              {QStringLiteral("@LinePosition"), QString::number(parsed.offset)},
                              {QStringLiteral("@Violation"), QString::fromUtf8(parsed.description())}});
        return out;
    }
    const auto env = doc.document_element();
    const auto header = child(env, kSoap, "Header");
    const auto bodyEl = child(env, kSoap, "Body");
    pugi::xml_node op;
    for (auto n = bodyEl.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_element) {
            op = n;
            break;
        }
    if (!is(env, kSoap, "Envelope") || !op) {
        out.schemaInvalid = true;
        out.fault = true;
        out.faultCode = QStringLiteral("ErrorSchemaValidation");
        out.response =
            fault(out.faultCode, QStringLiteral("The request failed schema validation: no SOAP 1.1 Body."));
        return out;
    }
    out.operation = QString::fromUtf8(localName(op));

    if (m_validator) {
        SchemaValidator::Failure f;
        if (!m_validator->validateRequest(body, &f)) {
            out.schemaInvalid = true;
            out.fault = true;
            out.faultCode = QStringLiteral("ErrorSchemaValidation");
            out.response = fault(out.faultCode,
                                 QStringLiteral("The request failed schema validation: %1").arg(f.message),
                                 {{QStringLiteral("@LineNumber"), QString::number(f.line)},
                                  {QStringLiteral("@LinePosition"), QString::number(f.column)},
                                  {QStringLiteral("@Violation"), f.message}});
            return out;
        }
    }

    if (const auto rsv = child(header, kTypes, "RequestServerVersion")) {
        const QString v = attrText(rsv, "Version");
        if (!kVersions.contains(v)) {
            out.fault = true;
            out.faultCode = QStringLiteral("ErrorInvalidServerVersion");
            out.response = fault(out.faultCode, QStringLiteral("The specified server version is invalid."));
            return out;
        }
    }

    const Recipient* acting = &caller;
    bool impersonating = false;
    if (const auto imp = child(header, kTypes, "ExchangeImpersonation")) {
        const auto sid = child(imp, kTypes, "ConnectingSID");
        QString target;
        for (const char* k : {"PrimarySmtpAddress", "SmtpAddress", "PrincipalName"})
            if (const auto n = child(sid, kTypes, k))
                target = text(n);
        if (target.isEmpty() && child(sid, kTypes, "SID")) {
            out.fault = true;
            out.faultCode = QStringLiteral("ErrorNonExistentMailbox");
            out.response = fault(
                out.faultCode, QStringLiteral("The lab does not resolve SIDs; use an SMTP address or UPN."));
            return out;
        }
        if (target.isEmpty()) {
            out.fault = true;
            out.faultCode = QStringLiteral("ErrorInvalidExchangeImpersonationHeaderData");
            out.response =
                fault(out.faultCode, QStringLiteral("ExchangeImpersonation SOAP header must be present and "
                                                    "contain a UPN, SID or SMTP address."));
            return out;
        }
        out.impersonated = target;
        switch (m_org.canImpersonate(caller.smtp, target, now, m_rbacDelay)) {
        case ImpersonationResult::Allowed:
            acting = m_org.find(target);
            impersonating = true;
            break;
        case ImpersonationResult::Denied:
            out.fault = true;
            out.faultCode = QStringLiteral("ErrorImpersonateUserDenied");
            out.response = fault(
                out.faultCode,
                QStringLiteral("The account does not have permission to impersonate the requested user."));
            return out;
        case ImpersonationResult::NonExistent:
        case ImpersonationResult::RemoteMailbox:
            // On-prem EWS cannot open a mailbox that lives in Exchange Online (README).
            out.fault = true;
            out.faultCode = QStringLiteral("ErrorNonExistentMailbox");
            out.response =
                fault(out.faultCode, QStringLiteral("The SMTP address has no mailbox associated with it."),
                      {{QStringLiteral("@SmtpAddress"), target}});
            return out;
        }
    }

    Ctx ctx{m_org, caller, acting, impersonating, now};
    Writer w(m_fixedStyle.value_or(EwsStyle(m_counter++ % 3)));
    w.envelope();
    bool changed = false;
    const QString name = out.operation;
    if (!is(op, kMessages, localName(op))) {
        out.fault = true;
        out.faultCode = QStringLiteral("ErrorSchemaValidation");
        out.schemaInvalid = true;
        out.response =
            fault(out.faultCode, QStringLiteral("The request failed schema validation: the operation element "
                                                "is not in the messages namespace."));
        return out;
    }
    if (name == QLatin1String("GetFolder"))
        opGetFolder(ctx, w, op);
    else if (name == QLatin1String("FindItem"))
        opFindItem(ctx, w, op);
    else if (name == QLatin1String("GetItem"))
        opGetItem(ctx, w, op);
    else if (name == QLatin1String("ResolveNames"))
        opResolveNames(ctx, w, op);
    else if (name == QLatin1String("CreateItem"))
        opCreateItem(ctx, w, op, &changed);
    else if (name == QLatin1String("DeleteItem"))
        opDeleteItem(ctx, w, op, &changed);
    else if (name == QLatin1String("GetUserAvailabilityRequest")) {
        out.operation = QStringLiteral("GetUserAvailability");
        opGetUserAvailability(ctx, w, op);
    } else {
        out.fault = true;
        out.faultCode = QStringLiteral("ErrorInvalidRequest");
        out.response =
            fault(out.faultCode,
                  QStringLiteral("The request is invalid: the lab does not implement %1.").arg(name));
        return out;
    }
    out.orgChanged = changed;
    out.response.body = w.x.finish();
    out.response.setHeader("Content-Type", "text/xml; charset=utf-8");
    return out;
}

} // namespace otjlab
