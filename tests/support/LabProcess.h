// Starts the real otj-lab (serve --port 0), reads its one JSON line, talks to its /lab/ routes,
// and runs otjctl. Shared by the integration, GUI and benchmark tests.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <functional>

// The binaries' paths (tests/support/CMakeLists.txt defines them for this library and its users).
#ifndef OTJ_LAB_BIN
#define OTJ_LAB_BIN OTJ_BINARY_DIR "/tests/lab/otj-lab"
#endif
#ifndef OTJCTL_BIN
#define OTJCTL_BIN OTJ_BINARY_DIR "/app/otjctl"
#endif

class LabProcess
{
public:
    QJsonObject info; // the serve line
    QProcess process;

    ~LabProcess() { stop(); }

    bool start(const QStringList& extraArgs, const QString& profilePath, QString* error);

    void stop()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(2000);
            }
        }
    }

    // Unscoped ApplicationImpersonation for the OTJ service account, effective at once (a "working"
    // org for scale runs; the scope check then warns about the over-broad permission).
    bool grantImpersonation()
    {
        int status = 0;
        admin("POST", QStringLiteral("role-assignments"),
              {{QStringLiteral("name"), QStringLiteral("OTJ Impersonation")},
               {QStringLiteral("user"), QStringLiteral("svc-otj@contoso.lab")},
               {QStringLiteral("effectiveNow"), true}},
              &status);
        return status == 201;
    }

    QString str(const char* key) const { return info.value(QLatin1String(key)).toString(); }
    QString password(const QString& role) const
    {
        for (const QJsonValue& a : info.value(QLatin1String("accounts")).toArray()) {
            if (a.toObject().value(QLatin1String("role")).toString() == role)
                return a.toObject().value(QLatin1String("password")).toString();
        }
        return {};
    }

    // A /lab/ call (Bearer admin_token); blocks in a local loop (test code only).
    QJsonObject admin(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                      int* status = nullptr);
};

struct CtlResult
{
    int exitCode = -1;
    QByteArray out, err;
    qint64 elapsedMs = 0;
    qint64 peakRssKb = 0;
};

// Runs otjctl with the service account's password in the environment (never on the command line).
CtlResult runOtjctl(const QStringList& args, const QString& servicePassword, int timeoutMs = 120000,
                    const std::function<void(QProcess&)>& whileRunning = {},
                    const QProcessEnvironment& extraEnv = {});
