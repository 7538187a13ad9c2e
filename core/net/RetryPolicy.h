// When to retry a request and how long to wait: a pure function of the attempt, the time already
// waited and what the server (or the transport) said. Shared by the EWS client and, later, the
// Pexip client. No clock, no randomness: the caller draws the jitter (below jitterBound()).
//
// The numbers are the ones measured and documented in core/net/README.md ("Retry policy"):
// own minimum 500 ms doubling per attempt, one wait at most 30 s, at most 5 retries, at most
// 120 s of waiting per request; a server's BackOffMilliseconds / Retry-After is honoured when it
// is longer than our own minimum (and then pauses every request of the account).
#pragma once

#include <QString>

namespace otj::net {

enum class RetrySignal {
    ServerBusy,              // EWS ErrorServerBusy (BackOffMilliseconds in serverWaitMs, may be 0)
    ConnectionCountExceeded, // EWS ErrorExceededConnectionCount: also lower the concurrency
    TransientServerError, // EWS transient codes (ErrorInternalServerTransientError, ErrorTimeoutExpired…)
    ServiceUnavailable,   // HTTP 503
    TooManyRequests,      // HTTP 429 (Retry-After in serverWaitMs when sent)
    ConnectionDropped,    // the connection closed before a (complete) response
    Timeout,              // the transfer timeout elapsed: never retried (the request may still run)
};

struct RetryInput
{
    RetrySignal signal = RetrySignal::ConnectionDropped;
    int attempt = 1;       // the attempt that just failed (1 = the first try)
    qint64 waitedMs = 0;   // this request's waits so far
    int serverWaitMs = -1; // BackOffMilliseconds or Retry-After in ms; -1: the server named none
    int jitterMs = 0;      // drawn by the caller in [0, jitterBound(attempt))
};

struct RetryDecision
{
    enum class Outcome { Retry, GiveUp };
    enum class GiveUpReason { None, NotRetryable, TooManyAttempts, WaitCapReached };

    Outcome outcome = Outcome::GiveUp;
    GiveUpReason reason = GiveUpReason::NotRetryable;
    int waitMs = 0;                // Retry: how long to wait
    bool pauseAll = false;         // the server asked the account to back off: every request waits
    bool lowerConcurrency = false; // ErrorExceededConnectionCount: one fewer in flight for the run
    bool retry() const { return outcome == Outcome::Retry; }
};

class RetryPolicy
{
public:
    struct Limits
    {
        int minBackoffMs = 500;   // our own minimum: servers often send BackOffMilliseconds 0
        int maxBackoffMs = 30000; // our own wait never exceeds this
        int maxRetries = 5;
        int totalWaitCapMs = 120000; // per request
    };

    RetryPolicy() = default;
    explicit RetryPolicy(const Limits& limits)
        : m_limits(limits)
    {}
    const Limits& limits() const { return m_limits; }

    // Our own minimum wait after `attempt`: minBackoffMs doubled per earlier attempt, capped.
    int ownMinimumMs(int attempt) const;
    // The jitter the caller adds is drawn from [0, jitterBound(attempt)).
    int jitterBound(int attempt) const;
    RetryDecision decide(const RetryInput& input) const;

    static QString toString(RetrySignal signal);
    static QString toString(RetryDecision::GiveUpReason reason);

private:
    Limits m_limits;
};

} // namespace otj::net
