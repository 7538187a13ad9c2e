#include "core/plan/ExchangeInspector.h"

#include "core/logging/Logging.h"
#include "core/script/BackOutDecision.h"
#include "core/steps/prerequisites/RoomDirectory.h"

#include <QJsonArray>
#include <QSet>

namespace otj::plan {
namespace {

const QString kAdServerSettingsKey = QStringLiteral("adserversettings");

const ReasonText kBackOutReasons[] = {
    {"rollback.conflict", "otj::plan::ExchangeInspector",
     QT_TRANSLATE_NOOP("otj::plan::ExchangeInspector",
                       "%1: %2 changed since the tool set it; kept as it is (conflict)."),
     QT_TRANSLATE_NOOP("otj::plan::ExchangeInspector",
                       "Find out who changed it; restore the earlier value by hand if it should still go.")},
};

QString readKey(const DesiredChange& change)
{
    return change.stateKey.isEmpty() ? QStringLiteral("change/") + change.key : change.stateKey;
}

QString derivedKey(const DerivedValue& derived)
{
    return QStringLiteral("derived/") + derived.read.display().toLower();
}

// OPATH quoting of a value put into '…': a ' is doubled.
QString opathQuoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return v;
}

QString pinnedDomainController(const ExchangeState& state)
{
    const QList<QJsonObject> settings = state.objects.value(kAdServerSettingsKey);
    if (settings.isEmpty())
        return {};
    const QJsonObject& s = settings.first();
    for (const char* key : {"DefaultConfigurationDomainController", "DefaultGlobalCatalog"}) {
        const QString dc = s.value(QLatin1String(key)).toString();
        if (!dc.isEmpty())
            return dc;
    }
    const QJsonArray preferred = s.value(QStringLiteral("DefaultPreferredDomainControllers")).toArray();
    return preferred.isEmpty() ? QString() : preferred.first().toString();
}

} // namespace

ExchangeInspector::ExchangeInspector(shell::ExchangeShell* shell, const SetupProfile& profile,
                                     const PlanOptions& options, QList<StepPlanner*> planners,
                                     QObject* parent)
    : QObject(parent)
    , m_shell(shell)
    , m_profile(profile)
    , m_options(options)
    , m_planners(std::move(planners))
{}

ExchangeInspector::~ExchangeInspector() = default;

bool ExchangeInspector::isMissingObject(const shell::ShellError& error)
{
    if (error.fullyQualifiedErrorId.startsWith(QLatin1String("CommandNotFoundException")))
        return false;
    return error.category == QLatin1String("ObjectNotFound") ||
           error.fullyQualifiedErrorId.contains(QLatin1String("ManagementObjectNotFoundException"));
}

std::optional<QJsonObject> ExchangeInspector::objectOf(const DesiredChange& change,
                                                       const ExchangeState& state)
{
    const QList<QJsonObject> objects = state.objects.value(readKey(change));
    if (objects.isEmpty())
        return std::nullopt;
    return objects.first();
}

QStringList ExchangeInspector::keysOf(StepId step) const
{
    QStringList keys;
    for (auto it = m_owner.cbegin(); it != m_owner.cend(); ++it) {
        if (it.value() == step)
            keys << it.key();
    }
    return keys;
}

QList<DesiredChange> ExchangeInspector::offlineDesiredChanges(const SetupProfile& profile,
                                                              const PlanOptions& options,
                                                              const QList<StepPlanner*>& planners)
{
    ExchangeState empty;
    const PlanContext context{profile, options, empty};
    QList<DesiredChange> changes;
    for (const StepPlanner* p : planners)
        changes += p->desiredChanges(context);
    return changes;
}

std::optional<PlannedChange> ExchangeInspector::compare(const DesiredChange& desired,
                                                        const ExchangeState& state)
{
    PlannedChange p;
    p.desired = desired;
    // Values that name another object (the group's DN in the scope filter) are taken from its read.
    for (Expectation& e : p.desired.expectations) {
        if (!e.derived)
            continue;
        const QList<QJsonObject> source = state.objects.value(derivedKey(*e.derived));
        const QJsonValue value = source.isEmpty() ? QJsonValue() : source.first().value(e.derived->property);
        if (value.isNull() || value.isUndefined()) {
            p.deferred = true;
            continue;
        }
        if (e.derived->opathTemplate.isEmpty()) {
            e.value = fromRead(value);
        } else {
            QString text = e.derived->opathTemplate;
            text.replace(QStringLiteral("%1"), opathQuoted(value.toVariant().toString()));
            e.value = shell::ShellValue(text);
        }
        p.desired.write.set(e.parameterName(), e.value);
    }
    const DesiredChange& d = p.desired;
    const std::optional<QJsonObject> object = objectOf(d, state);
    p.objectExists = object.has_value();
    p.command = shell::ShellCommand(d.write.name);
    if (!object) {
        // Missing: a Create makes it with every wanted value; an Update of an object an earlier
        // change creates waits for it (shown, resolved at apply).
        p.command.parameters = d.write.parameters;
        for (const Expectation& e : d.expectations)
            p.diffs.append({e.property, {}, e.value});
        p.deferred = p.deferred || d.operation == Operation::Update;
    } else {
        if (d.operation == Operation::Create)
            return std::nullopt;
        for (const QString& fixed : d.fixedParameters) {
            if (d.write.parameters.contains(fixed))
                p.command.parameters.insert(fixed, d.write.parameters.value(fixed));
        }
        for (const Expectation& e : d.expectations) {
            const bool unresolved = e.derived && e.value.isNull();
            const QJsonValue actual = object->value(e.property);
            if (!unresolved && matches(e.match, e.value, actual))
                continue;
            p.diffs.append({e.property, fromRead(actual), e.value});
            p.command.parameters.insert(e.parameterName(),
                                        d.write.parameters.value(e.parameterName(), e.value));
        }
        if (p.diffs.isEmpty())
            return std::nullopt;
    }
    if (!d.secretParameter.isEmpty())
        p.command.parameters.remove(d.secretParameter); // apply adds it; never in the plan
    return p;
}

