#include "core/ews/EwsXml.h"

#include <cstring>

namespace otj::ews {

namespace {

// Split "p:Local" into prefix and local part.
void splitQName(const char* qname, QByteArray* prefix, const char** local)
{
    const char* colon = std::strchr(qname, ':');
    if (colon) {
        *prefix = QByteArray(qname, int(colon - qname));
        *local = colon + 1;
    } else {
        prefix->clear();
        *local = qname;
    }
}

QString lookupNamespace(pugi::xml_node node, const QByteArray& prefix)
{
    if (prefix == "xml")
        return QStringLiteral("http://www.w3.org/XML/1998/namespace");
    const QByteArray attrName = prefix.isEmpty() ? QByteArray("xmlns") : QByteArray("xmlns:") + prefix;
    for (pugi::xml_node n = node; n && n.type() == pugi::node_element; n = n.parent()) {
        if (pugi::xml_attribute a = n.attribute(attrName.constData()))
            return QString::fromUtf8(a.value());
    }
    return {};
}

} // namespace

QString namespaceUri(pugi::xml_node node)
{
    if (!node || node.type() != pugi::node_element)
        return {};
    QByteArray prefix;
    const char* local = nullptr;
    splitQName(node.name(), &prefix, &local);
    return lookupNamespace(node, prefix);
}

QString localName(pugi::xml_node node)
{
    QByteArray prefix;
    const char* local = nullptr;
    splitQName(node.name(), &prefix, &local);
    return QString::fromUtf8(local);
}

bool isElement(pugi::xml_node node, const char* nsUri, const char* local)
{
    if (!node || node.type() != pugi::node_element)
        return false;
    QByteArray prefix;
    const char* l = nullptr;
    splitQName(node.name(), &prefix, &l);
    if (std::strcmp(l, local) != 0)
        return false;
    return lookupNamespace(node, prefix) == QLatin1String(nsUri);
}

pugi::xml_node child(pugi::xml_node node, const char* nsUri, const char* local)
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (isElement(c, nsUri, local))
            return c;
    }
    return {};
}

pugi::xml_node descendant(pugi::xml_node node, const char* nsUri, const char* local)
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (isElement(c, nsUri, local))
            return c;
        if (pugi::xml_node d = descendant(c, nsUri, local))
            return d;
    }
    return {};
}

QList<pugi::xml_node> children(pugi::xml_node node, const char* nsUri, const char* local)
{
    QList<pugi::xml_node> out;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (isElement(c, nsUri, local))
            out.append(c);
    }
    return out;
}

pugi::xml_node unqualifiedChild(pugi::xml_node node, const char* local)
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && localName(c) == QLatin1String(local))
            return c;
    }
    return {};
}

QString text(pugi::xml_node node)
{
    return QString::fromUtf8(node.child_value()).trimmed();
}

QString attr(pugi::xml_node node, const char* name)
{
    return QString::fromUtf8(node.attribute(name).value());
}

QString xmlEscape(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&apos;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray buildEnvelope(const RequestTarget& target, const QString& bodyXml)
{
    QString x;
    x.reserve(1024 + bodyXml.size());
    x += QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                        " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
                        " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
                        "<soap:Header><t:RequestServerVersion Version=\"Exchange2013_SP1\"/>");
    if (target.access == Access::Impersonation) {
        x += QStringLiteral("<t:ExchangeImpersonation><t:ConnectingSID><t:SmtpAddress>");
        x += xmlEscape(target.mailbox);
        x += QStringLiteral("</t:SmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>");
    }
    x += QStringLiteral("</soap:Header><soap:Body>");
    x += bodyXml;
    x += QStringLiteral("</soap:Body></soap:Envelope>");
    return x.toUtf8();
}

namespace {
QString calendarFolderId(const RequestTarget& target)
{
    if (target.access == Access::ExplicitMailbox) {
        return QStringLiteral("<t:DistinguishedFolderId Id=\"calendar\"><t:Mailbox><t:EmailAddress>") +
               xmlEscape(target.mailbox) +
               QStringLiteral("</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>");
    }
    return QStringLiteral("<t:DistinguishedFolderId Id=\"calendar\"/>");
}
} // namespace

QByteArray buildGetFolderCalendar(const RequestTarget& target)
{
    return buildEnvelope(target,
                         QStringLiteral("<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape>"
                                        "</m:FolderShape><m:FolderIds>") +
                             calendarFolderId(target) + QStringLiteral("</m:FolderIds></m:GetFolder>"));
}

