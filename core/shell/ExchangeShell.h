// Runs Exchange cmdlets through the PowerShell bridge: one command or a batch per round trip, each
// answered with its objects, warnings and errors. Never script text: every command is checked
// against the CommandRegistry before it is sent, and -DomainController is added where it exists.
//
// Async, callback based; callbacks run queued on the context's thread while it lives (a null
// context means the shell itself).
// One request is on the wire at a time; others wait in order.
//
// Failures of the host itself: a request that exceeds its timeout (per command × commands) kills
// the speaker (OtjShell.Timeout); a speaker that dies fails its request (OtjShell.HostDied). Either
// way the speaker is restarted once: a request of only Get-* commands is sent again, one that
// changes something is not (it may have been applied). A second loss in a row leaves the shell
// broken with that error until open() is called again. cancel() kills at once.
#pragma once

#include "core/shell/BridgeProtocol.h"
#include "core/shell/PowerShellProgramSetting.h"
#include "core/shell/ShellTypes.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace otj::shell {

class PowerShellHost;

struct ShellOptions
{
    SpeakerCommand speaker;
    protocol::Hello hello;
    QString domainController;      // added to every command that takes -DomainController
    int helloTimeoutMs = 180000;   // New-PSSession + Import-PSSession
    int commandTimeoutMs = 120000; // per command
};

struct ShellReply
{
    QList<CommandResult> results;      // one per command once the request reached the speaker
    std::optional<ShellError> failure; // the request as a whole failed (with its remedy)
    bool ok() const;
    // Every error of every command, then the failure; for display.
    QList<ShellError> allErrors() const;
};

struct ShellOpenResult
{
    bool ok = false;
    SessionInfo session;
    QList<ShellError> errors; // with remedies
};

class ExchangeShell : public QObject
{
    Q_OBJECT
public:
    explicit ExchangeShell(const ShellOptions& options, QObject* parent = nullptr);
    ~ExchangeShell() override;

    using OpenCallback = std::function<void(const ShellOpenResult&)>;
    using ReplyCallback = std::function<void(const ShellReply&)>;

    void open(QObject* context, OpenCallback done);
    // Opens the session first when needed.
    void run(const ShellCommand& command, QObject* context, ReplyCallback done);
    void runBatch(const QList<ShellCommand>& commands, bool stopOnError, QObject* context,
                  ReplyCallback done);
    void cancel(); // kills the speaker; every waiting callback gets OtjShell.Cancelled
    void close();  // asks the speaker to exit (its session is removed); waiting callbacks: Cancelled

    bool isOpen() const { return m_state == State::Open; }
    const SessionInfo& session() const { return m_session; }
    int restarts() const { return m_restarts; }
    qint64 hostProcessId() const;
    void setCommandTimeoutMs(int ms) { m_options.commandTimeoutMs = ms; }
    // Pins the DC for the commands sent from now on (an apply learns it from its inspection).
    void setDomainController(const QString& dc) { m_options.domainController = dc; }
    const QString& domainController() const { return m_options.domainController; }

    // The error the shell reports for its own failures (translated message, remedy filled in).
    static ShellError shellError(const QString& id, const QString& message);

Q_SIGNALS:
    void hostRestarted(const QString& reason);

private:
    enum class State { Closed, Opening, Open, Restarting, Broken };
    struct Call
    {
        qint64 id = 0;
        QList<ShellCommand> commands;
        bool stopOnError = false;
        bool readOnly = true;
        bool resent = false;
        QPointer<QObject> context;
        ReplyCallback done;
    };
    struct OpenWaiter
    {
        QPointer<QObject> context;
        OpenCallback done;
    };

    void startHost();
    void pump();
    void onLine(const protocol::ResponseLine& line);
    void onHostEnded(const ShellError& why);
    void onTimeout();
    void finishOpen(const ShellOpenResult& result);
    void complete(Call call, const ShellReply& reply);
    void failAll(const ShellError& error);
    void stopAll(bool kill, const ShellError& error); // cancel() and close()
    void dropHost(bool kill);
    ShellError withRemedy(ShellError error, const QString& commandName = {}) const;

    ShellOptions m_options;
    State m_state = State::Closed;
    PowerShellHost* m_host = nullptr;
    QTimer* m_timer = nullptr;
    SessionInfo m_session;
    std::deque<Call> m_queue;
    std::optional<Call> m_inFlight;
    QMap<int, QList<QJsonObject>> m_partials;
    QList<OpenWaiter> m_openWaiters;
    std::optional<ShellError> m_lossReason; // why we killed the host (timeout)
    std::optional<ShellError> m_brokenError;
    bool m_helloAnswered = false;
    int m_restartBudget = 1;
    int m_restarts = 0;
    qint64 m_nextId = 1;
};

} // namespace otj::shell
