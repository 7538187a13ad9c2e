// Loading the user's language, shared by the wizard and otjctl (no Widgets): Qt's own
// qtbase_<lang>.qm where the system has it (bookworm ships qtbase_de, not qtbase_nb) and the
// product's :/i18n/otj_<lang>.qm (compiled into otjcore).
#pragma once

#include <QString>

namespace otj {

struct TranslationResult
{
    bool qtLoaded = false;  // qtbase_<lang>.qm found and installed
    bool appLoaded = false; // :/i18n/otj_<lang>.qm found and installed
};

// Replaces any translators installed by an earlier call. "" or "en" restores the source
// language. Needs a QCoreApplication.
TranslationResult installTranslations(const QString& lang);
QString currentLanguage();
// The language of the process locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as Qt reads them): "de".
QString localeLanguage();

} // namespace otj
