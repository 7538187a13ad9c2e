// otjctl: the console side of OTJ Exchange Setup (validation for schedulers, profiles, ...).
#include "core/cli/Otjctl.h"
#include "core/i18n/Translations.h"
#include "core/logging/Logging.h"
#include "core/secrets/EnvironmentCredentialStore.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char* argv[])
{
    // Before anything else: take the OTJ_*_PASSWORD variables and remove them from the
    // environment, so no child process (PowerShell) inherits them.
    otj::EnvironmentCredentialStore::captureProcessEnvironment();

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OTJ Exchange Setup"));
    QCoreApplication::setApplicationName(QStringLiteral("OTJ Exchange Setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OTJ_VERSION));

#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8); // the text is UTF-8: umlauts and æøå print as such
#endif
    // Text in the user's language, from the locale. JSON stays English (the source language, with
    // stable reason codes), so a scheduler's parser reads the same words everywhere.
    if (!QCoreApplication::arguments().contains(QStringLiteral("--json")))
        otj::installTranslations(otj::localeLanguage());

    // The console keeps stderr for its own messages; everything else goes to this run's log.
    otj::RunLog::Options logOptions;
    logOptions.echoToStderr = qEnvironmentVariableIsSet("OTJ_LOG_STDERR");
    otj::RunLog::install(QStringLiteral("otjctl"), logOptions);
    const otj::RunLogGuard closeLogAtExit;
    if (const QStringList taken = otj::EnvironmentCredentialStore::capturedVariables(); !taken.isEmpty())
        qCInfo(lcSecrets) << "passwords taken from the environment (and removed from it):" << taken;

    return otj::cli::runOtjctlMain(QCoreApplication::arguments());
}
