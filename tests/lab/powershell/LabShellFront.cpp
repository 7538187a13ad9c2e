#include "powershell/LabShellFront.h"

#include "powershell/LabCmdlets.h"

#include "core/shell/CommandRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace otjlab {

namespace {
constexpr int kDefaultTimeoutMs = 120000;

QJsonObject errorJson(const QString& message, const QString& category, const QString& fqid,
                      const QString& exception)
{
    return CmdletError{message, category, fqid, exception, QJsonValue()}.toJson();
}

// The bridge's fixed answer for a command its session does not have (5.1's wording, PROTOCOL).
QJsonObject commandNotFound(const QString& name)
{
    return CmdletError{
        QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, script "
                       "file, or operable program. Check the spelling of the name, or if a path "
                       "was included, verify that the path is correct and try again.")
            .arg(name),
        QStringLiteral("ObjectNotFound"), QStringLiteral("CommandNotFoundException"),
        QStringLiteral("System.Management.Automation.CommandNotFoundException"), name}
        .toJson();
}

// A command's optional "select": property names as the bridge accepts them, or nullopt if malformed.
std::optional<QStringList> selectOf(const QJsonObject& command)
{
    const QJsonValue v = command.value(QLatin1String("select"));
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return std::nullopt;
    QStringList names;
    for (const QJsonValue& n : v.toArray()) {
        if (!n.isString() || !LabCmdlets::isPlainParameterName(n.toString()))
            return std::nullopt;
        names << n.toString();
    }
    return names;
}

// Select-Object semantics, as the bridge writes them: only these properties (looked up without
// regard to case, written with the select's spelling), null where the object lacks one.
QJsonObject selected(const QJsonObject& object, const QStringList& names)
{
    QJsonObject out;
    for (const QString& name : names) {
        QJsonValue value;
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                value = it.value();
                break;
            }
        out.insert(name, value);
    }
    return out;
}

QString hostOf(const QString& uri)
{
    const QString host = QUrl(uri).host();
    return host.isEmpty() ? uri : host;
}
} // namespace

LabShellFront::LabShellFront(QUrl route, const QByteArray& caPem, QObject* parent)
    : QObject(parent)
    , m_route(std::move(route))
{
    // Only the lab CA is trusted: the system store plays no part, and nothing is ignored.
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
}

QNetworkRequest LabShellFront::request() const
{
    QNetworkRequest req(m_route);
    req.setSslConfiguration(m_tls);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", m_authorization);
    return req;
}

void LabShellFront::submitLine(const QByteArray& line)
{
    if (line.trimmed().isEmpty())
        return;
    m_queue.append(line);
    if (!m_busy)
        QTimer::singleShot(0, this, &LabShellFront::next);
}

void LabShellFront::endOfInput()
{
    m_eof = true;
    if (!m_busy)
        QTimer::singleShot(0, this, &LabShellFront::next);
}

void LabShellFront::next()
{
    if (m_busy || m_finished)
        return;
    if (m_queue.isEmpty()) {
        if (m_eof)
            finish(0);
        return;
    }
    const QByteArray line = m_queue.takeFirst();
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        malformed(QJsonValue(),
                  QStringLiteral("The request line is not a JSON object: %1").arg(perr.errorString()));
        QTimer::singleShot(0, this, &LabShellFront::next);
        return;
    }
    handle(doc.object());
}

void LabShellFront::handle(const QJsonObject& req)
{
    const QJsonValue id = req.value(QLatin1String("id"));
    const QString op = req.value(QLatin1String("op")).toString();
    const QJsonValue validId = id;
    auto reject = [&](const QString& message) {
        malformed(validId, message);
        QTimer::singleShot(0, this, &LabShellFront::next);
    };
    if (req.value(QLatin1String("v")).toInt() != 1)
        return reject(QStringLiteral("Unsupported protocol version (this shell speaks v 1)."));
    if (!id.isDouble())
        return reject(QStringLiteral("The request has no integer id."));
    if (op == QLatin1String("hello")) {
        if (m_helloDone)
            return reject(QStringLiteral("hello was already sent."));
        hello(req);
        return;
    }
    if (!m_helloDone)
        return reject(QStringLiteral("The first request must be hello."));
    if (op == QLatin1String("exit")) {
        finish(0);
        return;
    }
    if (op == QLatin1String("invoke")) {
        invoke(req);
        return;
    }
    reject(QStringLiteral("Unknown op '%1'.").arg(op));
}

