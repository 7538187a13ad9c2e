#include "core/ews/EwsError.h"

#include <QCoreApplication>
#include <QHash>

namespace otj::ews {

namespace {
struct CodeRow
{
    const char* code;
    CodeInfo info;
};

const CodeRow kCodes[] = {
    {"ErrorImpersonateUserDenied",
     {CodeCategory::ImpersonationNotAllowedForTarget, "the caller may not impersonate this mailbox",
      "ApplicationImpersonation missing, or the mailbox is outside the role assignment's scope"}},
    {"ErrorImpersonationDenied",
     {CodeCategory::ImpersonationNotGranted, "the caller may not impersonate through this server",
      "no ApplicationImpersonation role assignment at all"}},
    {"ErrorImpersonationFailed",
     {CodeCategory::ImpersonationFailed, "impersonation failed on the server",
      "server-side configuration (application pool identity, AD, forest trust)"}},
    {"ErrorInvalidExchangeImpersonationHeaderData",
     {CodeCategory::ClientBug, "the impersonation header is empty or invalid", "client bug"}},
    {"ErrorNonExistentMailbox",
     {CodeCategory::NonExistentMailbox, "the address is not a mailbox",
      "typo, a contact or group, or the mailbox is in Exchange Online"}},
    {"ErrorInvalidSmtpAddress", {CodeCategory::InvalidAddress, "the SMTP address cannot be parsed", "input"}},
    {"ErrorInvalidUserPrincipalName", {CodeCategory::InvalidAddress, "the UPN is invalid", "input"}},
    {"ErrorInvalidUserSid", {CodeCategory::InvalidAddress, "the SID is invalid", "input"}},
    {"ErrorAccessDenied",
     {CodeCategory::AccessDenied, "the caller lacks rights for this action",
      "delegate access without folder permission"}},
    {"ErrorFolderNotFound",
     {CodeCategory::NotFound, "folder not found or no permission", "id or permission"}},
    {"ErrorItemNotFound", {CodeCategory::NotFound, "item not found or no permission", "id or permission"}},
    {"ErrorMailboxMoveInProgress",
     {CodeCategory::Transient, "the mailbox is being moved", "transient; retry later"}},
    {"ErrorMailboxStoreUnavailable",
     {CodeCategory::StoreUnavailable, "the mailbox database is unavailable", "server health"}},
    {"ErrorConnectionFailed",
     {CodeCategory::StoreUnavailable, "EWS cannot reach the mailbox", "server health"}},
    {"ErrorMailboxLogonFailed",
     {CodeCategory::StoreUnavailable, "EWS could not log on to the mailbox", "server health"}},
    {"ErrorServerBusy", {CodeCategory::ServerBusy, "the server is throttling this account", "back off"}},
    {"ErrorExceededConnectionCount",
     {CodeCategory::ConcurrencyLimit, "too many concurrent connections (EWSMaxConcurrency)",
      "reduce parallelism"}},
    {"ErrorExceededFindCountLimit",
     {CodeCategory::ConcurrencyLimit, "EWSFindCountLimit reached", "reduce parallelism"}},
    {"ErrorExceededSubscriptionCount",
     {CodeCategory::ConcurrencyLimit, "EWSMaxSubscriptions reached", "reduce parallelism"}},
    {"ErrorTooManyObjectsOpened", {CodeCategory::Transient, "too many objects opened", "transient; retry"}},
    {"ErrorInternalServerTransientError",
     {CodeCategory::Transient, "transient internal server error", "transient; retry"}},
    {"ErrorTimeoutExpired", {CodeCategory::Transient, "the server timed out", "transient; retry"}},
    {"ErrorInternalServerError",
     {CodeCategory::InternalError, "internal server error", "see the inner error code"}},
    {"ErrorCalendarViewRangeTooBig",
     {CodeCategory::CalendarView, "calendar view range over two years", "client bug"}},
    {"ErrorCalendarFolderIsInvalidForCalendarView",
     {CodeCategory::CalendarView, "the folder is not a calendar", "client bug"}},
    {"ErrorNameResolutionNoResults", {CodeCategory::NameResolution, "no match for the name", "address"}},
    {"ErrorNameResolutionMultipleResults",
     {CodeCategory::NameResolution, "several matches for the name", "ambiguous address"}},
    {"ErrorInvalidServerVersion",
     {CodeCategory::VersionMismatch, "the server rejected the requested version", "version"}},
    {"ErrorIncorrectSchemaVersion", {CodeCategory::VersionMismatch, "incorrect schema version", "version"}},
    {"ErrorInvalidSchemaVersionForMailboxVersion",
     {CodeCategory::VersionMismatch, "schema version not valid for the mailbox version", "version"}},
    {"ErrorSchemaValidation",
     {CodeCategory::ClientBug, "the request does not match the EWS schema", "client bug"}},
    {"ErrorProxyRequestNotAllowed",
     {CodeCategory::ProxyNotAllowed, "invalid cross-server availability proxy", "configuration"}},
};
} // namespace

CodeInfo classifyResponseCode(const QString& code)
{
    static const QHash<QString, CodeInfo> table = [] {
        QHash<QString, CodeInfo> h;
        for (const CodeRow& r : kCodes)
            h.insert(QString::fromLatin1(r.code), r.info);
        return h;
    }();
    if (code.isEmpty() || code == QLatin1String("NoError"))
        return {CodeCategory::None, "no error", ""};
    return table.value(code.trimmed(), CodeInfo{CodeCategory::Other, "EWS error", "see the response code"});
}

QStringList knownResponseCodes()
{
    QStringList out;
    for (const CodeRow& r : kCodes)
        out << QString::fromLatin1(r.code);
    return out;
}

bool isRetryable(CodeCategory category)
{
    return category == CodeCategory::Transient || category == CodeCategory::ServerBusy ||
           category == CodeCategory::ConcurrencyLimit;
}

QString toString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case ErrorKind::TlsUntrusted:
        return QStringLiteral("tls-untrusted");
    case ErrorKind::TlsFailed:
        return QStringLiteral("tls-failed");
    case ErrorKind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case ErrorKind::MethodNotOffered:
        return QStringLiteral("method-not-offered");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::AccountLocked:
        return QStringLiteral("account-locked");
    case ErrorKind::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case ErrorKind::RedirectToErrorPage:
        return QStringLiteral("redirect-to-error-page");
    case ErrorKind::RedirectNeedsConfirmation:
        return QStringLiteral("redirect-needs-confirmation");
    case ErrorKind::TooManyRedirects:
        return QStringLiteral("too-many-redirects");
    case ErrorKind::HttpError:
        return QStringLiteral("http-error");
    case ErrorKind::SoapFault:
        return QStringLiteral("soap-fault");
    case ErrorKind::ResponseError:
        return QStringLiteral("response-error");
    case ErrorKind::MalformedXml:
        return QStringLiteral("malformed-xml");
    case ErrorKind::TruncatedXml:
        return QStringLiteral("truncated-xml");
    case ErrorKind::BodyTooLarge:
        return QStringLiteral("body-too-large");
    case ErrorKind::ServerBusyGaveUp:
        return QStringLiteral("server-busy-gave-up");
    case ErrorKind::UnexpectedResponse:
        return QStringLiteral("unexpected-response");
    case ErrorKind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case ErrorKind::UnsafeRequest:
        return QStringLiteral("unsafe-request");
    }
    return QStringLiteral("unknown");
}

