// Reading and writing profile files: parse + upgrade + validate on load, atomic save.
#pragma once

#include <QCoreApplication>

#include "core/profile/ProfileIssue.h"
#include "core/profile/SetupProfile.h"

#include <QJsonObject>
#include <QString>

namespace otj {

struct ProfileLoadResult
{
    SetupProfile profile;  // meaningful when !hasErrors(issues)
    ProfileIssues issues;  // every problem found, errors first
    bool upgraded = false; // the file had an older schemaVersion and was upgraded in memory
    int fileSchemaVersion = 0;
    bool ok() const { return !hasErrors(issues); }
};

class ProfileStore
{
    // One context for every message of the profile code, named as lupdate names it.
    Q_DECLARE_TR_FUNCTIONS(otj::ProfileStore)

public:
    // Parses JSON text; reports every problem with its JSON path. Never throws.
    static ProfileLoadResult parse(const QByteArray& json);
    static ProfileLoadResult load(const QString& filePath);
    // Values the procedure needs but that are unset, and format problems of set values.
    static ProfileIssues validate(const SetupProfile& profile);
    // Atomic: writes a temporary file next to the target, then renames it (QSaveFile).
    static bool save(const SetupProfile& profile, const QString& filePath, QString* error = nullptr);
};

} // namespace otj