void LabShellFront::hello(const QJsonObject& req)
{
    const qint64 id = qint64(req.value(QLatin1String("id")).toDouble());
    const QString uri = req.value(QLatin1String("connectionUri")).toString();
    const QJsonValue user = req.value(QLatin1String("username"));
    const QJsonValue password = req.value(QLatin1String("password"));
    auto failHello = [this, id](const QJsonObject& error) {
        send({{QStringLiteral("id"), id},
              {QStringLiteral("ok"), false},
              {QStringLiteral("errors"), QJsonArray{error}}});
        finish(3);
    };
    if (!user.isString() || user.toString().isEmpty()) {
        // Kerberos as the logged-on Windows user: the lab has no KDC and no logged-on domain user.
        failHello(errorJson(
            QStringLiteral(
                "Connecting to remote server %1 failed with the following error message : WinRM cannot "
                "process the request. The following error with errorcode 0x80090311 occurred while using "
                "Kerberos authentication: There are currently no logon servers available to service the "
                "logon request. For more information, see the about_Remote_Troubleshooting Help topic.")
                .arg(hostOf(uri)),
            QStringLiteral("OpenError"), QStringLiteral("AuthenticationFailed,PSSessionOpenFailed"),
            QStringLiteral("System.Management.Automation.Remoting.PSRemotingTransportException")));
        return;
    }
    m_authorization = "Basic " + (user.toString().toUtf8() + ':' + password.toString().toUtf8()).toBase64();
    m_busy = true;
    QNetworkReply* reply = m_nam.get(request());
    QTimer::singleShot(kDefaultTimeoutMs, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, uri, failHello] {
        reply->deleteLater();
        m_busy = false;
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401) {
            failHello(body.value(QLatin1String("errors")).toArray().first().toObject());
            return;
        }
        if (status != 200 || reply->error() != QNetworkReply::NoError) {
            failHello(errorJson(
                QStringLiteral("Connecting to remote server %1 failed with the following error "
                               "message : %2")
                    .arg(hostOf(uri), reply->errorString()),
                QStringLiteral("OpenError"), QStringLiteral("CannotConnect,PSSessionOpenFailed"),
                QStringLiteral("System.Management.Automation.Remoting.PSRemotingTransportException")));
            return;
        }
        const QJsonObject session = body.value(QLatin1String("session")).toObject();
        m_server = session.value(QLatin1String("server")).toString();
        m_helloDone = true;
        // Like Import-PSSession -CommandName <allow-list>: the session's cmdlets the bridge lets through.
        const QStringList allowed = otj::shell::CommandRegistry::names();
        QStringList commands;
        for (const auto& c : session.value(QLatin1String("commands")).toArray())
            if (allowed.contains(c.toString(), Qt::CaseInsensitive))
                commands << c.toString();
        std::sort(commands.begin(), commands.end()); // ordinal, as the bridge sorts them
        m_commands = commands;
        send({{QStringLiteral("id"), id},
              {QStringLiteral("ok"), true},
              {QStringLiteral("session"),
               QJsonObject{{QStringLiteral("mode"), QStringLiteral("lab")},
                           {QStringLiteral("psVersion"), QStringLiteral("otj-lab")},
                           {QStringLiteral("psEdition"), QStringLiteral("otj-lab")},
                           {QStringLiteral("commands"), QJsonArray::fromStringList(commands)}}}});
        next();
    });
}

void LabShellFront::invoke(const QJsonObject& req)
{
    const qint64 id = qint64(req.value(QLatin1String("id")).toDouble());
    QList<QJsonObject> commands;
    for (const auto& c : req.value(QLatin1String("commands")).toArray()) {
        const QJsonObject o = c.toObject();
        if (!o.value(QLatin1String("name")).isString() ||
            !(o.value(QLatin1String("parameters")).isObject() || !o.contains(QLatin1String("parameters")))) {
            malformed(id, QStringLiteral("Each command needs a name and an object of parameters."));
            QTimer::singleShot(0, this, &LabShellFront::next);
            return;
        }
        if (!selectOf(o)) {
            malformed(id, QStringLiteral("invoke: select is an array of property names"));
            QTimer::singleShot(0, this, &LabShellFront::next);
            return;
        }
        commands << o;
    }
    // timeoutMs is the host's deadline for the whole request.
    const int timeoutMs = req.value(QLatin1String("timeoutMs")).toInt(kDefaultTimeoutMs);
    m_deadline.setRemainingTime(timeoutMs > 0 ? timeoutMs : kDefaultTimeoutMs);
    m_busy = true;
    m_lineStart = true;
    runCommand(id, commands, 0, {}, req.value(QLatin1String("stopOnError")).toBool(), timeoutMs, false);
}

