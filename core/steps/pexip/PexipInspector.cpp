#include "core/steps/pexip/PexipInspector.h"

#include "core/pexip/resources/AutodiscoverUrls.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/pexip/resources/ExchangeConnectors.h"
#include "core/pexip/resources/ExchangeDeployments.h"

#include <memory>

namespace otj::pexip {

void PexipInspector::inspect(PexipClient& client, const QString& integrationName, QObject* context,
                             std::function<void(const PexipInventory&)> done)
{
    struct Join
    {
        PexipInventory inventory;
        int open = 3;
        std::function<void(const PexipInventory&)> done;
        ExchangeDeployments deployments;
        AutodiscoverUrls autodiscover;
        CaCertificates cas;
        ExchangeConnectors connectors;
        explicit Join(PexipClient& c)
            : deployments(c)
            , autodiscover(c)
            , cas(c)
            , connectors(c)
        {}
        void fail(const PexipError& e)
        {
            if (inventory.error.ok())
                inventory.error = e;
        }
        void close()
        {
            if (--open > 0)
                return;
            inventory.read = inventory.error.ok();
            done(inventory);
        }
    };
    auto join = std::make_shared<Join>(client);
    join->done = std::move(done);
    join->deployments.findByName(
        integrationName, context, [join, context](const PexipResult<std::optional<QJsonObject>>& r) {
            if (!r.ok() || !r.value) {
                if (!r.ok())
                    join->fail(r.error);
                join->close();
                return;
            }
            join->inventory.deployment = r.value;
            join->autodiscover.ofDeployment(r.value->value(QLatin1String("resource_uri")).toString(), context,
                                            [join](const PexipResource::Objects& a) {
                                                if (!a.ok())
                                                    join->fail(a.error);
                                                join->inventory.autodiscoverUrls = a.value;
                                                join->close();
                                            });
        });
    join->cas.list({}, context, [join](const PexipResource::Objects& r) {
        if (!r.ok())
            join->fail(r.error);
        join->inventory.caCertificates = r.value;
        join->close();
    });
    join->connectors.list({}, context, [join](const PexipResource::Objects& r) {
        if (!r.ok())
            join->fail(r.error);
        join->inventory.connectors = r.value;
        join->close();
    });
}

void PexipInspector::planStep(PexipClient& client, const Step5Request& request, QObject* context,
                              std::function<void(const plan::StepPlan&, const PexipInventory&)> done)
{
    auto req = std::make_shared<Step5Request>(request);
    inspect(client, request.profile.pexip.integrationName, context,
            [req, done = std::move(done)](const PexipInventory& inventory) {
                const Step5Input in{req->profile,
                                    req->options,
                                    inventory,
                                    req->ewsUrl,
                                    req->ewsChain,
                                    req->publicRoots,
                                    req->passwordChangedThisRun,
                                    req->replaceKerberos,
                                    req->autodiscoverUrl,
                                    req->autodiscoverSchemes};
                done(PexipPlanner::plan(in), inventory);
            });
}

} // namespace otj::pexip
