// /lab/powershell: the lab's Exchange cmdlets (powershell/LabCmdlets) behind the Exchange admin's
// credentials, as New-PSSession would present them (Basic over the lab's HTTPS). README.md, "The
// lab's Exchange shell", documents the contract; `otj-lab shell` and OtjLab.psm1 are its clients.
#include "server/LabServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLabShell, "otj.lab.shell")

namespace otjlab {

namespace {
LabHttpResponse requestError(int status, const QString& message)
{
    const CmdletError e{message, QStringLiteral("InvalidArgument"), QStringLiteral("OtjLab.MalformedRequest"),
                        QStringLiteral("System.ArgumentException"), QJsonValue()};
    return LabHttpResponse::json(status, {{QStringLiteral("errors"), QJsonArray{e.toJson()}}});
}
} // namespace

LabHttpResponse LabServer::handlePowerShell(const LabHttpRequest& req)
{
    // Basic credentials of an enabled account whose password is current (WinRM: "Access is denied"
    // for every failure, like IIS's single 401).
    const QByteArray auth = req.header("Authorization");
    const Recipient* caller = nullptr;
    if (auth.startsWith("Basic ")) {
        const QByteArray token = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = token.indexOf(':');
        const Recipient* r = nullptr;
        if (colon > 0 &&
            m_org.checkPassword(QString::fromUtf8(token.left(colon)), QString::fromUtf8(token.mid(colon + 1)),
                                &r) &&
            r->enabled && !r->passwordExpired)
            caller = r;
    }
    const QString server = m_org.servers.isEmpty()
                               ? QStringLiteral("mbx01")
                               : m_org.servers.first().name.toLower() + QLatin1Char('.') + m_org.domain;
    if (!caller) {
        LabHttpResponse r = LabHttpResponse::json(
            401, {{QStringLiteral("errors"), QJsonArray{LabCmdlets::accessDenied(server).toJson()}}});
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"127.0.0.1\"")));
        return r;
    }
    if (req.method == "GET")
        ++m_shellStats.sessions;
    if (req.method == "GET")
        return LabHttpResponse::json(
            200, {{QStringLiteral("session"),
                   QJsonObject{{QStringLiteral("user"), caller->smtp},
                               {QStringLiteral("server"), server},
                               {QStringLiteral("commands"),
                                QJsonArray::fromStringList(m_cmdlets.sessionCommands(*caller))}}}});
    if (req.method != "POST")
        return requestError(405, QStringLiteral("GET (the session) or POST (a command) only"));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return requestError(400, QStringLiteral("the body is not a JSON object: ") + perr.errorString());
    const QJsonObject body = doc.object();
    const QJsonValue name = body.value(QLatin1String("name"));
    const QJsonValue params = body.value(QLatin1String("parameters"));
    if (!name.isString() || !(params.isObject() || params.isUndefined() || params.isNull()))
        return requestError(400, QStringLiteral("expected {\"name\": \"Verb-Noun\", \"parameters\": {…}}"));
    ShellContext ctx;
    ctx.caller = caller;
    ctx.now = clock();
    ctx.rbacDelaySeconds = m_ews.rbacDelaySeconds();
    ctx.ewsUrl = ewsUrl();
    ctx.autodiscoverUrl = autodiscoverUrl();
    ++m_shellStats.cmdlets;
    if (req.header("X-OtjLab-Line-Start") == "1")
        ++m_shellStats.requests;
    ++m_shellStats.perCmdlet[name.toString()];
    ++m_shellStats.perVerb[name.toString().section(QLatin1Char('-'), 0, 0)];
    if (!m_shellFault.cmdlet.isEmpty() &&
        m_shellFault.cmdlet.compare(name.toString(), Qt::CaseInsensitive) == 0 && m_shellFault.skip-- <= 0) {
        m_shellFault = {};
        // An injected failure (POST /lab/powershell/fail), shaped like an Exchange task error.
        const CmdletError e{
            QStringLiteral("Active Directory operation failed on DC01.contoso.lab. The server is "
                           "unwilling to process the request. (injected by otj-lab)"),
            QStringLiteral("NotSpecified"),
            QStringLiteral("[Server=MBX01] [FailureCategory=Cmdlet-ADOperationException] "
                           "8A1B2C3D,Microsoft.Exchange.Management.Injected"),
            QStringLiteral("System.Management.Automation.RemoteException"), QJsonValue()};
        return LabHttpResponse::json(200, {{QStringLiteral("objects"), QJsonArray()},
                                           {QStringLiteral("warnings"), QJsonArray()},
                                           {QStringLiteral("errors"), QJsonArray{e.toJson()}}});
    }
    const CmdletResult result = m_cmdlets.invoke(name.toString(), params.toObject(), ctx);
    // Names only: parameter values may hold passwords.
    qCInfo(lcLabShell) << caller->smtp << name.toString() << (result.ok() ? "ok" : "error");
    if (result.orgChanged)
        scheduleSave();
    return LabHttpResponse::json(200, result.toJson());
}

QJsonObject ShellStats::toJson() const
{
    QJsonObject verbs, cmdletCounts;
    for (auto it = perVerb.begin(); it != perVerb.end(); ++it)
        verbs.insert(it.key(), it.value());
    for (auto it = perCmdlet.begin(); it != perCmdlet.end(); ++it)
        cmdletCounts.insert(it.key(), it.value());
    return {{QStringLiteral("requests"), requests},
            {QStringLiteral("cmdlets"), cmdlets},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("perVerb"), verbs},
            {QStringLiteral("perCmdlet"), cmdletCounts}};
}

bool LabServer::setShellLatency(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    bool ok1 = false, ok2 = true;
    const int rtt = parts.value(0).toInt(&ok1);
    const int cmdlet = parts.size() > 1 ? parts.value(1).toInt(&ok2) : 0;
    if (!ok1 || !ok2 || parts.size() > 2 || rtt < 0 || cmdlet < 0 || rtt > 60000 || cmdlet > 60000)
        return false;
    setShellLatency(rtt, cmdlet);
    return true;
}

} // namespace otjlab