void LabShellFront::runCommand(qint64 id, QList<QJsonObject> commands, int index, QJsonArray done,
                               bool stopOnError, int timeoutMs, bool stopped)
{
    if (index >= commands.size()) {
        m_busy = false;
        sendResults(id, done);
        next();
        return;
    }
    const QJsonObject cmd = commands[index];
    const QString name = cmd.value(QLatin1String("name")).toString();
    if (stopped) {
        done.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("ok"), false},
                                {QStringLiteral("skipped"), true},
                                {QStringLiteral("objects"), QJsonArray()},
                                {QStringLiteral("warnings"), QJsonArray()},
                                {QStringLiteral("errors"), QJsonArray()},
                                {QStringLiteral("elapsedMs"), 0}});
        runCommand(id, commands, index + 1, done, stopOnError, timeoutMs, true);
        return;
    }
    // The bridge manages the error and warning streams itself: these parameters are not the host's.
    static const QStringList reserved{QStringLiteral("ErrorAction"),
                                      QStringLiteral("ErrorVariable"),
                                      QStringLiteral("WarningAction"),
                                      QStringLiteral("WarningVariable"),
                                      QStringLiteral("InformationAction"),
                                      QStringLiteral("InformationVariable"),
                                      QStringLiteral("OutVariable"),
                                      QStringLiteral("OutBuffer"),
                                      QStringLiteral("PipelineVariable"),
                                      QStringLiteral("Verbose"),
                                      QStringLiteral("Debug")};
    const QJsonObject parameters = cmd.value(QLatin1String("parameters")).toObject();
    const bool scriptText = !LabCmdlets::isPlainCommandName(name);
    // The bridge checks for script text first (the route answers it), then whether its session has
    // the command, then reserved parameters.
    if (!scriptText && !m_commands.contains(name, Qt::CaseInsensitive)) {
        done.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("ok"), false},
                                {QStringLiteral("objects"), QJsonArray()},
                                {QStringLiteral("warnings"), QJsonArray()},
                                {QStringLiteral("errors"), QJsonArray{commandNotFound(name)}},
                                {QStringLiteral("elapsedMs"), 0}});
        runCommand(id, commands, index + 1, done, stopOnError, timeoutMs, stopOnError);
        return;
    }
    for (auto it = parameters.begin(); it != parameters.end() && !scriptText; ++it) {
        if (!reserved.contains(it.key(), Qt::CaseInsensitive))
            continue;
        done.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("ok"), false},
                        {QStringLiteral("objects"), QJsonArray()},
                        {QStringLiteral("warnings"), QJsonArray()},
                        {QStringLiteral("errors"),
                         QJsonArray{CmdletError{
                             QStringLiteral("The parameter '%1' is managed by the bridge.").arg(it.key()),
                             QStringLiteral("InvalidArgument"), QStringLiteral("OtjBridge.ReservedParameter"),
                             QStringLiteral("System.ArgumentException"), it.key()}
                                        .toJson()}},
                        {QStringLiteral("elapsedMs"), 0}});
        runCommand(id, commands, index + 1, done, stopOnError, timeoutMs, stopOnError);
        return;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                      {QStringLiteral("parameters"),
                                                       cmd.value(QLatin1String("parameters")).toObject()}})
                                .toJson(QJsonDocument::Compact);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkRequest post = request();
    // The lab's latency model charges a round trip once per request line (its first command).
    if (m_lineStart)
        post.setRawHeader("X-OtjLab-Line-Start", "1");
    m_lineStart = false;
    QNetworkReply* reply = m_nam.post(post, body);
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(qMax<qint64>(1, m_deadline.remainingTime()), reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, id, commands, index, done, stopOnError, timeoutMs, name, timer, timedOut]() mutable {
            reply->deleteLater();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QJsonObject result{{QStringLiteral("name"), name}};
            if (status == 200) {
                QJsonArray objects = answer.value(QLatin1String("objects")).toArray();
                const QStringList select = selectOf(commands[index]).value_or(QStringList());
                if (commands[index].contains(QLatin1String("select")) &&
                    !commands[index].value(QLatin1String("select")).isNull())
                    for (auto it = objects.begin(); it != objects.end(); ++it)
                        *it = selected(it->toObject(), select);
                result.insert(QStringLiteral("objects"), objects);
                result.insert(QStringLiteral("warnings"), answer.value(QLatin1String("warnings")).toArray());
                result.insert(QStringLiteral("errors"), answer.value(QLatin1String("errors")).toArray());
            } else {
                const QJsonObject error =
                    *timedOut
                        ? errorJson(QStringLiteral("The command did not finish within %1 ms.").arg(timeoutMs),
                                    QStringLiteral("OperationTimeout"), QStringLiteral("OtjBridge.Timeout"),
                                    QStringLiteral("System.TimeoutException"))
                    : status == 401
                        ? answer.value(QLatin1String("errors")).toArray().first().toObject()
                        : errorJson(QStringLiteral("Processing data from remote server %1 failed with the "
                                                   "following error message: %2")
                                        .arg(m_server, reply->errorString()),
                                    QStringLiteral("OpenError"), QStringLiteral("JobFailure"),
                                    QStringLiteral("System.Management.Automation.Remoting."
                                                   "PSRemotingTransportException"));
                result.insert(QStringLiteral("objects"), QJsonArray());
                result.insert(QStringLiteral("warnings"), QJsonArray());
                result.insert(QStringLiteral("errors"), QJsonArray{error});
            }
            const bool ok = result.value(QLatin1String("errors")).toArray().isEmpty();
            result.insert(QStringLiteral("ok"), ok);
            result.insert(QStringLiteral("elapsedMs"), timer->elapsed());
            done.append(result);
            runCommand(id, commands, index + 1, done, stopOnError, timeoutMs, stopOnError && !ok);
        });
}