void ExchangeInspector::start()
{
    m_cancelled = false;
    m_round = 0;
    m_roundTrips = 0;
    m_commands = 0;
    m_problems.clear();
    m_desired.clear();
    delete m_callbacks;
    m_callbacks = new QObject(this);
    if (!m_shell) {
        Q_EMIT failed(shell::ExchangeShell::shellError(QStringLiteral("OtjShell.HostDied"),
                                                       tr("The Exchange shell is gone.")));
        return;
    }
    m_shell->open(m_callbacks, [this](const shell::ShellOpenResult& opened) {
        const QString sessionKey = QString::fromLatin1(SessionStateKey);
        if (!opened.ok) {
            const shell::ShellError error =
                opened.errors.isEmpty()
                    ? shell::ExchangeShell::shellError(QStringLiteral("OtjShell.HostDied"),
                                                       tr("The Exchange shell did not open."))
                    : opened.errors.first();
            m_state.errors.insert(sessionKey, error); // P4 says why (state())
            Q_EMIT failed(error);
            return;
        }
        // P4 judges the session's cmdlets: what the steps use must be there.
        m_state.errors.remove(sessionKey);
        m_state.objects.insert(
            sessionKey, {QJsonObject{
                            {QStringLiteral("mode"), opened.session.mode},
                            {QStringLiteral("psVersion"), opened.session.psVersion},
                            {QStringLiteral("psEdition"), opened.session.psEdition},
                            {QStringLiteral("commands"), QJsonArray::fromStringList(opened.session.commands)},
                        }});
        nextRound();
    });
}

void ExchangeInspector::cancel()
{
    if (m_cancelled || !m_callbacks)
        return;
    m_cancelled = true;
    delete m_callbacks; // replies still on their way go nowhere
    m_callbacks = nullptr;
    if (m_shell)
        m_shell->cancel();
    Q_EMIT failed(shell::ExchangeShell::shellError(QStringLiteral("OtjShell.Cancelled"), tr("Cancelled.")));
}

void ExchangeInspector::sendBatches(const QList<shell::ShellCommand>& commands, const QList<Pending>& keys,
                                    std::function<void()> then)
{
    if (commands.isEmpty()) {
        then();
        return;
    }
    auto outstanding = std::make_shared<int>(0);
    for (qsizetype from = 0; from < commands.size(); from += batchSize) {
        const QList<shell::ShellCommand> chunk = commands.mid(from, batchSize);
        const QList<Pending> chunkKeys = keys.mid(from, batchSize);
        ++*outstanding;
        m_commands += int(chunk.size());
        m_shell->runBatch(
            chunk, false, m_callbacks, [this, chunkKeys, outstanding, then](const shell::ShellReply& reply) {
                ++m_roundTrips;
                for (qsizetype i = 0; i < chunkKeys.size(); ++i) {
                    const Pending& k = chunkKeys.at(i);
                    if (i >= reply.results.size()) {
                        const shell::ShellError e =
                            reply.failure
                                ? *reply.failure
                                : shell::ExchangeShell::shellError(QStringLiteral("OtjShell.HostDied"),
                                                                   tr("No answer for this command."));
                        m_state.errors.insert(k.key, e);
                        if (m_problems.value(k.owner).isEmpty() ||
                            m_problems.value(k.owner).last().fullyQualifiedErrorId != e.fullyQualifiedErrorId)
                            m_problems[k.owner].append(e);
                        continue;
                    }
                    const shell::CommandResult& r = reply.results.at(i);
                    if (r.errors.isEmpty()) {
                        m_state.objects.insert(k.key, r.objects);
                        continue;
                    }
                    const auto missing = std::find_if(r.errors.begin(), r.errors.end(), isMissingObject);
                    if (missing != r.errors.end()) {
                        m_state.errors.insert(k.key, *missing);
                    } else {
                        m_state.errors.insert(k.key, r.errors.first());
                        m_problems[k.owner].append(r.errors.first());
                    }
                }
                Q_EMIT progress(m_roundTrips, m_commands);
                if (--*outstanding == 0)
                    then();
            });
    }
}

