#include "core/ews/EwsXml.h"

#include <cstring>

namespace otj::ews {

namespace {

const char* localPart(const char* qname)
{
    const char* colon = std::strchr(qname, ':');
    return colon ? colon + 1 : qname;
}

QByteArray prefixOf(const char* qname)
{
    const char* colon = std::strchr(qname, ':');
    return colon ? QByteArray(qname, qsizetype(colon - qname)) : QByteArray();
}

pugi::xml_node firstElementChild(pugi::xml_node node)
{
    pugi::xml_node c = node.first_child();
    while (c && c.type() != pugi::node_element)
        c = c.next_sibling();
    return c;
}

pugi::xml_node nextElementSibling(pugi::xml_node node)
{
    pugi::xml_node s = node.next_sibling();
    while (s && s.type() != pugi::node_element)
        s = s.next_sibling();
    return s;
}

} // namespace

pugi::xml_parse_result XmlTree::load(const QByteArray& body, bool* tooDeep)
{
    m_uris.clear();
    m_nsOf.clear();
    *tooDeep = false;
    pugi::xml_parse_result r = m_doc.load_buffer(body.constData(), size_t(body.size()),
                                                 pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (r && !resolveNamespaces()) {
        *tooDeep = true;
        m_doc.reset();
        m_nsOf.clear();
    }
    return r;
}

bool XmlTree::resolveNamespaces()
{
    // One pre-order walk with an explicit stack of the declarations in scope: each element's
    // declarations are pushed on entry and popped on exit, so every element and attribute is
    // visited a constant number of times.
    QHash<QByteArray, qsizetype> uriIndex;
    QHash<QByteArray, QList<qsizetype>> bindings; // prefix -> URIs declared, innermost last
    QList<QByteArray> declared;                   // prefixes pushed, in order
    QList<qsizetype> scopeStart;                  // declared.size() on entry of each open element
    m_uris = {QByteArray()};
    uriIndex.insert(QByteArray(), 0);
    const auto indexOf = [&](const QByteArray& uri) {
        auto it = uriIndex.constFind(uri);
        if (it != uriIndex.constEnd())
            return it.value();
        m_uris.append(uri);
        return uriIndex.insert(uri, m_uris.size() - 1).value();
    };
    const QByteArray xmlPrefix("xml");
    bindings[xmlPrefix].append(indexOf("http://www.w3.org/XML/1998/namespace"));

    const pugi::xml_node root = m_doc.document_element();
    pugi::xml_node n = root;
    while (n) {
        // Enter n.
        if (scopeStart.size() >= MaxDepth)
            return false;
        scopeStart.append(declared.size());
        for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
            const char* name = a.name();
            if (std::strncmp(name, "xmlns", 5) != 0 || (name[5] != '\0' && name[5] != ':'))
                continue;
            const QByteArray prefix = name[5] == ':' ? QByteArray(name + 6) : QByteArray();
            bindings[prefix].append(indexOf(QByteArray(a.value())));
            declared.append(prefix);
        }
        const auto bound = bindings.constFind(prefixOf(n.name()));
        m_nsOf.insert(n.internal_object(),
                      bound != bindings.constEnd() && !bound->isEmpty() ? bound->last() : 0);
        if (pugi::xml_node c = firstElementChild(n)) {
            n = c;
            continue;
        }
        // Leave n and every ancestor that has no further element sibling.
        while (n) {
            const qsizetype start = scopeStart.takeLast();
            while (declared.size() > start)
                bindings[declared.takeLast()].removeLast();
            if (n == root) {
                n = {};
                break;
            }
            if (pugi::xml_node s = nextElementSibling(n)) {
                n = s;
                break;
            }
            n = n.parent();
        }
    }
    return true;
}

const QByteArray* XmlTree::uriOf(pugi::xml_node node) const
{
    const auto it = m_nsOf.constFind(node.internal_object());
    return it == m_nsOf.constEnd() ? nullptr : &m_uris.at(it.value());
}

QString XmlTree::namespaceUri(pugi::xml_node node) const
{
    const QByteArray* uri = uriOf(node);
    return uri ? QString::fromUtf8(*uri) : QString();
}

bool XmlTree::isElement(pugi::xml_node node, const char* nsUri, const char* local) const
{
    if (!node || node.type() != pugi::node_element || std::strcmp(localPart(node.name()), local) != 0)
        return false;
    const QByteArray* uri = uriOf(node);
    return uri && *uri == nsUri;
}

pugi::xml_node XmlTree::child(pugi::xml_node node, const char* nsUri, const char* local) const
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (isElement(c, nsUri, local))
            return c;
    }
    return {};
}

pugi::xml_node XmlTree::descendant(pugi::xml_node node, const char* nsUri, const char* local) const
{
    // Iterative pre-order walk of node's subtree.
    for (pugi::xml_node n = node.first_child(); n;) {
        if (isElement(n, nsUri, local))
            return n;
        if (pugi::xml_node c = n.first_child()) {
            n = c;
            continue;
        }
        while (n != node && !n.next_sibling())
            n = n.parent();
        if (n == node)
            break;
        n = n.next_sibling();
    }
    return {};
}

QList<pugi::xml_node> XmlTree::children(pugi::xml_node node, const char* nsUri, const char* local) const
{
    QList<pugi::xml_node> out;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (isElement(c, nsUri, local))
            out.append(c);
    }
    return out;
}

QString localName(pugi::xml_node node)
{
    return QString::fromUtf8(localPart(node.name()));
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