void LabShellFront::sendResults(qint64 id, const QJsonArray& resultsIn)
{
    QJsonArray results = resultsIn;
    const auto size = [](const QJsonObject& o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).size();
    };
    const QJsonObject whole{{QStringLiteral("id"), id}, {QStringLiteral("results"), results}};
    if (size(whole) + 8 <= maxLineBytes) {
        send(whole);
        return;
    }
    // Too large for one line: the largest results' objects go ahead in partial lines (in order within
    // a result) until the final line fits.
    QList<int> order;
    for (int k = 0; k < results.size(); ++k)
        order << k;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return size(results[a].toObject()) > size(results[b].toObject()); });
    const qsizetype budget = maxLineBytes - 200;
    for (int k : order) {
        if (size({{QStringLiteral("id"), id}, {QStringLiteral("results"), results}}) + 8 <= maxLineBytes)
            break;
        QJsonObject r = results[k].toObject();
        const QJsonArray objects = r.value(QLatin1String("objects")).toArray();
        QJsonArray batch;
        qsizetype batchBytes = 0;
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            send({{QStringLiteral("id"), id},
                  {QStringLiteral("more"), true},
                  {QStringLiteral("index"), k},
                  {QStringLiteral("objects"), batch}});
            batch = QJsonArray();
            batchBytes = 0;
        };
        for (const auto& o : objects) {
            const qsizetype n = QJsonDocument(o.toObject()).toJson(QJsonDocument::Compact).size() + 1;
            if (batchBytes + n > budget)
                flush();
            batch.append(o);
            batchBytes += n;
        }
        flush();
        r.insert(QStringLiteral("objects"), QJsonArray());
        results[k] = r;
    }
    send({{QStringLiteral("id"), id}, {QStringLiteral("results"), results}});
}

void LabShellFront::malformed(const QJsonValue& id, const QString& message)
{
    // Before a successful hello a bad line ends the speaker (exit 2); afterwards it keeps reading.
    const bool fatal = !m_helloDone;
    send({{QStringLiteral("id"), id.isDouble() ? id : QJsonValue()},
          {QStringLiteral("fatal"), fatal},
          {QStringLiteral("errors"), QJsonArray{errorJson(message, QStringLiteral("InvalidData"),
                                                          QStringLiteral("OtjBridge.MalformedRequest"),
                                                          QStringLiteral("System.FormatException"))}}});
    if (fatal)
        finish(2);
}

void LabShellFront::send(const QJsonObject& o)
{
    QJsonObject line = o;
    line.insert(QStringLiteral("v"), 1);
    if (writeLine)
        writeLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

void LabShellFront::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (finished)
        finished(code);
}

} // namespace otjlab
