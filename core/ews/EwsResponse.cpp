#include "core/ews/EwsResponse.h"

namespace otj::ews {

namespace {

QDateTime parseDateTime(const QString& s)
{
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    return dt;
}

QString stripPrefix(const QString& qname)
{
    const int colon = qname.indexOf(QLatin1Char(':'));
    return colon >= 0 ? qname.mid(colon + 1) : qname;
}

// BackOffMilliseconds and inner error codes from a MessageXml element (t: in faults, m: in messages).
void readMessageXml(pugi::xml_node messageXml, int* backOffMs, QString* innerCode)
{
    if (!messageXml)
        return;
    for (pugi::xml_node v = messageXml.first_child(); v; v = v.next_sibling()) {
        if (v.type() != pugi::node_element)
            continue;
        const QString local = localName(v);
        if (local == QLatin1String("Value")) {
            const QString name = attr(v, "Name");
            if (name == QLatin1String("BackOffMilliseconds")) {
                bool ok = false;
                const int ms = text(v).toInt(&ok);
                if (ok && ms >= 0)
                    *backOffMs = ms;
            } else if (name == QLatin1String("InnerErrorResponseCode")) {
                *innerCode = text(v);
            }
        } else if (local == QLatin1String("InnerErrorResponseCode")) {
            *innerCode = text(v);
        }
    }
}

pugi::xml_node messageXmlOf(const XmlTree& t, pugi::xml_node parent)
{
    if (pugi::xml_node n = t.child(parent, ns::Messages, "MessageXml"))
        return n;
    return t.child(parent, ns::Types, "MessageXml");
}

CalendarItem readCalendarItem(const XmlTree& t, pugi::xml_node item)
{
    CalendarItem ci;
    pugi::xml_node id = t.child(item, ns::Types, "ItemId");
    ci.itemId = {attr(id, "Id"), attr(id, "ChangeKey")};
    ci.subject = QString::fromUtf8(t.child(item, ns::Types, "Subject").child_value());
    ci.start = parseDateTime(text(t.child(item, ns::Types, "Start")));
    ci.end = parseDateTime(text(t.child(item, ns::Types, "End")));
    ci.created = parseDateTime(text(t.child(item, ns::Types, "DateTimeCreated")));
    if (pugi::xml_node org = t.child(item, ns::Types, "Organizer")) {
        pugi::xml_node mbx = t.child(org, ns::Types, "Mailbox");
        ci.organizerName = text(t.child(mbx, ns::Types, "Name"));
        ci.organizerEmail = text(t.child(mbx, ns::Types, "EmailAddress"));
    }
    if (pugi::xml_node body = t.child(item, ns::Types, "Body")) {
        ci.bodyPresent = true;
        ci.body = QString::fromUtf8(body.child_value());
    }
    return ci;
}

} // namespace

EwsError parseXml(const QByteArray& body, XmlTree* tree)
{
    EwsError e;
    if (body.trimmed().isEmpty()) {
        e.kind = ErrorKind::TruncatedXml;
        e.detail = QStringLiteral("empty body");
        return e;
    }
    bool tooDeep = false;
    const pugi::xml_parse_result r = tree->load(body, &tooDeep);
    if (tooDeep) {
        e.kind = ErrorKind::MalformedResponse;
        e.detail = QStringLiteral("elements nested deeper than %1 levels").arg(XmlTree::MaxDepth);
        return e;
    }
    if (r)
        return e;
    // Truncated: the parser failed inside the last, unfinished construct (no '>' after the
    // error point, or the error is at/after an unclosed '<' at the end); anything else is malformed.
    const qsizetype off = qsizetype(r.offset);
    const qsizetype lt = body.lastIndexOf('<');
    const qsizetype gt = body.lastIndexOf('>');
    const bool openTagAtEnd = lt >= 0 && gt < lt;
    const bool truncated =
        off >= body.size() - 1 || (openTagAtEnd && off >= lt) || body.indexOf('>', off) < 0;
    e.kind = truncated ? ErrorKind::TruncatedXml : ErrorKind::MalformedXml;
    e.detail =
        QStringLiteral("%1 at byte %2").arg(QString::fromLatin1(r.description())).arg(qint64(r.offset));
    return e;
}

EwsError messageError(const ResponseMessage& m, int httpStatus)
{
    EwsError e;
    if (m.responseClass != QLatin1String("Error"))
        return e;
    e.kind = ErrorKind::ResponseError;
    e.responseCode = m.code;
    e.message = m.text;
    e.httpStatus = httpStatus;
    e.backOffMs = m.backOffMs;
    e.innerResponseCode = m.innerCode;
    return e;
}

void parseEnvelope(const QByteArray& body, int httpStatus, ParsedEnvelope* out)
{
    const XmlTree& t = out->tree;
    EwsError e = parseXml(body, &out->tree);
    e.httpStatus = httpStatus;
    if (!e.ok()) {
        if (httpStatus != 200 && e.kind == ErrorKind::MalformedXml) {
            // An IIS/ASP.NET error page instead of SOAP: report the status.
            e.kind = httpStatus == 503 ? ErrorKind::ServiceUnavailable : ErrorKind::HttpError;
            e.detail = QStringLiteral("non-SOAP body with HTTP %1").arg(httpStatus);
        }
        out->error = e;
        return;
    }
    pugi::xml_node env = t.root();
    if (!t.isElement(env, ns::Soap, "Envelope")) {
        e.kind = httpStatus == 200 ? ErrorKind::UnexpectedResponse : ErrorKind::HttpError;
        e.detail = QStringLiteral("no SOAP envelope");
        out->error = e;
        return;
    }
    if (pugi::xml_node header = t.child(env, ns::Soap, "Header")) {
        if (pugi::xml_node sv = t.child(header, ns::Types, "ServerVersionInfo")) {
            out->serverVersion.major = attr(sv, "MajorVersion").toInt();
            out->serverVersion.minor = attr(sv, "MinorVersion").toInt();
            out->serverVersion.majorBuild = attr(sv, "MajorBuildNumber").toInt();
            out->serverVersion.minorBuild = attr(sv, "MinorBuildNumber").toInt();
            out->serverVersion.version = attr(sv, "Version");
        }
    }
    pugi::xml_node bodyNode = t.child(env, ns::Soap, "Body");
    if (!bodyNode) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("no SOAP body");
        out->error = e;
        return;
    }
    if (pugi::xml_node fault = t.child(bodyNode, ns::Soap, "Fault")) {
        e.kind = ErrorKind::SoapFault;
        pugi::xml_node detail = unqualifiedChild(fault, "detail");
        QString code = text(t.child(detail, ns::Errors, "ResponseCode"));
        if (code.isEmpty())
            code = stripPrefix(text(unqualifiedChild(fault, "faultcode")));
        e.responseCode = code;
        e.message = text(t.child(detail, ns::Errors, "Message"));
        if (e.message.isEmpty())
            e.message = text(unqualifiedChild(fault, "faultstring"));
        readMessageXml(messageXmlOf(t, detail), &e.backOffMs, &e.innerResponseCode);
        out->error = e;
        return;
    }
    if (httpStatus != 200) {
        e.kind = httpStatus == 503 ? ErrorKind::ServiceUnavailable : ErrorKind::HttpError;
        e.detail = QStringLiteral("SOAP body without a fault on HTTP %1").arg(httpStatus);
        out->error = e;
        return;
    }
    pugi::xml_node op;
    for (pugi::xml_node c = bodyNode.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element) {
            op = c;
            break;
        }
    }
    pugi::xml_node rms = t.child(op, ns::Messages, "ResponseMessages");
    if (!rms) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("no ResponseMessages in %1").arg(localName(op));
        out->error = e;
        return;
    }
    for (pugi::xml_node m = rms.first_child(); m; m = m.next_sibling()) {
        if (m.type() != pugi::node_element || t.namespaceUri(m) != QLatin1String(ns::Messages))
            continue;
        ResponseMessage rm;
        rm.node = m;
        rm.responseClass = attr(m, "ResponseClass");
        rm.code = text(t.child(m, ns::Messages, "ResponseCode"));
        rm.text = text(t.child(m, ns::Messages, "MessageText"));
        readMessageXml(messageXmlOf(t, m), &rm.backOffMs, &rm.innerCode);
        out->messages.append(rm);
    }
    if (out->messages.isEmpty()) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("empty ResponseMessages");
    }
    out->error = e;
}

