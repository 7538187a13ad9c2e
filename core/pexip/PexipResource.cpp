#include "core/pexip/PexipResource.h"

#include "core/logging/Logging.h"
#include "core/pexip/PexipJson.h"

#include <memory>

namespace otj::pexip {

namespace {
constexpr int kMaxPages = 100;

template <typename T>
PexipResult<T> failed(const PexipResponse& r, int requests)
{
    PexipResult<T> out;
    out.error = r.error;
    out.requests = requests;
    return out;
}
} // namespace

PexipResource::PexipResource(PexipClient& client, QString name)
    : m_client(client)
    , m_name(std::move(name))
{}

QString PexipResource::listPath() const
{
    return QLatin1String(ConfigurationPath) + m_name + QLatin1Char('/');
}

void PexipResource::list(const QUrlQuery& filter, QObject* context,
                         std::function<void(const Objects&)> callback)
{
    struct State
    {
        Objects result;
        int pages = 0;
        std::function<void(const QString&)> fetch;
    };
    auto state = std::make_shared<State>();
    QUrlQuery first = filter;
    first.addQueryItem(QStringLiteral("limit"), QString::number(m_client.config().pageSize));
    const QString listPath = this->listPath();
    std::weak_ptr<State> weak = state;
    state->fetch = [this, weak, context, callback, listPath](const QString& path) {
        auto state = weak.lock();
        if (!state)
            return;
        m_client.send({"GET", path, std::nullopt}, context,
                      [this, state, callback, listPath](const PexipResponse& r) {
                          state->result.requests += r.attempts;
                          if (!r.ok()) {
                              state->result.error = r.error;
                              callback(state->result);
                              state->fetch = nullptr;
                              return;
                          }
                          QString why;
                          const std::optional<ListPage> page = parseListPage(r.body, &why);
                          if (!page) {
                              state->result.error.kind = PexipErrorKind::BadAnswer;
                              state->result.error.detail = why;
                              callback(state->result);
                              state->fetch = nullptr;
                              return;
                          }
                          state->result.value += page->objects;
                          ++state->pages;
                          if (page->next.isEmpty()) {
                              callback(state->result);
                              state->fetch = nullptr;
                              return;
                          }
                          if (!isFollowableNext(page->next, listPath) || state->pages >= kMaxPages) {
                              state->result.error.kind = PexipErrorKind::BadAnswer;
                              state->result.error.detail =
                                  QStringLiteral("meta.next %1 not followed").arg(page->next.left(200));
                              callback(state->result);
                              state->fetch = nullptr;
                              return;
                          }
                          state->fetch(page->next);
                      });
    };
    // The chain keeps itself alive through the pending request's callback; the last step clears it.
    auto keep = state;
    keep->fetch(listPath + QLatin1Char('?') + first.toString(QUrl::FullyEncoded));
    Q_UNUSED(keep);
}

QString PexipResource::ownPath(const QString& resourceUri, PexipErrorKind kind,
                               const std::function<void(const Object&)>& callback) const
{
    const QString path = resourcePath(resourceUri);
    if (!path.isEmpty() && path.startsWith(listPath()))
        return path;
    PexipResponse r;
    r.error.kind = kind;
    r.error.detail = QStringLiteral("not a %1 URI: %2").arg(m_name, resourceUri.left(200));
    callback(failed<QJsonObject>(r, 0));
    return {};
}

void PexipResource::get(const QString& resourceUri, QObject* context,
                        std::function<void(const Object&)> callback)
{
    // A URI from an answer (Location, resource_uri) that is not this resource's: a bad answer.
    const QString path = ownPath(resourceUri, PexipErrorKind::BadAnswer, callback);
    if (path.isEmpty())
        return;
    m_client.send({"GET", path, std::nullopt}, context, [callback](const PexipResponse& r) {
        if (!r.ok()) {
            callback(failed<QJsonObject>(r, r.attempts));
            return;
        }
        Object out;
        out.requests = r.attempts;
        QString why;
        const std::optional<QJsonObject> o = parseObject(r.body, &why);
        if (!o) {
            out.error.kind = PexipErrorKind::BadAnswer;
            out.error.detail = why;
        } else {
            out.value = *o;
        }
        callback(out);
    });
}

void PexipResource::create(const QJsonObject& body, QObject* context,
                           std::function<void(const Object&)> callback)
{
    post(body, false, context, std::move(callback));
}

void PexipResource::post(const QJsonObject& body, bool secondTry, QObject* context,
                         std::function<void(const Object&)> callback)
{
    m_client.send({"POST", listPath(), body}, context, [=, this](const PexipResponse& r) {
        const bool lost =
            r.error.kind == PexipErrorKind::ConnectionDropped || r.error.kind == PexipErrorKind::Timeout;
        if (lost) {
            // The object may exist now: look before anything is sent again.
            qCInfo(lcPexip).noquote() << "answer to POST" << listPath() << "lost; re-reading";
            findCreated(body, context, [=, this](const PexipResult<std::optional<QJsonObject>>& found) {
                if (!found.ok()) {
                    Object out;
                    out.error = found.error;
                    out.requests = r.attempts + found.requests;
                    callback(out);
                    return;
                }
                if (found.value) {
                    Object out;
                    out.value = *found.value;
                    out.recovered = true;
                    out.requests = r.attempts + found.requests;
                    callback(out);
                    return;
                }
                if (secondTry) {
                    Object out;
                    out.error = r.error;
                    out.error.kind = PexipErrorKind::AnswerLost;
                    out.requests = r.attempts + found.requests;
                    callback(out);
                    return;
                }
                // Not there: the POST never ran, so sending it once more is not a blind retry.
                post(body, true, context, [=](const Object& again) {
                    Object out = again;
                    out.requests += r.attempts + found.requests;
                    callback(out);
                });
            });
            return;
        }
        if (!r.ok()) {
            callback(failed<QJsonObject>(r, r.attempts));
            return;
        }
        const QString uri = resourcePath(r.location);
        if (r.httpStatus != 201 || uri.isEmpty()) {
            PexipResponse bad = r;
            bad.error.kind = PexipErrorKind::BadAnswer;
            bad.error.detail = QStringLiteral("HTTP %1 without a resource Location").arg(r.httpStatus);
            callback(failed<QJsonObject>(bad, r.attempts));
            return;
        }
        get(uri, context, [=](const Object& read) {
            Object out = read;
            out.requests += r.attempts;
            callback(out);
        });
    });
}

void PexipResource::update(const QString& resourceUri, const QJsonObject& changes, QObject* context,
                           std::function<void(const Object&)> callback)
{
    const QString path = ownPath(resourceUri, PexipErrorKind::InvalidRequest, callback);
    if (path.isEmpty())
        return;
    m_client.send({"PATCH", path, changes}, context, [=, this](const PexipResponse& r) {
        if (!r.ok()) {
            callback(failed<QJsonObject>(r, r.attempts));
            return;
        }
        get(path, context, [=](const Object& read) {
            Object out = read;
            out.requests += r.attempts;
            callback(out);
        });
    });
}

void PexipResource::findCreated(const QJsonObject& body, QObject* context,
                                std::function<void(const PexipResult<std::optional<QJsonObject>>&)> callback)
{
    const QString name = body.value(QLatin1String("name")).toString();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"), name);
    list(q, context, [callback, name](const Objects& found) {
        PexipResult<std::optional<QJsonObject>> out;
        out.error = found.error;
        out.requests = found.requests;
        for (const QJsonObject& o : found.value)
            if (o.value(QLatin1String("name")).toString() == name)
                out.value = o;
        callback(out);
    });
}

} // namespace otj::pexip
