#include "core/pexip/resources/AutodiscoverUrls.h"

#include "core/pexip/PexipJson.h"

namespace otj::pexip {

void AutodiscoverUrls::ofDeployment(const QString& deploymentUri, QObject* context,
                                    std::function<void(const Objects&)> callback)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("exchange_deployment"), QString::number(resourceId(deploymentUri)));
    list(q, context, std::move(callback));
}

} // namespace otj::pexip
