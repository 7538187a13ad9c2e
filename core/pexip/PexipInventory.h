// What step 5 (and prereq.p5) read from the Management Node, in one place.
#pragma once

#include "core/pexip/PexipError.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace otj::pexip {

struct PexipInventory
{
    bool read = false; // false: `error` says why
    PexipError error;
    std::optional<QJsonObject> deployment; // the integration with the profile's name
    QList<QJsonObject> autodiscoverUrls;   // of that integration
    QList<QJsonObject> caCertificates;     // every uploaded CA
    QList<QJsonObject> connectors;         // ms_exchange_connector (VMR scheduling), read only
    // Every connector's `username`: what step 1's conflict check compares the service account with.
    QStringList connectorUsernames() const
    {
        QStringList out;
        for (const QJsonObject& c : connectors)
            out << c.value(QLatin1String("username")).toString();
        return out;
    }
};

} // namespace otj::pexip
