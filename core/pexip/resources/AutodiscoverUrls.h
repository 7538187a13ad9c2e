// mjx_exchange_autodiscover_url: an Autodiscover URL of an OTJ Exchange Integration (§5).
#pragma once

#include "core/pexip/PexipResource.h"

namespace otj::pexip {

class AutodiscoverUrls final : public PexipResource
{
public:
    static constexpr auto Resource = "mjx_exchange_autodiscover_url";
    explicit AutodiscoverUrls(PexipClient& client)
        : PexipResource(client, QString::fromLatin1(Resource))
    {}
    // The URLs that point at one integration (its resource URI).
    void ofDeployment(const QString& deploymentUri, QObject* context,
                      std::function<void(const Objects&)> callback);
};

} // namespace otj::pexip
