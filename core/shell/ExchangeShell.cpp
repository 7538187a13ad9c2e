#include "core/shell/ExchangeShell.h"

#include "core/logging/Logging.h"
#include "core/shell/CommandRegistry.h"
#include "core/shell/PowerShellHost.h"
#include "core/shell/ShellRemedy.h"

#include <QTimer>

namespace otj::shell {
namespace {

// Queued on the context's thread; dropped when the context is gone.
template <typename F>
void deliver(const QPointer<QObject>& context, F f)
{
    if (context)
        QMetaObject::invokeMethod(context.data(), std::move(f), Qt::QueuedConnection);
}

ShellError noLanguageError()
{
    ShellError e;
    e.message = QStringLiteral("The syntax is not supported by this runspace. This can occur if the runspace "
                               "is in no-language mode.");
    e.category = QStringLiteral("ParserError");
    e.fullyQualifiedErrorId = QStringLiteral("ScriptsNotAllowed");
    e.exceptionType = QStringLiteral("System.Management.Automation.ParseException");
    return e;
}

} // namespace

bool ShellReply::ok() const
{
    if (failure)
        return false;
    return std::all_of(results.begin(), results.end(), [](const CommandResult& r) { return r.ok; });
}

QList<ShellError> ShellReply::allErrors() const
{
    QList<ShellError> all;
    for (const CommandResult& r : results)
        all << r.errors;
    if (failure)
        all << *failure;
    return all;
}

ShellError ExchangeShell::shellError(const QString& id, const QString& message)
{
    ShellError e;
    e.message = message;
    e.category = QStringLiteral("ResourceUnavailable");
    e.fullyQualifiedErrorId = id;
    e.exceptionType = QStringLiteral("OtjShell");
    e.remedy = ShellRemedy::forError(e);
    return e;
}

ExchangeShell::ExchangeShell(const ShellOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ExchangeShell::onTimeout);
}

ExchangeShell::~ExchangeShell()
{
    if (m_host)
        m_host->disconnect(this); // its destructor asks the speaker to exit
}

qint64 ExchangeShell::hostProcessId() const
{
    return m_host ? m_host->processId() : 0;
}

ShellError ExchangeShell::withRemedy(ShellError error, const QString& commandName) const
{
    if (error.remedy.isEmpty())
        error.remedy = ShellRemedy::forError(error, commandName);
    return error;
}

void ExchangeShell::open(QObject* context, OpenCallback done)
{
    m_openWaiters.append(OpenWaiter{context ? context : this, std::move(done)});
    if (m_state == State::Open) {
        ShellOpenResult r;
        r.ok = true;
        r.session = m_session;
        finishOpen(r);
        return;
    }
    if (m_state == State::Closed || m_state == State::Broken) {
        m_brokenError.reset();
        m_restartBudget = 1;
        m_state = State::Opening;
        startHost();
    }
}

void ExchangeShell::run(const ShellCommand& command, QObject* context, ReplyCallback done)
{
    runBatch({command}, false, context, std::move(done));
}

void ExchangeShell::runBatch(const QList<ShellCommand>& commands, bool stopOnError, QObject* context,
                             ReplyCallback done)
{
    Call call;
    call.id = m_nextId++;
    call.stopOnError = stopOnError;
    call.context = context ? context : this;
    call.done = std::move(done);
    for (ShellCommand c : commands) {
        const QString problem = CommandRegistry::check(c);
        if (!problem.isEmpty()) {
            ShellError e = CommandRegistry::isPlainCommandName(c.name)
                               ? shellError(QStringLiteral("OtjShell.Refused"), problem)
                               : noLanguageError();
            e.remedy = problem;
            ShellReply reply;
            reply.failure = e;
            complete(std::move(call), reply);
            return;
        }
        const CommandSpec* spec = CommandRegistry::find(c.name);
        c.name = spec->name;
        if (spec->takesDomainController && !m_options.domainController.isEmpty() &&
            !c.parameters.contains(QStringLiteral("DomainController")))
            c.set(QStringLiteral("DomainController"), m_options.domainController);
        call.readOnly = call.readOnly && spec->isReadOnly();
        call.commands << c;
    }
    if (m_state == State::Broken && m_brokenError) {
        ShellReply reply;
        reply.failure = *m_brokenError;
        complete(std::move(call), reply);
        return;
    }
    m_queue.push_back(std::move(call));
    if (m_state == State::Closed) {
        m_restartBudget = 1;
        m_state = State::Opening;
        startHost();
        return;
    }
    pump();
}