QString EwsError::summary() const
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("OK");
    case ErrorKind::Cancelled:
        return QStringLiteral("Cancelled.");
    case ErrorKind::Timeout:
        return QStringLiteral("No answer within the transfer timeout.");
    case ErrorKind::ConnectionFailed:
        return QStringLiteral("Could not connect: %1").arg(detail);
    case ErrorKind::TlsUntrusted: {
        QString who;
        for (const CertificateInfo& c : chain) {
            if (c.untrusted) {
                who = c.subject;
                break;
            }
        }
        return QStringLiteral("The server's certificate is not trusted (%1).")
            .arg(who.isEmpty() ? detail : QStringLiteral("untrusted: ") + who);
    }
    case ErrorKind::TlsFailed:
        return QStringLiteral("TLS handshake failed: %1").arg(detail);
    case ErrorKind::InsecureUrl:
        return QStringLiteral("Refused to send credentials over plain HTTP.");
    case ErrorKind::MethodNotOffered:
        return QStringLiteral("The server does not offer the chosen authentication method (offered: %1).")
            .arg(authSchemes.isEmpty() ? QStringLiteral("none") : authSchemes.join(QStringLiteral(", ")));
    case ErrorKind::Unauthorized:
        return QStringLiteral("HTTP 401: credentials rejected (offered: %1).")
            .arg(authSchemes.isEmpty() ? QStringLiteral("none") : authSchemes.join(QStringLiteral(", ")));
    case ErrorKind::Forbidden:
        return QStringLiteral("HTTP 403: EWS is blocked for this user or application.");
    case ErrorKind::AccountLocked:
        return QStringLiteral("HTTP 456: the account is locked.");
    case ErrorKind::ServiceUnavailable:
        return QStringLiteral("HTTP 503: the server is not accepting requests.");
    case ErrorKind::RedirectToErrorPage:
        return QStringLiteral("HTTP %1 redirect to %2 (wrong URL or server error page).")
            .arg(httpStatus)
            .arg(location.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    case ErrorKind::RedirectNeedsConfirmation:
        return QStringLiteral("Redirected to %1, a host that has not been confirmed.").arg(location.host());
    case ErrorKind::TooManyRedirects:
        return QStringLiteral("More than 10 redirects.");
    case ErrorKind::HttpError:
        return QStringLiteral("Unexpected HTTP status %1.").arg(httpStatus);
    case ErrorKind::SoapFault:
    case ErrorKind::ResponseError: {
        const CodeInfo info = classifyResponseCode(responseCode);
        QString s = responseCode + QStringLiteral(": ") + QString::fromLatin1(info.meaning);
        if (!innerResponseCode.isEmpty())
            s += QStringLiteral(" (inner ") + innerResponseCode + QLatin1Char(')');
        return s + QLatin1Char('.');
    }
    case ErrorKind::MalformedXml:
        return QStringLiteral("The response is not well-formed XML: %1").arg(detail);
    case ErrorKind::TruncatedXml:
        return QStringLiteral("The response was cut off: %1").arg(detail);
    case ErrorKind::BodyTooLarge:
        return QStringLiteral("The response is larger than the size limit.");
    case ErrorKind::ServerBusyGaveUp:
        return QStringLiteral("Throttled by the server; gave up after the maximum wait (%1).").arg(detail);
    case ErrorKind::UnexpectedResponse:
        return QStringLiteral("Unexpected response: %1").arg(detail);
    case ErrorKind::MalformedResponse:
        return QCoreApplication::translate("otj::ews",
                                           "Malformed response: the server's answer is not one an Exchange "
                                           "server sends (%1); nothing in it was used.")
            .arg(detail);
    case ErrorKind::UnsafeRequest:
        return QStringLiteral("Request refused before sending: %1").arg(detail);
    }
    return detail;
}

QStringList parseAuthSchemes(const QList<QByteArray>& headerValues)
{
    QStringList out;
    for (const QByteArray& value : headerValues) {
        for (const QByteArray& line : value.split('\n')) {
            for (QByteArray part : line.split(',')) {
                part = part.trimmed();
                if (part.isEmpty())
                    continue;
                QByteArray first = part.split(' ').first().trimmed();
                if (first.isEmpty() || first.contains('=') || first.contains('"'))
                    continue;
                const QString scheme = QString::fromLatin1(first);
                if (!out.contains(scheme, Qt::CaseInsensitive))
                    out << scheme;
            }
        }
    }
    return out;
}

} // namespace otj::ews
