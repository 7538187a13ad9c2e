#include "core/steps/pexip/PexipInspector.h"

#include "core/net/HttpProbe.h"
#include "core/pexip/PublicRoots.h"
#include "core/pexip/resources/AutodiscoverUrls.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/pexip/resources/ExchangeConnectors.h"
#include "core/pexip/resources/ExchangeDeployments.h"

#include <memory>

namespace otj::pexip {

namespace {
// `inventory` must outlive the result (Step5Input refers to it).
Step5Input inputOf(const Step5Request& r, const PexipInventory& inventory)
{
    return Step5Input{r.profile,
                      r.options,
                      inventory,
                      r.ewsUrl,
                      r.ewsChain,
                      r.publicRoots,
                      r.passwordChangedThisRun,
                      r.replaceKerberos,
                      r.autodiscoverUrl,
                      r.autodiscoverSchemes};
}
} // namespace

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
                done(PexipPlanner::plan(inputOf(*req, inventory)), inventory);
            });
}

void PexipInspector::planFromProfile(PexipClient& client, const SetupProfile& profile,
                                     const plan::PlanOptions& options, const QUrl& ewsUrl,
                                     bool passwordChangedThisRun, bool replaceKerberos, QObject* context,
                                     std::function<void(const plan::StepPlan&, const PexipInventory&)> done)
{
    Step5Request request;
    request.profile = profile;
    request.options = options;
    request.ewsUrl = ewsUrl.isEmpty() ? profile.exchange.ewsUrl : ewsUrl.toString();
    request.publicRoots = publicRoots();
    request.passwordChangedThisRun = passwordChangedThisRun;
    request.replaceKerberos = replaceKerberos;
    net::ProbeRequest probe;
    probe.url = QUrl(request.ewsUrl);
    probe.userAgent = "OTJExchangeSetup/" OTJ_VERSION;
    QPointer<PexipClient> guard(&client);
    auto stopProbe = std::make_shared<QMetaObject::Connection>();
    const std::function<void()> cancelProbe =
        net::probeHttps(probe, net::tlsConfiguration(profile.trust.exchange.caCertificates()), context,
                        [guard, request, context, done, stopProbe](const net::ProbeOutcome& outcome) mutable {
                            QObject::disconnect(*stopProbe);
                            if (!guard)
                                return;
                            if (outcome.failure == net::ProbeOutcome::Failure::Cancelled) {
                                PexipInventory unread;
                                unread.error.kind = PexipErrorKind::Cancelled;
                                done(PexipPlanner::plan(inputOf(request, unread)), unread);
                                return;
                            }
                            // An untrusted or unreachable EWS host leaves the chain empty: step 5
                            // then says the CA check was not made (step5.ca-not-checked).
                            if (outcome.failure == net::ProbeOutcome::Failure::None)
                                request.ewsChain = outcome.chain;
                            planStep(*guard, request, context, done);
                        });
    *stopProbe = QObject::connect(&client, &PexipClient::cancelledAll, context, cancelProbe);
}

bool passwordChangedInRun(const QList<journal::JournalChange>& changes, const QString& runId)
{
    for (const journal::JournalChange& c : changes)
        if (c.run == runId && c.step == QLatin1String("step1") && c.result == QLatin1String("applied") &&
            (c.parameters.contains(QLatin1String("Password")) ||
             c.parameters.contains(QLatin1String("RoomMailboxPassword"))))
            return true;
    return false;
}

} // namespace otj::pexip
