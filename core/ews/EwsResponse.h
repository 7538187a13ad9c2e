// Parsing EWS and Autodiscover responses. Pure functions over bytes: unit-testable on fixtures.
#pragma once

#include "core/ews/EwsError.h"
#include "core/ews/EwsXml.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace otj::ews {

struct ResponseMessage
{
    QString responseClass; // Success | Warning | Error
    QString code;          // ResponseCode (trimmed)
    QString text;          // MessageText
    int backOffMs = -1;
    QString innerCode;
    pugi::xml_node node;
};

struct ServerVersion
{
    int major = 0, minor = 0, majorBuild = 0, minorBuild = 0;
    QString version;
    QString toString() const
    {
        return major ? QStringLiteral("%1.%2.%3.%4").arg(major).arg(minor).arg(majorBuild).arg(minorBuild)
                     : QString();
    }
};

// Parses an EWS SOAP response (any HTTP status whose body may hold SOAP). On success `error`
// is None and `messages` holds every *ResponseMessage under m:ResponseMessages.
struct ParsedEnvelope
{
    XmlTree tree;
    EwsError error;
    QList<ResponseMessage> messages;
    ServerVersion serverVersion;
};
void parseEnvelope(const QByteArray& body, int httpStatus, ParsedEnvelope* out);

// The EwsError of a message with ResponseClass=Error (None otherwise).
EwsError messageError(const ResponseMessage& m, int httpStatus);

struct FolderInfo
{
    QString id;
    QString changeKey;
};
struct CalendarItem
{
    ItemId itemId;
    QString subject;
    QDateTime start, end, created;
    QString organizerName, organizerEmail;
    bool bodyPresent = false; // a Body element was returned
    QString body;             // text body (never logged; evidence reports only its length)
};
struct CalendarView
{
    int totalItemsInView = 0;
    bool includesLastItemInRange = true;
    QList<CalendarItem> items;
};
struct ResolvedMailbox
{
    QString name, emailAddress, routingType, mailboxType;
};
struct GetItemResult
{
    QList<CalendarItem> items;  // successful ones
    QList<EwsError> itemErrors; // per-id errors
};

// Each returns the error (None on success) and fills `out`.
EwsError parseGetFolder(const QByteArray& body, int httpStatus, FolderInfo* out,
                        ServerVersion* version = nullptr);
EwsError parseFindItem(const QByteArray& body, int httpStatus, CalendarView* out);
EwsError parseGetItem(const QByteArray& body, int httpStatus, GetItemResult* out);
EwsError parseResolveNames(const QByteArray& body, int httpStatus, QList<ResolvedMailbox>* out);

struct AutodiscoverAnswer
{
    enum class Kind { Settings, RedirectAddress, RedirectUrl, Error };
    Kind kind = Kind::Error;
    QString internalEwsUrl, externalEwsUrl, casVersion;
    QString redirectTarget; // address or URL
    QString errorCode, errorMessage;
    QString ewsUrl() const { return !externalEwsUrl.isEmpty() ? externalEwsUrl : internalEwsUrl; }
};
EwsError parseAutodiscoverSoap(const QByteArray& body, int httpStatus, AutodiscoverAnswer* out);
EwsError parseAutodiscoverPox(const QByteArray& body, int httpStatus, AutodiscoverAnswer* out);

// Parse XML with truncated/malformed classification; an answer nested deeper than
// XmlTree::MaxDepth is a MalformedResponse.
EwsError parseXml(const QByteArray& body, XmlTree* tree);

} // namespace otj::ews