QByteArray buildFindItemCalendarView(const RequestTarget& target, const QDateTime& startUtc,
                                     const QDateTime& endUtc, int maxEntries)
{
    const QString fmt = QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");
    return buildEnvelope(
        target,
        QStringLiteral("<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                       "<t:AdditionalProperties><t:FieldURI FieldURI=\"item:Subject\"/>"
                       "<t:FieldURI FieldURI=\"item:DateTimeCreated\"/>"
                       "<t:FieldURI FieldURI=\"calendar:Start\"/><t:FieldURI FieldURI=\"calendar:End\"/>"
                       "<t:FieldURI FieldURI=\"calendar:Organizer\"/></t:AdditionalProperties></m:ItemShape>"
                       "<m:CalendarView MaxEntriesReturned=\"%1\" StartDate=\"%2\" EndDate=\"%3\"/>"
                       "<m:ParentFolderIds>")
                .arg(maxEntries)
                .arg(startUtc.toUTC().toString(fmt), endUtc.toUTC().toString(fmt)) +
            calendarFolderId(target) + QStringLiteral("</m:ParentFolderIds></m:FindItem>"));
}

QByteArray buildGetItem(const RequestTarget& target, const QList<ItemId>& ids)
{
    QString body =
        QStringLiteral("<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                       "<t:BodyType>Text</t:BodyType><t:AdditionalProperties>"
                       "<t:FieldURI FieldURI=\"item:Subject\"/><t:FieldURI FieldURI=\"item:Body\"/>"
                       "<t:FieldURI FieldURI=\"item:DateTimeCreated\"/>"
                       "<t:FieldURI FieldURI=\"calendar:Organizer\"/>"
                       "</t:AdditionalProperties></m:ItemShape><m:ItemIds>");
    for (const ItemId& id : ids) {
        body += QStringLiteral("<t:ItemId Id=\"") + xmlEscape(id.id) + QLatin1Char('"');
        if (!id.changeKey.isEmpty())
            body += QStringLiteral(" ChangeKey=\"") + xmlEscape(id.changeKey) + QLatin1Char('"');
        body += QStringLiteral("/>");
    }
    body += QStringLiteral("</m:ItemIds></m:GetItem>");
    return buildEnvelope(target, body);
}

QByteArray buildResolveNames(const QString& entry)
{
    return buildEnvelope(RequestTarget{},
                         QStringLiteral("<m:ResolveNames ReturnFullContactData=\"false\" "
                                        "SearchScope=\"ActiveDirectory\"><m:UnresolvedEntry>") +
                             xmlEscape(entry) + QStringLiteral("</m:UnresolvedEntry></m:ResolveNames>"));
}

QByteArray buildAutodiscoverSoap(const QString& email, const QString& toUrl)
{
    QString x = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
        " xmlns:a=\"http://schemas.microsoft.com/exchange/2010/Autodiscover\""
        " xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">"
        "<soap:Header><a:RequestedServerVersion>Exchange2013_SP1</a:RequestedServerVersion>"
        "<wsa:Action>http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/GetUserSettings"
        "</wsa:Action><wsa:To>");
    x += xmlEscape(toUrl);
    x += QStringLiteral("</wsa:To></soap:Header><soap:Body><a:GetUserSettingsRequestMessage><a:Request>"
                        "<a:Users><a:User><a:Mailbox>");
    x += xmlEscape(email);
    x += QStringLiteral("</a:Mailbox></a:User></a:Users><a:RequestedSettings>"
                        "<a:Setting>InternalEwsUrl</a:Setting><a:Setting>ExternalEwsUrl</a:Setting>"
                        "<a:Setting>CasVersion</a:Setting><a:Setting>EwsSupportedSchemas</a:Setting>"
                        "</a:RequestedSettings></a:Request></a:GetUserSettingsRequestMessage>"
                        "</soap:Body></soap:Envelope>");
    return x.toUtf8();
}

QByteArray buildAutodiscoverPox(const QString& email)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover "
                           "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/"
                           "2006\"><Request><EMailAddress>") +
            xmlEscape(email) +
            QStringLiteral("</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/"
                           "autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request>"
                           "</Autodiscover>"))
        .toUtf8();
}

} // namespace otj::ews
