#include "tests/support/LabProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

bool LabProcess::start(const QStringList& extraArgs, const QString& profilePath, QString* error)
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

QJsonObject LabProcess::admin(const QByteArray& method, const QString& path, const QJsonObject& body,
                              int* status)
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

CtlResult runOtjctl(const QStringList& args, const QString& servicePassword, int timeoutMs,
                    const std::function<void(QProcess&)>& whileRunning, const QProcessEnvironment& extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OTJ_SERVICE_ACCOUNT_PASSWORD"));
    if (!servicePassword.isNull())
        env.insert(QStringLiteral("OTJ_SERVICE_ACCOUNT_PASSWORD"), servicePassword);
    for (const QString& k : extraEnv.keys()) {
        if (extraEnv.value(k).isEmpty())
            env.remove(k); // an empty value clears the variable (LC_ALL, LANGUAGE)
        else
            env.insert(k, extraEnv.value(k));
    }
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
