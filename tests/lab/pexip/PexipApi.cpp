#include "pexip/PexipApi.h"

#include "pexip/PexipCertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace otjlab {

namespace {

const QByteArray kJson = "application/json; charset=utf-8";

LabHttpResponse jsonResponse(int status, const QJsonObject& body)
{
    LabHttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", kJson);
    r.setHeader("Vary", "Accept");
    r.setHeader("Cache-Control", "no-cache");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

LabHttpResponse errorResponse(const QString& message)
{
    return jsonResponse(400, {{QStringLiteral("error"), message}});
}

LabHttpResponse emptyResponse(int status)
{
    LabHttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", kJson);
    r.setHeader("Vary", "Accept");
    return r;
}

LabHttpResponse notFound()
{
    // Django's production 404 page (the URL did not resolve at all).
    LabHttpResponse r;
    r.status = 404;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n"
        "  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";
    return r;
}

bool isEmptyValue(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

// Tastypie's "truthy" test used by full_hydrate when PUT omits a field.
bool truthy(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

QString pyRepr(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("None");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

struct ParsedUri
{
    QString api;
    QString resource;
    int id = 0;
};

std::optional<ParsedUri> parseResourceUri(const QString& uri)
{
    static const QRegularExpression re(
        QStringLiteral("^/api/admin/(configuration|status)/v1/(\\w+)/(\\d+)/$"));
    const auto m = re.match(uri);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int id = m.captured(3).toInt(&ok);
    if (!ok)
        return std::nullopt;
    return ParsedUri{m.captured(1), m.captured(2), id};
}

} // namespace

struct PexipApi::Route
{
    enum Kind { TopLevel, List, Detail } kind = List;
    QString api;
    const PexipResource* resource = nullptr;
    int id = 0;
};

PexipApi::PexipApi(PexipStore& store, CredentialCheck checkCredentials)
    : m_store(store)
    , m_check(std::move(checkCredentials))
{}

void PexipApi::notifyChanged()
{
    if (m_changed)
        m_changed();
}

bool PexipApi::authenticated(const LabHttpRequest& request) const
{
    const QByteArray auth = request.header("Authorization").trimmed();
    const int space = auth.indexOf(' ');
    if (space < 0 || auth.left(space).compare("basic", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(auth.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray& pair = decoded.decoded;
    const int colon = pair.indexOf(':');
    if (colon < 0)
        return false;
    const QString user = QString::fromUtf8(pair.left(colon));
    const QString password = QString::fromUtf8(pair.mid(colon + 1));
    return m_check && m_check(user, password);
}

LabHttpResponse PexipApi::handle(const LabHttpRequest& request)
{
    static const QRegularExpression re(
        QStringLiteral("^/api/admin/(configuration|status)/v1/(?:(\\w+)/(?:([^/]+)/)?)?$"));
    const QString path = QString::fromUtf8(request.path);
    auto resolve = [](const QString& p) -> std::optional<Route> {
        const auto m = re.match(p);
        if (!m.hasMatch())
            return std::nullopt;
        Route r;
        r.api = m.captured(1);
        if (m.captured(2).isEmpty()) {
            r.kind = Route::TopLevel;
            return r;
        }
        r.resource = PexipSchema::resource(r.api, m.captured(2));
        if (!r.resource)
            return std::nullopt;
        if (m.captured(3).isEmpty()) {
            r.kind = Route::List;
            return r;
        }
        bool ok = false;
        r.id = m.captured(3).toInt(&ok);
        if (!ok || r.id <= 0)
            return std::nullopt;
        r.kind = Route::Detail;
        return r;
    };

    const auto route = resolve(path);
    if (!route) {
        // Django CommonMiddleware (APPEND_SLASH, DEBUG off): a URL that resolves only with a trailing slash
        // gets a 301 to that URL, whatever the method. Clients that follow it turn POST into GET.
        if (!path.endsWith(QLatin1Char('/')) && resolve(path + QLatin1Char('/'))) {
            LabHttpResponse r;
            r.status = 301;
            QString location = path + QLatin1Char('/');
            const QString q = request.query.toString(QUrl::FullyEncoded);
            if (!q.isEmpty())
                location += QLatin1Char('?') + q;
            r.setHeader("Location", location.toUtf8());
            r.setHeader("Content-Type", "text/html; charset=utf-8");
            return r;
        }
        return notFound();
    }
    return dispatch(request, *route);
}

LabHttpResponse PexipApi::dispatch(const LabHttpRequest& request, const Route& route)
{
    const QString method = QString::fromLatin1(request.method).toUpper();
    if (route.kind == Route::TopLevel) {
        // Tastypie's Api.top_level: no authentication, GET only.
        if (method != QLatin1String("GET")) {
            LabHttpResponse r = emptyResponse(405);
            r.setHeader("Allow", "GET");
            return r;
        }
        QJsonObject out;
        for (const auto& res : PexipSchema::resources())
            if (res.api == route.api)
                out.insert(res.name, QJsonObject{{QStringLiteral("list_endpoint"), res.listUri()},
                                                 {QStringLiteral("schema"),
                                                  res.listUri() + QStringLiteral("schema/")}});
        return jsonResponse(200, out);
    }

    const PexipResource& res = *route.resource;
    const QStringList& allowed = route.kind == Route::List ? res.listMethods : res.detailMethods;
    if (!allowed.contains(method)) {
        LabHttpResponse r = emptyResponse(405);
        r.setHeader("Allow", allowed.join(QLatin1Char(',')).toLatin1());
        return r;
    }
    if (!authenticated(request)) {
        LabHttpResponse r;
        r.status = 401;
        r.setHeader("WWW-Authenticate", kAuthenticateHeader);
        return r;
    }

    if (method == QLatin1String("GET"))
        return route.kind == Route::List ? getList(request, res) : getDetail(res, route.id);
    if (method == QLatin1String("DELETE"))
        return route.kind == Route::List ? deleteList(request, res) : deleteDetail(res, route.id);
    if (method == QLatin1String("POST")) {
        return post(request, res); // POST is never allowed on detail URIs (405 above)
    }
    if (route.kind == Route::List) // bulk PATCH/PUT on a list URI: not modelled (README.md)
        return jsonResponse(501,
                            {{QStringLiteral("error"),
                              QStringLiteral("otj-lab does not model bulk %1 on list URIs.").arg(method)}});
    return putOrPatch(request, res, route.id, method == QLatin1String("PUT"));
}

QJsonObject PexipApi::represent(const PexipResource& resource, const QJsonObject& stored) const
{
    const int id = stored.value(QStringLiteral("id")).toInt();
    QJsonObject out;
    for (const auto& f : resource.fields) {
        if (f.writeOnly)
            continue;
        if (f.type == PexipFieldType::Related) {
            const QJsonValue v = stored.value(f.name);
            const PexipResource* target = PexipSchema::configuration(f.related);
            out.insert(f.name, v.isDouble() && target ? QJsonValue(target->detailUri(v.toInt()))
                                                      : QJsonValue(QJsonValue::Null));
        } else if (f.type == PexipFieldType::ReverseList) {
            QJsonArray uris;
            const PexipResource* child = PexipSchema::configuration(f.related);
            for (const auto& c : m_store.objects(f.related))
                if (c.value(f.reverseField).toInt(-1) == id)
                    uris.append(child->detailUri(c.value(QStringLiteral("id")).toInt()));
            out.insert(f.name, uris);
        } else {
            QJsonValue v = stored.value(f.name);
            if (v.isUndefined())
                v = f.defaultValue.isUndefined() ? QJsonValue(QJsonValue::Null) : f.defaultValue;
            out.insert(f.name, v);
        }
    }
    out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("resource_uri"), resource.detailUri(id));
    return out;
}

QList<QJsonObject> PexipApi::rows(const PexipResource& resource) const
{
    if (resource.api == QLatin1String("status")) {
        QList<QJsonObject> out;
        if (resource.name == QLatin1String("mjx_endpoint"))
            for (const auto& o : m_store.endpointStatus())
                out.append(represent(resource, o));
        return out; // status/v1/mjx_meeting: the lab runs no Conferencing Nodes, so no meetings are synced
    }
    QList<QJsonObject> out;
    for (const auto& o : m_store.objects(resource.name))
        out.append(represent(resource, o));
    return out;
}

LabHttpResponse PexipApi::getDetail(const PexipResource& resource, int id)
{
    if (resource.api == QLatin1String("status")) {
        for (const auto& o : rows(resource))
            if (o.value(QStringLiteral("id")).toInt() == id)
                return jsonResponse(200, represent(resource, o));
        return emptyResponse(404);
    }
    const auto stored = m_store.object(resource.name, id);
    if (!stored)
        return emptyResponse(404);
    return jsonResponse(200, represent(resource, *stored));
}

namespace {

// Tastypie filtering: ?field=value or ?field__<term>=value; params that are not fields are ignored.
// Returns an error message (400) or the filtered list.
std::optional<QString> applyFilters(const PexipResource& resource, const QUrlQuery& query,
                                    QList<QJsonObject>& rows)
{
    static const QStringList stringTerms{QStringLiteral("exact"),      QStringLiteral("iexact"),
                                         QStringLiteral("contains"),   QStringLiteral("icontains"),
                                         QStringLiteral("startswith"), QStringLiteral("istartswith"),
                                         QStringLiteral("endswith"),   QStringLiteral("iendswith"),
                                         QStringLiteral("in"),         QStringLiteral("isnull")};
    static const QStringList numberTerms{
        QStringLiteral("exact"), QStringLiteral("lt"), QStringLiteral("lte"),   QStringLiteral("gt"),
        QStringLiteral("gte"),   QStringLiteral("in"), QStringLiteral("isnull")};
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = item.first;
        const int sep = key.indexOf(QStringLiteral("__"));
        const QString fieldName = sep < 0 ? key : key.left(sep);
        const QString term = sep < 0 ? QStringLiteral("exact") : key.mid(sep + 2);
        const PexipField* f = nullptr;
        if (fieldName == QLatin1String("id")) {
            static const PexipField idField = [] {
                PexipField p;
                p.name = QStringLiteral("id");
                p.type = PexipFieldType::Int;
                return p;
            }();
            f = &idField;
        } else {
            f = resource.field(fieldName);
        }
        if (!f)
            continue; // limit, offset, order_by, format and unknown names
        if (f->writeOnly || f->type == PexipFieldType::ReverseList)
            return QStringLiteral("The '%1' field does not allow filtering.").arg(fieldName);
        const bool numeric = f->type == PexipFieldType::Int || f->type == PexipFieldType::Related;
        const QStringList& terms = numeric ? numberTerms : stringTerms;
        if (!terms.contains(term) && !(f->type == PexipFieldType::Bool && term == QLatin1String("exact")))
            return QStringLiteral("'%1' is not an allowed filter on the '%2' field.").arg(term, fieldName);
        const QString raw = item.second;

        std::function<bool(const QJsonValue&)> match;
        if (term == QLatin1String("isnull")) {
            const bool wantNull =
                raw == QLatin1String("true") || raw == QLatin1String("True") || raw == QLatin1String("1");
            match = [wantNull](const QJsonValue& v) {
                return v.isNull() == wantNull;
            };
        } else if (f->type == PexipFieldType::Bool) {
            const bool want =
                raw == QLatin1String("true") || raw == QLatin1String("True") || raw == QLatin1String("1");
            if (!want && raw != QLatin1String("false") && raw != QLatin1String("False") &&
                raw != QLatin1String("0"))
                return QStringLiteral("Invalid resource lookup data provided (mismatched type).");
            match = [want](const QJsonValue& v) {
                return v.toBool() == want;
            };
        } else if (numeric) {
            QList<qint64> wanted;
            const QStringList parts =
                term == QLatin1String("in") ? raw.split(QLatin1Char(',')) : QStringList{raw};
            for (const auto& p : parts) {
                bool ok = false;
                qint64 n = p.toLongLong(&ok);
                if (!ok && f->type == PexipFieldType::Related) {
                    const auto uri = parseResourceUri(p);
                    ok = uri && uri->resource == f->related;
                    n = ok ? uri->id : 0;
                }
                if (!ok)
                    return QStringLiteral("Invalid resource lookup data provided (mismatched type).");
                wanted.append(n);
            }
            const QString t = term;
            match = [wanted, t, f](const QJsonValue& v) {
                qint64 n = 0;
                if (f->type == PexipFieldType::Related) {
                    const auto uri = parseResourceUri(v.toString());
                    if (!uri)
                        return false;
                    n = uri->id;
                } else {
                    if (!v.isDouble())
                        return false;
                    n = qint64(v.toDouble());
                }
                const qint64 w = wanted.first();
                if (t == QLatin1String("in"))
                    return wanted.contains(n);
                if (t == QLatin1String("lt"))
                    return n < w;
                if (t == QLatin1String("lte"))
                    return n <= w;
                if (t == QLatin1String("gt"))
                    return n > w;
                if (t == QLatin1String("gte"))
                    return n >= w;
                return n == w;
            };
        } else {
            const QString t = term;
            const QStringList in = raw.split(QLatin1Char(','));
            match = [raw, t, in](const QJsonValue& v) {
                const QString s = v.toString();
                if (t == QLatin1String("in"))
                    return in.contains(s);
                if (t == QLatin1String("iexact"))
                    return s.compare(raw, Qt::CaseInsensitive) == 0;
                if (t == QLatin1String("contains"))
                    return s.contains(raw);
                if (t == QLatin1String("icontains"))
                    return s.contains(raw, Qt::CaseInsensitive);
                if (t == QLatin1String("startswith"))
                    return s.startsWith(raw);
                if (t == QLatin1String("istartswith"))
                    return s.startsWith(raw, Qt::CaseInsensitive);
                if (t == QLatin1String("endswith"))
                    return s.endsWith(raw);
                if (t == QLatin1String("iendswith"))
                    return s.endsWith(raw, Qt::CaseInsensitive);
                return s == raw;
            };
        }
        QList<QJsonObject> kept;
        for (const auto& o : rows)
            if (match(o.value(fieldName)))
                kept.append(o);
        rows = kept;
    }
    return std::nullopt;
}

std::optional<QString> applyOrdering(const PexipResource& resource, const QUrlQuery& query,
                                     QList<QJsonObject>& rows)
{
    const QStringList keys = query.allQueryItemValues(QStringLiteral("order_by"), QUrl::FullyDecoded);
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) { // last key is least significant
        const bool desc = it->startsWith(QLatin1Char('-'));
        const QString name = desc ? it->mid(1) : *it;
        const PexipField* f = resource.field(name);
        if (name != QLatin1String("id") && !f)
            return QStringLiteral("No matching '%1' field for ordering on.").arg(name);
        if (f && (f->writeOnly || f->type == PexipFieldType::ReverseList))
            return QStringLiteral("The '%1' field does not allow ordering.").arg(name);
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const QJsonValue va = a.value(name);
            const QJsonValue vb = b.value(name);
            bool less = false;
            bool greater = false;
            if (va.isDouble() || vb.isDouble()) {
                less = va.toDouble() < vb.toDouble();
                greater = va.toDouble() > vb.toDouble();
            } else if (va.isBool() || vb.isBool()) {
                less = !va.toBool() && vb.toBool();
                greater = va.toBool() && !vb.toBool();
            } else {
                less = va.toString() < vb.toString();
                greater = va.toString() > vb.toString();
            }
            return desc ? greater : less;
        });
    }
    return std::nullopt;
}

} // namespace

LabHttpResponse PexipApi::getList(const LabHttpRequest& request, const PexipResource& resource)
{
    QList<QJsonObject> list = rows(resource);
    if (const auto e = applyFilters(resource, request.query, list))
        return errorResponse(*e);
    if (const auto e = applyOrdering(resource, request.query, list))
        return errorResponse(*e);

    // Tastypie Paginator.
    const QString limitText = request.query.hasQueryItem(QStringLiteral("limit"))
                                  ? request.query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded)
                                  : QString::number(PexipSchema::kDefaultLimit);
    bool ok = false;
    int limit = limitText.toInt(&ok);
    if (!ok)
        return errorResponse(
            QStringLiteral("Invalid limit '%1' provided. Please provide a positive integer.").arg(limitText));
    if (limit < 0)
        return errorResponse(
            QStringLiteral("Invalid limit '%1' provided. Please provide a positive integer >= 0.")
                .arg(limitText));
    if (limit == 0 || limit > PexipSchema::kMaxLimit)
        limit = PexipSchema::kMaxLimit;
    const QString offsetText =
        request.query.hasQueryItem(QStringLiteral("offset"))
            ? request.query.queryItemValue(QStringLiteral("offset"), QUrl::FullyDecoded)
            : QStringLiteral("0");
    const int offset = offsetText.toInt(&ok);
    if (!ok)
        return errorResponse(
            QStringLiteral("Invalid offset '%1' provided. Please provide an integer.").arg(offsetText));
    if (offset < 0)
        return errorResponse(
            QStringLiteral("Invalid offset '%1' provided. Please provide a positive integer >= 0.")
                .arg(offsetText));

    const int total = int(list.size());
    const auto pageUri = [&](int pageOffset) {
        QUrlQuery q;
        for (const auto& item : request.query.queryItems(QUrl::FullyDecoded))
            if (item.first != QLatin1String("limit") && item.first != QLatin1String("offset"))
                q.addQueryItem(item.first, item.second);
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        q.addQueryItem(QStringLiteral("offset"), QString::number(pageOffset));
        return QJsonValue(resource.listUri() + QLatin1Char('?') + q.toString(QUrl::FullyEncoded));
    };
    QJsonArray objects;
    for (int i = offset; i < total && i < offset + limit; ++i)
        objects.append(list.at(i));
    QJsonObject meta{{QStringLiteral("limit"), limit},
                     {QStringLiteral("offset"), offset},
                     {QStringLiteral("total_count"), total},
                     {QStringLiteral("next"),
                      offset + limit >= total ? QJsonValue(QJsonValue::Null) : pageUri(offset + limit)},
                     // Tastypie: no "previous" unless a whole page fits before this one.
                     {QStringLiteral("previous"),
                      offset - limit < 0 ? QJsonValue(QJsonValue::Null) : pageUri(offset - limit)}};
    return jsonResponse(200, {{QStringLiteral("meta"), meta}, {QStringLiteral("objects"), objects}});
}

bool PexipApi::build(const PexipResource& resource, const QJsonObject& input, const QJsonObject* existing,
                     bool put, int selfId, QJsonObject* out, LabHttpResponse* error) const
{
    QJsonObject obj = existing ? *existing : QJsonObject();
    obj.remove(QStringLiteral("id"));

    // 1. Hydrate (Tastypie full_hydrate): read-only and unknown fields are ignored; related URIs resolved.
    for (const auto& f : resource.fields) {
        if (f.readOnly)
            continue;
        if (!input.contains(f.name)) {
            // PUT keeps a truthy current value and resets a falsy one to the default (Tastypie quirk).
            if (put && existing && !truthy(obj.value(f.name)) && !f.defaultValue.isUndefined())
                obj.insert(f.name, f.defaultValue);
            continue;
        }
        const QJsonValue v = input.value(f.name);
        if (f.type != PexipFieldType::Related) {
            obj.insert(f.name, v);
            continue;
        }
        if (v.isNull() || (v.isString() && v.toString().isEmpty())) {
            obj.insert(f.name, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!v.isString()) {
            *error = errorResponse(QStringLiteral("The '%1' field was given data that was not a URI, not a "
                                                  "dictionary-alike and does not have a 'pk' attribute: %2.")
                                       .arg(f.name, pyRepr(v)));
            return false;
        }
        const QString uri = v.toString();
        const auto parsed = parseResourceUri(uri);
        if (!parsed || parsed->api != QLatin1String("configuration") || parsed->resource != f.related) {
            *error = errorResponse(QStringLiteral("An incorrect URL was provided '%1' for the '%2' resource.")
                                       .arg(uri, f.related));
            return false;
        }
        if (!m_store.contains(f.related, parsed->id)) {
            *error = errorResponse(
                QStringLiteral("Could not find the provided object via resource URI '%1'.").arg(uri));
            return false;
        }
        obj.insert(f.name, parsed->id);
    }
    if (!existing)
        PexipSchema::applyDefaults(resource, obj);

    // 2. Validate (Django form validation): errors keyed by resource name, then field name.
    QJsonObject errors;
    const auto addError = [&errors](const QString& field, const QString& message) {
        QJsonArray list = errors.value(field).toArray();
        list.append(message);
        errors.insert(field, list);
    };
    for (const auto& f : resource.fields) {
        if (f.readOnly)
            continue;
        QJsonValue v = obj.value(f.name);
        if (f.required && isEmptyValue(v)) {
            addError(f.name, QStringLiteral("This field is required."));
            continue;
        }
        if (v.isNull() || v.isUndefined()) {
            if (!f.nullable && f.type != PexipFieldType::Related)
                addError(f.name, QStringLiteral("This field cannot be null."));
            continue;
        }
        switch (f.type) {
        case PexipFieldType::String: {
            if (v.isDouble() || v.isBool()) { // Django's CharField coerces with str()
                v = pyRepr(v);
                obj.insert(f.name, v);
            }
            if (!v.isString()) {
                addError(f.name, QStringLiteral("Enter a valid value."));
                break;
            }
            const QString s = v.toString();
            if (f.maxLength >= 0 && s.size() > f.maxLength)
                addError(f.name, QStringLiteral("Ensure this value has at most %1 characters (it has %2).")
                                     .arg(f.maxLength)
                                     .arg(s.size()));
            if (!f.choices.isEmpty() && !f.choices.contains(s))
                addError(
                    f.name,
                    QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(s));
            break;
        }
        case PexipFieldType::Bool:
            if (!v.isBool())
                addError(f.name,
                         QStringLiteral("\u201c%1\u201d value must be either True or False.").arg(pyRepr(v)));
            break;
        case PexipFieldType::Int: {
            qint64 n = 0;
            bool ok = false;
            if (v.isDouble()) {
                const double d = v.toDouble();
                ok = d == double(qint64(d));
                n = qint64(d);
            } else if (v.isString()) {
                n = v.toString().trimmed().toLongLong(&ok);
            }
            if (!ok) {
                addError(f.name, QStringLiteral("Enter a whole number."));
                break;
            }
            obj.insert(f.name, double(n));
            if (f.min && n < *f.min)
                addError(f.name,
                         QStringLiteral("Ensure this value is greater than or equal to %1.").arg(*f.min));
            if (f.max && n > *f.max)
                addError(f.name,
                         QStringLiteral("Ensure this value is less than or equal to %1.").arg(*f.max));
            break;
        }
        default:
            break;
        }
    }
    if (resource.uniqueName && !errors.contains(QStringLiteral("name"))) {
        const auto other = m_store.findByName(resource.name, obj.value(QStringLiteral("name")).toString());
        if (other && *other != selfId)
            addError(QStringLiteral("name"),
                     QStringLiteral("%1 with this Name already exists.").arg(resource.verboseName));
    }
    if (resource.name == QLatin1String("ca_certificate") && !errors.contains(QStringLiteral("certificate")) &&
        (!existing || input.contains(QStringLiteral("certificate")))) {
        QString why;
        const QJsonObject parsed =
            pexipParseCertificate(obj.value(QStringLiteral("certificate")).toString().toUtf8(), &why);
        if (parsed.isEmpty())
            addError(QStringLiteral("certificate"), why);
        else
            for (auto it = parsed.begin(); it != parsed.end(); ++it)
                obj.insert(it.key(), it.value());
    }
    if (!errors.isEmpty()) {
        *error = jsonResponse(400, {{resource.name, errors}});
        return false;
    }
    *out = obj;
    return true;
}

namespace {

// Tastypie deserialisation: JSON only (the Content-Type decides; absent means JSON).
std::optional<LabHttpResponse> parseBody(const LabHttpRequest& request, QJsonObject* out)
{
    QByteArray type = request.header("Content-Type");
    if (type.isEmpty())
        type = "application/json";
    type = type.split(';').first().trimmed().toLower();
    if (type != "application/json")
        return errorResponse(
            QStringLiteral("The format indicated '%1' had no available deserialization method. "
                           "Please check your ``formats`` and ``content_types`` on your Serializer.")
                .arg(QString::fromLatin1(type)));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(QStringLiteral("Request is not valid JSON."));
    *out = doc.object();
    return std::nullopt;
}

QByteArray location(const LabHttpRequest& request, const QString& uri)
{
    const QByteArray host = request.header("Host");
    if (host.isEmpty())
        return uri.toUtf8();
    return "https://" + host + uri.toUtf8();
}

} // namespace

LabHttpResponse PexipApi::post(const LabHttpRequest& request, const PexipResource& resource)
{
    QJsonObject input;
    if (auto e = parseBody(request, &input))
        return *e;
    QJsonObject obj;
    LabHttpResponse error;
    if (!build(resource, input, nullptr, false, 0, &obj, &error))
        return error;
    const int id = m_store.insert(resource.name, obj);
    notifyChanged();
    LabHttpResponse r = emptyResponse(201);
    r.setHeader("Location", location(request, resource.detailUri(id)));
    return r;
}

LabHttpResponse PexipApi::putOrPatch(const LabHttpRequest& request, const PexipResource& resource, int id,
                                     bool put)
{
    QJsonObject input;
    if (auto e = parseBody(request, &input))
        return *e;
    const auto existing = m_store.object(resource.name, id);
    if (!existing && !put)
        return emptyResponse(404);
    QJsonObject obj;
    LabHttpResponse error;
    if (!existing) {
        // Tastypie put_detail: an unknown id is created with that id.
        if (!build(resource, input, nullptr, false, id, &obj, &error))
            return error;
        m_store.insert(resource.name, obj, id);
        notifyChanged();
        LabHttpResponse r = emptyResponse(201);
        r.setHeader("Location", location(request, resource.detailUri(id)));
        return r;
    }
    if (!build(resource, input, &*existing, put, id, &obj, &error))
        return error;
    m_store.replace(resource.name, id, obj);
    notifyChanged();
    return emptyResponse(put ? 204 : 202);
}

LabHttpResponse PexipApi::deleteDetail(const PexipResource& resource, int id)
{
    if (!m_store.remove(resource.name, id))
        return emptyResponse(404);
    notifyChanged();
    return emptyResponse(204);
}

LabHttpResponse PexipApi::deleteList(const LabHttpRequest& request, const PexipResource& resource)
{
    QList<QJsonObject> list = rows(resource);
    if (const auto e = applyFilters(resource, request.query, list))
        return errorResponse(*e);
    for (const auto& o : list)
        m_store.remove(resource.name, o.value(QStringLiteral("id")).toInt());
    if (!list.isEmpty())
        notifyChanged();
    return emptyResponse(204);
}

} // namespace otjlab
