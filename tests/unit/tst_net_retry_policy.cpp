// net::RetryPolicy, table-driven: attempt, time waited, signal -> wait or give up (with reason).
// The numbers are today's documented ones (core/net/README.md "Retry policy").
#include "core/net/HttpTransport.h"
#include "core/net/RetryPolicy.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace otj::net;

Q_DECLARE_METATYPE(otj::net::RetrySignal)
Q_DECLARE_METATYPE(otj::net::RetryDecision::GiveUpReason)

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreTheDocumentedNumbers()
    {
        const RetryPolicy::Limits l;
        QCOMPARE(l.minBackoffMs, 500);
        QCOMPARE(l.maxBackoffMs, 30000);
        QCOMPARE(l.maxRetries, 5);
        QCOMPARE(l.totalWaitCapMs, 120000);
    }

    void ownMinimumDoublesAndIsCapped_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("ownMin");
        QTest::addColumn<int>("jitterBound");
        QTest::newRow("1") << 1 << 500 << 125;
        QTest::newRow("2") << 2 << 1000 << 250;
        QTest::newRow("3") << 3 << 2000 << 500;
        QTest::newRow("6") << 6 << 16000 << 4000;
        QTest::newRow("7 capped") << 7 << 30000 << 7500;
        QTest::newRow("40 capped, no overflow") << 40 << 30000 << 7500;
    }
    void ownMinimumDoublesAndIsCapped()
    {
        QFETCH(int, attempt);
        QFETCH(int, ownMin);
        QFETCH(int, jitterBound);
        const RetryPolicy policy;
        QCOMPARE(policy.ownMinimumMs(attempt), ownMin);
        QCOMPARE(policy.jitterBound(attempt), jitterBound);
    }

    void decide_data()
    {
        using R = RetryDecision::GiveUpReason;
        using S = RetrySignal;
        QTest::addColumn<RetrySignal>("signal");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("waitedMs");
        QTest::addColumn<int>("serverWaitMs");
        QTest::addColumn<int>("jitterMs");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<int>("waitMs");
        QTest::addColumn<bool>("pauseAll");
        QTest::addColumn<bool>("lowerConcurrency");
        QTest::addColumn<RetryDecision::GiveUpReason>("reason");

        // ErrorServerBusy: the server's BackOffMilliseconds when longer than our minimum; pauses all.
        QTest::newRow("busy, server asks 5 s")
            << S::ServerBusy << 1 << 0 << 5000 << 10 << true << 5000 << true << false << R::None;
        QTest::newRow("busy, BackOff 0 -> own minimum + jitter")
            << S::ServerBusy << 1 << 0 << 0 << 100 << true << 600 << true << false << R::None;
        QTest::newRow("busy, no BackOff value -> own minimum, no pause")
            << S::ServerBusy << 2 << 600 << -1 << 0 << true << 1000 << false << false << R::None;
        QTest::newRow("busy, 6th failure: 5 retries used")
            << S::ServerBusy << 6 << 3000 << 0 << 0 << false << 16000 << false << false << R::TooManyAttempts;
        QTest::newRow("busy, 5th failure still retried")
            << S::ServerBusy << 5 << 10000 << 0 << 0 << true << 8000 << true << false << R::None;
        QTest::newRow("busy, would pass the 120 s cap") << S::ServerBusy << 2 << 100000 << 25000 << 0 << false
                                                        << 25000 << false << false << R::WaitCapReached;
        QTest::newRow("busy, exactly reaches the cap")
            << S::ServerBusy << 2 << 95000 << 25000 << 0 << true << 25000 << true << false << R::None;
        QTest::newRow("busy, one wait over the cap") << S::ServerBusy << 1 << 0 << 130000 << 0 << false
                                                     << 130000 << false << false << R::WaitCapReached;
        // ErrorExceededConnectionCount: own wait, lower k, no account-wide pause.
        QTest::newRow("connection count")
            << S::ConnectionCountExceeded << 1 << 0 << -1 << 0 << true << 500 << false << true << R::None;
        QTest::newRow("connection count, given up still lowers k")
            << S::ConnectionCountExceeded << 6 << 0 << -1 << 0 << false << 16000 << false << true
            << R::TooManyAttempts;
        // Transient codes, HTTP 503, dropped connections: own minimum doubling per attempt.
        QTest::newRow("transient") << S::TransientServerError << 3 << 1500 << -1 << 50 << true << 2050
                                   << false << false << R::None;
        QTest::newRow("503") << S::ServiceUnavailable << 1 << 0 << -1 << 0 << true << 500 << false << false
                             << R::None;
        QTest::newRow("503 ignores a server wait")
            << S::ServiceUnavailable << 1 << 0 << 9000 << 0 << true << 500 << false << false << R::None;
        QTest::newRow("503 after 5 retries") << S::ServiceUnavailable << 6 << 31000 << -1 << 0 << false
                                             << 16000 << false << false << R::TooManyAttempts;
        QTest::newRow("dropped") << S::ConnectionDropped << 2 << 500 << -1 << 0 << true << 1000 << false
                                 << false << R::None;
        // 429 Retry-After (Pexip): honoured like BackOffMilliseconds.
        QTest::newRow("429 Retry-After 3 s")
            << S::TooManyRequests << 1 << 0 << 3000 << 0 << true << 3000 << true << false << R::None;
        QTest::newRow("429 without Retry-After")
            << S::TooManyRequests << 1 << 0 << -1 << 20 << true << 520 << false << false << R::None;
        // A timeout is never retried: the request may still be running.
        QTest::newRow("timeout") << S::Timeout << 1 << 0 << -1 << 0 << false << 0 << false << false
                                 << R::NotRetryable;
    }
    void decide()
    {
        QFETCH(RetrySignal, signal);
        QFETCH(int, attempt);
        QFETCH(int, waitedMs);
        QFETCH(int, serverWaitMs);
        QFETCH(int, jitterMs);
        QFETCH(bool, retry);
        QFETCH(int, waitMs);
        QFETCH(bool, pauseAll);
        QFETCH(bool, lowerConcurrency);
        QFETCH(RetryDecision::GiveUpReason, reason);
        const RetryPolicy policy;
        const RetryDecision d = policy.decide({signal, attempt, waitedMs, serverWaitMs, jitterMs});
        QCOMPARE(d.retry(), retry);
        QCOMPARE(d.waitMs, waitMs);
        QCOMPARE(d.pauseAll, pauseAll);
        QCOMPARE(d.lowerConcurrency, lowerConcurrency);
        QCOMPARE(RetryPolicy::toString(d.reason), RetryPolicy::toString(reason));
    }

    void customLimits()
    {
        const RetryPolicy policy({20, 100, 2, 1000});
        QCOMPARE(policy.decide({RetrySignal::ConnectionDropped, 1, 0, -1, 0}).waitMs, 20);
        QCOMPARE(policy.decide({RetrySignal::ConnectionDropped, 4, 0, -1, 0}).waitMs, 100);
        QVERIFY(policy.decide({RetrySignal::ConnectionDropped, 2, 0, -1, 0}).retry());
        QVERIFY(!policy.decide({RetrySignal::ConnectionDropped, 3, 0, -1, 0}).retry());
    }

    // The pool: ceil(k / 6) managers, each request to the least busy one.
    void poolSizeIsCeilKOverSix_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("managers");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("6") << 6 << 1;
        QTest::newRow("7") << 7 << 2;
        QTest::newRow("12") << 12 << 2;
        QTest::newRow("13") << 13 << 3;
        QTest::newRow("24") << 24 << 4;
    }
    void poolSizeIsCeilKOverSix()
    {
        QFETCH(int, k);
        QFETCH(int, managers);
        QCOMPARE(ManagerPool::managersFor(k), managers);
        int made = 0;
        ManagerPool pool(k, [&made](QObject* parent) {
            ++made;
            return new QNetworkAccessManager(parent);
        });
        QCOMPARE(pool.size(), managers);
        QCOMPARE(made, managers);
        for (QNetworkAccessManager* nam : pool.managers())
            QCOMPARE(nam->redirectPolicy(), QNetworkRequest::ManualRedirectPolicy);
    }

    void poolPicksLeastBusy()
    {
        ManagerPool pool(18, {});
        QCOMPARE(pool.size(), 3);
        QCOMPARE(pool.acquire(), 0);
        QCOMPARE(pool.acquire(), 1);
        QCOMPARE(pool.acquire(), 2);
        QCOMPARE(pool.acquire(), 0);
        pool.release(1);
        pool.release(2);
        QCOMPARE(pool.acquire(), 1); // load 0 at 1 and 2: the first of them
        QCOMPARE(pool.acquire(), 2);
        QCOMPARE(pool.load(0), 2);
        pool.release(0);
        pool.release(0);
        pool.release(0); // never below zero
        QCOMPARE(pool.load(0), 0);
    }

    void headerValuesNeverCarryLineBreaks()
    {
        QVERIFY(isSafeHeaderValue("room1@contoso.test"));
        QVERIFY(!isSafeHeaderValue("room1@contoso.test\r\nX-Evil: 1"));
        QVERIFY(!isSafeHeaderValue("a\nb"));
        QVERIFY(!isSafeHeaderValue("a\rb"));
        QVERIFY(!isSafeHeaderValue(QByteArray("a\0b", 3)));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_net_retry_policy.moc"
