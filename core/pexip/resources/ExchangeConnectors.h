// ms_exchange_connector: VMR Scheduling for Exchange (§10.1). Read only: Pexip says to change it
// only through the Secure Scheduler service. Step 1 compares the OTJ service account with every
// connector's `username` (Pexip: the OTJ account should be a different one).
#pragma once

#include "core/pexip/PexipResource.h"

namespace otj::pexip {

class ExchangeConnectors final : public PexipResource
{
public:
    static constexpr auto Resource = "ms_exchange_connector";
    explicit ExchangeConnectors(PexipClient& client)
        : PexipResource(client, QString::fromLatin1(Resource))
    {}
};

// Whether two logon names name the same account: case-insensitive, and UPN (`user@domain`),
// down-level (`DOMAIN\user`) and bare (`user`) forms compared by their user part when one side
// carries no domain or the domains' first labels agree (`CONTOSO` vs `contoso.lab`).
bool sameAccount(const QString& a, const QString& b);

} // namespace otj::pexip
