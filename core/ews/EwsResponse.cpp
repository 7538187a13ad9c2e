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

pugi::xml_node messageXmlOf(pugi::xml_node parent)
{
    if (pugi::xml_node n = child(parent, ns::Messages, "MessageXml"))
        return n;
    return child(parent, ns::Types, "MessageXml");
}

CalendarItem readCalendarItem(pugi::xml_node item)
{
    CalendarItem ci;
    pugi::xml_node id = child(item, ns::Types, "ItemId");
    ci.itemId = {attr(id, "Id"), attr(id, "ChangeKey")};
    ci.subject = QString::fromUtf8(child(item, ns::Types, "Subject").child_value());
    ci.start = parseDateTime(text(child(item, ns::Types, "Start")));
    ci.end = parseDateTime(text(child(item, ns::Types, "End")));
    ci.created = parseDateTime(text(child(item, ns::Types, "DateTimeCreated")));
    if (pugi::xml_node org = child(item, ns::Types, "Organizer")) {
        pugi::xml_node mbx = child(org, ns::Types, "Mailbox");
        ci.organizerName = text(child(mbx, ns::Types, "Name"));
        ci.organizerEmail = text(child(mbx, ns::Types, "EmailAddress"));
    }
    if (pugi::xml_node body = child(item, ns::Types, "Body")) {
        ci.bodyPresent = true;
        ci.body = QString::fromUtf8(body.child_value());
    }
    return ci;
}

} // namespace

EwsError parseXml(const QByteArray& body, pugi::xml_document* doc)
{
    EwsError e;
    if (body.trimmed().isEmpty()) {
        e.kind = ErrorKind::TruncatedXml;
        e.detail = QStringLiteral("empty body");
        return e;
    }
    const pugi::xml_parse_result r = doc->load_buffer(body.constData(), size_t(body.size()),
                                                      pugi::parse_default | pugi::parse_ws_pcdata_single);
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
    EwsError e = parseXml(body, &out->doc);
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
    pugi::xml_node env = out->doc.document_element();
    if (!isElement(env, ns::Soap, "Envelope")) {
        e.kind = httpStatus == 200 ? ErrorKind::UnexpectedResponse : ErrorKind::HttpError;
        e.detail = QStringLiteral("no SOAP envelope");
        out->error = e;
        return;
    }
    if (pugi::xml_node header = child(env, ns::Soap, "Header")) {
        if (pugi::xml_node sv = child(header, ns::Types, "ServerVersionInfo")) {
            out->serverVersion.major = attr(sv, "MajorVersion").toInt();
            out->serverVersion.minor = attr(sv, "MinorVersion").toInt();
            out->serverVersion.majorBuild = attr(sv, "MajorBuildNumber").toInt();
            out->serverVersion.minorBuild = attr(sv, "MinorBuildNumber").toInt();
            out->serverVersion.version = attr(sv, "Version");
        }
    }
    pugi::xml_node bodyNode = child(env, ns::Soap, "Body");
    if (!bodyNode) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("no SOAP body");
        out->error = e;
        return;
    }
    if (pugi::xml_node fault = child(bodyNode, ns::Soap, "Fault")) {
        e.kind = ErrorKind::SoapFault;
        pugi::xml_node detail = unqualifiedChild(fault, "detail");
        QString code = text(child(detail, ns::Errors, "ResponseCode"));
        if (code.isEmpty())
            code = stripPrefix(text(unqualifiedChild(fault, "faultcode")));
        e.responseCode = code;
        e.message = text(child(detail, ns::Errors, "Message"));
        if (e.message.isEmpty())
            e.message = text(unqualifiedChild(fault, "faultstring"));
        readMessageXml(messageXmlOf(detail), &e.backOffMs, &e.innerResponseCode);
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
    pugi::xml_node rms = child(op, ns::Messages, "ResponseMessages");
    if (!rms) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("no ResponseMessages in %1").arg(localName(op));
        out->error = e;
        return;
    }
    for (pugi::xml_node m = rms.first_child(); m; m = m.next_sibling()) {
        if (m.type() != pugi::node_element || namespaceUri(m) != QLatin1String(ns::Messages))
            continue;
        ResponseMessage rm;
        rm.node = m;
        rm.responseClass = attr(m, "ResponseClass");
        rm.code = text(child(m, ns::Messages, "ResponseCode"));
        rm.text = text(child(m, ns::Messages, "MessageText"));
        readMessageXml(messageXmlOf(m), &rm.backOffMs, &rm.innerCode);
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
    if (version)
        *version = env.serverVersion;
    if (!e.ok())
        return e;
    pugi::xml_node folders = child(msg.node, ns::Messages, "Folders");
    pugi::xml_node fid = descendant(folders, ns::Types, "FolderId");
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
    if (!e.ok())
        return e;
    pugi::xml_node root = child(msg.node, ns::Messages, "RootFolder");
    if (!root) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("FindItem returned no RootFolder");
        return e;
    }
    out->totalItemsInView = attr(root, "TotalItemsInView").toInt();
    out->includesLastItemInRange = attr(root, "IncludesLastItemInRange") != QLatin1String("false");
    pugi::xml_node items = child(root, ns::Types, "Items");
    for (pugi::xml_node it = items.first_child(); it; it = it.next_sibling()) {
        if (it.type() == pugi::node_element && namespaceUri(it) == QLatin1String(ns::Types))
            out->items.append(readCalendarItem(it));
    }
    return e;
}