void ExchangeShell::startHost()
{
    dropHost(true);
    m_helloAnswered = false;
    m_lossReason.reset();
    m_partials.clear();
    m_host = new PowerShellHost(m_options.speaker, this);
    connect(m_host, &PowerShellHost::lineReceived, this, &ExchangeShell::onLine);
    connect(m_host, &PowerShellHost::failed, this, [this](const ShellError& e) {
        m_lossReason = e;
        if (m_host && m_host->isRunning())
            m_host->kill();
        else
            onHostEnded(e);
    });
    connect(m_host, &PowerShellHost::finished, this, [this](int exitCode, bool crashed) {
        if (m_lossReason) {
            onHostEnded(*m_lossReason);
            return;
        }
        QString text = crashed ? tr("The PowerShell program was stopped or crashed.")
                               : tr("The PowerShell program ended (exit code %1).").arg(exitCode);
        const QString tail = m_host ? m_host->stderrTail().trimmed() : QString();
        if (!tail.isEmpty())
            text += QLatin1Char(' ') + tail.right(1500);
        onHostEnded(shellError(QStringLiteral("OtjShell.HostDied"), text));
    });
    m_timer->start(m_options.helloTimeoutMs);
    m_host->start(m_options.hello);
}

void ExchangeShell::dropHost(bool kill)
{
    if (!m_host)
        return;
    m_host->disconnect(this);
    if (kill)
        m_host->kill();
    else
        m_host->stop();
    // Deleted once its process has ended (the destructor would otherwise wait for it).
    PowerShellHost* host = m_host;
    m_host = nullptr;
    if (host->isRunning())
        connect(host, &PowerShellHost::finished, host, &QObject::deleteLater);
    else
        host->deleteLater();
}

void ExchangeShell::pump()
{
    if (m_state != State::Open || m_inFlight || m_queue.empty())
        return;
    m_inFlight = std::move(m_queue.front());
    m_queue.pop_front();
    m_partials.clear();
    const qint64 timeout =
        qint64(m_options.commandTimeoutMs) * qMax<qsizetype>(1, m_inFlight->commands.size());
    qCDebug(lcShell) << "request" << m_inFlight->id << m_inFlight->commands.size() << "command(s)";
    m_timer->start(int(qMin<qint64>(timeout, std::numeric_limits<int>::max())));
    m_host->send(
        protocol::encodeInvoke(m_inFlight->id, m_inFlight->commands, timeout, m_inFlight->stopOnError));
}

void ExchangeShell::onLine(const protocol::ResponseLine& line)
{
    using K = protocol::ResponseLine::Kind;
    if (m_state == State::Opening || m_state == State::Restarting) {
        if (line.kind == K::HelloOk) {
            m_timer->stop();
            m_helloAnswered = true;
            m_session = line.session;
            m_state = State::Open;
            ShellOpenResult r;
            r.ok = true;
            r.session = m_session;
            finishOpen(r);
            pump();
        } else if (line.kind == K::HelloFailed || (line.kind == K::RequestError && line.fatal)) {
            m_helloAnswered = true;
            QList<ShellError> errors;
            for (const ShellError& e : line.errors)
                errors << withRemedy(e);
            if (errors.isEmpty())
                errors << shellError(QStringLiteral("OtjShell.HelloFailed"),
                                     tr("The session could not be opened."));
            m_lossReason = errors.first();
            m_restartBudget = 0; // a refused sign-in is not cured by restarting
            ShellOpenResult r;
            r.errors = errors;
            finishOpen(r);
        }
        return;
    }
    if (!m_inFlight)
        return;
    if (line.id && *line.id != m_inFlight->id)
        return; // a late answer to a request we gave up on
    if (line.kind == K::Partial) {
        m_partials[line.index] << line.objects;
    } else if (line.kind == K::Final) {
        m_timer->stop();
        ShellReply reply;
        reply.results = line.results;
        for (int k = 0; k < reply.results.size(); ++k) {
            CommandResult& r = reply.results[k];
            r.objects = m_partials.value(k) + r.objects;
            for (ShellError& e : r.errors)
                e = withRemedy(e, r.name);
        }
        m_partials.clear();
        m_restartBudget = 1;
        Call call = std::move(*m_inFlight);
        m_inFlight.reset();
        complete(std::move(call), reply);
        pump();
    } else if (line.kind == K::RequestError) {
        m_timer->stop();
        ShellReply reply;
        reply.failure = line.errors.isEmpty() ? shellError(QStringLiteral("OtjBridge.MalformedRequest"),
                                                           tr("The request was refused."))
                                              : withRemedy(line.errors.first());
        Call call = std::move(*m_inFlight);
        m_inFlight.reset();
        complete(std::move(call), reply);
        pump();
    }
}

