// EWS request/response validation against Microsoft's schema with libxml2, in process. The schema
// is compiled once; each check validates the SOAP Body's child against messages.xsd and each
// Header child against types.xsd (xmlSchemaValidateOneElement), as Exchange does.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace otjlab {

class SchemaValidator
{
public:
    struct Failure
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    // dir holds messages.xsd, types.xsd (and xml.xsd). isValid() false when they do not compile.
    explicit SchemaValidator(const QString& dir);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    bool isValid() const;
    QString loadError() const;

    // A whole SOAP request: header children (types.xsd) and the body child (messages.xsd).
    bool validateRequest(const QByteArray& soap, Failure* failure = nullptr) const;
    // A whole SOAP response: header children and the body child, unless it is a soap:Fault.
    bool validateResponse(const QByteArray& soap, Failure* failure = nullptr) const;

private:
    bool validate(const QByteArray& soap, Failure* failure) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace otjlab
