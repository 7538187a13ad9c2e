// What went wrong with one request to the Pexip management API, typed so that callers (step 5,
// its checks, otjctl) can say it plainly: the HTTP classes the API answers (400 with field errors,
// 401, 403, 404, 429, 5xx), the transport's (TLS not trusted, timeout, dropped connection) and ours
// (cancelled, an answer we could not read, a lost answer to a POST).
#pragma once

#include "core/net/Certificates.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace otj::pexip {

enum class PexipErrorKind {
    None,
    InvalidRequest,    // refused before sending: not https, no trailing slash, unsafe header value
    TlsUntrusted,      // the Management Node's certificate does not chain to the profile's Pexip CA
    Unreachable,       // refused, host not found, network down
    Timeout,           // no complete answer within the transfer timeout (never retried)
    ConnectionDropped, // the connection closed before a complete answer (after the retries)
    AnswerLost,        // a POST's answer was lost and re-reading by name did not find the object
    Unauthorized,      // 401: wrong user or password
    Forbidden,         // 403: the account may not use the API (or this resource)
    NotFound,          // 404
    Redirected,        // 301/302: the API moved or the path lacks its trailing slash (never followed)
    Validation,        // 400 with field errors ({"<resource>": {"<field>": ["message"]}})
    BadRequest,        // 400 {"error": "..."} (Tastypie's other shape) or another 4xx
    TooManyRequests,   // 429 after the retries
    ServerError,       // 5xx after the retries (503), or at once (500: the request may have run)
    BadAnswer,         // 2xx whose body is not the JSON the API sends
    TooLarge,          // the answer passed the body-size cap
    Cancelled,
};

struct PexipError
{
    Q_DECLARE_TR_FUNCTIONS(otj::pexip::PexipError)
public:
    PexipErrorKind kind = PexipErrorKind::None;
    int httpStatus = 0;
    QString detail;                         // the server's own text or the transport's message
    QMap<QString, QStringList> fieldErrors; // Validation: field -> Django's messages
    QList<certs::CertificateInfo> chain;    // TlsUntrusted: what the node presented
    int attempts = 0;

    bool ok() const { return kind == PexipErrorKind::None; }
    // One line in the user's language, naming fields for a Validation error.
    QString summary() const;
    static QString kindName(PexipErrorKind kind); // stable English id for JSON ("validation")
};

} // namespace otj::pexip
