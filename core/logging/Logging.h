// Logging: one QLoggingCategory per area, one log file per run, secrets redacted on the way out.
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcProfile)    // otj.profile
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)    // otj.secrets
Q_DECLARE_LOGGING_CATEGORY(lcEws)        // otj.ews
Q_DECLARE_LOGGING_CATEGORY(lcShell)      // otj.shell
Q_DECLARE_LOGGING_CATEGORY(lcPexip)      // otj.pexip
Q_DECLARE_LOGGING_CATEGORY(lcValidation) // otj.validation
Q_DECLARE_LOGGING_CATEGORY(lcCli)        // otj.cli
Q_DECLARE_LOGGING_CATEGORY(lcWizard)     // otj.wizard

namespace otj {

// A per-run log file under the per-user app data folder ("<AppDataLocation>/logs/
// <app>-<yyyyMMdd-HHmmss>-<pid>.log"). Installs a Qt message handler that redacts every line,
// writes it to the file and passes it on to the previous handler (stderr) unless told not to.
class RunLog
{
public:
    struct Options
    {
        QString directory;        // empty: QStandardPaths::AppDataLocation + "/logs"
        bool echoToStderr = true; // the console tool keeps stderr for its own output
        int keepFiles = 30;       // older run logs are removed
    };
    // Returns the path of this run's log file, or an empty string if it could not be opened
    // (then messages still go to the previous handler, redacted).
    static QString install(const QString& appName, const Options& options);
    static QString install(const QString& appName) { return install(appName, Options{}); }
    static QString currentFile();
    // Closes the file; the handler stays installed and keeps redacting what it passes on.
    static void close();
    static void uninstall(); // restores the previous handler and closes the file (tests)
};

// In every main, right after RunLog::install: closes the run log when main returns. The
// handler and the redactor keep their state for the whole process, so a line logged during
// static teardown is still redacted (and echoed if echo is on), never written unredacted.
class RunLogGuard
{
public:
    RunLogGuard() = default;
    RunLogGuard(const RunLogGuard&) = delete;
    RunLogGuard& operator=(const RunLogGuard&) = delete;
    ~RunLogGuard() { RunLog::close(); }
};

} // namespace otj
