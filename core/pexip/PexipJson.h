// Reading the management API's JSON (Tastypie): list pages, objects, the two 400 shapes and
// resource URIs. Pure functions of the bytes received, so they are fuzzed (tests/fuzz/fuzz_pexip_json).
#pragma once

#include "core/pexip/PexipError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace otj::pexip {

// The API's root; every resource lives under it.
inline constexpr auto ConfigurationPath = "/api/admin/configuration/v1/";

struct ListPage
{
    QList<QJsonObject> objects;
    QString next;        // meta.next: a path (with query) or empty on the last page
    int totalCount = -1; // meta.total_count; -1 when absent
};

// {"meta": {...}, "objects": [...]}; nullopt with `error` for anything else (objects must be objects).
std::optional<ListPage> parseListPage(const QByteArray& body, QString* error = nullptr);
// One object (a detail GET).
std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error = nullptr);
// A 400 body: Django form errors {"<resource>": {"<field>": ["msg", ...]}} fill `fieldErrors`
// (kind Validation), Tastypie's {"error": "..."} fills `detail` (kind BadRequest); anything else
// keeps the body's start as the detail.
void readErrorBody(const QByteArray& body, PexipError* error);
// The path of a resource URI from a Location header or a related field: absolute URL or path,
// "/api/admin/configuration/v1/<resource>/<id>/". Empty when it is not one.
QString resourcePath(const QString& locationOrUri);
// The id at the end of a resource URI; -1 when there is none.
int resourceId(const QString& resourceUri);
// A `meta.next` the client may follow: a path under `listPath` (never another host or resource).
bool isFollowableNext(const QString& next, const QString& listPath);

} // namespace otj::pexip
