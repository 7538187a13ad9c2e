#include "core/pexip/PexipJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace otj::pexip {

namespace {
std::optional<QJsonObject> document(const QByteArray& body, QString* error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error =
                pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

std::optional<ListPage> parseListPage(const QByteArray& body, QString* error)
{
    const std::optional<QJsonObject> root = document(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue objects = root->value(QLatin1String("objects"));
    const QJsonValue meta = root->value(QLatin1String("meta"));
    if (!objects.isArray() || !meta.isObject()) {
        if (error)
            *error = QStringLiteral("no meta/objects");
        return std::nullopt;
    }
    ListPage page;
    for (const QJsonValue& v : objects.toArray()) {
        if (!v.isObject()) {
            if (error)
                *error = QStringLiteral("an element of objects is not an object");
            return std::nullopt;
        }
        page.objects.append(v.toObject());
    }
    const QJsonObject m = meta.toObject();
    page.next = m.value(QLatin1String("next")).toString();
    const QJsonValue total = m.value(QLatin1String("total_count"));
    if (total.isDouble() && total.toDouble() >= 0 && total.toDouble() <= 1e9)
        page.totalCount = int(total.toDouble());
    return page;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error)
{
    return document(body, error);
}

void readErrorBody(const QByteArray& body, PexipError* error)
{
    const std::optional<QJsonObject> root = document(body, nullptr);
    if (root) {
        const QJsonValue tastypie = root->value(QLatin1String("error"));
        if (tastypie.isString()) {
            error->kind = PexipErrorKind::BadRequest;
            error->detail = tastypie.toString().left(500);
            return;
        }
        // Django form errors, keyed by the resource name (one key), then the field.
        for (auto res = root->constBegin(); res != root->constEnd(); ++res) {
            if (!res->isObject())
                continue;
            const QJsonObject fields = res->toObject();
            for (auto f = fields.constBegin(); f != fields.constEnd(); ++f) {
                QStringList messages;
                if (f->isArray()) {
                    for (const QJsonValue& m : f->toArray())
                        if (m.isString())
                            messages << m.toString().left(500);
                } else if (f->isString()) {
                    messages << f->toString().left(500);
                }
                if (!messages.isEmpty())
                    error->fieldErrors[f.key().left(100)] += messages;
            }
        }
        if (!error->fieldErrors.isEmpty()) {
            error->kind = PexipErrorKind::Validation;
            return;
        }
    }
    error->kind = PexipErrorKind::BadRequest;
    error->detail = QString::fromUtf8(body.left(300)).simplified();
}

QString resourcePath(const QString& locationOrUri)
{
    static const QRegularExpression shape(
        QStringLiteral("^/api/admin/(configuration|status)/v1/[a-z_]+/[0-9]+/$"));
    const QUrl url(locationOrUri);
    if (!url.isValid() || url.hasQuery() || url.hasFragment())
        return {};
    const QString path = url.path();
    return shape.match(path).hasMatch() ? path : QString();
}

int resourceId(const QString& resourceUri)
{
    const QString path = resourcePath(resourceUri);
    if (path.isEmpty())
        return -1;
    bool ok = false;
    const int id = path.section(QLatin1Char('/'), -2, -2).toInt(&ok);
    return ok ? id : -1;
}

bool isFollowableNext(const QString& next, const QString& listPath)
{
    const QUrl url(next);
    return url.isValid() && url.isRelative() && url.host().isEmpty() && url.path() == listPath &&
           !url.hasFragment();
}

} // namespace otj::pexip
