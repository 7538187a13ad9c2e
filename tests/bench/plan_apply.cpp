// Benchmark: otjctl plan and apply through `otj-lab shell` against `otj-lab serve --rooms N
// --shell-latency RTT:CMDLET` for N = 100, 1000, 5000. Per phase (plan, apply, second apply) it
// prints the round trips (request lines the lab's PowerShell route saw, hellos included), the
// cmdlets, the writes (every verb but Get), the elapsed time, the bound round trips x RTT + cmdlets x
// CMDLET (the fastest the phase can be under the latency model) and elapsed / bound. Then it checks
// the targets of issue 10 against figures of the same run: round trips grow no faster than the
// rooms divided by the batch size (from the smallest N of the run to each larger one: at most one more
// round trip per batch of rooms for each pass over them: plan and second apply 1 pass, apply 3 —
// inspect, write, verify), ratio <= 1.3 at N = 1000, and a second apply with 0 writes. The fixed
// round trips (the hello and the reads that do not depend on the rooms) are printed. The CPU
// time of the client (otjctl + the speaker) and of the lab is printed too: on a loaded machine the
// excess over the bound is the processes waiting for a CPU, which those figures show.
// Not a CI test: `cmake --build <dir> --target bench_plan_apply`.
//
// Usage: bench_plan_apply [--sizes 100,1000,5000] [--rtt 50] [--cmdlet-ms 10]
#include "core/plan/ExchangeInspector.h"
#include "tests/support/LabShell.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Phase
{
    QString name;
    qint64 roundTrips = 0;
    qint64 cmdlets = 0;
    qint64 writes = 0;
    qint64 elapsedMs = 0;
    double boundMs = 0;
    double clientCpuS = 0; // otjctl and its speaker (otj-lab shell), user + system
    double labCpuS = 0;    // otj-lab serve
    int exitCode = 0;
    double ratio() const { return boundMs > 0 ? double(elapsedMs) / boundMs : 0; }
};

double childrenCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
    // After "pid (comm)": state is field 0, utime 11, stime 12 (clock ticks).
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

