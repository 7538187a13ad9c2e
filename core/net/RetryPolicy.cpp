#include "core/net/RetryPolicy.h"

#include <algorithm>

namespace otj::net {

int RetryPolicy::ownMinimumMs(int attempt) const
{
    const int doublings = std::clamp(attempt - 1, 0, 10);
    return std::min(m_limits.maxBackoffMs, m_limits.minBackoffMs << doublings);
}

int RetryPolicy::jitterBound(int attempt) const
{
    return std::max(1, ownMinimumMs(attempt) / 4);
}

RetryDecision RetryPolicy::decide(const RetryInput& in) const
{
    RetryDecision d;
    if (in.signal == RetrySignal::Timeout)
        return d; // the request may still be running on the server: never sent twice
    // Only a server that names a wait asks the whole account to pause (ErrorServerBusy, 429).
    const bool serverAsked =
        (in.signal == RetrySignal::ServerBusy || in.signal == RetrySignal::TooManyRequests) &&
        in.serverWaitMs >= 0;
    const int serverWait = serverAsked ? in.serverWaitMs : -1;
    const int wait = std::max(serverWait, ownMinimumMs(in.attempt) + std::max(in.jitterMs, 0));
    d.lowerConcurrency = in.signal == RetrySignal::ConnectionCountExceeded;
    d.waitMs = wait;
    if (in.attempt > m_limits.maxRetries) {
        d.reason = RetryDecision::GiveUpReason::TooManyAttempts;
        return d;
    }
    if (wait > m_limits.totalWaitCapMs || in.waitedMs + wait > m_limits.totalWaitCapMs) {
        d.reason = RetryDecision::GiveUpReason::WaitCapReached;
        return d;
    }
    d.outcome = RetryDecision::Outcome::Retry;
    d.reason = RetryDecision::GiveUpReason::None;
    d.pauseAll = serverAsked;
    return d;
}

QString RetryPolicy::toString(RetrySignal signal)
{
    switch (signal) {
    case RetrySignal::ServerBusy:
        return QStringLiteral("server busy");
    case RetrySignal::ConnectionCountExceeded:
        return QStringLiteral("connection count exceeded");
    case RetrySignal::TransientServerError:
        return QStringLiteral("transient server error");
    case RetrySignal::ServiceUnavailable:
        return QStringLiteral("HTTP 503");
    case RetrySignal::TooManyRequests:
        return QStringLiteral("HTTP 429");
    case RetrySignal::ConnectionDropped:
        return QStringLiteral("connection dropped");
    case RetrySignal::Timeout:
        return QStringLiteral("timeout");
    }
    return {};
}

QString RetryPolicy::toString(RetryDecision::GiveUpReason reason)
{
    switch (reason) {
    case RetryDecision::GiveUpReason::None:
        return {};
    case RetryDecision::GiveUpReason::NotRetryable:
        return QStringLiteral("not retryable");
    case RetryDecision::GiveUpReason::TooManyAttempts:
        return QStringLiteral("too many attempts");
    case RetryDecision::GiveUpReason::WaitCapReached:
        return QStringLiteral("wait cap reached");
    }
    return {};
}

} // namespace otj::net