EwsError parseGetItem(const QByteArray& body, int httpStatus, GetItemResult* out)
{
    ParsedEnvelope env;
    parseEnvelope(body, httpStatus, &env);
    if (!env.error.ok())
        return env.error;
    for (const ResponseMessage& m : env.messages) {
        EwsError me = messageError(m, httpStatus);
        if (!me.ok()) {
            out->itemErrors.append(me);
            continue;
        }
        pugi::xml_node items = child(m.node, ns::Messages, "Items");
        for (pugi::xml_node it = items.first_child(); it; it = it.next_sibling()) {
            if (it.type() == pugi::node_element && namespaceUri(it) == QLatin1String(ns::Types))
                out->items.append(readCalendarItem(it));
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
    if (!e.ok())
        return e;
    pugi::xml_node set = child(msg.node, ns::Messages, "ResolutionSet");
    for (pugi::xml_node r : children(set, ns::Types, "Resolution")) {
        pugi::xml_node m = child(r, ns::Types, "Mailbox");
        out->append({text(child(m, ns::Types, "Name")), text(child(m, ns::Types, "EmailAddress")),
                     text(child(m, ns::Types, "RoutingType")), text(child(m, ns::Types, "MailboxType"))});
    }
    return e;
}

EwsError parseAutodiscoverSoap(const QByteArray& body, int httpStatus, AutodiscoverAnswer* out)
{
    pugi::xml_document doc;
    EwsError e = parseXml(body, &doc);
    e.httpStatus = httpStatus;
    if (!e.ok())
        return e;
    pugi::xml_node env = doc.document_element();
    pugi::xml_node bodyNode = child(env, ns::Soap, "Body");
    if (pugi::xml_node fault = child(bodyNode, ns::Soap, "Fault")) {
        e.kind = ErrorKind::SoapFault;
        e.responseCode = stripPrefix(text(unqualifiedChild(fault, "faultcode")));
        e.message = text(unqualifiedChild(fault, "faultstring"));
        return e;
    }
    pugi::xml_node msg = child(bodyNode, ns::Autodiscover, "GetUserSettingsResponseMessage");
    pugi::xml_node resp = child(msg, ns::Autodiscover, "Response");
    if (!resp) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("no GetUserSettingsResponseMessage/Response");
        return e;
    }
    const QString topCode = text(child(resp, ns::Autodiscover, "ErrorCode"));
    out->errorCode = topCode;
    out->errorMessage = text(child(resp, ns::Autodiscover, "ErrorMessage"));
    pugi::xml_node ur =
        child(child(resp, ns::Autodiscover, "UserResponses"), ns::Autodiscover, "UserResponse");
    if (topCode != QLatin1String("NoError") || !ur) {
        out->kind = AutodiscoverAnswer::Kind::Error;
        return e;
    }
    const QString code = text(child(ur, ns::Autodiscover, "ErrorCode"));
    out->errorCode = code;
    out->errorMessage = text(child(ur, ns::Autodiscover, "ErrorMessage"));
    if (code == QLatin1String("RedirectAddress") || code == QLatin1String("RedirectUrl")) {
        out->kind = code == QLatin1String("RedirectAddress") ? AutodiscoverAnswer::Kind::RedirectAddress
                                                             : AutodiscoverAnswer::Kind::RedirectUrl;
        out->redirectTarget = text(child(ur, ns::Autodiscover, "RedirectTarget"));
        return e;
    }
    if (code != QLatin1String("NoError")) {
        out->kind = AutodiscoverAnswer::Kind::Error;
        return e;
    }
    out->kind = AutodiscoverAnswer::Kind::Settings;
    pugi::xml_node settings = child(ur, ns::Autodiscover, "UserSettings");
    for (pugi::xml_node s : children(settings, ns::Autodiscover, "UserSetting")) {
        const QString name = text(child(s, ns::Autodiscover, "Name"));
        const QString value = text(child(s, ns::Autodiscover, "Value"));
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
    pugi::xml_document doc;
    EwsError e = parseXml(body, &doc);
    e.httpStatus = httpStatus;
    if (!e.ok())
        return e;
    pugi::xml_node root = doc.document_element();
    // Response is in the outlook/2006a namespace on success and in responseschema/2006 on errors.
    pugi::xml_node resp = child(root, ns::PoxOutlook, "Response");
    if (!resp)
        resp = child(root, ns::PoxResponse, "Response");
    if (!isElement(root, ns::PoxResponse, "Autodiscover") || !resp) {
        e.kind = ErrorKind::UnexpectedResponse;
        e.detail = QStringLiteral("not an Autodiscover response");
        return e;
    }
    const QByteArray respNs = namespaceUri(resp).toUtf8();
    if (pugi::xml_node err = child(resp, respNs.constData(), "Error")) {
        out->kind = AutodiscoverAnswer::Kind::Error;
        out->errorCode = text(child(err, respNs.constData(), "ErrorCode"));
        out->errorMessage = text(child(err, respNs.constData(), "Message"));
        return e;
    }
    pugi::xml_node account = child(resp, ns::PoxOutlook, "Account");
    const QString action = text(child(account, ns::PoxOutlook, "Action"));
    if (action == QLatin1String("redirectAddr")) {
        out->kind = AutodiscoverAnswer::Kind::RedirectAddress;
        out->redirectTarget = text(child(account, ns::PoxOutlook, "RedirectAddr"));
        return e;
    }
    if (action == QLatin1String("redirectUrl")) {
        out->kind = AutodiscoverAnswer::Kind::RedirectUrl;
        out->redirectTarget = text(child(account, ns::PoxOutlook, "RedirectUrl"));
        return e;
    }
    for (pugi::xml_node p : children(account, ns::PoxOutlook, "Protocol")) {
        const QString type = text(child(p, ns::PoxOutlook, "Type"));
        QString url = text(child(p, ns::PoxOutlook, "EwsUrl"));
        if (url.isEmpty())
            url = text(child(p, ns::PoxOutlook, "ASUrl"));
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
