#include "core/plan/SetupSession.h"

#include "core/logging/Logging.h"
#include "core/pexip/resources/ExchangeConnectors.h"
#include "core/plan/Planners.h"
#include "core/script/SetupScript.h"
#include "core/secrets/CredentialStore.h"
#include "core/shell/PowerShellProgramSetting.h"
#include "core/steps/pexip/PexipInspector.h"
#include "core/steps/pexip/PexipStepRun.h"
#include "core/steps/serviceaccount/ServiceAccountPlanner.h"
#include "core/validation/ValidationResults.h"
#include "core/validation/ValidationRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace otj::plan {

namespace {
// The profile file the journal and the lock sit beside.
QString journalProfilePath(const SetupProfile& profile, const QString& profilePath)
{
    if (!profilePath.isEmpty())
        return profilePath;
    // An unsaved profile: its journal and lock live in the application data folder.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("unsaved-%1.json").arg(profile.profileIdString()));
}
} // namespace

// Reads what the planner reads; states only the changes and notes of one step (or none).
class SetupSession::StepFilter final : public StepPlanner
{
public:
    StepFilter(const StepPlanner* planner, bool keep)
        : m_planner(planner)
        , m_keep(keep)
    {}
    StepId step() const override { return m_planner->step(); }
    QList<shell::ShellCommand> reads(const PlanContext& context, int round, QStringList* keys) const override
    {
        return m_planner->reads(context, round, keys);
    }
    QList<DesiredChange> desiredChanges(const PlanContext& context) const override
    {
        return m_keep ? m_planner->desiredChanges(context) : QList<DesiredChange>{};
    }
    QList<PlanNote> notes(const PlanContext& context) const override
    {
        return m_keep ? m_planner->notes(context) : QList<PlanNote>{};
    }

private:
    const StepPlanner* m_planner;
    bool m_keep;
};

