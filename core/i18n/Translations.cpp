#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace otj {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> app;
    QString lang;
};
Installed& installed()
{
    static Installed state;
    return state;
}
} // namespace

TranslationResult installTranslations(const QString& lang)
{
    Installed& state = installed();
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    state.qt.reset();
    state.app.reset();
    state.lang.clear();

    TranslationResult result;
    const QString code = lang.trimmed();
    if (code.isEmpty() || code == QLatin1String("en"))
        return result;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
        result.qtLoaded = true;
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral("otj_") + code, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
        result.appLoaded = true;
    }
    state.lang = code;
    return result;
}

QString currentLanguage()
{
    return installed().lang;
}

QString localeLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    const QString name = ui.isEmpty() ? QLocale::system().name() : ui.first();
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
}

} // namespace otj
