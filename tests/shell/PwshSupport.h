// Finding real PowerShell for the bridge tests. CMake passes OTJ_TEST_PWSH (find_program with
// ~/.dotnet/tools as a hint; empty when missing) and OTJ_TEST_REQUIRE_PWSH (1 under
// OTJ_STRICT_TESTS or CI). Required: a missing pwsh fails; otherwise the test skips and says why.
#pragma once

#include "core/shell/PowerShellProgramSetting.h"

#include <QFileInfo>
#include <QString>
#include <QTest>

namespace otj::test {

inline QString pwshProgram()
{
    return qEnvironmentVariable("OTJ_TEST_PWSH");
}

inline bool pwshRequired()
{
    return qEnvironmentVariable("OTJ_TEST_REQUIRE_PWSH") == QLatin1String("1") ||
           qEnvironmentVariableIsSet("CI");
}

inline QString bridgeScriptSource()
{
    return QStringLiteral(OTJ_SOURCE_DIR "/resources/powershell/otj-bridge.ps1");
}

// The bridge in pwsh, lab mode, with `module` instead of a PSSession. `embedded`: the product's
// path (the script written from the binary's resources into a private directory).
inline otj::shell::SpeakerCommand pwshBridge(const QString& module, bool embedded = false,
                                             const QStringList& extra = {})
{
    otj::shell::SpeakerCommand c;
    c.program = pwshProgram();
    c.source = otj::shell::SpeakerCommand::Source::Environment;
    const QStringList labArgs =
        module.isEmpty() ? QStringList{} : QStringList{QStringLiteral("-LabModule"), module};
    if (embedded) {
        c.arguments = otj::shell::PowerShellProgramSetting::powerShellArguments();
        c.appendBridgeScript = true;
        c.bridgeArguments = labArgs + extra;
    } else {
        c.arguments =
            QStringList{QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"),
                        QStringLiteral("-NonInteractive"), QStringLiteral("-File"), bridgeScriptSource()} +
            labArgs + extra;
    }
    return c;
}

} // namespace otj::test

// In initTestCase(): fail (CI) or skip (elsewhere) without pwsh.
#define OTJ_REQUIRE_PWSH()                                                                                   \
    do {                                                                                                     \
        if (otj::test::pwshProgram().isEmpty() || !QFileInfo::exists(otj::test::pwshProgram())) {            \
            if (otj::test::pwshRequired())                                                                   \
                QFAIL("pwsh is required here (CI / OTJ_STRICT_TESTS): run tests/install-deps.sh, which "     \
                      "installs "                                                                            \
                      "PowerShell 7.6.9 with dotnet");                                                       \
            QSKIP("pwsh not found: these tests need PowerShell 7 (tests/install-deps.sh installs it when "   \
                  "dotnet "                                                                                  \
                  "exists)");                                                                                \
        }                                                                                                    \
    } while (false)