Phase runPhase(LabProcess& lab, const QString& name, const QStringList& args, const QProcessEnvironment& env,
               int rtt, int cmdletMs)
{
    Phase p;
    p.name = name;
    lab.admin("POST", QStringLiteral("powershell/stats/reset"));
    const double client0 = childrenCpuSeconds();
    const double lab0 = processCpuSeconds(lab.process.processId());
    const CtlResult r = runOtjctl(args, QString(), 3600000, {}, env);
    p.clientCpuS = childrenCpuSeconds() - client0;
    p.labCpuS = processCpuSeconds(lab.process.processId()) - lab0;
    const QJsonObject s = lab.admin("GET", QStringLiteral("powershell/stats"));
    p.exitCode = r.exitCode;
    p.elapsedMs = r.elapsedMs;
    p.roundTrips =
        s.value(QStringLiteral("requests")).toInteger() + s.value(QStringLiteral("sessions")).toInteger();
    p.cmdlets = s.value(QStringLiteral("cmdlets")).toInteger();
    const QJsonObject verbs = s.value(QStringLiteral("perVerb")).toObject();
    for (auto it = verbs.begin(); it != verbs.end(); ++it) {
        if (it.key() != QLatin1String("Get"))
            p.writes += it.value().toInteger();
    }
    p.boundMs = double(p.roundTrips) * rtt + double(p.cmdlets) * cmdletMs;
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    // The lab logs each cmdlet on stderr, which LabProcess does not read: thousands of lines would
    // fill the pipe and stall the lab mid-run.
    qputenv("QT_LOGGING_RULES", "otj.lab.*.info=false");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("otjctl plan/apply against otj-lab's PowerShell latency model"));
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("room counts"),
                                      QStringLiteral("N,N"), QStringLiteral("100,1000,5000"));
    const QCommandLineOption rttOpt(QStringLiteral("rtt"), QStringLiteral("ms a round trip"),
                                    QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption cmdletOpt(QStringLiteral("cmdlet-ms"), QStringLiteral("ms a cmdlet"),
                                       QStringLiteral("MS"), QStringLiteral("10"));
    parser.addOptions({sizesOpt, rttOpt, cmdletOpt});
    parser.addHelpOption();
    parser.process(app);
    const int rtt = parser.value(rttOpt).toInt();
    const int cmdletMs = parser.value(cmdletOpt).toInt();
    const int batch = otj::plan::ExchangeInspector::batchSize;

    std::printf("latency model: %d ms a round trip + %d ms a cmdlet; batch %d\n", rtt, cmdletMs, batch);
    std::printf("%6s %-14s %6s %11s %8s %8s %9s %9s %6s %4s %10s %7s\n", "N", "phase", "rooms", "roundTrips",
                "cmdlets", "writes", "elapsed", "bound", "ratio", "exit", "clientCpu", "labCpu");
    bool allMet = true;
    auto check = [&allMet](bool ok, const QString& what) {
        std::printf("  target %-66s %s\n", qPrintable(what), ok ? "met" : "NOT MET");
        allMet = allMet && ok;
    };
    struct Run
    {
        int n = 0;
        qint64 batches = 0;
        QList<Phase> phases;
    };
    QList<Run> runs; // in the order of --sizes: growth is measured from the first
    for (const QString& size : parser.value(sizesOpt).split(QLatin1Char(','))) {
        const int n = size.toInt();
        QTemporaryDir dir;
        LabProcess lab;
        QString error;
        const QString profile = dir.filePath(QStringLiteral("profile.json"));
        if (!lab.start({QStringLiteral("--rooms"), QString::number(n), QStringLiteral("--shell-latency"),
                        QStringLiteral("%1:%2").arg(rtt).arg(cmdletMs)},
                       profile, &error)) {
            std::fprintf(stderr, "lab: %s\n", qPrintable(error));
            return 2;
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("OTJ_POWERSHELL"), otj::test::labPowerShellEnv(lab));
        env.insert(QStringLiteral("OTJ_EXCHANGE_ADMIN_PASSWORD"),
                   lab.password(QStringLiteral("exchange-admin")));
        QJsonObject org = lab.admin("GET", QStringLiteral("org"));
        int rooms = 0;
        for (const QJsonValue& r : org.value(QStringLiteral("recipients")).toArray())
            rooms +=
                r.toObject().value(QStringLiteral("type")).toString() == QLatin1String("RoomMailbox") ? 1 : 0;
        const QStringList base{QStringLiteral("--profile"), profile};
        const QList<Phase> phases{
            runPhase(lab, QStringLiteral("plan"), QStringList{QStringLiteral("plan")} + base, env, rtt,
                     cmdletMs),
            runPhase(lab, QStringLiteral("apply"),
                     QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + base, env, rtt,
                     cmdletMs),
            runPhase(lab, QStringLiteral("second apply"),
                     QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + base, env, rtt,
                     cmdletMs),
        };
        for (const Phase& p : phases)
            std::printf("%6d %-14s %6d %11lld %8lld %8lld %8.2fs %8.2fs %6.2f %4d %9.2fs %6.2fs\n", n,
                        qPrintable(p.name), rooms, p.roundTrips, p.cmdlets, p.writes, p.elapsedMs / 1000.0,
                        p.boundMs / 1000.0, p.ratio(), p.exitCode, p.clientCpuS, p.labCpuS);
        // Round trips that do not depend on the rooms: what is left after one request per batch for
        // each pass over the rooms (plan 1, apply 3, second apply 1).
        const qint64 batches = qint64(std::ceil(double(rooms) / batch));
        std::printf("  fixed round trips (beyond %lld per pass over the rooms): plan %lld, apply %lld, "
                    "second apply %lld\n",
                    batches, phases[0].roundTrips - batches, phases[1].roundTrips - 3 * batches,
                    phases[2].roundTrips - batches);
        if (!runs.isEmpty()) {
            const Run& first = runs.first();
            const qint64 more = batches - first.batches;
            const int passes[] = {1, 3, 1};
            for (int i = 0; i < 3; ++i)
                check(phases[i].roundTrips - first.phases[i].roundTrips <= passes[i] * more,
                      QStringLiteral("%1 round trips grow <= %2 x %3 batches from N = %4 (got +%5)")
                          .arg(phases[i].name)
                          .arg(passes[i])
                          .arg(more)
                          .arg(first.n)
                          .arg(phases[i].roundTrips - first.phases[i].roundTrips));
        }
        runs << Run{n, batches, phases};
        check(phases[1].exitCode == 0 && phases[0].exitCode == 1,
              QStringLiteral("plan exit 1, apply exit 0"));
        check(
            phases[2].writes == 0 && phases[2].exitCode == 0,
            QStringLiteral("second apply sends 0 Set/New/Add/Update/Remove (got %1)").arg(phases[2].writes));
        if (n == 1000) {
            for (const Phase& p : phases)
                check(p.ratio() <= 1.3, QStringLiteral("%1 ratio <= 1.3 at N = 1000 (got %2)")
                                            .arg(p.name)
                                            .arg(p.ratio(), 0, 'f', 2));
        }
        std::fflush(stdout);
    }
    std::printf("%s\n", allMet ? "all targets met" : "SOME TARGETS NOT MET");
    return allMet ? 0 : 1;
}
