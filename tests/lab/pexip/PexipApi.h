// The simulated Pexip Management Node's REST API (Django Tastypie conventions); see README.md here.
// Maps one LabHttpRequest to one LabHttpResponse; the transport (TLS, sockets) is the server's job.
#pragma once

#include "http/LabHttp.h"
#include "pexip/PexipSchema.h"
#include "pexip/PexipStore.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace otjlab {

class PexipApi
{
public:
    using CredentialCheck = std::function<bool(const QString& user, const QString& password)>;

    static constexpr const char* kAuthenticateHeader = "Basic Realm=\"django-tastypie\"";

    PexipApi(PexipStore& store, CredentialCheck checkCredentials);

    // request.path starts with /api/admin/. Anything else gets 404.
    LabHttpResponse handle(const LabHttpRequest& request);

    // Called once after every request that changed the store (POST/PUT/PATCH/DELETE that succeeded).
    void setChangedCallback(std::function<void()> callback) { m_changed = std::move(callback); }

    // The representation GET returns for a stored object (no write-only fields; URIs for relations).
    QJsonObject represent(const PexipResource& resource, const QJsonObject& stored) const;

private:
    struct Route;
    LabHttpResponse dispatch(const LabHttpRequest& request, const Route& route);
    LabHttpResponse getList(const LabHttpRequest& request, const PexipResource& resource);
    LabHttpResponse getDetail(const PexipResource& resource, int id);
    LabHttpResponse post(const LabHttpRequest& request, const PexipResource& resource);
    LabHttpResponse putOrPatch(const LabHttpRequest& request, const PexipResource& resource, int id,
                               bool put);
    LabHttpResponse deleteList(const LabHttpRequest& request, const PexipResource& resource);
    LabHttpResponse deleteDetail(const PexipResource& resource, int id);

    QList<QJsonObject> rows(const PexipResource& resource) const;
    // Builds the stored object from input, or fills *error with the 400 response.
    bool build(const PexipResource& resource, const QJsonObject& input, const QJsonObject* existing, bool put,
               int selfId, QJsonObject* out, LabHttpResponse* error) const;
    bool authenticated(const LabHttpRequest& request) const;
    void notifyChanged();

    PexipStore& m_store;
    CredentialCheck m_check;
    std::function<void()> m_changed;
};

} // namespace otjlab
