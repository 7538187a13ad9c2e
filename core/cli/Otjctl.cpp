#include "core/cli/Otjctl.h"

#include "core/cli/Interrupt.h"
#include "core/cli/PlanApplyCommands.h"
#include "core/cli/ProfileCommand.h"
#include "core/cli/TerminalText.h"
#include "core/cli/ValidateCommand.h"
#include "core/logging/Logging.h"
#include "core/secrets/EnvironmentCredentialStore.h"
#include "core/secrets/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QPointer>

#include <cstdio>
#include <functional>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#define otj_isatty _isatty
#define otj_fileno _fileno
#else
#include <unistd.h>
#define otj_isatty isatty
#define otj_fileno fileno
#endif

namespace otj::cli {
namespace {

struct CommandInfo
{
    QString name;
    QString summary;
    std::function<Command*(CommandContext&)> create; // null: not available in this build
};

QString tr(const char* text)
{
    return QCoreApplication::translate("otj::cli", text);
}

QList<CommandInfo> commandTable()
{
    QList<CommandInfo> table;
    table.append({QStringLiteral("profile"), ProfileCommand::usage(), [](CommandContext& c) {
                      return new ProfileCommand(c);
                  }});
    table.append({QStringLiteral("validate"), ValidateCommand::usage(), [](CommandContext& c) {
                      return new ValidateCommand(c);
                  }});
    // The procedure's apply/report side arrives with later issues; until then these say so
    // plainly (exit 2) rather than pretend.
    table.append({QStringLiteral("plan"), PlanCommand::usage(), [](CommandContext& c) {
                      return new PlanCommand(c);
                  }});
    table.append({QStringLiteral("apply"), ApplyCommand::usage(), [](CommandContext& c) {
                      return new ApplyCommand(c);
                  }});
    table.append({QStringLiteral("script"),
                  tr("script --profile FILE [--rollback] [-o FILE]: export the changes as PowerShell"),
                  {}});
    table.append({QStringLiteral("report"),
                  tr("report --profile FILE --format html|pdf|json -o FILE: configuration report"),
                  {}});
    table.append({QStringLiteral("rotate-password"),
                  tr("rotate-password --profile FILE: new service account password"),
                  {}});
    return table;
}

QString usage(const QList<CommandInfo>& table)
{
    QString text =
        tr("Usage: otjctl COMMAND [options]\n"
           "Connects Pexip One-Touch Join to Exchange on-premises: checks, changes and reports.\n\n"
           "Commands:\n");
    for (const CommandInfo& c : table)
        text += QStringLiteral("  %1%2\n")
                    .arg(c.summary, c.create ? QString() : tr("  (not available in this build)"));
    text += tr("\nOptions:\n  -h, --help     this help; COMMAND --help for a command's options\n"
               "  -v, --version  the version\n\n"
               "Exit codes: 0 nothing failed, 1 something failed, 2 could not run, 130 cancelled (Ctrl-C),\n"
               "143 terminated (SIGTERM).\n"
               "Unattended runs may pass passwords in OTJ_EXCHANGE_ADMIN_PASSWORD, "
               "OTJ_SERVICE_ACCOUNT_PASSWORD and\n"
               "OTJ_PEXIP_PASSWORD (less safe than the keychain; they are removed from the environment at "
               "start).\n");
    return text;
}

} // namespace

int runOtjctl(const QStringList& arguments, CommandContext& ctx)
{
    const QList<CommandInfo> table = commandTable();
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << usage(table);
        return CouldNotRun;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        out << usage(table);
        return Success;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << QStringLiteral("otjctl %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Success;
    }
    const auto it =
        std::find_if(table.begin(), table.end(), [&](const CommandInfo& c) { return c.name == first; });
    if (it == table.end()) {
        err << tr("otjctl: unknown command \"%1\".").arg(first) << Qt::endl << Qt::endl << usage(table);
        return CouldNotRun;
    }
    if (!it->create) {
        err << tr("otjctl %1: not available in this build.").arg(first) << Qt::endl;
        return CouldNotRun;
    }

    std::unique_ptr<Command> command(it->create(ctx));
    QEventLoop loop; // the only loop: main() has not started one
    int exitCode = CouldNotRun;
    bool done = false;
    QObject::connect(command.get(), &Command::finished, &loop, [&](int code) {
        if (done)
            return;
        done = true;
        exitCode = code;
        loop.quit();
    });
    int interruptedCode = 0; // the exit code an interrupt imposes, once one arrived
    QObject::connect(
        InterruptNotifier::instance(), &InterruptNotifier::interrupted, &loop, [&](InterruptKind kind) {
            // A second signal never gets here: requestInterrupt() exits at once.
            if (kind == InterruptKind::Terminate) {
                interruptedCode = Terminated;
                err << Qt::endl
                    << tr("Terminating: stopping cleanly… (a second signal stops at once)") << Qt::endl;
            } else {
                interruptedCode = Cancelled;
                err << Qt::endl << tr("Cancelling… (Ctrl-C again to stop at once)") << Qt::endl;
            }
            qCInfo(lcCli) << "cancel requested" << (kind == InterruptKind::Terminate ? "(SIGTERM)" : "");
            command->cancel();
        });
    qCInfo(lcCli) << "otjctl" << first << "started";
    command->start(args.mid(1));
    if (!done)
        loop.exec();
    if (interruptedCode != 0)
        exitCode = interruptedCode;
    qCInfo(lcCli) << "otjctl" << first << "finished with" << exitCode;
    out.flush();
    err.flush();
    return exitCode;
}

int runOtjctlMain(const QStringList& arguments)
{
    // Every text otjctl writes passes here: on a terminal, control characters from profiles or
    // servers are shown escaped instead of being interpreted.
    QFile stdoutFile, stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    TerminalSafeDevice stdoutDevice(&stdoutFile, otj_isatty(otj_fileno(stdout)));
    TerminalSafeDevice stderrDevice(&stderrFile, otj_isatty(otj_fileno(stderr)));
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    EnvironmentCredentialStore environment;
    KeychainCredentialStore keychain;
    LayeredCredentialStore credentials(&environment, &keychain);
    CommandContext ctx;
    ctx.out = &out;
    ctx.err = &err;
    ctx.stdinIsTerminal = otj_isatty(otj_fileno(stdin));
    ctx.stdoutIsTerminal = otj_isatty(otj_fileno(stdout));
    ctx.stderrIsTerminal = otj_isatty(otj_fileno(stderr));
    ctx.credentials = &credentials;
    InterruptNotifier::instance();
    return runOtjctl(arguments, ctx);
}

} // namespace otj::cli
