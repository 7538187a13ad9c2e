// A lab and the profile it wrote, with the service account's password in a memory credential
// store: what an ApplyRunner against the lab needs (tests that drive the runner in-process).
#pragma once

#include "core/profile/ProfileStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "tests/support/LabProcess.h"

#include <QTest>

namespace otj::test {

struct LabApplyRun
{
    LabProcess lab;
    QString profilePath;
    SetupProfile profile;
    MemoryCredentialStore credentials;

    // Starts otj-lab with `labArgs`, writing its profile to `path`.
    bool start(const QStringList& labArgs, const QString& path)
    {
        QString error;
        profilePath = path;
        if (!lab.start(labArgs, profilePath, &error)) {
            qWarning() << error;
            return false;
        }
        const ProfileLoadResult loaded = ProfileStore::load(profilePath);
        profile = loaded.profile;
        bool written = false;
        credentials.write(profile.profileIdString(), CredentialRole::ServiceAccount,
                          lab.password(QStringLiteral("otj-service")), &credentials,
                          [&written](const CredentialResult&) { written = true; });
        return QTest::qWaitFor([&] { return written; }, 5000) && loaded.ok();
    }
};

} // namespace otj::test
