#include "core/steps/pexip/PexipApplier.h"

#include "core/pexip/PexipJson.h"
#include "core/pexip/PexipResource.h"

#include <memory>
#include <vector>

namespace otj::pexip {

void PexipApplier::apply(PexipClient& client, const plan::StepPlan& plan, const QString& servicePassword,
                         const PexipApplyHooks& hooks, QObject* context,
                         std::function<void(const PexipApplyResult&)> done)
{
    struct Run
    {
        Run(PexipClient& c, const plan::StepPlan& plan, const QString& pw, const PexipApplyHooks& h,
            QObject* ctx, std::function<void(const PexipApplyResult&)> cb)
            : client(c)
            , changes(plan.changes)
            , password(pw)
            , hooks(h)
            , context(ctx)
            , done(std::move(cb))
        {}
        PexipClient& client;
        QList<plan::PlannedChange> changes;
        QString password;
        PexipApplyHooks hooks;
        QObject* context = nullptr;
        std::function<void(const PexipApplyResult&)> done;
        PexipApplyResult result;
        QString integrationUri; // created or updated in this run (the Autodiscover URL points at it)
        int next = 0;
        std::vector<std::unique_ptr<PexipResource>> resources; // alive until the run ends
        std::function<void()> step;
    };
    auto run = std::make_shared<Run>(client, plan, servicePassword, hooks, context, std::move(done));
    std::weak_ptr<Run> weak = run;
    run->step = [weak] {
        auto run = weak.lock();
        if (!run)
            return;
        if (run->next >= run->changes.size()) {
            auto finished = run->done;
            const PexipApplyResult result = run->result;
            run->step = nullptr;
            finished(result);
            return;
        }
        const plan::PlannedChange& change = run->changes.at(run->next++);
        if (!change.rest) {
            ++run->result.notRun;
            run->step();
            return;
        }
        plan::RestCall call = *change.rest;
        const QString path = call.path;
        const QString resourceName = path.section(QLatin1Char('/'), 5, 5);
        run->resources.push_back(std::make_unique<PexipResource>(run->client, resourceName));
        PexipResource& resource = *run->resources.back();
        if (!call.secretField.isEmpty())
            call.body.insert(call.secretField, run->password);
        if (call.body.value(QLatin1String("exchange_deployment")).toString().startsWith(QChar(0x00AB)))
            call.body.insert(QStringLiteral("exchange_deployment"), run->integrationUri);
        const int seq = run->hooks.started ? run->hooks.started(change) : 0;
        const QString key = change.desired.key;
        auto finished = [run, seq, key](const PexipResource::Object& r) {
            if (run->hooks.outcome)
                run->hooks.outcome(seq, key, r.ok() ? QStringLiteral("applied") : QStringLiteral("failed"),
                                   r.error, r.value);
            if (!r.ok()) {
                run->result.failed = 1;
                run->result.failedKey = key;
                run->result.error = r.error;
                run->result.notRun = int(run->changes.size()) - run->next;
                auto finishedCb = run->done;
                const PexipApplyResult result = run->result;
                run->step = nullptr;
                finishedCb(result);
                return;
            }
            ++run->result.applied;
            if (r.recovered)
                run->result.recovered << key;
            if (key == QLatin1String("step5.integration"))
                run->integrationUri = r.value.value(QLatin1String("resource_uri")).toString();
            run->step();
        };
        if (call.method == QLatin1String("POST"))
            resource.create(call.body, run->context, finished);
        else
            resource.update(path, call.body, run->context, finished);
    };
    run->step();
}

} // namespace otj::pexip
