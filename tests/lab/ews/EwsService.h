// EWS (SOAP 1.1) at /EWS/Exchange.asmx over the LabOrg model. Maps an authenticated request body
// to a response; transport, authentication and throttling are the server's job.
#pragma once

#include "http/LabHttp.h"
#include "org/LabOrg.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace otjlab {

class SchemaValidator;

struct EwsOutcome
{
    LabHttpResponse response;
    QString operation;    // local name of the body element ("FindItem"), "" if unparsable
    QString impersonated; // target address of ExchangeImpersonation, if any
    bool schemaInvalid = false;
    bool fault = false;
    QString faultCode;
    bool orgChanged = false; // CreateItem/DeleteItem changed calendars (persist)
};

// Response prefix styles, rotated per request: 0 = s/h/m/t as Exchange writes them,
// 1 = soap + default namespace for messages, 2 = unusual prefixes (S/ews/typ).
enum class EwsStyle { Exchange = 0, DefaultNamespace = 1, OddPrefixes = 2 };

class EwsService
{
public:
    explicit EwsService(LabOrg& org);

    void setRbacDelaySeconds(int s) { m_rbacDelay = s; }
    int rbacDelaySeconds() const { return m_rbacDelay; }
    void setSchemaValidator(SchemaValidator* v) { m_validator = v; }
    // Fixed style for tests; default rotates per request.
    void setStyle(std::optional<EwsStyle> s) { m_fixedStyle = s; }

    EwsOutcome handle(const QByteArray& body, const Recipient& caller, const QDateTime& now);

    // A SOAP fault as Exchange sends it (HTTP 500), with optional t:MessageXml t:Value entries.
    static LabHttpResponse fault(const QString& code, const QString& message,
                                 const QList<QPair<QString, QString>>& messageXmlValues = {});
    // A complete response whose single response message is an error (HTTP 200), e.g.
    // ErrorExceededConnectionCount for an operation.
    LabHttpResponse errorResponse(const QString& operation, const QString& code, const QString& message,
                                  const QList<QPair<QString, QString>>& values = {});
    // The operation name of a request body (for metrics/throttling before handling).
    static QString operationOf(const QByteArray& body);

    // ServerVersionInfo of Exchange 2019 CU14.
    static constexpr int MajorVersion = 15, MinorVersion = 2, MajorBuild = 1544, MinorBuild = 4;

private:
    LabOrg& m_org;
    int m_rbacDelay = 0;
    SchemaValidator* m_validator = nullptr;
    std::optional<EwsStyle> m_fixedStyle;
    quint64 m_counter = 0;
};

} // namespace otjlab
