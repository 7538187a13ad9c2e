#include "core/pexip/PexipError.h"

namespace otj::pexip {

QString PexipError::summary() const
{
    switch (kind) {
    case PexipErrorKind::None:
        return {};
    case PexipErrorKind::InvalidRequest:
        return tr("The request was not sent: %1").arg(detail);
    case PexipErrorKind::TlsUntrusted:
        return tr("The Management Node's certificate is not trusted (add its CA to the Pexip trust "
                  "entry of the profile): %1")
            .arg(detail);
    case PexipErrorKind::Unreachable:
        return tr("The Management Node cannot be reached: %1").arg(detail);
    case PexipErrorKind::Timeout:
        return tr("The Management Node did not answer in time.");
    case PexipErrorKind::ConnectionDropped:
        return tr("The Management Node closed the connection before answering.");
    case PexipErrorKind::AnswerLost:
        return tr("The answer to a create request was lost and the object was not found afterwards; "
                  "nothing was sent twice. Run again.");
    case PexipErrorKind::Unauthorized:
        return tr("The Management Node refused the user name or password (HTTP 401).");
    case PexipErrorKind::Forbidden:
        return tr("The account may not use this part of the management API (HTTP 403).");
    case PexipErrorKind::NotFound:
        return tr("Not found on the Management Node (HTTP 404).");
    case PexipErrorKind::Redirected:
        return tr("The management API answered with a redirect to %1 (not followed).").arg(detail);
    case PexipErrorKind::Validation: {
        QStringList parts;
        for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QLatin1Char(' ')));
        return tr("Pexip refused the values: %1").arg(parts.join(QStringLiteral("; ")));
    }
    case PexipErrorKind::BadRequest:
        return tr("Pexip refused the request (HTTP %1): %2").arg(httpStatus).arg(detail);
    case PexipErrorKind::TooManyRequests:
        return tr("The Management Node kept asking to slow down (HTTP 429) after %n attempts.", nullptr,
                  attempts);
    case PexipErrorKind::ServerError:
        return tr("The Management Node failed (HTTP %1).").arg(httpStatus);
    case PexipErrorKind::BadAnswer:
        return tr("The Management Node's answer could not be read: %1").arg(detail);
    case PexipErrorKind::TooLarge:
        return tr("The Management Node's answer was too large.");
    case PexipErrorKind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString PexipError::kindName(PexipErrorKind kind)
{
    switch (kind) {
    case PexipErrorKind::None:
        return QStringLiteral("none");
    case PexipErrorKind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case PexipErrorKind::TlsUntrusted:
        return QStringLiteral("tls-untrusted");
    case PexipErrorKind::Unreachable:
        return QStringLiteral("unreachable");
    case PexipErrorKind::Timeout:
        return QStringLiteral("timeout");
    case PexipErrorKind::ConnectionDropped:
        return QStringLiteral("connection-dropped");
    case PexipErrorKind::AnswerLost:
        return QStringLiteral("answer-lost");
    case PexipErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case PexipErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case PexipErrorKind::NotFound:
        return QStringLiteral("not-found");
    case PexipErrorKind::Redirected:
        return QStringLiteral("redirected");
    case PexipErrorKind::Validation:
        return QStringLiteral("validation");
    case PexipErrorKind::BadRequest:
        return QStringLiteral("bad-request");
    case PexipErrorKind::TooManyRequests:
        return QStringLiteral("too-many-requests");
    case PexipErrorKind::ServerError:
        return QStringLiteral("server-error");
    case PexipErrorKind::BadAnswer:
        return QStringLiteral("bad-answer");
    case PexipErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case PexipErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace otj::pexip