void ExchangeShell::onTimeout()
{
    if (!m_host)
        return;
    const bool opening = m_state == State::Opening || m_state == State::Restarting;
    m_lossReason = shellError(
        QStringLiteral("OtjShell.Timeout"),
        opening
            ? tr("Opening the Exchange session took longer than %1 s.").arg(m_options.helloTimeoutMs / 1000)
            : tr("Exchange did not answer within %1 s; the PowerShell program was stopped.")
                  .arg(m_options.commandTimeoutMs / 1000.0, 0, 'f', 1));
    qCWarning(lcShell).noquote() << m_lossReason->message;
    m_host->kill();
}

void ExchangeShell::onHostEnded(const ShellError& why)
{
    m_timer->stop();
    dropHost(true);
    const ShellError error = withRemedy(why);
    if (m_state == State::Opening) {
        if (!m_helloAnswered) {
            ShellOpenResult r;
            r.errors = {error};
            finishOpen(r);
        }
        m_state = State::Broken;
        m_brokenError = m_lossReason ? withRemedy(*m_lossReason) : error;
        failAll(*m_brokenError);
        return;
    }
    if (m_state == State::Closed || m_state == State::Broken)
        return;
    // Open (idle or busy) or Restarting: one restart, then the error.
    std::optional<Call> call = std::move(m_inFlight);
    m_inFlight.reset();
    if (m_restartBudget > 0 && m_state == State::Open) {
        --m_restartBudget;
        ++m_restarts;
        qCWarning(lcShell).noquote() << "restarting the PowerShell host:" << error.message;
        Q_EMIT hostRestarted(error.message);
        if (call && call->readOnly && !call->resent) {
            call->resent = true;
            call->id = m_nextId++;
            m_queue.push_front(std::move(*call));
        } else if (call) {
            ShellReply reply;
            reply.failure = error;
            if (!call->readOnly)
                reply.failure->remedy =
                    tr("The PowerShell program stopped during a change: the change may or may "
                       "not have been made. Read the current state again before retrying.");
            complete(std::move(*call), reply);
        }
        m_state = State::Restarting;
        startHost();
        return;
    }
    if (call) {
        ShellReply reply;
        reply.failure = error;
        complete(std::move(*call), reply);
    }
    m_state = State::Broken;
    m_brokenError = error;
    failAll(error);
}

void ExchangeShell::finishOpen(const ShellOpenResult& result)
{
    const QList<OpenWaiter> waiters = std::exchange(m_openWaiters, {});
    for (const OpenWaiter& w : waiters) {
        OpenCallback done = w.done;
        deliver(w.context, [done, result] { done(result); });
    }
}

void ExchangeShell::complete(Call call, const ShellReply& reply)
{
    ReplyCallback done = std::move(call.done);
    if (!done)
        return;
    deliver(call.context, [done, reply] { done(reply); });
}

void ExchangeShell::failAll(const ShellError& error)
{
    std::deque<Call> queue = std::exchange(m_queue, {});
    for (Call& c : queue) {
        ShellReply reply;
        reply.failure = error;
        complete(std::move(c), reply);
    }
    if (!m_openWaiters.isEmpty()) {
        ShellOpenResult r;
        r.errors = {error};
        finishOpen(r);
    }
}

void ExchangeShell::cancel()
{
    stopAll(true, shellError(QStringLiteral("OtjShell.Cancelled"), tr("Cancelled.")));
}

void ExchangeShell::close()
{
    stopAll(false, shellError(QStringLiteral("OtjShell.Cancelled"), tr("The session was closed.")));
}

void ExchangeShell::stopAll(bool kill, const ShellError& error)
{
    m_timer->stop();
    dropHost(kill);
    m_state = State::Closed;
    if (m_inFlight) {
        ShellReply reply;
        reply.failure = error;
        complete(std::move(*m_inFlight), reply);
        m_inFlight.reset();
    }
    failAll(error);
}

} // namespace otj::shell
