// Benchmark: EWS response parsing is linear in the input size, whatever its shape. Measures the
// time per byte of an ordinary answer (sibling calendar folders) and, for each hostile shape and
// size, compares the parse time with the bound  time-per-byte(ordinary) x size x FACTOR  computed
// in the same run. Hostile shapes: a Folders element with N attributes and N decoy z:FolderId
// children (quadratic in the old per-element ancestor walk), N nested z:FolderId (the reported
// 80,000-deep answer; refused at XmlTree::MaxDepth) and N nested plain elements (the reported
// 200,000-deep answer that overflowed the stack). Exit status 1 when a figure exceeds its bound.
// Not a CI test. Usage: bench_ews_parse [--factor 10] [--max-mb 8]
#include "core/ews/EwsResponse.h"
#include "tests/support/HostileXml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace otj::ews;
using namespace otj::test;

namespace {

// Best of three runs, in nanoseconds; `kind` receives the result of the last one.
qint64 timeParse(const QByteArray& body, QString* kind)
{
    qint64 best = -1;
    for (int run = 0; run < 3; ++run) {
        FolderInfo folder;
        QElapsedTimer t;
        t.start();
        const EwsError e = parseGetFolder(body, 200, &folder);
        const qint64 ns = t.nsecsElapsed();
        best = best < 0 ? ns : std::min(best, ns);
        *kind = toString(e.kind);
    }
    return best;
}

// The largest n whose generated body stays within `bytes`.
int sizedFor(qint64 bytes, const std::function<QByteArray(int)>& make)
{
    const qint64 perUnit = std::max<qint64>(1, (make(1000).size() - make(0).size()) / 1000);
    return int(std::max<qint64>(1, bytes / perUnit));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("EWS parser time per byte, ordinary vs hostile answers"));
    cli.addHelpOption();
    cli.addOption({QStringLiteral("factor"),
                   QStringLiteral("Allowed multiple of the ordinary time per byte."), QStringLiteral("N"),
                   QStringLiteral("10")});
    cli.addOption({QStringLiteral("max-mb"), QStringLiteral("Largest body size in MiB."),
                   QStringLiteral("MB"), QStringLiteral("8")});
    cli.process(app);
    const double factor = cli.value(QStringLiteral("factor")).toDouble();
    const int maxMb = cli.value(QStringLiteral("max-mb")).toInt();

    QString kind;
    const QByteArray ordinary = flatGetFolder(sizedFor(qint64(maxMb) << 20, flatGetFolder));
    const double nsPerByte = double(timeParse(ordinary, &kind)) / double(ordinary.size());
    std::printf("ordinary answer: %lld bytes, %.2f ns/byte (%s); bound = %.2f ns/byte x size x %.0f\n\n",
                qlonglong(ordinary.size()), nsPerByte, qPrintable(kind), nsPerByte, factor);
    std::printf("%-22s %10s %10s %12s %12s %7s  %s\n", "shape", "n", "bytes", "parse ms", "bound ms", "ratio",
                "result");

    const QList<std::pair<const char*, std::function<QByteArray(int)>>> shapes = {
        {"wide attrs+children",
         [](int n) {
             return wideGetFolder(n, n);
         }},
        {"nested z:FolderId",
         [](int n) {
             return nestedGetFolder(n, "z:FolderId");
         }},
        {"nested plain",
         [](int n) {
             return nestedGetFolder(n);
         }},
    };
    bool withinBound = true;
    for (const auto& [name, make] : shapes) {
        for (int mb = 1; mb <= maxMb; mb *= 2) {
            const int n = sizedFor(qint64(mb) << 20, make);
            const QByteArray body = make(n);
            const double ms = double(timeParse(body, &kind)) / 1e6;
            const double boundMs = nsPerByte * double(body.size()) * factor / 1e6;
            withinBound = withinBound && ms <= boundMs;
            std::printf("%-22s %10d %10lld %12.2f %12.2f %7.2f  %s\n", name, n, qlonglong(body.size()), ms,
                        boundMs, ms / boundMs, qPrintable(kind));
        }
    }
    std::printf("\n%s\n", withinBound ? "every hostile answer parsed within the linear bound"
                                      : "SOME HOSTILE ANSWER EXCEEDED THE LINEAR BOUND");
    return withinBound ? 0 : 1;
}
