#include "core/validation/ValidationRunner.h"

#include "core/logging/Logging.h"

namespace otj {

ValidationRunner::ValidationRunner(const SetupProfile& profile, CredentialStore* credentials,
                                   const ValidationOptions& options, ValidationResults* results,
                                   QObject* parent)
    : ValidationRunner(profile, credentials, options, results, defaultSteps(), parent)
{}

ValidationRunner::ValidationRunner(const SetupProfile& profile, CredentialStore* credentials,
                                   const ValidationOptions& options, ValidationResults* results,
                                   std::vector<std::unique_ptr<Step>> steps, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_opt(options)
    , m_results(results)
    , m_steps(std::move(steps))
{}

ValidationRunner::~ValidationRunner() = default;

ews::EwsStats ValidationRunner::ewsStats() const
{
    return m_ctx && m_ctx->client ? m_ctx->client->stats() : m_lastStats;
}

bool ValidationRunner::selected(const QString& id) const
{
    if (m_opt.only.isEmpty())
        return true;
    for (const QString& o : m_opt.only) {
        if (id == o || id.startsWith(o + QLatin1Char('.')) || id.startsWith(o + QLatin1Char('/')) ||
            o.startsWith(id + QLatin1Char('/')))
            return true;
    }
    return false;
}

void ValidationRunner::buildTree()
{
    ValidationContext& ctx = *m_ctx;
    for (const auto& step : m_steps) {
        for (const CheckDeclaration& d : step->declareChecks(ctx)) {
            if (!selected(d.id))
                continue;
            const int index = m_results->add(-1, {d.id, d.title});
            if (d.initial)
                m_results->setStatus(index, *d.initial);
            if (!d.perRoom)
                continue;
            QList<CheckDef> defs;
            QStringList rooms;
            for (const QString& room : ctx.rooms()) {
                const QString id = d.id + QLatin1Char('/') + room;
                if (selected(id)) {
                    defs.append({id, room});
                    rooms << room;
                }
            }
            const int first = m_results->addChecks(index, defs);
            QHash<QString, int>& byRoom = ctx.m_roomChecks[d.id];
            for (int i = 0; i < rooms.size(); ++i)
                byRoom.insert(rooms[i], first + i);
        }
    }
    ctx.m_total = ctx.m_done = 0;
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->node(i).children.isEmpty()) {
            ++ctx.m_total;
            ctx.m_done += isFinal(m_results->node(i).status);
        }
    }
}

void ValidationRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = m_finishPending = false;
    m_gate = -1;
    m_ctx = std::make_unique<ValidationContext>(m_profile, m_opt, m_results, m_credentials);
    ValidationContext& ctx = *m_ctx;
    ctx.m_progressed = [this] {
        Q_EMIT progress(m_ctx->m_done, m_ctx->m_total);
    };
    ctx.m_idle = [this] {
        if (m_running && !m_cancelled)
            openGate(m_gate + 1);
    };
    ctx.m_clientCreated = [this](ews::EwsClient* client) {
        connect(client, &ews::EwsClient::throttled, this, &ValidationRunner::throttled);
        m_results->context.insert(QStringLiteral("concurrency"), client->concurrency());
    };
    ctx.m_backgroundIdle = [this] {
        if (m_finishPending)
            finish();
    };

    m_results->clear();
    m_results->startedAt = QDateTime::currentDateTimeUtc();
    m_results->context = QJsonObject{
        {QStringLiteral("tool"), QStringLiteral("OTJ Exchange Setup " OTJ_VERSION)},
        {QStringLiteral("profileId"), m_profile.profileIdString()},
        {QStringLiteral("serviceAccount"), m_profile.serviceAccount.upn},
        {QStringLiteral("authentication"), m_profile.exchange.ewsAuthentication == EwsAuthentication::Basic
                                               ? QStringLiteral("Basic")
                                               : QStringLiteral("NTLM")},
        {QStringLiteral("rooms"), int(ctx.rooms().size())},
        {QStringLiteral("serviceAccountOnly"), m_opt.serviceAccountOnly},
        {QStringLiteral("concurrency"), m_opt.concurrency},
    };
    buildTree();
    Q_EMIT progress(ctx.m_done, ctx.m_total);
    qCInfo(lcValidation) << "validation started:" << ctx.rooms().size() << "rooms," << ctx.m_total
                         << "checks";
    openGate(0);
}