namespace {
// Common shape: exactly one message expected; its Error becomes the result.
EwsError firstMessage(const QByteArray& body, int httpStatus, ParsedEnvelope* env, ResponseMessage* msg)
{
    parseEnvelope(body, httpStatus, env);
    if (!env->error.ok())
        return env->error;
    *msg = env->messages.first();
    return messageError(*msg, httpStatus);
}
} // namespace

EwsError parseGetFolder(const QByteArray& body, int httpStatus, FolderInfo* out, ServerVersion* version)
{
    ParsedEnvelope env;
    ResponseMessage msg;
    EwsError e = firstMessage(body, httpStatus, &env, &msg);
    const XmlTree& t = env.tree;
    if (version)
        *version = env.serverVersion;
    if (!e.ok())
        return e;
    pugi::xml_node folders = t.child(msg.node, ns::Messages, "Folders");
    pugi::xml_node fid = t.descendant(folders, ns::Types, "FolderId");
    if (!fid) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("GetFolder returned no FolderId");
        return e;
    }
    out->id = attr(fid, "Id");
    out->changeKey = attr(fid, "ChangeKey");
    return e;
}

EwsError parseFindItem(const QByteArray& body, int httpStatus, CalendarView* out)
{
    ParsedEnvelope env;
    ResponseMessage msg;
    EwsError e = firstMessage(body, httpStatus, &env, &msg);
    const XmlTree& t = env.tree;
    if (!e.ok())
        return e;
    pugi::xml_node root = t.child(msg.node, ns::Messages, "RootFolder");
    if (!root) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("FindItem returned no RootFolder");
        return e;
    }
    out->totalItemsInView = attr(root, "TotalItemsInView").toInt();
    out->includesLastItemInRange = attr(root, "IncludesLastItemInRange") != QLatin1String("false");
    pugi::xml_node items = t.child(root, ns::Types, "Items");
    for (pugi::xml_node it = items.first_child(); it; it = it.next_sibling()) {
        if (it.type() == pugi::node_element && t.namespaceUri(it) == QLatin1String(ns::Types))
            out->items.append(readCalendarItem(t, it));
    }
    return e;
}

