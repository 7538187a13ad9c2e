// The simulated Pexip Management Node's configuration objects, without HTTP (see README.md here).
// Objects are stored per resource as flat JSON: writable fields (passwords included), read-only fields the
// node computes (ca_certificate, uuid) and related fields as integer ids (null when unset). Ids are never
// reused, as with Django's auto-increment primary keys.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace otjlab {

struct PexipEndpointRuntime
{
    QDateTime lastContactTime; // invalid = never contacted (status shows null)
    QString lastWorker;
    int numberOfMeetings = 0;
};

class PexipStore
{
public:
    static constexpr int kFormatVersion = 1;

    // Persistence: {"format": "otj-lab-pexip", "version": 1, "resources": {"<name>": {"next_id": N,
    // "objects": [{"id": 1, ...}]}}, "endpoint_runtime": {...}}.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject& json, QString* error); // leaves the store unchanged on error

    void clear();
    // A system location, the VMR-scheduling ms_exchange_connector using vmrSchedulingUpn. No OTJ objects.
    void seedDefaults(const QString& vmrSchedulingUpn, const QString& ewsUrl = QString());

    // Raw access (no validation; the API validates). Resource names are configuration resources.
    QList<int> ids(const QString& resource) const;
    QList<QJsonObject> objects(const QString& resource) const; // each with "id"
    std::optional<QJsonObject> object(const QString& resource, int id) const;
    int count(const QString& resource) const;
    bool contains(const QString& resource, int id) const;
    // Inserts with schema defaults applied; id 0 = next id. Returns the id (0 if the resource is unknown).
    int insert(const QString& resource, QJsonObject fields, int id = 0);
    bool replace(const QString& resource, int id, QJsonObject fields); // full stored representation
    // Deletes with the modelled on_delete rules: children with a required FK to it are deleted (CASCADE),
    // nullable FKs pointing at it are set to null (SET_NULL).
    bool remove(const QString& resource, int id);
    void removeAll(const QString& resource);
    std::optional<int> findByName(const QString& resource, const QString& name) const;

    // Typed helpers for tests and other lab parts.
    QStringList msExchangeConnectorUsernames() const;
    QList<QJsonObject> endpointStatus() const; // status/v1/mjx_endpoint objects (see README.md)
    void setEndpointRuntime(int endpointId, const PexipEndpointRuntime& runtime);
    int revision() const { return m_revision; } // bumps on every change

    // Called after every change (the server persists the state from here).
    void setChangedCallback(std::function<void()> callback) { m_changed = std::move(callback); }

private:
    void changed();

    struct Table
    {
        int nextId = 1;
        QMap<int, QJsonObject> rows;
    };
    QHash<QString, Table> m_tables;
    QMap<int, PexipEndpointRuntime> m_runtime;
    int m_revision = 0;
    std::function<void()> m_changed;
};

} // namespace otjlab
