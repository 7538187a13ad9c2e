// One configuration resource of the management API (like exchangelib's services/: a small unit per
// resource over this shared base). The base knows Tastypie: list pages through meta.next, create
// with POST (201 + Location), update with PATCH (202), read back with GET. A create whose answer
// was lost is never resent blindly: the object is first looked for (by name, or by the unit's own
// identity such as a certificate's DER), and only when it is not there is the POST sent once more.
#pragma once

#include "core/pexip/PexipClient.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace otj::pexip {

template <typename T>
struct PexipResult
{
    PexipError error;
    T value{};
    int requests = 0;       // HTTP requests this operation took (retries included)
    bool recovered = false; // create: the answer was lost, the object was found by re-reading
    bool ok() const { return error.ok(); }
};

class PexipResource
{
public:
    PexipResource(PexipClient& client, QString name);
    virtual ~PexipResource() = default;

    const QString& name() const { return m_name; }
    QString listPath() const; // /api/admin/configuration/v1/<name>/

    using Objects = PexipResult<QList<QJsonObject>>;
    using Object = PexipResult<QJsonObject>;
    // Every object matching `filter` (all pages; at most 100 pages).
    void list(const QUrlQuery& filter, QObject* context, std::function<void(const Objects&)> callback);
    void get(const QString& resourceUri, QObject* context, std::function<void(const Object&)> callback);
    // POST, then GET of the Location: the object as stored. `body` is not logged.
    void create(const QJsonObject& body, QObject* context, std::function<void(const Object&)> callback);
    // PATCH of the changed fields only, then GET: the object as stored.
    void update(const QString& resourceUri, const QJsonObject& changes, QObject* context,
                std::function<void(const Object&)> callback);

protected:
    // After a lost create answer: looks for the object `body` would have created; the default finds
    // it by "name". nullopt inside the result: not there.
    virtual void findCreated(const QJsonObject& body, QObject* context,
                             std::function<void(const PexipResult<std::optional<QJsonObject>>&)> callback);
    PexipClient& client() { return m_client; }

private:
    // The path of `resourceUri` when it is one of this resource's objects; else `callback` gets
    // `kind` and the result is empty.
    QString ownPath(const QString& resourceUri, PexipErrorKind kind,
                    const std::function<void(const Object&)>& callback) const;
    void post(const QJsonObject& body, bool secondTry, QObject* context,
              std::function<void(const Object&)> callback);
    PexipClient& m_client;
    QString m_name;
};

} // namespace otj::pexip
