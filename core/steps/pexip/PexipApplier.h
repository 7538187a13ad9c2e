// Applies step 5's planned REST changes with the Pexip client, in plan order (CA certificates,
// the integration, its Autodiscover URL), stopping at the first failure. Creates go through
// PexipResource::create (a lost answer is re-read, never resent blindly); updates PATCH only the
// differing fields. The service account's password is added to the request only here.
//
// Journal seam: the applier reports each change through `Hooks` (started before the request,
// outcome after it); otjctl apply wires them to RunJournal::started()/outcome() (a REST change
// journals `cmdlet` = "POST <path>" and its body).
#pragma once

#include "core/pexip/PexipClient.h"
#include "core/plan/DesiredChange.h"

namespace otj::pexip {

struct PexipApplyHooks
{
    std::function<int(const plan::PlannedChange&)> started; // returns the journal's sequence number
    // result: "applied" / "failed" / "not-applied"; observed: the object as Pexip stored it.
    std::function<void(int seq, const QString& key, const QString& result, const PexipError& error,
                       const QJsonObject& observed)>
        outcome;
};

struct PexipApplyResult
{
    int applied = 0;
    int failed = 0;
    int notRun = 0;
    QString failedKey;
    PexipError error;
    QStringList recovered; // keys whose create answer was lost and found by re-reading
    bool ok() const { return failed == 0 && notRun == 0; }
};

class PexipApplier
{
public:
    static void apply(PexipClient& client, const plan::StepPlan& plan, const QString& servicePassword,
                      const PexipApplyHooks& hooks, QObject* context,
                      std::function<void(const PexipApplyResult&)> done);
};

} // namespace otj::pexip