void ExchangeInspector::nextRound()
{
    if (m_cancelled)
        return;
    const PlanContext context{m_profile, m_options, m_state};
    QList<shell::ShellCommand> commands;
    QList<Pending> keys;
    QSet<QString> asked;
    auto add = [&](const shell::ShellCommand& command, const QString& key, StepId owner) {
        if (key.isEmpty() || m_state.has(key) || asked.contains(key))
            return;
        asked.insert(key);
        commands.append(command);
        keys.append({key, owner});
        m_owner.insert(key, owner);
    };
    // The domain controller the apply pins: the one this session's AD settings name.
    if (m_round == 0 && m_options.domainController.isEmpty())
        add(shell::ShellCommand(QStringLiteral("Get-ADServerSettings")), kAdServerSettingsKey,
            StepId::Connection);
    for (StepPlanner* planner : std::as_const(m_planners)) {
        QStringList plannerKeys;
        const QList<shell::ShellCommand> reads = planner->reads(context, m_round, &plannerKeys);
        for (qsizetype i = 0; i < reads.size() && i < plannerKeys.size(); ++i)
            add(reads.at(i), plannerKeys.at(i), planner->step());
    }
    if (commands.isEmpty() || m_round >= maxRounds) {
        if (!commands.isEmpty())
            qCWarning(lcShell) << "inspection: planners still asked for reads after" << maxRounds << "rounds";
        readOwnReads();
        return;
    }
    sendBatches(commands, keys, [this] {
        ++m_round;
        nextRound();
    });
}

void ExchangeInspector::readOwnReads()
{
    if (m_cancelled)
        return;
    const PlanContext context{m_profile, m_options, m_state};
    m_desired.clear();
    for (StepPlanner* planner : std::as_const(m_planners))
        m_desired += planner->desiredChanges(context);
    QList<shell::ShellCommand> commands;
    QList<Pending> keys;
    QSet<QString> asked;
    auto add = [&](const shell::ShellCommand& command, const QString& key, StepId owner) {
        m_owner.insert(key, owner);
        if (m_state.has(key) || asked.contains(key) || command.name.isEmpty())
            return;
        asked.insert(key);
        commands.append(command);
        keys.append({key, owner});
    };
    for (const DesiredChange& d : std::as_const(m_desired)) {
        add(d.read, readKey(d), d.step);
        for (const Expectation& e : d.expectations) {
            if (e.derived)
                add(e.derived->read, derivedKey(*e.derived), d.step);
        }
    }
    sendBatches(commands, keys, [this] { buildPlan(); });
}

void ExchangeInspector::buildPlan()
{
    if (m_cancelled)
        return;
    const PlanContext context{m_profile, m_options, m_state};
    auto inspection = std::make_shared<Inspection>();
    Plan& plan = inspection->plan;
    plan.domainController =
        m_options.domainController.isEmpty() ? pinnedDomainController(m_state) : m_options.domainController;
    plan.domains = rooms::selectedRoomDomains(context);
    plan.viewEntireForest = plan.domains.size() > 1;
    auto stepPlan = [&plan, this](StepId step) -> StepPlan& {
        for (StepPlan& s : plan.steps) {
            if (s.step == step)
                return s;
        }
        StepPlan s;
        s.step = step;
        s.problems = m_problems.value(step);
        s.inspected = s.problems.isEmpty();
        plan.steps.append(s);
        return plan.steps.last();
    };
    for (StepPlanner* planner : std::as_const(m_planners)) {
        StepPlan& s = stepPlan(planner->step());
        s.notes += planner->notes(context);
    }
    if (m_backOut)
        reasons::add(kBackOutReasons);
    for (const DesiredChange& d : std::as_const(m_desired)) {
        StepPlan& s = stepPlan(d.step);
        const auto error = m_state.errors.constFind(readKey(d));
        if (error != m_state.errors.cend() && !isMissingObject(*error))
            continue; // the step's problems say why it could not be compared
        if (m_backOut) {
            const script::BackOutDecision decision = script::decideBackOut(d, objectOf(d, m_state));
            if (decision.change)
                s.changes.append(*decision.change);
            if (!decision.conflicts.isEmpty())
                s.notes.append({QLatin1String(BackOutConflictCheckId), d.key,
                                Verdict{CheckStatus::Warning,
                                        "rollback.conflict",
                                        {d.target, decision.conflicts.join(QStringLiteral(", "))}}});
            continue;
        }
        if (std::optional<PlannedChange> change = compare(d, m_state))
            s.changes.append(*change);
    }
    inspection->state = m_state;
    inspection->finishedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcShell) << "inspection:" << m_roundTrips << "round trips," << m_commands << "commands,"
                    << plan.changeCount() << "changes";
    Q_EMIT finished(inspection);
}

} // namespace otj::plan
