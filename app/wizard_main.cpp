// otj-wizard: the setup wizard for Exchange admins. Only main(); the pages live in wizard/.
#include "core/i18n/Translations.h"
#include "core/logging/Logging.h"
#include "core/plan/SetupSession.h"
#include "core/profile/ProfileModel.h"
#include "core/profile/SetupProfile.h"
#include "core/secrets/EnvironmentCredentialStore.h"
#include "core/secrets/KeychainCredentialStore.h"
#include "wizard/EngineSession.h"
#include "wizard/SetupWizard.h"
#include "wizard/pages/WelcomePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char* argv[])
{
    // Before anything else: take the OTJ_*_PASSWORD variables and remove them from the
    // environment, so no child process inherits them.
    otj::EnvironmentCredentialStore::captureProcessEnvironment();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OTJ Exchange Setup"));
    QApplication::setApplicationName(QStringLiteral("OTJ Exchange Setup"));
    QApplication::setApplicationVersion(QStringLiteral(OTJ_VERSION));

    // The language first, so --help is translated too.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    if (lang.isEmpty())
        lang = otj::localeLanguage();
    otj::installTranslations(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Connects Pexip Infinity One-Touch Join to Microsoft Exchange on-premises."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringList{QStringLiteral("profile")},
                                           QApplication::translate("main", "Open the setup profile FILE."),
                                           QApplication::translate("main", "FILE"));
    const QCommandLineOption langOption(
        QStringList{QStringLiteral("lang")},
        QApplication::translate("main", "Use the language CODE (en, nb, de)."),
        QApplication::translate("main", "CODE"));
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString logFile = otj::RunLog::install(QStringLiteral("otj-wizard"));
    const otj::RunLogGuard closeLogAtExit;
    qCInfo(lcWizard) << "otj-wizard" << OTJ_VERSION << "language" << lang << "log" << logFile;

    otj::ProfileModel model;
    model.setProfile(otj::SetupProfile::defaults());
    // Passwords from the environment (unattended use) are read first; everything typed goes to
    // the system keychain, or to memory for this session if the admin chooses so.
    otj::EnvironmentCredentialStore environment;
    otj::KeychainCredentialStore keychain;
    otj::LayeredCredentialStore store(&environment, &keychain);

    otj::ui::SetupWizard wizard(&model, &store);
    // Steps 1-4 against Exchange: the engine runs in core; the wizard only states intent.
    otj::plan::SetupSession engine(wizard.credentialStore());
    QObject::connect(&wizard, &otj::ui::SetupWizard::credentialStoreChanged, &engine,
                     &otj::plan::SetupSession::setCredentialStore);
    otj::ui::EngineSession session(&engine, &model);
    wizard.setExchangeSession(&session);
    if (parser.isSet(profileOption)) {
        // The welcome page shows any problem with the file, with its JSON path.
        if (auto* welcome =
                qobject_cast<otj::ui::WelcomePage*>(wizard.wizardPage(otj::ui::SetupWizard::WelcomePageId)))
            welcome->openFile(parser.value(profileOption));
    }
    wizard.show();
    return app.exec();
}
