// The speaker process of the bridge protocol: PowerShell running the bridge script (or the complete
// command named by OTJ_POWERSHELL). Writes request lines to its stdin, splits its stdout into
// protocol lines, keeps a redacted tail of its stderr for diagnostics.
//
// Security: the child's environment is ours minus every OTJ_* variable; the password goes to
// stdin in the hello line only (and is registered with the Redactor). The bridge script is
// written from the binary's resources into a private temporary directory (core/shell/README.md).
#pragma once

#include "core/shell/BridgeProtocol.h"
#include "core/shell/PowerShellProgramSetting.h"
#include "core/shell/ShellTypes.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <memory>

class QTemporaryDir;
class QTimer;

namespace otj::shell {

class PowerShellHost : public QObject
{
    Q_OBJECT
public:
    explicit PowerShellHost(const SpeakerCommand& command, QObject* parent = nullptr);
    ~PowerShellHost() override; // an exit request, then a kill if the speaker does not stop

    // Starts the speaker and writes the hello line. Answers arrive as lineReceived; a start
    // failure as failed(), the end of the process as finished().
    void start(const protocol::Hello& hello);
    void send(const QByteArray& line);
    void kill();                   // at once (cancellation, timeouts)
    void stop(int graceMs = 5000); // exit request and EOF; killed after graceMs
    bool isRunning() const;
    qint64 processId() const;
    QString stderrTail() const; // redacted
    QString programDescription() const;

    // This process's environment without any OTJ_* variable.
    static QProcessEnvironment childEnvironment();
    // The embedded bridge script (resource :/powershell/otj-bridge.ps1).
    static QByteArray bridgeScript();

Q_SIGNALS:
    void lineReceived(const otj::shell::protocol::ResponseLine& line);
    void failed(const otj::shell::ShellError& error); // could not start, or broke the protocol
    void finished(int exitCode, bool crashed);

private:
    void onReadyRead();
    void onStderr();
    void refuseLongLine(); // the speaker broke the line-size limit: stop it
    bool writeBridgeScript(QString* path, QString* error);

    void killProcessGroup();

    SpeakerCommand m_command;
    QProcess m_process;
    qint64 m_groupId = 0; // the speaker's process group (its pid), Unix
    QByteArray m_buffer;
    QByteArray m_stderr;
    std::unique_ptr<QTemporaryDir> m_scriptDir;
    QTimer* m_stopTimer = nullptr;
    bool m_reportedFailure = false;
};

} // namespace otj::shell
