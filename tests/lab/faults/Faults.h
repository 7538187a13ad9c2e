// Run-time faults of otj-lab (--faults SPEC and POST /lab/faults). Grammar in README.md:
//   SPEC  := ITEM ((',' | ';') ITEM)*   |  "none"
//   ITEM  := latency=MS[:JITTER] | 500=PCT | 503=PCT | 401storm=N | drop=PCT | slow=BYTES_PER_SEC
//          | cert=good|wrong-name|other-ca[:N] | throttle=N
//          | throttle-mode=exceeded|busy|busy0|connections|503 | pexip429=N | pexip-lost=N
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace otjlab {

struct FaultConfig
{
    int latencyMs = 0;
    int jitterMs = 0;
    int status500Percent = 0;
    int status503Percent = 0;
    int authStorm = 0; // the next N protected requests get 401 whatever their credentials
    int dropPercent = 0;
    int slowBytesPerSecond = 0;
    QString certificate = QStringLiteral("good"); // good | wrong-name | other-ca
    int certificateConnections = 0;               // > 0: only for that many more TLS handshakes
    // exceeded (Exchange: fault ErrorExceededConnectionCount, Policy=MaxConcurrency) | busy | busy0 |
    // connections | 503
    QString throttleMode = QStringLiteral("exceeded");
    std::optional<int> maxConcurrency; // overrides the throttling policy's EwsMaxConcurrency
    int pexipTooManyRequests = 0;      // the next N Pexip API requests get 429 with Retry-After: 1
    int pexipLostAnswers = 0;          // the next N Pexip writes are carried out, then the connection resets

    // Applies SPEC on top of this config (items not named keep their value). "none" resets.
    bool apply(const QString& spec, QString* error);
    QJsonObject toJson() const;
};

} // namespace otjlab
