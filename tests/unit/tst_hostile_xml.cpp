// Hostile answers a server can send within the body size cap: deep nesting ends in a clear
// MalformedResponse (it used to overflow the stack in the recursive descendant search), and
// namespace resolution is linear (it used to walk every ancestor's attributes per element).
// The CI test only has a generous watchdog; tests/bench/ews_parse measures the time per byte.
#include "core/ews/EwsResponse.h"
#include "tests/support/HostileXml.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

using namespace otj::ews;
using namespace otj::test;

namespace {

// Runs `work` on its own thread; false when it has not finished after `seconds`. (A hung
// parser cannot be stopped: the test then fails and the process exits with the thread running.)
bool finishesWithin(int seconds, std::function<void()> work)
{
    auto done = std::make_shared<std::atomic_bool>(false);
    std::thread([work = std::move(work), done] {
        work();
        *done = true;
    }).detach();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (!*done && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return *done;
}

QByteArray deepDocument(int depth, const QByteArray& inside = {})
{
    return QByteArray("<a>").repeated(depth) + inside + QByteArray("</a>").repeated(depth);
}

} // namespace

class TestHostileXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deepNestingIsAMalformedResponse()
    {
        // The reported answer: 200,000 nested elements under Folders, about 1.4 MB.
        const QByteArray body = nestedGetFolder(200000);
        QVERIFY(body.size() > 1400000);
        FolderInfo folder;
        const EwsError e = parseGetFolder(body, 200, &folder);
        QCOMPARE(toString(e.kind), toString(ErrorKind::MalformedResponse));
        QVERIFY2(e.summary().contains(QLatin1String("Malformed response")), qPrintable(e.summary()));
        QVERIFY(folder.id.isEmpty());
    }

    void everyParserRefusesDeepNesting()
    {
        const QByteArray deep = deepDocument(200000);
        CalendarView view;
        QCOMPARE(toString(parseFindItem(deep, 200, &view).kind), toString(ErrorKind::MalformedResponse));
        GetItemResult items;
        QCOMPARE(toString(parseGetItem(deep, 200, &items).kind), toString(ErrorKind::MalformedResponse));
        QList<ResolvedMailbox> names;
        QCOMPARE(toString(parseResolveNames(deep, 200, &names).kind), toString(ErrorKind::MalformedResponse));
        AutodiscoverAnswer answer;
        QCOMPARE(toString(parseAutodiscoverSoap(deep, 200, &answer).kind),
                 toString(ErrorKind::MalformedResponse));
        QCOMPARE(toString(parseAutodiscoverPox(deep, 200, &answer).kind),
                 toString(ErrorKind::MalformedResponse));
    }

    void nestingWithinTheCapStillParses()
    {
        FolderInfo folder;
        const EwsError e = parseGetFolder(nestedGetFolder(XmlTree::MaxDepth - 20, "t:X", true), 200, &folder);
        QVERIFY2(e.ok(), qPrintable(e.summary()));
        QCOMPARE(folder.id, QStringLiteral("AAMk0"));
    }

    void namespacesAreResolvedInScope()
    {
        // A prefix redeclared deeper applies below that element only.
        const QByteArray body =
            "<r xmlns:p=\"urn:one\"><p:a xmlns:p=\"urn:two\"><p:b/></p:a><p:c/><d xmlns=\"urn:three\">"
            "<e xmlns=\"\"/></d></r>";
        XmlTree tree;
        bool tooDeep = true;
        QVERIFY(tree.load(body, &tooDeep));
        QVERIFY(!tooDeep);
        const pugi::xml_node r = tree.root();
        QVERIFY(tree.isElement(r.first_child(), "urn:two", "a"));
        QVERIFY(tree.isElement(r.first_child().first_child(), "urn:two", "b"));
        QVERIFY(tree.isElement(r.child("p:c"), "urn:one", "c"));
        QCOMPARE(tree.namespaceUri(r.child("d")), QStringLiteral("urn:three"));
        QCOMPARE(tree.namespaceUri(r.child("d").child("e")), QString());
        QCOMPARE(tree.namespaceUri(r), QString());
        QVERIFY(tree.descendant(r, "urn:two", "b"));
        QVERIFY(!tree.descendant(r.child("d"), "urn:two", "b"));
    }

    void hostileShapesFinishUnderAWatchdog()
    {
        // Quadratic before: each element resolved its prefix by scanning all its ancestors'
        // attributes (300,000 here), for each of 300,000 elements. Linear now: well under a
        // second; the watchdog is generous on purpose (no timing assertion in CI).
        struct Results
        {
            EwsError wide, nested;
            FolderInfo wideFolder;
        };
        auto results = std::make_shared<Results>(); // outlives this function if the watchdog fires
        const bool finished = finishesWithin(120, [results] {
            FolderInfo f;
            results->wide = parseGetFolder(wideGetFolder(300000, 300000), 200, &results->wideFolder);
            results->nested = parseGetFolder(nestedGetFolder(80000, "z:FolderId"), 200, &f);
        });
        QVERIFY2(finished, "parsing did not finish within 120 s");
        const EwsError& wide = results->wide;
        const EwsError& nested = results->nested;
        QVERIFY2(wide.ok(), qPrintable(wide.summary()));
        QCOMPARE(results->wideFolder.id, QStringLiteral("AAMk0"));
        QCOMPARE(toString(nested.kind), toString(ErrorKind::MalformedResponse));
    }
};

QTEST_GUILESS_MAIN(TestHostileXml)
#include "tst_hostile_xml.moc"
