#include "core/logging/Logging.h"

#include "core/logging/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcProfile, "otj.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "otj.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEws, "otj.ews", QtInfoMsg)
Q_LOGGING_CATEGORY(lcShell, "otj.shell", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPexip, "otj.pexip", QtInfoMsg)
Q_LOGGING_CATEGORY(lcValidation, "otj.validation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "otj.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWizard, "otj.wizard", QtInfoMsg)

namespace otj {
namespace {

struct RunLogState
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool echo = true;
    bool installed = false;
};

RunLogState& state()
{
    // Never destroyed: the handler stays valid for lines logged during static teardown (after
    // main returns), which would otherwise reach a destroyed mutex and file.
    static RunLogState* s = new RunLogState;
    return *s;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto& s = state();
    const QString clean = Redactor::redact(message);
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QString line =
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(levelName(type)),
                         QLatin1String(context.category ? context.category : "default"), clean);
            s.file.write(line.toUtf8());
            s.file.flush();
        }
    }
    if ((s.echo || type == QtFatalMsg) && s.previous)
        s.previous(type, context, clean);
}

} // namespace

QString RunLog::install(const QString& appName, const Options& options)
{
    auto& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen())
        s.file.close();
    QString dir = options.directory;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    // Owner-only whatever the umask: a log names hosts, accounts and rooms. (umask can only
    // narrow the mode a file is created with; setPermissions then sets it exactly.)
    constexpr QFile::Permissions OwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    constexpr QFile::Permissions OwnerFile = QFile::ReadOwner | QFile::WriteOwner;
    QDir().mkpath(dir);
    QFile::setPermissions(dir, OwnerDir);

    // Keep the newest files only; the run logs are for support, not an archive.
    QDir logDir(dir);
    const QStringList old =
        logDir.entryList({appName + QStringLiteral("-*.log")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = qMax(0, options.keepFiles - 1); i < old.size(); ++i)
        logDir.remove(old.at(i));

    const QString name =
        QStringLiteral("%1-%2-%3.log")
            .arg(appName, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            .arg(QCoreApplication::applicationPid());
    s.file.setFileName(logDir.filePath(name));
    const bool opened = s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, OwnerFile) &&
                        s.file.setPermissions(OwnerFile);
    s.echo = options.echoToStderr;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return opened ? s.file.fileName() : QString();
}

QString RunLog::currentFile()
{
    auto& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

void RunLog::close()
{
    auto& s = state();
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

void RunLog::uninstall()
{
    auto& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    s.file.close();
}

} // namespace otj
