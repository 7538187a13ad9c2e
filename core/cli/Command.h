// otjctl's commands. Each is an async QObject: start() parses its own arguments and begins;
// finished(exitCode) is emitted exactly once; cancel() (Ctrl-C) stops cleanly and finishes with
// ExitCode::Cancelled. Output goes through the context, never straight to std::cout, so tests
// can capture it.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace otj {
class CredentialStore;
}

namespace otj::cli {

// The contract every otjctl command keeps (design.md).
enum ExitCode : int {
    Success = 0,      // success / nothing failed
    Failed = 1,       // something failed or was found wrong
    CouldNotRun = 2,  // bad arguments, unreadable/invalid profile, missing credentials, unreachable
                      // server, or a confirmation needed without a terminal
    Cancelled = 130,  // Ctrl-C / SIGINT, after stopping cleanly (a second one: at once)
    Terminated = 143, // SIGTERM (128 + 15), after stopping cleanly (a second one: at once)
};

struct CommandContext
{
    QTextStream* out = nullptr;   // results (stdout)
    QTextStream* err = nullptr;   // diagnostics and progress (stderr)
    bool stdinIsTerminal = false; // never wait on stdin when false
    bool stdoutIsTerminal = false;
    bool stderrIsTerminal = false;          // progress bars only then
    CredentialStore* credentials = nullptr; // environment first, then the keychain
};

class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(CommandContext& context, QObject* parent = nullptr)
        : QObject(parent)
        , m_ctx(context)
    {}
    // "validate", "profile", ...
    virtual QString name() const = 0;
    // One line for `otjctl --help`.
    virtual QString summary() const = 0;
    // `arguments` excludes the program and the command name.
    virtual void start(const QStringList& arguments) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CommandContext& m_ctx;
};

} // namespace otj::cli
