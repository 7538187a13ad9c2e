// Typed results of an EWS exchange: transport, HTTP, TLS, SOAP fault and ResponseCode failures.
#pragma once

#include "core/net/Certificates.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace otj::ews {

using certs::CertificateInfo;

enum class ErrorKind {
    None,
    Cancelled,
    Timeout,                   // transfer timeout elapsed
    ConnectionFailed,          // DNS, refused, reset before a response
    TlsUntrusted,              // certificate chain not trusted (see chain)
    TlsFailed,                 // other TLS handshake failure
    InsecureUrl,               // credentials would go over plain http://
    MethodNotOffered,          // the chosen authentication method is not in WWW-Authenticate
    Unauthorized,              // HTTP 401 after our one answer (or no answer possible)
    Forbidden,                 // HTTP 403: EWS blocked for this user or application
    AccountLocked,             // HTTP 456
    ServiceUnavailable,        // HTTP 503
    RedirectToErrorPage,       // 3xx from EWS (error page / wrong URL); never followed
    RedirectNeedsConfirmation, // Autodiscover wants to send us to a host the admin did not confirm
    TooManyRedirects,
    HttpError,     // any other unexpected HTTP status
    SoapFault,     // HTTP 500 with a SOAP fault (responseCode set)
    ResponseError, // HTTP 200 with ResponseClass=Error (responseCode set)
    MalformedXml,
    TruncatedXml,
    BodyTooLarge,
    ServerBusyGaveUp,   // throttled and the total wait cap was reached
    UnexpectedResponse, // well-formed XML of an unexpected shape
    MalformedResponse,  // well-formed XML no EWS server sends (nested beyond XmlTree::MaxDepth)
    UnsafeRequest,      // refused before sending: a header value with CR/LF (header injection)
};

// What a ResponseCode means for the wizard (ews.md §3.3).
enum class CodeCategory {
    None,
    ImpersonationNotAllowedForTarget, // ErrorImpersonateUserDenied
    ImpersonationNotGranted,          // ErrorImpersonationDenied
    ImpersonationFailed,              // server-side
    ClientBug,                        // bad header / schema / version
    NonExistentMailbox,
    InvalidAddress,
    AccessDenied,
    NotFound,
    Transient,        // retry with back-off
    StoreUnavailable, // server health
    ServerBusy,       // back off (BackOffMilliseconds)
    ConcurrencyLimit, // lower k
    InternalError,
    CalendarView,
    NameResolution,
    VersionMismatch,
    ProxyNotAllowed,
    Other,
};

struct CodeInfo
{
    CodeCategory category = CodeCategory::Other;
    const char* meaning = "";   // one line, English (for logs/evidence)
    const char* diagnosis = ""; // likely cause, one line
};

CodeInfo classifyResponseCode(const QString& code);
// Codes we know individually (the table in ews.md §3.3); used by tests.
QStringList knownResponseCodes();
bool isRetryable(CodeCategory category);

struct EwsError
{
    ErrorKind kind = ErrorKind::None;
    QString responseCode; // EWS ResponseCode / fault code, trimmed
    QString message;      // server's text (MessageText/faultstring), may be localized
    int httpStatus = 0;
    int backOffMs = -1; // BackOffMilliseconds when present
    QString innerResponseCode;
    QStringList authSchemes; // from WWW-Authenticate
    QList<CertificateInfo> chain;
    QUrl location;  // redirect target
    QString detail; // our own explanation (e.g. xml parser message)

    bool ok() const { return kind == ErrorKind::None; }
    CodeCategory category() const
    {
        return responseCode.isEmpty() ? CodeCategory::None : classifyResponseCode(responseCode).category;
    }
    // One line for humans and evidence; contains no secret.
    QString summary() const;
};

QString toString(ErrorKind kind);
// Split WWW-Authenticate values into scheme names ("Negotiate", "NTLM", "Basic", ...).
QStringList parseAuthSchemes(const QList<QByteArray>& headerValues);

} // namespace otj::ews
