// Benchmark: otjctl validate against `otj-lab serve --rooms N --latency 20` for N = 100, 1000, 5000,
// at the default k and at the largest k the client supports. Prints, per run: elapsed; k as
// configured and as measured by the lab (peak concurrent requests of the service account); the
// bound ceil(requests / k_measured) x latency, where requests = the EWS calls the lab counted for
// the run; elapsed / bound; ErrorServerBusy count; peak RSS of otjctl. Plus the sequential time
// (k = 1) at N = 100 and a GUI variant (ValidationPanel in this process) printing the longest
// event-loop stall. Not a CI test: build and run with `cmake --build <dir> --target bench`.
//
// Usage: bench_validate_rooms [--sizes 100,1000,5000] [--latency 20] [--no-gui]
#include "tests/support/LabProcess.h"

#include "core/ews/EwsClient.h"
#include "core/profile/ProfileModel.h"
#include "core/profile/ProfileStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/validation/ValidationResults.h"
#include "wizard/validation/ValidationPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace otj;

namespace {

struct Row
{
    int n = 0;
    int k = 0;
    int kMeasured = 0;
    qint64 requests = 0;
    qint64 elapsedMs = 0;
    double boundMs = 0;
    qint64 serverBusy = 0;
    qint64 connectionCountErrors = 0; // ErrorExceededConnectionCount (the lab's default over-budget answer)
    qint64 throttledByLab = 0;
    qint64 rssKb = 0;
    int exitCode = 0;
};

// EWS operations only (the lab also counts Autodiscover and Pexip requests).
qint64 ewsRequests(const QJsonObject& perOperation)
{
    qint64 n = 0;
    for (auto it = perOperation.begin(); it != perOperation.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("Autodiscover")) &&
            !it.key().startsWith(QLatin1String("Pexip")))
            n += it.value().toInteger();
    }
    return n;
}

Row runCtl(LabProcess& lab, const QString& profile, int n, int k, int latency)
{
    Row r;
    r.n = n;
    r.k = k;
    lab.admin("POST", QStringLiteral("metrics/reset"));
    const CtlResult c =
        runOtjctl({QStringLiteral("validate"), QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                   QStringLiteral("--concurrency"), QString::number(k)},
                  lab.password(QStringLiteral("otj-service")), 3600000);
    r.exitCode = c.exitCode;
    r.elapsedMs = c.elapsedMs;
    r.rssKb = c.peakRssKb;
    const QJsonObject m = lab.admin("GET", QStringLiteral("metrics"));
    r.requests = ewsRequests(m.value(QLatin1String("requestsPerOperation")).toObject());
    r.kMeasured = m.value(QLatin1String("peakConcurrentPerAccount"))
                      .toObject()
                      .value(QLatin1String("svc-otj@contoso.lab"))
                      .toInt();
    r.throttledByLab = m.value(QLatin1String("throttled")).toInteger();
    const QJsonObject ctx =
        QJsonDocument::fromJson(c.out).object().value(QLatin1String("context")).toObject();
    const QJsonObject ews = ctx.value(QLatin1String("ews")).toObject();
    r.serverBusy = ews.value(QLatin1String("serverBusy")).toInteger();
    r.connectionCountErrors = ews.value(QLatin1String("connectionCountErrors")).toInteger();
    r.boundMs = r.kMeasured > 0 ? std::ceil(double(r.requests) / r.kMeasured) * latency : 0;
    return r;
}

void print(const Row& r, const char* label)
{
    std::printf(
        "%-10s N=%-5d k=%-2d k_lab=%-2d requests=%-6lld elapsed=%7lld ms bound=%7.0f ms ratio=%5.2f "
        "ErrorServerBusy=%lld ErrorExceededConnectionCount=%lld (lab throttled %lld) peakRSS=%6.1f MB "
        "exit=%d\n",
        label, r.n, r.k, r.kMeasured, (long long)r.requests, (long long)r.elapsedMs, r.boundMs,
        r.boundMs > 0 ? r.elapsedMs / r.boundMs : 0.0, (long long)r.serverBusy,
        (long long)r.connectionCountErrors, (long long)r.throttledByLab, r.rssKb / 1024.0, r.exitCode);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("room counts"),
                                QStringLiteral("LIST"), QStringLiteral("100,1000,5000"));
    QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("lab latency (ms)"),
                                  QStringLiteral("MS"), QStringLiteral("20"));
    QCommandLineOption noGui(QStringLiteral("no-gui"), QStringLiteral("skip the GUI variant"));
    p.addOptions({sizesOpt, latencyOpt, noGui});
    p.addHelpOption();
    p.process(app);
    const int latency = p.value(latencyOpt).toInt();
    const int kDefault = ews::EwsClientConfig::DefaultConcurrency;
    const int kMax = ews::EwsClientConfig::MaxConcurrency;
    std::printf("validate_rooms: otj-lab latency %d ms, default k %d, max k %d\n", latency, kDefault, kMax);

    QTemporaryDir dir;
    for (const QString& s : p.value(sizesOpt).split(QLatin1Char(','))) {
        const int n = s.toInt();
        LabProcess lab;
        const QString profile = dir.filePath(QStringLiteral("p%1.json").arg(n));
        QString error;
        if (!lab.start({QStringLiteral("--rooms"), QString::number(n), QStringLiteral("--latency"),
                        QString::number(latency)},
                       profile, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        if (!lab.grantImpersonation()) {
            std::fprintf(stderr, "could not grant impersonation in the lab\n");
            return 2;
        }
        if (n <= 100)
            print(runCtl(lab, profile, n, 1, latency), "sequential");
        print(runCtl(lab, profile, n, kDefault, latency), "default-k");
        print(runCtl(lab, profile, n, kMax, latency), "max-k");

        if (!p.isSet(noGui) && n == 5000) {
            const ProfileLoadResult loaded = ProfileStore::load(profile);
            ProfileModel model;
            model.setProfile(loaded.profile, profile);
            MemoryCredentialStore store;
            bool written = false;
            store.write(loaded.profile.profileIdString(), CredentialRole::ServiceAccount,
                        lab.password(QStringLiteral("otj-service")), &store,
                        [&written](const CredentialResult&) { written = true; });
            while (!written)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            ui::ValidationPanel panel(&model, &store);
            panel.resize(1000, 700);
            panel.show();
            QElapsedTimer clock;
            qint64 last = 0, maxGap = 0;
            QTimer beat;
            beat.setInterval(5);
            beat.setTimerType(Qt::PreciseTimer);
            QObject::connect(&beat, &QTimer::timeout, [&] {
                const qint64 now = clock.nsecsElapsed();
                maxGap = std::max(maxGap, now - last);
                last = now;
            });
            bool done = false;
            QObject::connect(&panel, &ui::ValidationPanel::finished, [&](bool) { done = true; });
            clock.start();
            beat.start();
            panel.start();
            while (!done)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            beat.stop();
            std::printf("gui        N=%-5d k=%-2d elapsed=%7lld ms longest event-loop stall=%.1f ms\n", n,
                        kDefault, (long long)clock.elapsed(), maxGap / 1e6);
            std::fflush(stdout);
        }
    }
    return 0;
}
