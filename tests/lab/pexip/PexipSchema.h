// Field tables of the simulated Pexip Management Node (see README.md in this folder).
// Limits, enums and defaults follow ../shared/reference/pexip-api.md; what that file leaves open is
// marked "lab choice" in README.md.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace otjlab {

enum class PexipFieldType {
    String, // CharField/TextField: maxLength < 0 means unlimited
    Bool,
    Int,
    DateTime,    // read-only here, "YYYY-MM-DDTHH:MM:SS" (UTC)
    Related,     // ForeignKey: stored as an id (0 = null), shown as a resource URI
    ReverseList, // reverse of another resource's ForeignKey: read-only list of URIs
};

struct PexipField
{
    QString name;
    PexipFieldType type = PexipFieldType::String;
    int maxLength = -1;
    std::optional<qint64> min;
    std::optional<qint64> max;
    QStringList choices;                            // enum values, exact case
    QJsonValue defaultValue{QJsonValue::Undefined}; // used when absent on create
    bool required = false;                          // "This field is required." when missing, null or ""
    bool nullable = false;                          // accepts JSON null
    bool readOnly = false;                          // computed by the node; ignored on input (Tastypie)
    bool writeOnly = false;                         // passwords: accepted, never returned
    QString related;                                // Related: target resource; ReverseList: child resource
    QString reverseField;                           // ReverseList: the child's Related field pointing here
};

struct PexipResource
{
    QString name;              // e.g. "mjx_endpoint"
    QString api;               // "configuration" or "status"
    QString verboseName;       // Django verbose name, used in the uniqueness message
    QList<PexipField> fields;  // without id/resource_uri
    QStringList listMethods;   // allowed on /<name>/
    QStringList detailMethods; // allowed on /<name>/<id>/
    bool uniqueName = false;

    const PexipField* field(const QString& fieldName) const;
    QString listUri() const;
    QString detailUri(int id) const;
};

namespace PexipSchema {
const QList<PexipResource>& resources();
const PexipResource* resource(const QString& api, const QString& name);
const PexipResource* configuration(const QString& name); // api == "configuration"
// Fills every absent writable/nullable field with its default (null for nullable fields without one).
void applyDefaults(const PexipResource& resource, QJsonObject& object);
inline constexpr int kDefaultLimit = 20; // Tastypie API_LIMIT_PER_PAGE
inline constexpr int kMaxLimit = 1000;   // Tastypie max_limit: limit=0 or larger values are capped here
} // namespace PexipSchema

} // namespace otjlab
