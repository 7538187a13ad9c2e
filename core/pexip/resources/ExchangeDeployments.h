// mjx_exchange_deployment: the OTJ Exchange Integration (pexip-api.md §4). Found by its name.
#pragma once

#include "core/pexip/PexipResource.h"

namespace otj::pexip {

// The fields step 5 manages (API names; service_account_password is write-only and never read).
namespace deployment {
inline constexpr auto Name = "name";
inline constexpr auto Description = "description";
inline constexpr auto Username = "service_account_username";
inline constexpr auto Password = "service_account_password";
inline constexpr auto AuthenticationMethod = "authentication_method";
inline constexpr auto EwsUrl = "ews_url";
inline constexpr auto FindItemsRequestQuota = "find_items_request_quota";
inline constexpr auto DisableProxy = "disable_proxy";
inline constexpr auto AutodiscoverUrls = "autodiscover_urls";
inline constexpr int MinQuota = 10000;
inline constexpr int MaxQuota = 10000000;
} // namespace deployment

class ExchangeDeployments final : public PexipResource
{
public:
    static constexpr auto Resource = "mjx_exchange_deployment";
    explicit ExchangeDeployments(PexipClient& client)
        : PexipResource(client, QString::fromLatin1(Resource))
    {}
    // The integration called `name` (exact, case-sensitive as Pexip's uniqueness), or nullopt.
    void findByName(const QString& name, QObject* context,
                    std::function<void(const PexipResult<std::optional<QJsonObject>>&)> callback);
};

} // namespace otj::pexip
