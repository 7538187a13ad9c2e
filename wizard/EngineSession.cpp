#include "wizard/EngineSession.h"

#include "core/plan/SetupSession.h"
#include "core/profile/ProfileModel.h"

#include <QHash>

#include <algorithm>

namespace otj::ui {

namespace {

// What kind of object a change reads, from its Get- cmdlet ("Get-DistributionGroup").
QString objectKind(const QString& readCmdlet)
{
    static const QHash<QString, const char*> kinds{
        {QStringLiteral("Get-DistributionGroup"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "distribution group")},
        {QStringLiteral("Get-DistributionGroupMember"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "distribution group")},
        {QStringLiteral("Get-ManagementScope"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "management scope")},
        {QStringLiteral("Get-ManagementRoleAssignment"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "role assignment")},
        {QStringLiteral("Get-WebServicesVirtualDirectory"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "EWS virtual directory")},
        {QStringLiteral("Get-AuthenticationPolicy"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "authentication policy")},
        {QStringLiteral("Get-CalendarProcessing"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "calendar processing")},
        {QStringLiteral("Get-User"), QT_TRANSLATE_NOOP("otj::ui::EngineSession", "user account")},
        {QStringLiteral("Get-Mailbox"), QT_TRANSLATE_NOOP("otj::ui::EngineSession", "mailbox")},
        {QStringLiteral("Get-CASMailbox"), QT_TRANSLATE_NOOP("otj::ui::EngineSession", "mailbox protocols")},
        {QStringLiteral("Get-OrganizationConfig"),
         QT_TRANSLATE_NOOP("otj::ui::EngineSession", "organization settings")},
    };
    if (const char* kind = kinds.value(readCmdlet))
        return EngineSession::tr(kind);
    return readCmdlet.section(QLatin1Char('-'), 1); // the cmdlet's noun: still says what it is
}

// What a step-5 change is about, from its key.
QString pexipObjectKind(const QString& key)
{
    if (key.startsWith(QLatin1String("step5.ca/")))
        return EngineSession::tr("CA certificate on Pexip");
    if (key == QLatin1String("step5.autodiscover"))
        return EngineSession::tr("Autodiscover URL on Pexip");
    return EngineSession::tr("One-Touch Join integration");
}

} // namespace

EngineSession::EngineSession(plan::SetupSession* engine, const ProfileModel* model, QObject* parent)
    : ExchangeSession(parent)
    , m_engine(engine)
    , m_model(model)
{
    using plan::SetupSession;
    connect(engine, &SetupSession::roomsDiscovered, this,
            [this](int id, const QList<rooms::RoomEntry>& rooms) {
                if (Request* r = live(id)) {
                    RoomDiscovery d;
                    d.ok = true;
                    d.rooms = rooms;
                    auto done = r->discovered;
                    m_requests.remove(id);
                    done(d);
                }
            });
    connect(engine, &SetupSession::inspected, this, [this](int id, const plan::StepReading& reading) {
        if (Request* r = live(id)) {
            auto done = r->inspected;
            const StepInspection result = stepInspection(r->step, reading);
            m_requests.remove(id);
            done(result);
        }
    });
    connect(engine, &SetupSession::exchangeRead, this,
            [this](int id, std::shared_ptr<const plan::Inspection> inspection) {
                if (Request* r = live(id)) {
                    auto done = r->read;
                    m_requests.remove(id);
                    done(inspection);
                }
            });
    connect(engine, &SetupSession::failed, this, &EngineSession::onFailed);
    connect(engine, &SetupSession::changeStarted, this, [this](int id, const QString& key) {
        if (Request* r = live(id); r && r->keys.contains(key))
            r->applied.started(int(r->keys.indexOf(key)));
    });
    connect(engine, &SetupSession::changeFinished, this,
            [this](int id, const QString& key, bool ok, const shell::ShellError& e) {
                Request* r = live(id);
                if (!r || !r->keys.contains(key))
                    return;
                r->reported.insert(key);
                ApplyItemResult result{key, ok ? ApplyOutcome::Applied : ApplyOutcome::Failed, {}};
                if (!ok)
                    result.message = e.remedy.isEmpty() ? e.message : tr("%1 %2").arg(e.message, e.remedy);
                if (!ok && e.message.isEmpty())
                    result.outcome = ApplyOutcome::NotRun; // skipped after an earlier failure
                r->applied.finished(int(r->keys.indexOf(key)), result);
            });
    connect(engine, &SetupSession::applyFinished, this, &EngineSession::onApplyFinished);
    connect(engine, &SetupSession::verified, this, [this](int id, const QList<plan::ChangeCheck>& checks) {
        if (Request* r = live(id)) {
            QList<VerifyItem> items;
            for (const plan::ChangeCheck& c : checks)
                items << VerifyItem{c.key, {}, c.status, c.detail};
            auto done = r->verified;
            m_requests.remove(id);
            done(items);
        }
    });
}

EngineSession::~EngineSession() = default;

EngineSession::Request* EngineSession::live(int request)
{
    auto it = m_requests.find(request);
    if (it == m_requests.end())
        return nullptr;
    if (!it->context) { // the page is gone: nobody to answer
        m_requests.erase(it);
        return nullptr;
    }
    return &*it;
}

QString EngineSession::unavailableReason() const
{
    return m_engine ? m_engine->unavailableReason() : tr("The Exchange session has ended.");
}

QString EngineSession::unavailableReasonFor(StepId step) const
{
    return m_engine && step == StepId::Pexip ? QString() : unavailableReason();
}

void EngineSession::discoverRooms(const SetupProfile& profile, QObject* context,
                                  std::function<void(const RoomDiscovery&)> done)
{
    Request r;
    r.context = context;
    r.discovered = std::move(done);
    m_requests.insert(m_engine->discoverRooms(profile), r);
}

void EngineSession::inspect(StepId step, const SetupProfile& profile, const plan::PlanOptions& options,
                            QObject* context, std::function<void(const StepInspection&)> done)
{
    m_options.insert(step, options);
    Request r;
    r.context = context;
    r.step = step;
    r.inspected = std::move(done);
    m_requests.insert(m_engine->inspect(step, profile, options, m_model ? m_model->filePath() : QString()),
                      r);
}

void EngineSession::readForValidation(const SetupProfile& profile, QObject* context,
                                      std::function<void(std::shared_ptr<const plan::Inspection>)> done)
{
    Request r;
    r.context = context;
    r.read = std::move(done);
    m_requests.insert(m_engine->readExchange(profile), r);
}

void EngineSession::apply(const SetupProfile& profile, const plan::StepPlan& plan, QObject* context,
                          ApplyCallbacks callbacks)
{
    Request r;
    r.context = context;
    r.step = plan.step;
    r.applied = std::move(callbacks);
    for (const plan::PlannedChange& c : plan.changes)
        r.keys << c.desired.key;
    m_requests.insert(m_engine->apply(plan.step, profile, m_model ? m_model->filePath() : QString(),
                                      m_options.value(plan.step)),
                      r);
}

void EngineSession::onApplyFinished(int id, const plan::ApplyOutcome& outcome)
{
    Request* r = live(id);
    if (!r)
        return;
    const bool cancelled = outcome.result == plan::ApplyOutcome::Result::Cancelled;
    const Request request = *r;
    m_requests.remove(id);
    // Every change of the page has an outcome: what the runner did not report either was found
    // already done by its fresh inspection, or was not sent.
    for (int i = 0; i < request.keys.size(); ++i) {
        const QString& key = request.keys.at(i);
        if (request.reported.contains(key))
            continue;
        ApplyItemResult item{key, ApplyOutcome::NotRun, {}};
        if (cancelled)
            item.outcome = ApplyOutcome::Cancelled;
        else if (outcome.result == plan::ApplyOutcome::Result::CouldNotRun) {
            item.outcome = ApplyOutcome::Failed;
            item.message = outcome.message;
        } else if (!outcome.notApplied.contains(key) && outcome.failedChange != key) {
            // The runner's fresh reading found it done (e.g. the members came with the new group).
            item.outcome = ApplyOutcome::Applied;
            item.message = tr("already as wanted after the changes before it");
        }
        request.applied.finished(i, item);
        if (item.outcome == ApplyOutcome::Failed)
            break; // one failure says why; the rest stay NotRun
    }
    request.applied.done(cancelled);
}

void EngineSession::onFailed(int id, const shell::ShellError& error)
{
    Request* r = live(id);
    if (!r)
        return;
    const Request request = *r;
    m_requests.remove(id);
    if (request.discovered) {
        RoomDiscovery d;
        d.error = error.remedy.isEmpty() ? error.message : tr("%1 %2").arg(error.message, error.remedy);
        request.discovered(d);
    } else if (request.inspected) {
        StepInspection s;
        s.problems << error;
        s.plan.step = request.step;
        request.inspected(s);
    } else if (request.verified) {
        QList<VerifyItem> items;
        items << VerifyItem{{}, {}, CheckStatus::Failed, error.message};
        request.verified(items);
    } else if (request.read) {
        // The shell did not open (or the admin cancelled): P4 says why, unless cancelled.
        request.read(error.fullyQualifiedErrorId == QLatin1String("OtjShell.Cancelled")
                         ? nullptr
                         : plan::SetupSession::unreadInspection(error));
    } else if (request.applied.done) {
        // Nothing was sent: every change is Cancelled (the admin stopped) or Failed with the reason.
        const bool cancelled = error.fullyQualifiedErrorId == QLatin1String("OtjShell.Cancelled");
        for (int i = 0; i < request.keys.size(); ++i)
            request.applied.finished(i, {request.keys.at(i),
                                         cancelled ? ApplyOutcome::Cancelled : ApplyOutcome::Failed,
                                         cancelled ? QString() : error.message});
        request.applied.done(cancelled);
    }
}

void EngineSession::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void EngineSession::verify(const SetupProfile& profile, const plan::StepPlan& plan, QObject* context,
                           std::function<void(const QList<VerifyItem>&)> done)
{
    Request r;
    r.context = context;
    r.step = plan.step;
    r.verified = std::move(done);
    QStringList keys;
    for (const plan::PlannedChange& c : plan.changes)
        keys << c.desired.key;
    m_requests.insert(m_engine->verify(plan.step, keys, profile, m_options.value(plan.step)), r);
}

QByteArray EngineSession::setupScript(const SetupProfile& profile, const plan::StepPlan& plan,
                                      QString* error) const
{
    // No domain controller pinned: the script's -DomainController parameter lets the admin choose.
    return plan::SetupSession::setupScript(plan.step, profile, m_options.value(plan.step), {}, error);
}

StepInspection EngineSession::stepInspection(StepId step, const plan::StepReading& reading)
{
    StepInspection result;
    const plan::Plan& plan = reading.inspection->plan;
    if (const plan::StepPlan* s = plan.step(step))
        result.plan = *s;
    result.plan.step = step;
    result.ok = result.plan.inspected;
    result.problems = result.plan.problems;
    result.domainController = plan.domainController;
    // One row per object: several changes of one object (a group, its members, its visibility)
    // show it once; it matches when every one of them does.
    for (const plan::DesiredChange& c : reading.desired) {
        const QString what = c.rest ? pexipObjectKind(c.key) : objectKind(c.read.name);
        bool exists = false;
        bool matches = false;
        if (c.rest) { // step 5: Pexip was read by the planner; the plan says what differs
            const auto planned =
                std::find_if(result.plan.changes.cbegin(), result.plan.changes.cend(),
                             [&c](const plan::PlannedChange& p) { return p.desired.key == c.key; });
            exists = planned == result.plan.changes.cend() || planned->objectExists;
            matches = planned == result.plan.changes.cend();
        } else {
            exists = plan::ExchangeInspector::objectOf(c, reading.inspection->state).has_value();
            matches = exists && !plan::ExchangeInspector::compare(c, reading.inspection->state);
        }
        auto same = std::find_if(result.current.begin(), result.current.end(), [&](const CurrentObject& o) {
            return o.target == c.target && o.what == what;
        });
        if (same == result.current.end()) {
            result.current << CurrentObject{c.target, what, exists, matches};
            continue;
        }
        same->exists = same->exists || exists;
        same->matches = same->matches && matches && same->exists;
    }
    return result;
}

} // namespace otj::ui