EwsError parseGetItem(const QByteArray& body, int httpStatus, GetItemResult* out)
{
    ParsedEnvelope env;
    parseEnvelope(body, httpStatus, &env);
    if (!env.error.ok())
        return env.error;
    const XmlTree& t = env.tree;
    for (const ResponseMessage& m : env.messages) {
        EwsError me = messageError(m, httpStatus);
        if (!me.ok()) {
            out->itemErrors.append(me);
            continue;
        }
        pugi::xml_node items = t.child(m.node, ns::Messages, "Items");
        for (pugi::xml_node it = items.first_child(); it; it = it.next_sibling()) {
            if (it.type() == pugi::node_element && t.namespaceUri(it) == QLatin1String(ns::Types))
                out->items.append(readCalendarItem(t, it));
        }
    }
    // All ids failed with one cause: report it as the operation's error.
    if (out->items.isEmpty() && !out->itemErrors.isEmpty())
        return out->itemErrors.first();
    return {};
}

EwsError parseResolveNames(const QByteArray& body, int httpStatus, QList<ResolvedMailbox>* out)
{
    ParsedEnvelope env;
    ResponseMessage msg;
    EwsError e = firstMessage(body, httpStatus, &env, &msg);
    const XmlTree& t = env.tree;
    if (!e.ok())
        return e;
    pugi::xml_node set = t.child(msg.node, ns::Messages, "ResolutionSet");
    for (pugi::xml_node r : t.children(set, ns::Types, "Resolution")) {
        pugi::xml_node m = t.child(r, ns::Types, "Mailbox");
        out->append({text(t.child(m, ns::Types, "Name")), text(t.child(m, ns::Types, "EmailAddress")),
                     text(t.child(m, ns::Types, "RoutingType")), text(t.child(m, ns::Types, "MailboxType"))});
    }
    return e;
}

