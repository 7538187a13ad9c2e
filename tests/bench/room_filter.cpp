// Benchmark: one keystroke in the Rooms page's search field to the updated view, with N discovered
// rooms (default 5000), on the real page and view (offscreen, or whatever QT_QPA_PLATFORM says).
// Each sample is: the key press delivered to the line edit (textChanged -> filter), pending events
// processed, and the view's viewport painted synchronously. Prints median, p90 and max per
// scenario, the bare repaint of the same view (measured in the same run, what a keystroke costs at
// the least) and compares the median with the 50 ms bound.
//
// Usage: bench_room_filter [--rooms 5000] [--rounds 5]
#include "tests/support/RoomFixtures.h"

#include "core/profile/ProfileModel.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "wizard/RoomDirectoryModel.h"
#include "wizard/pages/RoomsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace otj;

namespace {

constexpr double BoundMs = 50.0;

struct Figures
{
    double median = 0;
    double p90 = 0;
    double max = 0;
    qsizetype samples = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    f.samples = ms.size();
    if (ms.isEmpty())
        return f;
    f.median = ms.at(ms.size() / 2);
    f.p90 = ms.at(qMin(ms.size() - 1, ms.size() * 9 / 10));
    f.max = ms.last();
    return f;
}

void paintNow(QTreeView* view)
{
    QApplication::processEvents();
    view->viewport()->repaint();
}

// Types `text` character by character, then deletes it again with Backspace; one sample a key.
QList<double> typeAndErase(QLineEdit* search, QTreeView* view, const QString& text)
{
    QList<double> ms;
    QElapsedTimer t;
    for (const QChar c : text) {
        t.start();
        QTest::keyClick(search, c.toLatin1());
        paintNow(view);
        ms << t.nsecsElapsed() / 1e6;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        t.start();
        QTest::keyClick(search, Qt::Key_Backspace);
        paintNow(view);
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

void print(const char* label, const Figures& f, double repaintMedian)
{
    std::printf("%-28s samples=%-4lld median=%6.2f ms p90=%6.2f ms max=%6.2f ms bound=%4.0f ms "
                "median/bound=%4.2f median/repaint=%5.1f %s\n",
                label, (long long)f.samples, f.median, f.p90, f.max, BoundMs, f.median / BoundMs,
                repaintMedian > 0 ? f.median / repaintMedian : 0.0,
                f.median <= BoundMs ? "within bound" : "OVER BOUND");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen plugin warns on every size-hint change of a top-level window: noise here.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            previous(type, context, message);
    });
    QApplication app(argc, argv);
    QCommandLineParser p;
    QCommandLineOption roomsOpt(QStringLiteral("rooms"), QStringLiteral("discovered rooms"),
                                QStringLiteral("N"), QStringLiteral("5000"));
    QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("repetitions of each scenario"),
                                 QStringLiteral("N"), QStringLiteral("5"));
    p.addOptions({roomsOpt, roundsOpt});
    p.addHelpOption();
    p.process(app);
    const int n = p.value(roomsOpt).toInt();
    const int rounds = qMax(1, p.value(roundsOpt).toInt());

    ProfileModel model;
    model.setProfile(SetupProfile::defaults());
    MemoryCredentialStore store;
    ui::RoomsPage page(&model, &store);
    page.resize(1400, 900);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        std::fprintf(stderr, "the page was not exposed\n");
        return 2;
    }
    page.roomModel()->setDirectory(test::generateRooms(n));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("roomSearch"));
    auto* group = page.findChild<QComboBox*>(QStringLiteral("roomGroup"));
    QTreeView* view = page.view();
    search->setFocus();
    paintNow(view);
    std::printf("room_filter: %d rooms, %d rounds, view %dx%d, platform %s\n", n, rounds, view->width(),
                view->height(), qPrintable(QGuiApplication::platformName()));

    QList<double> repaint;
    QElapsedTimer t;
    for (int i = 0; i < 50 * rounds; ++i) {
        t.start();
        paintNow(view);
        repaint << t.nsecsElapsed() / 1e6;
    }
    const double repaintMedian = figures(repaint).median;
    print("bare repaint", figures(repaint), repaintMedian);

    QList<double> all;
    const auto scenario = [&](const char* label, const QString& text) {
        QList<double> ms;
        for (int r = 0; r < rounds; ++r)
            ms += typeAndErase(search, view, text);
        print(label, figures(ms), repaintMedian);
        all += ms;
    };
    scenario("address prefix 'room-12'", QStringLiteral("room-12"));
    scenario("city and building", QStringLiteral("oslo b1"));
    scenario("no match 'zzzz'", QStringLiteral("zzzz"));
    group->setCurrentIndex(group->findText(QStringLiteral("City: Oslo")));
    scenario("within City: Oslo 'room 4'", QStringLiteral("room 4"));
    print("ALL KEYSTROKES", figures(all), repaintMedian);
    return 0;
}
