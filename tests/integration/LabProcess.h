// Starts the real otj-lab (serve --port 0), reads its one JSON line, talks to its /lab/ routes,
// and runs otjctl. Shared by the integration, GUI and benchmark tests.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

// Tests outside tests/integration (GUI) find the binaries in the build tree.
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

    bool start(const QStringList& extraArgs, const QString& profilePath, QString* error)
    {
        QStringList args{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")};
        if (!profilePath.isEmpty())
            args << QStringLiteral("--write-profile") << profilePath;
        args << extraArgs;
        process.setProgram(QStringLiteral(OTJ_LAB_BIN));
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000)) {
            *error = QStringLiteral("otj-lab did not start: ") + process.errorString();
            return false;
        }
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 60000) {
            if (!process.waitForReadyRead(1000) && process.state() != QProcess::Running)
                break;
            line += process.readAllStandardOutput();
        }
        info = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
        if (info.isEmpty()) {
            *error = QStringLiteral("no serve line from otj-lab: ") + QString::fromUtf8(line) +
                     QString::fromUtf8(process.readAllStandardError());
            return false;
        }
        return true;
    }

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
                      int* status = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(str("admin_url") + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(str("ca_file"));
        req.setSslConfiguration(ssl);
        req.setRawHeader("Authorization", "Bearer " + str("admin_token").toLatin1());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply* reply = nam.sendCustomRequest(req, method, QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return out;
    }
};

struct CtlResult
{
    int exitCode = -1;
    QByteArray out, err;
    qint64 elapsedMs = 0;
    qint64 peakRssKb = 0;
};

// Runs otjctl with the service account's password in the environment (never on the command line).
inline CtlResult runOtjctl(const QStringList& args, const QString& servicePassword, int timeoutMs = 120000,
                           const std::function<void(QProcess&)>& whileRunning = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OTJ_SERVICE_ACCOUNT_PASSWORD"));
    if (!servicePassword.isNull())
        env.insert(QStringLiteral("OTJ_SERVICE_ACCOUNT_PASSWORD"), servicePassword);
    env.insert(QStringLiteral("HOME"), QDir::tempPath()); // run logs stay out of the user's profile
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(OTJCTL_BIN));
    p.setArguments(args);
    QElapsedTimer t;
    t.start();
    p.start();
    CtlResult r;
    if (!p.waitForStarted(10000))
        return r;
    const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
    while (!p.waitForFinished(20)) {
        QFile f(status);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& l : f.readAll().split('\n')) {
                if (l.startsWith("VmHWM:"))
                    r.peakRssKb = std::max(r.peakRssKb, l.mid(6).trimmed().split(' ').first().toLongLong());
            }
        }
        r.out += p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        if (whileRunning)
            whileRunning(p);
        if (t.elapsed() > timeoutMs) {
            p.kill();
            p.waitForFinished(2000);
            r.exitCode = -2;
            return r;
        }
    }
    r.elapsedMs = t.elapsed();
    r.out += p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    return r;
}
