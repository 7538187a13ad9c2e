// Plain HTTP request/response values shared by every handler of otj-lab (EWS, Autodiscover,
// Pexip API, /lab/ routes). The transport (TLS, keep-alive, faults) lives in the server; handlers
// only map a request to a response, so tests can call them without sockets.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace otjlab {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct LabHttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray path;   // decoded path without the query, e.g. "/api/admin/configuration/v1/ca_certificate/"
    QUrlQuery query;
    HeaderList headers; // as received; names compared case-insensitively
    QByteArray body;
    quint64 connectionId = 0; // per TCP connection (NTLM authenticates a connection, not a request)

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

struct LabHttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        headers.append({name, value});
    }

    static LabHttpResponse json(int status, const QJsonObject& o)
    {
        LabHttpResponse r;
        r.status = status;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        r.setHeader("Content-Type", "application/json");
        return r;
    }
};

} // namespace otjlab
