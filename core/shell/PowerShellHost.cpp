#include "core/shell/PowerShellHost.h"

#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"

#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace otj::shell {
namespace {

constexpr qsizetype StderrTailBytes = 8192;

ShellError hostError(const QString& id, const QString& message)
{
    ShellError e;
    e.message = message;
    e.category = QStringLiteral("ResourceUnavailable");
    e.fullyQualifiedErrorId = id;
    e.exceptionType = QStringLiteral("OtjShell");
    return e;
}

} // namespace

PowerShellHost::PowerShellHost(const SpeakerCommand& command, QObject* parent)
    : QObject(parent)
    , m_command(command)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProcessEnvironment(childEnvironment());
#ifdef Q_OS_UNIX
    // Its own process group: a launcher (the dotnet-tool pwsh shim starts `dotnet pwsh.dll`) leaves
    // its child running when only the launcher is killed; killing the group ends both.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    connect(&m_process, &QProcess::started, this, [this] { m_groupId = m_process.processId(); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PowerShellHost::onReadyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this, &PowerShellHost::onStderr);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_reportedFailure)
            return;
        m_reportedFailure = true;
        Q_EMIT failed(
            hostError(QStringLiteral("OtjShell.StartFailed"),
                      tr("Could not start %1: %2").arg(m_command.program, m_process.errorString())));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_stopTimer)
            m_stopTimer->stop();
        onReadyRead(); // the last lines
        onStderr();
        killProcessGroup(); // whatever the speaker started and left behind
        qCInfo(lcShell) << "PowerShell host ended, exit code" << exitCode
                        << (status == QProcess::CrashExit ? "(killed or crashed)" : "");
        m_scriptDir.reset();
        Q_EMIT finished(exitCode, status == QProcess::CrashExit);
    });
}

PowerShellHost::~PowerShellHost()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    // Give the speaker the chance to remove its Exchange session (sessions per user are limited).
    m_process.write(protocol::encodeExit(-1));
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000)) {
        killProcessGroup();
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    killProcessGroup();
}

void PowerShellHost::killProcessGroup()
{
#ifdef Q_OS_UNIX
    if (m_groupId > 0)
        ::kill(-pid_t(m_groupId), SIGKILL);
#endif
}

QProcessEnvironment PowerShellHost::childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString& key : keys)
        if (key.startsWith(QLatin1String("OTJ_"), Qt::CaseInsensitive))
            env.remove(key);
    return env;
}

QByteArray PowerShellHost::bridgeScript()
{
    QFile f(QStringLiteral(":/powershell/otj-bridge.ps1"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool PowerShellHost::writeBridgeScript(QString* path, QString* error)
{
    const QByteArray script = bridgeScript();
    if (script.isEmpty()) {
        *error = tr("the bridge script is missing from this build");
        return false;
    }
    // A private directory (0700 on Unix; the user's own %TEMP% on Windows): nobody else can swap
    // the script that is about to receive the password.
    m_scriptDir = std::make_unique<QTemporaryDir>();
    if (!m_scriptDir->isValid()) {
        *error = m_scriptDir->errorString();
        return false;
    }
    *path = m_scriptDir->filePath(QStringLiteral("otj-bridge.ps1"));
    QFile f(*path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(script) != script.size() ||
        !f.flush()) {
        *error = f.errorString();
        return false;
    }
    f.close();
    f.setPermissions(QFileDevice::ReadOwner);
    QFile check(*path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != script) {
        *error = tr("the bridge script changed after it was written");
        return false;
    }
    return true;
}

void PowerShellHost::start(const protocol::Hello& hello)
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_reportedFailure = false;
    m_buffer.clear();
    m_stderr.clear();
    QStringList arguments = m_command.arguments;
    if (m_command.appendBridgeScript) {
        QString path;
        QString error;
        if (!writeBridgeScript(&path, &error)) {
            m_reportedFailure = true;
            QTimer::singleShot(0, this, [this, error] {
                Q_EMIT failed(hostError(QStringLiteral("OtjShell.StartFailed"),
                                        tr("Could not prepare the bridge script: %1").arg(error)));
            });
            return;
        }
        arguments << path << m_command.bridgeArguments;
    }
    if (hello.password)
        Redactor::addSecret(*hello.password);
    qCInfo(lcShell).noquote() << "starting PowerShell host:" << Redactor::redact(m_command.program)
                              << Redactor::redact(arguments.join(QLatin1Char(' ')));
    m_process.setProgram(m_command.program);
    m_process.setArguments(arguments);
    m_process.start(QIODevice::ReadWrite);
    // Written at once: QProcess buffers it until the process has started.
    m_process.write(protocol::encodeHello(0, hello));
}

void PowerShellHost::send(const QByteArray& line)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write(line);
}

void PowerShellHost::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        killProcessGroup();
        m_process.kill();
    }
}

void PowerShellHost::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write(protocol::encodeExit(-1));
    m_process.closeWriteChannel();
    if (!m_stopTimer) {
        m_stopTimer = new QTimer(this);
        m_stopTimer->setSingleShot(true);
        connect(m_stopTimer, &QTimer::timeout, this, &PowerShellHost::kill);
    }
    m_stopTimer->start(graceMs);
}

bool PowerShellHost::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 PowerShellHost::processId() const
{
    return m_process.processId();
}

QString PowerShellHost::stderrTail() const
{
    return Redactor::redact(QString::fromUtf8(m_stderr));
}

QString PowerShellHost::programDescription() const
{
    return m_command.commandLine();
}

void PowerShellHost::onReadyRead()
{
    m_buffer += m_process.readAllStandardOutput();
    QPointer<PowerShellHost> self(this);
    qsizetype start = 0;
    while (self) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArrayView line(m_buffer.constData() + start, nl - start);
        start = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() > protocol::MaxLineBytes) {
            refuseLongLine();
            return;
        }
        const protocol::ResponseLine parsed = protocol::parseResponseLine(line);
        if (parsed.kind == protocol::ResponseLine::Kind::Invalid) {
            // PowerShell itself may print to stdout; not ours, but worth a log line.
            qCWarning(lcShell).noquote()
                << "ignored a line from the PowerShell host:" << parsed.problem << "-"
                << Redactor::redact(QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 300))));
            continue;
        }
        Q_EMIT lineReceived(parsed);
    }
    if (!self)
        return;
    m_buffer.remove(0, start);
    if (m_buffer.size() > protocol::MaxLineBytes + 1)
        refuseLongLine();
}

void PowerShellHost::refuseLongLine()
{
    m_buffer.clear();
    QPointer<PowerShellHost> self(this);
    Q_EMIT failed(hostError(
        QStringLiteral("OtjShell.ProtocolError"),
        tr("The PowerShell program sent a line longer than %1 bytes.").arg(protocol::MaxLineBytes)));
    if (self)
        kill();
}

void PowerShellHost::onStderr()
{
    const QByteArray chunk = m_process.readAllStandardError();
    if (chunk.isEmpty())
        return;
    m_stderr += chunk;
    if (m_stderr.size() > StderrTailBytes)
        m_stderr = m_stderr.right(StderrTailBytes);
    for (const QByteArray& l : chunk.split('\n'))
        if (!l.trimmed().isEmpty())
            qCInfo(lcShell).noquote() << "PowerShell:" << Redactor::redact(QString::fromUtf8(l.trimmed()));
}

} // namespace otj::shell
