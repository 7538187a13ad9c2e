// Loading the UI language: Qt's own qtbase_<lang>.qm where the system has it (bookworm ships
// qtbase_de, not qtbase_nb) and the wizard's :/i18n/otj_<lang>.qm.
#pragma once

#include <QString>

namespace otj::ui {

struct TranslationResult
{
    bool qtLoaded = false;  // qtbase_<lang>.qm found and installed
    bool appLoaded = false; // :/i18n/otj_<lang>.qm found and installed
};

// Replaces any translators installed by an earlier call. "" or "en" restores the source
// language. Needs a QCoreApplication.
TranslationResult installTranslations(const QString& lang);
QString currentLanguage();

} // namespace otj::ui