EwsError parseAutodiscoverSoap(const QByteArray& body, int httpStatus, AutodiscoverAnswer* out)
{
    XmlTree t;
    EwsError e = parseXml(body, &t);
    e.httpStatus = httpStatus;
    if (!e.ok())
        return e;
    pugi::xml_node env = t.root();
    pugi::xml_node bodyNode = t.child(env, ns::Soap, "Body");
    if (pugi::xml_node fault = t.child(bodyNode, ns::Soap, "Fault")) {
        e.kind = ErrorKind::SoapFault;
        e.responseCode = stripPrefix(text(unqualifiedChild(fault, "faultcode")));
        e.message = text(unqualifiedChild(fault, "faultstring"));
        return e;
    }
    pugi::xml_node msg = t.child(bodyNode, ns::Autodiscover, "GetUserSettingsResponseMessage");
    pugi::xml_node resp = t.child(msg, ns::Autodiscover, "Response");
    if (!resp) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("no GetUserSettingsResponseMessage/Response");
        return e;
    }
    const QString topCode = text(t.child(resp, ns::Autodiscover, "ErrorCode"));
    out->errorCode = topCode;
    out->errorMessage = text(t.child(resp, ns::Autodiscover, "ErrorMessage"));
    pugi::xml_node ur =
        t.child(t.child(resp, ns::Autodiscover, "UserResponses"), ns::Autodiscover, "UserResponse");
    if (topCode != QLatin1String("NoError") || !ur) {
        out->kind = AutodiscoverAnswer::Kind::Error;
        return e;
    }
    const QString code = text(t.child(ur, ns::Autodiscover, "ErrorCode"));
    out->errorCode = code;
    out->errorMessage = text(t.child(ur, ns::Autodiscover, "ErrorMessage"));
    if (code == QLatin1String("RedirectAddress") || code == QLatin1String("RedirectUrl")) {
        out->kind = code == QLatin1String("RedirectAddress") ? AutodiscoverAnswer::Kind::RedirectAddress
                                                             : AutodiscoverAnswer::Kind::RedirectUrl;
        out->redirectTarget = text(t.child(ur, ns::Autodiscover, "RedirectTarget"));
        return e;
    }
    if (code != QLatin1String("NoError")) {
        out->kind = AutodiscoverAnswer::Kind::Error;
        return e;
    }
    out->kind = AutodiscoverAnswer::Kind::Settings;
    pugi::xml_node settings = t.child(ur, ns::Autodiscover, "UserSettings");
    for (pugi::xml_node s : t.children(settings, ns::Autodiscover, "UserSetting")) {
        const QString name = text(t.child(s, ns::Autodiscover, "Name"));
        const QString value = text(t.child(s, ns::Autodiscover, "Value"));
        if (name == QLatin1String("InternalEwsUrl"))
            out->internalEwsUrl = value;
        else if (name == QLatin1String("ExternalEwsUrl"))
            out->externalEwsUrl = value;
        else if (name == QLatin1String("CasVersion"))
            out->casVersion = value;
    }
    if (out->ewsUrl().isEmpty()) {
        out->kind = AutodiscoverAnswer::Kind::Error;
        out->errorCode = QStringLiteral("SettingIsNotAvailable");
    }
    return e;
}

EwsError parseAutodiscoverPox(const QByteArray& body, int httpStatus, AutodiscoverAnswer* out)
{
    XmlTree t;
    EwsError e = parseXml(body, &t);
    e.httpStatus = httpStatus;
    if (!e.ok())
        return e;
    pugi::xml_node root = t.root();
    // Response is in the outlook/2006a namespace on success and in responseschema/2006 on errors.
    pugi::xml_node resp = t.child(root, ns::PoxOutlook, "Response");
    if (!resp)
        resp = t.child(root, ns::PoxResponse, "Response");
    if (!t.isElement(root, ns::PoxResponse, "Autodiscover") || !resp) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("not an Autodiscover response");
        return e;
    }
    const QByteArray respNs = t.namespaceUri(resp).toUtf8();
    if (pugi::xml_node err = t.child(resp, respNs.constData(), "Error")) {
        out->kind = AutodiscoverAnswer::Kind::Error;
        out->errorCode = text(t.child(err, respNs.constData(), "ErrorCode"));
        out->errorMessage = text(t.child(err, respNs.constData(), "Message"));
        return e;
    }
    pugi::xml_node account = t.child(resp, ns::PoxOutlook, "Account");
    const QString action = text(t.child(account, ns::PoxOutlook, "Action"));
    if (action == QLatin1String("redirectAddr")) {
        out->kind = AutodiscoverAnswer::Kind::RedirectAddress;
        out->redirectTarget = text(t.child(account, ns::PoxOutlook, "RedirectAddr"));
        return e;
    }
    if (action == QLatin1String("redirectUrl")) {
        out->kind = AutodiscoverAnswer::Kind::RedirectUrl;
        out->redirectTarget = text(t.child(account, ns::PoxOutlook, "RedirectUrl"));
        return e;
    }
    for (pugi::xml_node p : t.children(account, ns::PoxOutlook, "Protocol")) {
        const QString type = text(t.child(p, ns::PoxOutlook, "Type"));
        QString url = text(t.child(p, ns::PoxOutlook, "EwsUrl"));
        if (url.isEmpty())
            url = text(t.child(p, ns::PoxOutlook, "ASUrl"));
        if (type == QLatin1String("EXPR") && !url.isEmpty())
            out->externalEwsUrl = url;
        else if (type == QLatin1String("EXCH") && !url.isEmpty())
            out->internalEwsUrl = url;
        else if (out->internalEwsUrl.isEmpty() && !url.isEmpty())
            out->internalEwsUrl = url;
    }
    out->kind =
        out->ewsUrl().isEmpty() ? AutodiscoverAnswer::Kind::Error : AutodiscoverAnswer::Kind::Settings;
    if (out->kind == AutodiscoverAnswer::Kind::Error)
        out->errorCode = QStringLiteral("NoEwsUrl");
    return e;
}

} // namespace otj::ews