SetupSession::SetupSession(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_planners(makeExchangePlanners())
{}

SetupSession::~SetupSession()
{
    if (m_shell)
        m_shell->close();
}

QString SetupSession::unavailableReason() const
{
    return shell::PowerShellProgramSetting::resolve().error;
}

QList<StepPlanner*> SetupSession::plannersFor(StepId step)
{
    // Made once per step and kept: a job's planners must outlive it.
    std::vector<std::unique_ptr<StepPlanner>>& filters = m_filters[step];
    if (filters.empty()) {
        for (const auto& p : m_planners)
            filters.push_back(std::make_unique<StepFilter>(p.get(), p->step() == step));
    }
    return pointers(filters);
}

void SetupSession::readSecret(const SetupProfile& profile, CredentialRole role,
                              std::function<void(std::optional<QString>)> done)
{
    if (!m_credentials) {
        done(std::nullopt);
        return;
    }
    m_credentials->read(profile.profileIdString(), role, this, [done](const CredentialResult& r) {
        done(r.ok() ? std::optional<QString>(r.secret) : std::nullopt);
    });
}

void SetupSession::withShell(const SetupProfile& profile, int request,
                             std::function<void(shell::ExchangeShell*)> ready)
{
    const shell::PowerShellProgramSetting::Resolution program = shell::PowerShellProgramSetting::resolve();
    if (!program.ok()) {
        Q_EMIT failed(request,
                      shell::ExchangeShell::shellError(QStringLiteral("OtjShell.NoProgram"), program.error));
        return;
    }
    const bool asAdmin = profile.exchange.remotePowerShellSignIn == PowerShellSignIn::AdminAccount &&
                         !profile.exchange.adminAccount.isEmpty();
    const int generation = m_generation;
    auto open = [this, request, generation, profile, program, asAdmin,
                 ready](std::optional<QString> adminPassword) {
        if (generation != m_generation) { // cancelled while the password was read
            Q_EMIT failed(request, shell::ExchangeShell::shellError(QStringLiteral("OtjShell.Cancelled"),
                                                                    tr("Cancelled.")));
            return;
        }
        shell::ShellOptions o;
        o.speaker = program.command;
        o.hello.connectionUri = profile.exchange.remotePowerShellUri;
        o.hello.authentication = profile.exchange.remotePowerShellAuthentication;
        if (asAdmin && adminPassword) {
            o.hello.username = profile.exchange.adminAccount;
            o.hello.password = *adminPassword;
        }
        // The sign-in's identity, with a digest of the password (not the password): a new password
        // opens a new session.
        const QString signIn =
            QStringList{
                program.command.commandLine(), o.hello.connectionUri, o.hello.authentication,
                o.hello.username.value_or(QString()),
                QString::fromLatin1(QCryptographicHash::hash(o.hello.password.value_or(QString()).toUtf8(),
                                                             QCryptographicHash::Sha256)
                                        .toHex())}
                .join(QLatin1Char('\n'));
        if (!m_shell || m_shellSignIn != signIn) {
            if (m_shell) {
                m_shell->close();
                m_shell->deleteLater();
            }
            m_shell = new shell::ExchangeShell(o, this);
            m_shellSignIn = signIn;
            qCInfo(lcShell) << "wizard session signs in as"
                            << (o.hello.username ? "the admin account" : "the logged-on user");
        }
        ready(m_shell);
    };
    if (!asAdmin) {
        open(std::nullopt);
        return;
    }
    readSecret(profile, CredentialRole::ExchangeAdmin, open);
}

ExchangeInspector* SetupSession::startInspection(int request, StepId step, const SetupProfile& profile,
                                                 const PlanOptions& options,
                                                 std::function<void(const StepReading&)> done)
{
    auto* inspector = new ExchangeInspector(m_shell, profile, options, plannersFor(step), this);
    m_running << inspector;
    connect(inspector, &ExchangeInspector::finished, this,
            [inspector, step, done](std::shared_ptr<const Inspection> inspection) {
                StepReading reading;
                reading.inspection = inspection;
                for (const DesiredChange& c : inspector->desiredChanges()) {
                    if (c.step == step)
                        reading.desired << c;
                }
                inspector->deleteLater();
                done(reading);
            });
    connect(inspector, &ExchangeInspector::failed, this,
            [this, request, inspector](const shell::ShellError& e) {
                inspector->deleteLater();
                Q_EMIT failed(request, e);
            });
    inspector->start();
    return inspector;
}

int SetupSession::discoverRooms(const SetupProfile& profile)
{
    const int request = ++m_nextRequest;
    withShell(profile, request, [this, request, profile](shell::ExchangeShell*) {
        startInspection(request, StepId::Prerequisites, profile, {}, [this, request](const StepReading& r) {
            Q_EMIT roomsDiscovered(request, rooms::directory(r.inspection->state));
        });
    });
    return request;
}

int SetupSession::inspect(StepId step, const SetupProfile& profile, const PlanOptions& options,
                          const QString& profilePath)
{
    const int request = ++m_nextRequest;
    if (step == StepId::Pexip) {
        inspectPexip(request, profile, options, journalProfilePath(profile, profilePath));
        return request;
    }
    withShell(profile, request, [this, request, step, profile, options](shell::ExchangeShell*) {
        startInspection(request, step, profile, options, [=, this](const StepReading& r) {
            if (step == StepId::ServiceAccount)
                addConnectorConflict(request, profile, options, r);
            else
                Q_EMIT inspected(request, r);
        });
    });
    return request;
}

int SetupSession::readExchange(const SetupProfile& profile)
{
    const int request = ++m_nextRequest;
    withShell(profile, request, [this, request, profile](shell::ExchangeShell*) {
        auto* inspector = new ExchangeInspector(m_shell, profile, {}, pointers(m_planners), this);
        m_running << inspector;
        connect(inspector, &ExchangeInspector::finished, this,
                [this, request, inspector](std::shared_ptr<const Inspection> inspection) {
                    inspector->deleteLater();
                    Q_EMIT exchangeRead(request, inspection);
                });
        connect(inspector, &ExchangeInspector::failed, this,
                [this, request, inspector](const shell::ShellError& e) {
                    inspector->deleteLater();
                    if (e.fullyQualifiedErrorId == QLatin1String("OtjShell.Cancelled"))
                        Q_EMIT failed(request, e);
                    else
                        Q_EMIT exchangeRead(request, unreadInspection(e, inspector->state()));
                });
        inspector->start();
    });
    return request;
}

std::shared_ptr<const Inspection> SetupSession::unreadInspection(const shell::ShellError& why,
                                                                 ExchangeState state)
{
    auto inspection = std::make_shared<Inspection>();
    const QString sessionKey = QString::fromLatin1(SessionStateKey);
    if (!state.errors.contains(sessionKey))
        state.errors.insert(sessionKey, why);
    inspection->state = std::move(state);
    inspection->finishedAt = QDateTime::currentDateTimeUtc();
    return inspection;
}

int SetupSession::apply(StepId step, const SetupProfile& profile, const QString& profilePath,
                        const PlanOptions& options)
{
    const int request = ++m_nextRequest;
    const QString journalProfile = journalProfilePath(profile, profilePath);
    if (step == StepId::Pexip) {
        applyPexip(request, profile, journalProfile, options);
        return request;
    }
    withShell(
        profile, request, [this, request, step, profile, journalProfile, options](shell::ExchangeShell*) {
            const int generation = m_generation;
            readSecret(profile, CredentialRole::ServiceAccount, [=, this](std::optional<QString> password) {
                if (generation != m_generation) { // cancelled before anything was sent
                    Q_EMIT failed(request, shell::ExchangeShell::shellError(
                                               QStringLiteral("OtjShell.Cancelled"), tr("Cancelled.")));
                    return;
                }
                ApplyOptions o;
                o.tool = QStringLiteral("otj-wizard");
                o.waitPendingSeconds = 0; // the wizard's verification re-checks (verify())
                o.secret = [password](const DesiredChange&) {
                    return password;
                };
                PlanOptions planOptions = options;
                planOptions.serviceAccountPasswordKnown = password.has_value();
                auto* runner = new ApplyRunner(m_shell, profile, journalProfile, planOptions,
                                               plannersFor(step), o, this);
                m_running << runner;
                auto keys = std::make_shared<QStringList>();
                connect(runner, &ApplyRunner::planned, this,
                        [runner, keys](std::shared_ptr<const Inspection> inspection) {
                            for (const StepPlan& s : inspection->plan.steps) {
                                for (const PlannedChange& c : s.changes)
                                    *keys << c.desired.key;
                            }
                            runner->apply();
                        });
                connect(runner, &ApplyRunner::changeStarted, this, [this, request, keys](int index) {
                    Q_EMIT changeStarted(request, keys->value(index));
                });
                connect(runner, &ApplyRunner::changeFinished, this,
                        [this, request, keys](int index, bool ok, const shell::ShellError& e) {
                            Q_EMIT changeFinished(request, keys->value(index), ok, e);
                        });
                connect(runner, &ApplyRunner::finished, this,
                        [this, request, runner, step](const ApplyOutcome& outcome) {
                            if (step == StepId::Impersonation && !outcome.applied.isEmpty())
                                m_impersonationChangedAt = QDateTime::currentDateTimeUtc();
                            runner->deleteLater();
                            Q_EMIT applyFinished(request, outcome);
                        });
                runner->inspect();
            });
        });
    return request;
}

int SetupSession::verify(StepId step, const QStringList& keys, const SetupProfile& profile,
                         const PlanOptions& options)
{
    const int request = ++m_nextRequest;
    if (step == StepId::Pexip) {
        verifyPexip(request, keys, profile, options);
        return request;
    }
    withShell(profile, request, [this, request, step, keys, profile, options](shell::ExchangeShell*) {
        startInspection(request, step, profile, options, [=, this](const StepReading& r) {
            const StepPlan* fresh = r.inspection->plan.step(step);
            QList<ChangeCheck> checks;
            for (const QString& key : keys) {
                ChangeCheck check{key, CheckStatus::Passed, {}};
                if (!fresh || !fresh->inspected) {
                    check.status = CheckStatus::Failed;
                    check.detail = tr("Exchange could not be read back.");
                } else {
                    for (const PlannedChange& c : fresh->changes) {
                        if (c.desired.key == key) {
                            check.status = CheckStatus::Failed;
                            check.detail = tr("Exchange still differs: %1").arg(c.desired.summary);
                        }
                    }
                }
                checks << check;
            }
            if (step == StepId::Impersonation)
                checkImpersonation(request, keys, profile, r.inspection, checks);
            else
                Q_EMIT verified(request, checks);
        });
    });
    return request;
}

void SetupSession::checkImpersonation(int request, const QStringList& keys, const SetupProfile& profile,
                                      std::shared_ptr<const Inspection> inspection, QList<ChangeCheck> checks)
{
    Q_UNUSED(keys);
    // Impersonation reaches EWS only after AD replication: a denial soon after the change is Pending.
    if (!m_credentials) {
        Q_EMIT verified(request, checks);
        return;
    }
    ValidationOptions options;
    options.only = {QStringLiteral("step2.impersonation")};
    options.inspection = inspection;
    // Only the rooms impersonation is for (a cloud room is never reachable through on-prem EWS).
    ExchangeState state = inspection->state;
    const PlanOptions planOptions;
    options.rooms = rooms::selectedOnPremRooms(PlanContext{profile, planOptions, state});
    if (options.rooms.isEmpty()) {
        Q_EMIT verified(request, checks);
        return;
    }
    auto* results = new ValidationResults(this);
    auto* runner = new ValidationRunner(profile, m_credentials, options, results, this);
    m_running << runner;
    connect(runner, &ValidationRunner::finished, this, [this, request, runner, results, checks]() mutable {
        // Validation says Pending itself when the inspection shows a young assignment; a plain
        // denial soon after this session's change is Pending too.
        const bool recent =
            m_impersonationChangedAt.isValid() &&
            m_impersonationChangedAt.secsTo(QDateTime::currentDateTimeUtc()) < propagationWindowSeconds;
        QStringList waiting;
        QStringList denied;
        for (int i = 0; i < results->count(); ++i) {
            const CheckNode& n = results->node(i);
            if (!n.id.startsWith(QLatin1String("step2.impersonation/")))
                continue;
            const QString room = n.id.mid(QStringLiteral("step2.impersonation/").size());
            if (n.status == CheckStatus::Pending || (n.status == CheckStatus::Failed && recent))
                waiting << room;
            else if (n.status == CheckStatus::Failed)
                denied << room;
        }
        const bool couldNotRun = runner->couldNotRun();
        runner->deleteLater();
        results->deleteLater();
        // Named rooms: at most three, the rest counted.
        const auto some = [](const QStringList& rooms) {
            return rooms.size() <= 3 ? rooms.join(QStringLiteral(", "))
                                     : tr("%1 and %n more", nullptr, int(rooms.size() - 3))
                                           .arg(rooms.mid(0, 3).join(QStringLiteral(", ")));
        };
        for (ChangeCheck& c : checks) {
            // What grants the access waits for replication; the objects themselves are verified.
            const bool grants = c.key == QLatin1String("step2.assignment") ||
                                c.key == QLatin1String("step2.group-members") ||
                                c.key == QLatin1String("step2.scope");
            if (couldNotRun || c.status != CheckStatus::Passed || !grants)
                continue;
            if (!denied.isEmpty()) {
                c.status = CheckStatus::Failed;
                c.detail = tr("EWS still denies impersonation of %n room(s): %1", nullptr, int(denied.size()))
                               .arg(some(denied));
            } else if (!waiting.isEmpty()) {
                c.status = CheckStatus::Pending;
                c.detail =
                    tr("%n room(s) wait for Active Directory replication: %1", nullptr, int(waiting.size()))
                        .arg(some(waiting));
            }
        }
        Q_EMIT verified(request, checks);
    });
    runner->start();
}

void SetupSession::cancel()
{
    ++m_generation; // a job still waiting for a password does not start
    for (const int request : std::exchange(m_pexipReads, {}))
        failLater(request,
                  shell::ExchangeShell::shellError(QStringLiteral("OtjShell.Cancelled"), tr("Cancelled.")));
    const QList<QPointer<QObject>> running = std::exchange(m_running, {});
    for (const QPointer<QObject>& job : running) {
        if (auto* inspector = qobject_cast<ExchangeInspector*>(job))
            inspector->cancel();
        else if (auto* runner = qobject_cast<ApplyRunner*>(job))
            runner->cancel();
        else if (auto* validation = qobject_cast<ValidationRunner*>(job))
            validation->cancel();
        else if (auto* pexipRun = qobject_cast<pexip::PexipStepRun*>(job))
            pexipRun->cancel();
        else if (auto* client = qobject_cast<pexip::PexipClient*>(job))
            client->cancelAll();
    }
}

QByteArray SetupSession::setupScript(StepId step, const SetupProfile& profile, const PlanOptions& options,
                                     const QString& domainController, QString* error)
{
    auto planners = makeExchangePlanners();
    QList<StepPlanner*> stepPlanners;
    for (const auto& p : planners) {
        if (p->step() == step)
            stepPlanners << p.get();
    }
    const QList<DesiredChange> changes =
        ExchangeInspector::offlineDesiredChanges(profile, options, stepPlanners);
    if (changes.isEmpty()) {
        if (error)
            *error = tr("This step has no changes to script.");
        return {};
    }
    script::ScriptOptions o;
    o.profileId = profile.profileIdString();
    o.toolVersion = QStringLiteral(OTJ_VERSION);
    o.generatedAt = QDateTime::currentDateTimeUtc();
    o.domainController = domainController;
    return script::scriptFileBytes(script::scriptText(changes, o));
}

// ---- Step 5: the Pexip management API ----

void SetupSession::failLater(int request, const shell::ShellError& error)
{
    // Queued: the caller learns the request id before its answer.
    QTimer::singleShot(0, this, [this, request, error] { Q_EMIT failed(request, error); });
}

namespace {
// What the admin can do about a Pexip that could not be read.
QString pexipRemedy(const QString& errorId)
{
    if (errorId == QLatin1String("OtjPexip.unauthorized"))
        return SetupSession::tr("Check the Pexip admin account and its password on the Connections page.");
    if (errorId == QLatin1String("OtjPexip.tls-untrusted"))
        return SetupSession::tr("Trust the Management Node's certificate authority on the Connections page.");
    if (errorId == QLatin1String("OtjPexip.forbidden"))
        return SetupSession::tr("Use a Pexip admin account that may change the configuration.");
    if (errorId == QLatin1String("OtjPexip.unreachable") || errorId == QLatin1String("OtjPexip.timeout") ||
        errorId == QLatin1String("OtjPexip.connection-dropped"))
        return SetupSession::tr("Check the Management Node's address on the Connections page and that this "
                                "computer reaches it over HTTPS.");
    return {};
}

const PlannedChange* changeOf(const StepPlan& step, const QString& key)
{
    for (const PlannedChange& c : step.changes)
        if (c.desired.key == key)
            return &c;
    return nullptr;
}

shell::ShellError pexipProblem(const StepPlan& step5)
{
    shell::ShellError e = step5.problems.value(0);
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("otj::plan::SetupSession", "Pexip could not be read.");
    if (e.remedy.isEmpty())
        e.remedy = pexipRemedy(e.fullyQualifiedErrorId);
    return e;
}
} // namespace

void SetupSession::withPexip(const SetupProfile& profile, int request,
                             std::function<void(pexip::PexipClient*)> ready)
{
    if (profile.pexip.managementNode.trimmed().isEmpty()) {
        shell::ShellError e = shell::ExchangeShell::shellError(
            QStringLiteral("OtjPexip.NoManagementNode"), tr("The profile names no Pexip Management Node."));
        e.remedy = tr("Enter its address on the Connections page.");
        m_pexipReads.remove(request);
        failLater(request, e);
        return;
    }
    const int generation = m_generation;
    readSecret(profile, CredentialRole::PexipAdmin, [=, this](std::optional<QString> password) {
        if (generation != m_generation) {
            Q_EMIT failed(request, shell::ExchangeShell::shellError(QStringLiteral("OtjShell.Cancelled"),
                                                                    tr("Cancelled.")));
            return;
        }
        if (!password || password->isEmpty()) {
            shell::ShellError e = shell::ExchangeShell::shellError(
                QStringLiteral("OtjPexip.NoPassword"), tr("The Pexip admin password is not stored."));
            e.remedy = tr("Enter it on the Connections page.");
            m_pexipReads.remove(request);
            Q_EMIT failed(request, e);
            return;
        }
        auto* client =
            new pexip::PexipClient(pexip::PexipClientConfig::fromProfile(profile, *password), this);
        m_running << client;
        ready(client);
    });
}

void SetupSession::addConnectorConflict(int request, const SetupProfile& profile, const PlanOptions& options,
                                        const StepReading& reading)
{
    // Step 1's conflict check with Pexip's VMR-scheduling connectors (as otjctl plan does), when
    // Pexip can be asked; otherwise step 1 is shown without it (step 5 says why Pexip is unread).
    if (profile.pexip.managementNode.trimmed().isEmpty()) {
        Q_EMIT inspected(request, reading);
        return;
    }
    readSecret(profile, CredentialRole::PexipAdmin, [=, this](std::optional<QString> password) {
        if (!password || password->isEmpty()) {
            Q_EMIT inspected(request, reading);
            return;
        }
        // An extra check: a Pexip that does not answer holds step 1 for at most 10 s.
        pexip::PexipClientConfig config = pexip::PexipClientConfig::fromProfile(profile, *password);
        config.transferTimeoutMs = 10000;
        auto* client = new pexip::PexipClient(config, this);
        m_running << client;
        auto connectors = std::make_shared<pexip::ExchangeConnectors>(*client);
        connectors->list({}, this, [=, this](const pexip::PexipResource::Objects& listed) {
            client->deleteLater();
            StepReading result = reading;
            if (!listed.ok()) {
                qCInfo(lcPexip) << "step 1: Pexip's VMR connectors not read:" << listed.error.summary();
            } else {
                QStringList usernames;
                for (const QJsonObject& c : listed.value)
                    usernames << c.value(QLatin1String("username")).toString();
                ExchangeState state = reading.inspection->state;
                const PlanContext context{profile, options, state};
                if (const std::optional<PlanNote> conflict =
                        serviceaccount::conflictsWithPexipConnector(context, usernames)) {
                    auto inspection = std::make_shared<Inspection>(*reading.inspection);
                    for (StepPlan& s : inspection->plan.steps)
                        if (s.step == StepId::ServiceAccount)
                            s.notes << *conflict;
                    result.inspection = inspection;
                }
            }
            Q_EMIT inspected(request, result);
        });
    });
}

void SetupSession::inspectPexip(int request, const SetupProfile& profile, const PlanOptions& options,
                                const QString& journalProfile)
{
    m_pexipReads.insert(request);
    withPexip(profile, request, [=, this](pexip::PexipClient* client) {
        readSecret(
            profile, CredentialRole::ServiceAccount, [=, this](std::optional<QString> servicePassword) {
                // The plan shows the password going to Pexip when apply will send it (the journal's rule).
                journal::RunJournal journal(journalProfile, profile.profileId);
                const bool passwordChanged =
                    journal.load() && pexip::passwordChangedSinceSentToPexip(journal.changes());
                PlanOptions planOptions = options;
                planOptions.serviceAccountPasswordKnown = servicePassword.has_value();
                pexip::PexipInspector::planFromProfile(
                    *client, profile, planOptions, {}, passwordChanged, options.replacePexipKerberos, this,
                    [this, request, client, profile](const StepPlan& step5,
                                                     const pexip::PexipInventory& inventory) {
                        client->deleteLater();
                        if (!m_pexipReads.remove(request))
                            return; // cancelled: answered already
                        if (!step5.inspected) {
                            Q_EMIT failed(request, pexipProblem(step5));
                            return;
                        }
                        auto inspection = std::make_shared<Inspection>();
                        inspection->plan.steps << step5;
                        inspection->finishedAt = QDateTime::currentDateTimeUtc();
                        StepReading reading;
                        reading.inspection = inspection;
                        for (const PlannedChange& c : step5.changes)
                            reading.desired << c.desired;
                        // The integration as it is when nothing changes it: shown as existing and as wanted.
                        if (inventory.deployment && !changeOf(step5, QStringLiteral("step5.integration"))) {
                            DesiredChange integration;
                            integration.key = QStringLiteral("step5.integration");
                            integration.step = StepId::Pexip;
                            integration.target = profile.pexip.integrationName;
                            integration.rest = RestCall{};
                            reading.desired.prepend(integration);
                        }
                        Q_EMIT inspected(request, reading);
                    });
            });
    });
}

void SetupSession::applyPexip(int request, const SetupProfile& profile, const QString& journalProfile,
                              const PlanOptions& options)
{
    withPexip(profile, request, [=, this](pexip::PexipClient* client) {
        const int generation = m_generation;
        readSecret(profile, CredentialRole::ServiceAccount, [=, this](std::optional<QString> password) {
            if (generation != m_generation) {
                client->deleteLater();
                Q_EMIT failed(request, shell::ExchangeShell::shellError(QStringLiteral("OtjShell.Cancelled"),
                                                                        tr("Cancelled.")));
                return;
            }
            pexip::PexipStepRequest r;
            r.profile = profile;
            r.profilePath = journalProfile;
            r.tool = QStringLiteral("otj-wizard");
            r.options = options;
            r.options.serviceAccountPasswordKnown = password.has_value();
            r.servicePassword = password.value_or(QString());
            r.passwordChanged = [](const journal::RunJournal& journal) {
                return pexip::passwordChangedSinceSentToPexip(journal.changes());
            };
            r.verify = false; // the page verifies (verify())
            auto* run = new pexip::PexipStepRun(client, r, this);
            m_running << run;
            connect(run, &pexip::PexipStepRun::changeStarted, this,
                    [this, request](const QString& key) { Q_EMIT changeStarted(request, key); });
            connect(run, &pexip::PexipStepRun::changeFinished, this,
                    [this, request](const QString& key, bool ok, const shell::ShellError& e) {
                        Q_EMIT changeFinished(request, key, ok, e);
                    });
            connect(run, &pexip::PexipStepRun::finished, this,
                    [this, request, run, client](const pexip::PexipStepOutcome& step5) {
                        run->deleteLater();
                        client->deleteLater();
                        ApplyOutcome outcome;
                        outcome.applied = step5.applied;
                        outcome.notApplied = step5.notApplied;
                        outcome.failedChange = step5.failedKey;
                        outcome.error = step5.error;
                        outcome.message = step5.message;
                        switch (step5.result) {
                        case pexip::PexipStepOutcome::Result::Verified:
                        case pexip::PexipStepOutcome::Result::Applied:
                            outcome.result = ApplyOutcome::Result::Verified;
                            break;
                        case pexip::PexipStepOutcome::Result::Failed:
                            outcome.result = ApplyOutcome::Result::Failed;
                            break;
                        case pexip::PexipStepOutcome::Result::Cancelled:
                            outcome.result = ApplyOutcome::Result::Cancelled;
                            break;
                        case pexip::PexipStepOutcome::Result::CouldNotRun:
                            outcome.result = ApplyOutcome::Result::CouldNotRun;
                            if (step5.error) {
                                const shell::ShellError e = pexipProblem(step5.planned);
                                outcome.message = QStringList{step5.message, e.message, e.remedy}
                                                      .filter(QRegularExpression(QStringLiteral("\\S")))
                                                      .join(QLatin1Char(' '));
                            }
                            break;
                        }
                        Q_EMIT applyFinished(request, outcome);
                    });
            run->start();
        });
    });
}

void SetupSession::verifyPexip(int request, const QStringList& keys, const SetupProfile& profile,
                               const PlanOptions& options)
{
    m_pexipReads.insert(request);
    withPexip(profile, request, [=, this](pexip::PexipClient* client) {
        // Plan again; the password is never a difference (it cannot be read back).
        PlanOptions again = options;
        again.sendPexipPassword = false;
        pexip::PexipInspector::planFromProfile(
            *client, profile, again, {}, false, again.replacePexipKerberos, this,
            [this, request, keys, client](const StepPlan& fresh, const pexip::PexipInventory&) {
                client->deleteLater();
                if (!m_pexipReads.remove(request))
                    return; // cancelled: answered already
                QList<ChangeCheck> checks;
                for (const QString& key : keys) {
                    ChangeCheck check{key, CheckStatus::Passed, {}};
                    if (!fresh.inspected) {
                        const shell::ShellError e = pexipProblem(fresh);
                        check.status = CheckStatus::Failed;
                        check.detail = tr("Pexip could not be read back: %1").arg(e.message);
                    } else if (const PlannedChange* c = changeOf(fresh, key)) {
                        QStringList fields;
                        for (const FieldDiff& d : c->diffs)
                            fields << d.property;
                        check.status = CheckStatus::Failed;
                        check.detail =
                            c->objectExists
                                ? tr("Pexip still differs: %1").arg(fields.join(QStringLiteral(", ")))
                                : tr("Pexip still lacks it: %1").arg(c->desired.summary);
                    }
                    checks << check;
                }
                Q_EMIT verified(request, checks);
            });
    });
}

} // namespace otj::plan