// Runs every step's part of each gate whose fact is established; stops at the first that is not.
void ValidationRunner::openGate(int gate)
{
    ValidationContext& ctx = *m_ctx;
    for (; gate < int(std::size(AllGates)); ++gate) {
        const Gate g = AllGates[gate];
        if (!ctx.has(requiredFact(g))) {
            skipRemaining(ctx.m_stopReason.reason ? ctx.m_stopReason
                                                  : Verdict{CheckStatus::Skipped, "validation.not-checked"});
            finish();
            return;
        }
        m_gate = gate;
        ctx.beginWork(); // the gate stays open while its steps start their work
        for (const auto& step : m_steps) {
            step->runChecks(ctx, g);
            if (!m_running || m_cancelled)
                return;
        }
        if (--ctx.m_work > 0)
            return; // the last endWork() opens the next gate
    }
    complete();
}

void ValidationRunner::skipRemaining(const Verdict& why)
{
    ValidationContext& ctx = *m_ctx;
    const Verdict v{m_cancelled ? CheckStatus::Cancelled : CheckStatus::Skipped, why.reason, why.args};
    for (int i = 0; i < m_results->count(); ++i) {
        const CheckNode& n = m_results->node(i);
        if (!n.children.isEmpty() || isFinal(n.status))
            continue;
        if (n.status == CheckStatus::Running && ctx.backgroundBusy() && !m_cancelled)
            continue; // still being decided in the background
        ctx.finalize(i, v);
    }
    for (int i = 0; i < m_results->count(); ++i) {
        if (!m_results->node(i).children.isEmpty())
            m_results->summarizeFromChildren(i);
    }
}

void ValidationRunner::complete()
{
    for (int i = 0; i < m_results->count(); ++i) {
        if (!m_results->node(i).children.isEmpty())
            m_results->summarizeFromChildren(i);
    }
    for (const auto& step : m_steps)
        step->conclude(*m_ctx);
    finish();
}

void ValidationRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_ctx->m_cancelled = true;
    m_ctx->m_callbacks->deleteLater(); // no callback of this run is delivered any more
    m_ctx->m_callbacks = nullptr;
    if (m_ctx->client)
        m_ctx->client->cancelAll();
    skipRemaining({CheckStatus::Cancelled, "validation.cancelled"});
    finish();
}

void ValidationRunner::finish()
{
    if (!m_running)
        return;
    if (m_ctx->backgroundBusy() && !m_cancelled) {
        m_finishPending = true; // e.g. the certificate check is still working out its verdict
        return;
    }
    m_running = false;
    m_finishPending = false;
    m_results->finishedAt = QDateTime::currentDateTimeUtc();
    if (m_ctx->client) {
        m_lastStats = m_ctx->client->stats();
        m_results->context.insert(
            QStringLiteral("ews"),
            QJsonObject{{QStringLiteral("requests"), double(m_lastStats.requestsSent)},
                        {QStringLiteral("serverBusy"), double(m_lastStats.serverBusy)},
                        {QStringLiteral("connectionCountErrors"), double(m_lastStats.connectionCountErrors)},
                        {QStringLiteral("retries"), double(m_lastStats.retries)},
                        {QStringLiteral("backoffMs"), double(m_lastStats.totalBackoffMs)},
                        {QStringLiteral("peakInFlight"), m_lastStats.peakInFlight},
                        {QStringLiteral("concurrency"), m_lastStats.concurrency}});
    }
    qCInfo(lcValidation) << "validation finished; failed:" << m_results->anyFailed()
                         << "cancelled:" << m_cancelled;
    // Let callers see the final state after the current callback unwinds.
    QMetaObject::invokeMethod(this, &ValidationRunner::finished, Qt::QueuedConnection);
}

} // namespace otj
