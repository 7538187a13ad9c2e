// otj-lab: the simulated Exchange organisation and Pexip Management Node (README.md).
//   otj-lab serve [--org FILE.json | --rooms N] [--port 0] [--pexip-port 0] [--state-dir DIR]
//                 [--latency MS[:JITTER]] [--shell-latency RTT_MS[:CMDLET_MS]]
//                 [--faults SPEC] [--rbac-delay SECONDS] [--ews-schema DIR] [--write-profile FILE]
//   otj-lab shell --url https://127.0.0.1:PORT/lab/powershell --ca CA.pem   (bridge line protocol)
#include "powershell/LabShellFront.h"
#include "server/LabServer.h"
#include "tls/LabTls.h"

#include "core/profile/ProfileStore.h"
#include "core/profile/SetupProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcLab, "otj.lab")

using namespace otjlab;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

int fail(const QString& message, int code = 2)
{
    std::fprintf(stderr, "otj-lab: %s\n", qPrintable(message));
    return code;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    return f.commit();
}

bool writeProfile(const QString& path, LabServer& server)
{
    otj::SetupProfile p = otj::SetupProfile::defaults();
    const LabOrg& org = server.org();
    p.exchange.discovery = otj::EwsDiscovery::AutodiscoverUrl;
    p.exchange.autodiscoverUrl = server.autodiscoverUrl();
    p.exchange.ewsUrl = server.ewsUrl();
    p.exchange.ewsAuthentication = otj::EwsAuthentication::Basic;
    for (const auto& r : org.recipients) {
        if (r.role == QLatin1String("exchange-admin") && p.exchange.adminAccount.isEmpty())
            p.exchange.adminAccount = r.smtp;
        if (r.role == QLatin1String("otj-service") && p.serviceAccount.upn.isEmpty()) {
            p.serviceAccount.upn = r.smtp;
            p.serviceAccount.mode = otj::ServiceAccountMode::Adopt;
        }
        if (r.type == QLatin1String("RoomMailbox") || r.type == QLatin1String("RemoteRoomMailbox"))
            p.rooms.selected << r.smtp;
    }
    if (p.exchange.autodiscoverEmail.isEmpty() && !p.rooms.selected.isEmpty())
        p.exchange.autodiscoverEmail = p.rooms.selected.first();
    // What an admin would type for this org: Microsoft's documented form on its first Mailbox
    // server (Kerberos over http). The lab's PowerShell host arrives with `otj-lab shell`.
    if (!org.servers.isEmpty())
        p.exchange.remotePowerShellUri =
            QStringLiteral("http://%1.%2/PowerShell/").arg(org.servers.first().name.toLower(), org.domain);
    // The lab has no KDC and no logged-on domain user: remote PowerShell signs in with the admin
    // account's explicit credential (the password is given to the session, never saved).
    p.exchange.remotePowerShellSignIn = otj::PowerShellSignIn::AdminAccount;
    p.pexip.managementNode = QStringLiteral("127.0.0.1:%1").arg(server.pexipPort());
    p.pexip.adminUser = org.pexipAdminUser;
    // Each endpoint has its own CA, as in real life: Exchange the lab CA, the Management Node the
    // lab's other test CA (the Pexip port's certificate).
    p.trust.exchange = otj::EndpointTrust::fromPem(QString::fromLatin1(server.pki().caCertPem));
    p.trust.pexip = otj::EndpointTrust::fromPem(QString::fromLatin1(server.pki().otherCaCertPem));
    QString error;
    if (!otj::ProfileStore::save(p, path, &error)) {
        std::fprintf(stderr, "otj-lab: cannot write profile %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return true;
}

// `otj-lab shell`: the bridge line protocol on stdin/stdout, forwarded to the lab's /lab/powershell.
int runShell(QCoreApplication& app, const QString& url, const QString& caFile)
{
    const QUrl route(url);
    if (!route.isValid() || route.scheme() != QLatin1String("https"))
        return fail(
            QStringLiteral("shell: --url wants the lab's https://127.0.0.1:PORT/lab/powershell route"));
    QFile ca(caFile);
    if (caFile.isEmpty() || !ca.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("shell: --ca wants the lab CA file (ca_file of the serve line)"));
    LabShellFront front(route, ca.readAll());
    front.writeLine = [](const QByteArray& line) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    front.finished = [&app](int code) {
        app.exit(code);
    };
    // stdin is read by a blocking thread; lines are handed to the event loop in order.
    std::thread reader([&front] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QByteArray bytes = QByteArray::fromStdString(line);
            QMetaObject::invokeMethod(
                &front, [&front, bytes] { front.submitLine(bytes); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            &front, [&front] { front.endOfInput(); }, Qt::QueuedConnection);
    });
    reader.detach(); // may stay blocked in read() after an exit request; the process ends anyway
    const int rc = app.exec();
    std::fflush(stdout);
    std::_Exit(rc); // the reader thread still references front
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("otj-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OTJ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated Exchange organisation and Pexip Management Node over HTTPS on 127.0.0.1.\n"
        "Commands: serve (default), shell (the bridge line protocol against /lab/powershell)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve"));
    const QCommandLineOption orgOpt(QStringLiteral("org"), QStringLiteral("Org file (JSON, README.md)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption roomsOpt(QStringLiteral("rooms"),
                                      QStringLiteral("Generate N rooms instead of the default org."),
                                      QStringLiteral("N"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port (0: any free port)."),
                                     QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption pexipPortOpt(
        QStringLiteral("pexip-port"),
        QStringLiteral("TCP port of the Pexip management API (other test CA; 0: any free port)."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption stateOpt(QStringLiteral("state-dir"),
                                      QStringLiteral("Persist org, Pexip objects and PKI here."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("Response latency."),
                                        QStringLiteral("MS[:JITTER]"));
    const QCommandLineOption faultsOpt(QStringLiteral("faults"),
                                       QStringLiteral("Faults (README.md grammar)."), QStringLiteral("SPEC"));
    const QCommandLineOption rbacOpt(QStringLiteral("rbac-delay"),
                                     QStringLiteral("Seconds before a new role assignment is effective."),
                                     QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption shellLatencyOpt(
        QStringLiteral("shell-latency"),
        QStringLiteral("PowerShell route latency: RTT per request line, CMDLET_MS per cmdlet."),
        QStringLiteral("RTT_MS[:CMDLET_MS]"));
    const QCommandLineOption schemaOpt(
        QStringLiteral("ews-schema"),
        QStringLiteral("Validate EWS requests against DIR/messages.xsd and types.xsd."),
        QStringLiteral("DIR"));
    const QCommandLineOption profileOpt(QStringLiteral("write-profile"),
                                        QStringLiteral("Write a setup profile pointing at this lab."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption freshOpt(QStringLiteral("fresh-pki"),
                                      QStringLiteral("Generate a new test PKI instead of the cached one."));
    const QCommandLineOption urlOpt(QStringLiteral("url"),
                                    QStringLiteral("shell: the lab's /lab/powershell route."),
                                    QStringLiteral("URL"));
    const QCommandLineOption caOpt(QStringLiteral("ca"), QStringLiteral("shell: the lab CA (PEM)."),
                                   QStringLiteral("FILE"));
    parser.addOptions({orgOpt, roomsOpt, portOpt, pexipPortOpt, stateOpt, latencyOpt, shellLatencyOpt,
                       faultsOpt, rbacOpt, schemaOpt, profileOpt, freshOpt, urlOpt, caOpt});
    parser.process(app);

    const QString command = parser.positionalArguments().value(0, QStringLiteral("serve"));
    if (command == QLatin1String("shell"))
        return runShell(app, parser.value(urlOpt), parser.value(caOpt));
    if (command != QLatin1String("serve"))
        return fail(QStringLiteral("unknown command '%1' (try --help)").arg(command));
    if (parser.isSet(orgOpt) && parser.isSet(roomsOpt))
        return fail(QStringLiteral("--org and --rooms are mutually exclusive"));

    // Seeded objects date from the start of the UTC day, not the start instant: two labs started the
    // same day answer identical seeded timestamps (WhenCreatedUTC, …), and all of them lie in the past.
    const QDateTime seedTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    const QString stateDir = parser.value(stateOpt);
    const QString stateFile =
        stateDir.isEmpty() ? QString() : QDir(stateDir).filePath(QStringLiteral("state.json"));

    std::optional<LabOrg> org;
    QJsonObject pexipState;
    QString error;
    if (!stateFile.isEmpty() && QFile::exists(stateFile)) {
        QFile f(stateFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(stateFile));
        const QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
        org = LabOrg::fromJson(state.value(QLatin1String("org")).toObject(), &error);
        if (!org)
            return fail(QStringLiteral("%1: %2").arg(stateFile, error));
        pexipState = state.value(QLatin1String("pexip")).toObject();
    } else if (parser.isSet(orgOpt)) {
        QFile f(parser.value(orgOpt));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(parser.value(orgOpt)));
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError)
            return fail(QStringLiteral("%1: %2").arg(parser.value(orgOpt), perr.errorString()));
        org = LabOrg::fromJson(doc.object(), &error);
        if (!org)
            return fail(QStringLiteral("%1: %2").arg(parser.value(orgOpt), error));
    } else if (parser.isSet(roomsOpt)) {
        bool ok = false;
        const int n = parser.value(roomsOpt).toInt(&ok);
        if (!ok || n < 1 || n > 100000)
            return fail(QStringLiteral("--rooms wants a number from 1 to 100000"));
        org = LabOrg::generated(n, seedTime);
    } else {
        org = LabOrg::defaultOrg(seedTime);
    }

    FaultConfig faults;
    if (parser.isSet(latencyOpt) &&
        !faults.apply(QStringLiteral("latency=") + parser.value(latencyOpt), &error))
        return fail(QStringLiteral("--latency: ") + error);
    if (parser.isSet(faultsOpt) && !faults.apply(parser.value(faultsOpt), &error))
        return fail(QStringLiteral("--faults: ") + error);
    bool ok = false;
    const int rbacDelay = parser.value(rbacOpt).toInt(&ok);
    if (!ok || rbacDelay < 0)
        return fail(QStringLiteral("--rbac-delay wants seconds >= 0"));
    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return fail(QStringLiteral("--port wants 0..65535"));
    const int pexipPort = parser.value(pexipPortOpt).toInt(&ok);
    if (!ok || pexipPort < 0 || pexipPort > 65535)
        return fail(QStringLiteral("--pexip-port wants 0..65535"));

    // The PKI (two RSA keys take a few hundred ms) is cached: in --state-dir, else in the user's
    // cache directory; --fresh-pki (or OTJ_LAB_FRESH_PKI=1) generates a new one for this run only.
    QTemporaryDir tmp;
    const bool fresh = parser.isSet(freshOpt) || qEnvironmentVariableIntValue("OTJ_LAB_FRESH_PKI") == 1;
    const QString cacheDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/otj-lab");
    const QString pkiCache = !stateDir.isEmpty() ? stateDir : cacheDir;
    const QString pkiDir = stateDir.isEmpty() ? tmp.path() : stateDir;
    const LabPki pki = fresh ? LabPki::generate(&error) : LabPki::loadOrGenerate(pkiCache, &error);
    if (!pki.isValid())
        return fail(QStringLiteral("TLS setup failed: ") + error);
    const QString caFile = QDir(pkiDir).filePath(QStringLiteral("ca.pem"));
    if (!writeFile(caFile, pki.caCertPem))
        return fail(QStringLiteral("cannot write %1").arg(caFile));
    const QString pexipCaFile = QDir(pkiDir).filePath(QStringLiteral("pexip-ca.pem"));
    if (!writeFile(pexipCaFile, pki.otherCaCertPem))
        return fail(QStringLiteral("cannot write %1").arg(pexipCaFile));

    LabServer server(std::move(*org), pki);
    server.applyFaults(faults);
    server.setRbacDelaySeconds(rbacDelay);
    if (parser.isSet(shellLatencyOpt) && !server.setShellLatency(parser.value(shellLatencyOpt)))
        return fail(QStringLiteral("--shell-latency wants RTT_MS[:CMDLET_MS] (0-60000 each)"));
    if (parser.isSet(schemaOpt) && !server.setSchemaDir(parser.value(schemaOpt), &error))
        return fail(QStringLiteral("--ews-schema: ") + error);
    if (!pexipState.isEmpty() && !server.loadPexipState(pexipState, &error))
        return fail(QStringLiteral("Pexip state: ") + error);
    if (!server.listen(quint16(port), &error))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(error));
    if (!server.listenPexip(quint16(pexipPort), &error))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(pexipPort).arg(error));
    server.setStateFile(stateFile);
    if (!stateFile.isEmpty() && !server.saveState(&error))
        return fail(QStringLiteral("cannot write state: ") + error);
    if (parser.isSet(profileOpt) && !writeProfile(parser.value(profileOpt), server))
        return 2;

    QJsonArray accounts;
    for (const auto& r : server.org().recipients)
        if (!r.role.isEmpty() && server.org().mayLogOn(r))
            accounts.append(QJsonObject{{QStringLiteral("upn"), r.smtp},
                                        {QStringLiteral("password"), r.password},
                                        {QStringLiteral("role"), r.role}});
    accounts.append(QJsonObject{{QStringLiteral("upn"), server.org().pexipAdminUser},
                                {QStringLiteral("password"), server.org().pexipAdminPassword},
                                {QStringLiteral("role"), QStringLiteral("pexip-admin")}});
    const QJsonObject line{
        {QStringLiteral("ews_url"), server.ewsUrl()},
        {QStringLiteral("autodiscover_url"), server.autodiscoverUrl()},
        {QStringLiteral("pexip_url"), server.pexipUrl()},
        {QStringLiteral("admin_url"), server.adminUrl()},
        {QStringLiteral("admin_token"), server.adminToken()},
        {QStringLiteral("ca_file"), QFileInfo(caFile).absoluteFilePath()},
        {QStringLiteral("pexip_ca_file"), QFileInfo(pexipCaFile).absoluteFilePath()},
        {QStringLiteral("accounts"), accounts},
        // OTJ_POWERSHELL for this lab: the complete command that speaks the bridge line protocol.
        {QStringLiteral("powershell"),
         QJsonArray{QCoreApplication::applicationFilePath(), QStringLiteral("shell"), QStringLiteral("--url"),
                    server.adminUrl() + QStringLiteral("powershell"), QStringLiteral("--ca"),
                    QFileInfo(caFile).absoluteFilePath()}},
    };

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return fail(QStringLiteral("socketpair failed"));
    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[0], &c, 1);
        qCInfo(lcLab) << "shutting down";
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    const QByteArray out = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);

    const int rc = app.exec();
    if (!server.saveState(&error))
        qCWarning(lcLab) << "could not save state:" << error;
    return rc;
}
