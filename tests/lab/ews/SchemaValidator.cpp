#include "ews/SchemaValidator.h"

#include <QDir>
#include <QFile>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <cstring>

namespace otjlab {

namespace {
constexpr const char* kSoapNs = "http://schemas.xmlsoap.org/soap/envelope/";

struct ErrorSink
{
    QString message;
    int line = 0;
    int column = 0;
};

void structuredError(void* ctx, const xmlError* err)
{
    auto* sink = static_cast<ErrorSink*>(ctx);
    if (!sink || !err || !sink->message.isEmpty())
        return;
    sink->message = QString::fromUtf8(err->message ? err->message : "schema violation").trimmed();
    sink->line = err->line;
    sink->column = err->int2;
}

// libxml2 2.12 changed the callback's argument to const; adapt both.
template <typename E>
void errorThunk(void* ctx, E* err)
{
    structuredError(ctx, err);
}

bool isSoap(xmlNodePtr n, const char* local)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           std::strcmp(reinterpret_cast<const char*>(n->ns->href), kSoapNs) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0;
}

xmlSchemaPtr compile(const QString& path, QString* error)
{
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(QFile::encodeName(path).constData());
    if (!pc) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return nullptr;
    }
    xmlSchemaPtr s = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
    if (!s)
        *error = QStringLiteral("%1 does not compile").arg(path);
    return s;
}
} // namespace

struct SchemaValidator::Private
{
    xmlSchemaPtr messages = nullptr;
    xmlSchemaPtr types = nullptr;
    QString error;
};

SchemaValidator::SchemaValidator(const QString& dir)
    : d(std::make_unique<Private>())
{
    d->messages = compile(QDir(dir).filePath(QStringLiteral("messages.xsd")), &d->error);
    if (d->messages)
        d->types = compile(QDir(dir).filePath(QStringLiteral("types.xsd")), &d->error);
}

SchemaValidator::~SchemaValidator()
{
    if (d->messages)
        xmlSchemaFree(d->messages);
    if (d->types)
        xmlSchemaFree(d->types);
}

bool SchemaValidator::isValid() const
{
    return d->messages && d->types;
}

QString SchemaValidator::loadError() const
{
    return d->error;
}

bool SchemaValidator::validateRequest(const QByteArray& soap, Failure* failure) const
{
    return validate(soap, failure);
}

bool SchemaValidator::validateResponse(const QByteArray& soap, Failure* failure) const
{
    return validate(soap, failure);
}

bool SchemaValidator::validate(const QByteArray& soap, Failure* failure) const
{
    auto fail = [&](const QString& msg, int line, int col) {
        if (failure)
            *failure = {line, col, msg};
        return false;
    };
    if (!isValid())
        return fail(QStringLiteral("schema not loaded: ") + d->error, 0, 0);
    xmlDocPtr doc = xmlReadMemory(soap.constData(), int(soap.size()), "request.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    if (!doc)
        return fail(QStringLiteral("not well-formed XML"), 1, 0);
    bool ok = true;
    xmlNodePtr env = xmlDocGetRootElement(doc);
    if (!isSoap(env, "Envelope")) {
        xmlFreeDoc(doc);
        return fail(QStringLiteral("root element is not a SOAP 1.1 Envelope"), 1, 0);
    }
    for (xmlNodePtr part = env->children; part && ok; part = part->next) {
        const bool header = isSoap(part, "Header");
        const bool body = isSoap(part, "Body");
        if (!header && !body)
            continue;
        for (xmlNodePtr el = part->children; el && ok; el = el->next) {
            if (el->type != XML_ELEMENT_NODE)
                continue;
            if (body && isSoap(el, "Fault"))
                continue;
            ErrorSink sink;
            xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(header ? d->types : d->messages);
            xmlSchemaSetValidStructuredErrors(vc, errorThunk, &sink);
            const int rc = xmlSchemaValidateOneElement(vc, el);
            xmlSchemaFreeValidCtxt(vc);
            if (rc != 0) {
                ok = false;
                fail(sink.message.isEmpty() ? QStringLiteral("schema violation") : sink.message,
                     sink.line ? sink.line : int(xmlGetLineNo(el)), sink.column);
            }
        }
    }
    xmlFreeDoc(doc);
    return ok;
}

} // namespace otjlab
