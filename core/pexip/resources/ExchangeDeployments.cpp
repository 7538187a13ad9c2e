#include "core/pexip/resources/ExchangeDeployments.h"

namespace otj::pexip {

void ExchangeDeployments::findByName(
    const QString& name, QObject* context,
    std::function<void(const PexipResult<std::optional<QJsonObject>>&)> callback)
{
    findCreated(QJsonObject{{QLatin1String(deployment::Name), name}}, context, std::move(callback));
}

} // namespace otj::pexip
