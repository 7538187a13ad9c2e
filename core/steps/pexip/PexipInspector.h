// Step 5's reads and its seam for otjctl plan/apply and the wizard: read Pexip (the integration
// by name, its Autodiscover URLs, every uploaded CA, the VMR scheduling connectors) through the
// management API, then plan with PexipPlanner. Reads run side by side; every wait ends on
// PexipClient::cancelAll().
#pragma once

#include "core/journal/RunJournal.h"
#include "core/pexip/PexipClient.h"
#include "core/steps/pexip/PexipPlanner.h"

namespace otj::pexip {

// Everything step 5 needs besides what it reads from Pexip (owned copies: the reads are async).
struct Step5Request
{
    SetupProfile profile;
    plan::PlanOptions options;
    QString ewsUrl;
    QList<QSslCertificate> ewsChain;
    QList<QSslCertificate> publicRoots;
    bool passwordChangedThisRun = false;
    bool replaceKerberos = false;
    QString autodiscoverUrl;
    QStringList autodiscoverSchemes;
};

class PexipInspector
{
public:
    static void inspect(PexipClient& client, const QString& integrationName, QObject* context,
                        std::function<void(const PexipInventory&)> done);
    // inspect + PexipPlanner::plan. `done` gets the step's plan and what was read.
    static void planStep(PexipClient& client, const Step5Request& request, QObject* context,
                         std::function<void(const plan::StepPlan&, const PexipInventory&)> done);

    // The seam for otjctl plan/apply: step 5 from a profile alone. Reads the chain the EWS host
    // presents (unauthenticated probe, trust.exchange), judges it against the shipped public
    // roots, reads Pexip and plans. `ewsUrl` empty: the profile's. The Pexip client comes from
    // PexipClientConfig::fromProfile(profile, <Pexip admin password>). client.cancelAll() stops the
    // probe too: `done` then gets an unread plan (Cancelled) and nothing is sent to Pexip.
    static void planFromProfile(PexipClient& client, const SetupProfile& profile,
                                const plan::PlanOptions& options, const QUrl& ewsUrl,
                                bool passwordChangedThisRun, bool replaceKerberos, QObject* context,
                                std::function<void(const plan::StepPlan&, const PexipInventory&)> done);
};

// Did this run set the service account's password (so Pexip must get it)? From the journal's
// changes: a step-1 change of run `runId`, applied, whose parameters carry a Password.
bool passwordChangedInRun(const QList<journal::JournalChange>& changes, const QString& runId);

} // namespace otj::pexip
