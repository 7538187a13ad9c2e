#include "core/cli/PlanApplyCommands.h"

#include "core/logging/Logging.h"
#include "core/plan/Planners.h"
#include "core/profile/ProfileStore.h"
#include "core/script/RollbackPlan.h"
#include "core/secrets/CredentialStore.h"
#include "core/shell/PowerShellProgramSetting.h"
#include "core/steps/pexip/PexipInspector.h"
#include "core/steps/pexip/PexipStepRun.h"
#include "core/steps/serviceaccount/ServiceAccountPlanner.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_WIN
#include <cstdio>
#else
#include <unistd.h>
#endif

namespace otj::cli {

using namespace otj::plan;

namespace {

QString operationMark(const PlannedChange& c)
{
    return c.objectExists ? QStringLiteral("~") : QStringLiteral("+");
}

const char* const kCliCtx = "otj::cli::ExchangeCommand";
const ReasonText kStep5Reasons[] = {
    {"step5.not-inspected-no-node", kCliCtx,
     QT_TRANSLATE_NOOP("otj::cli::ExchangeCommand",
                       "Step 5 was not inspected: the profile names no Pexip Management Node.")},
    {"step5.not-inspected-no-password", kCliCtx,
     QT_TRANSLATE_NOOP("otj::cli::ExchangeCommand",
                       "Step 5 was not inspected: the Pexip admin password is not available."),
     QT_TRANSLATE_NOOP("otj::cli::ExchangeCommand",
                       "Store it in the keychain, or set %1 for an unattended run.")},
};

} // namespace

ExchangeCommand::~ExchangeCommand() = default;

void ExchangeCommand::finishWith(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_shell)
        m_shell->close();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void ExchangeCommand::writePlan(const Inspection& inspection, QTextStream& out)
{
    const Plan& plan = inspection.plan;
    if (!plan.domainController.isEmpty())
        out << tr("Domain controller for every change: %1").arg(plan.domainController) << Qt::endl;
    if (plan.viewEntireForest)
        out << tr("The rooms live in several AD domains (%1): the apply first runs "
                  "Set-ADServerSettings -ViewEntireForest $true.")
                   .arg(plan.domains.join(QStringLiteral(", ")))
            << Qt::endl;
    for (const StepPlan& step : plan.steps) {
        if (step.changes.isEmpty() && step.notes.isEmpty() && step.inspected)
            continue;
        out << Qt::endl
            << Steps::title(step.step) << QStringLiteral(" (") << Steps::key(step.step) << QStringLiteral(")")
            << Qt::endl;
        if (!step.inspected) {
            for (const shell::ShellError& e : step.problems)
                out << QStringLiteral("  ") << tr("could not inspect: %1").arg(e.message) << Qt::endl;
        }
        if (step.changes.isEmpty() && step.inspected)
            out << QStringLiteral("  ") << tr("No changes") << Qt::endl;
        for (const PlannedChange& c : step.changes) {
            out << QStringLiteral("  ") << operationMark(c) << QLatin1Char(' ') << c.desired.key
                << QStringLiteral(": ") << c.desired.summary << Qt::endl;
            for (const FieldDiff& d : c.diffs)
                out << QStringLiteral("      ") << d.property << QStringLiteral(": ") << d.before.display()
                    << QStringLiteral(" -> ") << d.after.display() << Qt::endl;
            out << QStringLiteral("      ") << powerShellLine(c, plan.domainController) << Qt::endl;
            if (c.deferred)
                out << QStringLiteral("      ")
                    << tr("(a value is taken from an object made earlier in this apply)") << Qt::endl;
        }
        for (const PlanNote& n : step.notes) {
            out << QStringLiteral("  ") << statusTitle(n.verdict.status).toLower() << QLatin1Char(' ')
                << (n.target.isEmpty() ? n.checkId : n.target) << QStringLiteral(": ")
                << reasons::cause(n.verdict.reason, n.verdict.args) << Qt::endl;
        }
    }
    out << Qt::endl;
    if (!plan.inspected())
        out << tr("Some steps could not be inspected (above).") << Qt::endl;
    else if (plan.changeCount() == 0)
        out << tr("No changes.") << Qt::endl;
    else
        out << tr("%n change(s) to make.", nullptr, plan.changeCount()) << Qt::endl;
}

shell::ShellOptions ExchangeCommand::shellOptions(const SetupProfile& profile,
                                                  const shell::SpeakerCommand& speaker,
                                                  const std::optional<QString>& adminPassword)
{
    shell::ShellOptions o;
    o.speaker = speaker;
    o.hello.connectionUri = profile.exchange.remotePowerShellUri;
    o.hello.authentication = profile.exchange.remotePowerShellAuthentication;
    // The admin credential only when the profile says so (the wizard's sign-in choice); otherwise
    // the logged-on Windows user, with no credential sent.
    if (profile.exchange.remotePowerShellSignIn == PowerShellSignIn::AdminAccount &&
        !profile.exchange.adminAccount.isEmpty() && adminPassword) {
        o.hello.username = profile.exchange.adminAccount;
        o.hello.password = *adminPassword;
    }
    return o;
}

shell::ShellOptions ExchangeCommand::shellOptions() const
{
    return shellOptions(m_profile, m_speaker, m_adminPassword);
}

PlanOptions ExchangeCommand::planOptions() const
{
    PlanOptions options;
    options.fixBookingBlockers = m_args.fixBookingBlockers;
    options.serviceAccountPasswordKnown = m_servicePassword.has_value();
    options.sendPexipPassword = m_args.sendPexipPassword;
    options.replacePexipKerberos = m_args.replaceKerberos;
    return options;
}

bool ExchangeCommand::step5Wanted() const
{
    return !m_args.rollback && !m_profile.pexip.managementNode.trimmed().isEmpty() && m_pexipPassword;
}

void ExchangeCommand::withStep5(std::shared_ptr<const Inspection> inspection, bool passwordChangedThisRun,
                                std::function<void(std::shared_ptr<const Inspection>)> done)
{
    if (m_args.rollback) {
        done(inspection);
        return;
    }
    reasons::add(kStep5Reasons);
    auto result = std::make_shared<Inspection>(*inspection);
    if (!step5Wanted()) {
        StepPlan skipped;
        skipped.step = StepId::Pexip;
        skipped.inspected = true;
        skipped.notes << (m_profile.pexip.managementNode.trimmed().isEmpty()
                              ? PlanNote{QStringLiteral("step5.integration"),
                                         {},
                                         Verdict{CheckStatus::Skipped, "step5.not-inspected-no-node"}}
                              : PlanNote{QStringLiteral("step5.integration"),
                                         {},
                                         Verdict{CheckStatus::Skipped,
                                                 "step5.not-inspected-no-password",
                                                 {QString::fromLatin1(
                                                     environmentVariable(CredentialRole::PexipAdmin))}}});
        result->plan.steps << skipped;
        done(result);
        return;
    }
    if (!m_pexip)
        m_pexip = std::make_unique<pexip::PexipClient>(
            pexip::PexipClientConfig::fromProfile(m_profile, *m_pexipPassword));
    pexip::PexipInspector::planFromProfile(
        *m_pexip, m_profile, planOptions(), {}, passwordChangedThisRun, m_args.replaceKerberos, this,
        [this, result, done](const StepPlan& step5, const pexip::PexipInventory& inventory) {
            StepPlan pexipStep = step5;
            if (!inventory.read) {
                pexipStep.inspected = false;
                pexipStep.problems << pexip::shellError(inventory.error).value_or(shell::ShellError{});
            } else if (StepPlan* step1 = [&result]() -> StepPlan* {
                           for (StepPlan& s : result->plan.steps)
                               if (s.step == StepId::ServiceAccount)
                                   return &s;
                           return nullptr;
                       }()) {
                // Step 1's conflict check with every VMR connector username; step 5's note for the
                // same account would say the same thing again.
                const PlanOptions options = planOptions();
                const PlanContext context{m_profile, options, result->state};
                if (const std::optional<PlanNote> conflict = serviceaccount::conflictsWithPexipConnector(
                        context, inventory.connectorUsernames())) {
                    step1->notes << *conflict;
                    pexipStep.notes.removeIf(
                        [](const PlanNote& n) { return n.checkId == QLatin1String("step5.vmr-account"); });
                }
            }
            result->plan.steps.removeIf([](const StepPlan& s) { return s.step == StepId::Pexip; });
            result->plan.steps << pexipStep;
            done(result);
        });
}

void ExchangeCommand::prepare(const QStringList& arguments, bool apply, std::function<void()> ready)
{
    QTextStream& err = *m_ctx.err;
    QCommandLineParser parser;
    QCommandLineOption profileOpt(QStringLiteral("profile"), tr("the profile (JSON)"), tr("FILE"));
    QCommandLineOption yesOpt(QStringLiteral("yes"), tr("apply without asking"));
    QCommandLineOption waitOpt(QStringLiteral("wait-pending"),
                               tr("re-check rooms whose impersonation waits for AD replication for up to "
                                  "SECONDS (default 600)"),
                               tr("SECONDS"));
    QCommandLineOption blockersOpt(QStringLiteral("fix-booking-blockers"),
                                   tr("also change the room settings that stop automatic booking"));
    QCommandLineOption sendPexipPasswordOpt(QStringLiteral("send-pexip-password"),
                                            tr("send the service account's password to Pexip (step 5)"));
    QCommandLineOption replaceKerberosOpt(
        QStringLiteral("replace-kerberos"),
        tr("move a Pexip integration on KERBEROS to the profile's method (step 5)"));
    QCommandLineOption rollbackOpt(QStringLiteral("rollback"),
                                   tr("back out what earlier applies changed (the run journal)"));
    parser.addOptions({profileOpt, blockersOpt, sendPexipPasswordOpt, replaceKerberosOpt});
    if (apply)
        parser.addOptions({yesOpt, waitOpt, rollbackOpt});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("otjctl ") + name()} + arguments)) {
        err << parser.errorText() << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *m_ctx.out << parser.helpText();
        finishWith(Success);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("otjctl %1: unexpected argument %2").arg(name(), parser.positionalArguments().first())
            << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    m_args.profilePath = parser.value(profileOpt);
    m_args.fixBookingBlockers = parser.isSet(blockersOpt);
    m_args.sendPexipPassword = parser.isSet(sendPexipPasswordOpt);
    m_args.replaceKerberos = parser.isSet(replaceKerberosOpt);
    if (apply) {
        m_args.yes = parser.isSet(yesOpt);
        m_args.rollback = parser.isSet(rollbackOpt);
        if (parser.isSet(waitOpt)) {
            bool ok = false;
            m_args.waitPendingSeconds = parser.value(waitOpt).toInt(&ok);
            if (!ok || m_args.waitPendingSeconds < 0 || m_args.waitPendingSeconds > 86400) {
                err << tr("--wait-pending must be 0-86400 seconds.") << Qt::endl;
                finishWith(CouldNotRun);
                return;
            }
        }
    }
    if (m_args.profilePath.isEmpty()) {
        err << tr("otjctl %1: --profile FILE is required.").arg(name()) << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    const ProfileLoadResult loaded = ProfileStore::load(m_args.profilePath);
    if (!loaded.ok()) {
        for (const ProfileIssue& issue : loaded.issues)
            err << issue.toString() << Qt::endl;
        err << tr("%1 cannot be used; nothing was inspected.").arg(m_args.profilePath) << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    m_profile = loaded.profile;
    const shell::PowerShellProgramSetting::Resolution program = shell::PowerShellProgramSetting::resolve();
    if (!program.ok()) {
        err << program.error << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    m_speaker = program.command;
    m_planners = makeExchangePlanners();
    if (!m_ctx.credentials) {
        ready();
        return;
    }
    const QString id = m_profile.profileIdString();
    m_ctx.credentials->read(
        id, CredentialRole::ExchangeAdmin, this, [this, id, ready](const CredentialResult& admin) {
            if (admin.ok())
                m_adminPassword = admin.secret;
            m_ctx.credentials->read(
                id, CredentialRole::ServiceAccount, this, [this, id, ready](const CredentialResult& sa) {
                    if (sa.ok())
                        m_servicePassword = sa.secret;
                    if (!m_adminPassword)
                        qCInfo(lcCli) << "no Exchange admin password: signing in as the logged-on user";
                    if (m_profile.pexip.managementNode.trimmed().isEmpty()) {
                        ready();
                        return;
                    }
                    m_ctx.credentials->read(id, CredentialRole::PexipAdmin, this,
                                            [this, ready](const CredentialResult& px) {
                                                if (px.ok() && !px.secret.isEmpty())
                                                    m_pexipPassword = px.secret;
                                                ready();
                                            });
                });
        });
}

QString PlanCommand::usage()
{
    return tr("plan --profile FILE [--fix-booking-blockers] [--send-pexip-password] [--replace-kerberos]: "
              "show every change (steps 1-5) before it is made");
}

void PlanCommand::start(const QStringList& arguments)
{
    prepare(arguments, false, [this] {
        m_shell = new shell::ExchangeShell(shellOptions(), this);
        m_inspector = new ExchangeInspector(m_shell, m_profile, planOptions(), pointers(m_planners), this);
        connect(m_inspector, &ExchangeInspector::finished, this,
                [this](std::shared_ptr<const Inspection> exchange) {
                    withStep5(exchange, false, [this](std::shared_ptr<const Inspection> inspection) {
                        writePlan(*inspection, *m_ctx.out);
                        m_ctx.out->flush();
                        if (!inspection->plan.inspected())
                            finishWith(CouldNotRun);
                        else
                            finishWith(inspection->plan.changeCount() > 0 ? Failed : Success);
                    });
                });
        connect(m_inspector, &ExchangeInspector::failed, this, [this](const shell::ShellError& e) {
            if (e.fullyQualifiedErrorId == QLatin1String("OtjShell.Cancelled")) {
                finishWith(Cancelled);
                return;
            }
            *m_ctx.err << tr("Could not inspect Exchange: %1").arg(e.message) << Qt::endl;
            if (!e.remedy.isEmpty())
                *m_ctx.err << e.remedy << Qt::endl;
            finishWith(CouldNotRun);
        });
        m_inspector->start();
    });
}

void PlanCommand::cancel()
{
    if (m_pexip)
        m_pexip->cancelAll();
    if (m_inspector)
        m_inspector->cancel();
    else
        finishWith(Cancelled);
}

QString ApplyCommand::usage()
{
    return tr("apply --profile FILE [--yes] [--wait-pending SECONDS] [--fix-booking-blockers] "
              "[--send-pexip-password] [--replace-kerberos] [--rollback]: make the planned changes and "
              "verify them (--rollback: back out what earlier applies changed)");
}

void ApplyCommand::start(const QStringList& arguments)
{
    prepare(arguments, true, [this] {
        m_shell = new shell::ExchangeShell(shellOptions(), this);
        ApplyOptions options;
        options.tool = QStringLiteral("otjctl");
        options.waitPendingSeconds = m_args.waitPendingSeconds;
        const std::optional<QString> secret = m_servicePassword;
        options.secret = [secret](const DesiredChange&) {
            return secret;
        };
        options.credentials = m_servicePassword ? m_ctx.credentials : nullptr;
        if (m_args.rollback) {
            options.backOut = [this](const journal::RunJournal& journal) {
                for (const QString& note : script::Rollback::plan(journal).notes)
                    *m_ctx.err << note << Qt::endl;
                return script::rollbackChanges(journal, m_profile);
            };
        }
        m_runner = new ApplyRunner(m_shell, m_profile, m_args.profilePath, planOptions(),
                                   pointers(m_planners), options, this);
        connect(m_runner, &ApplyRunner::planned, this, &ApplyCommand::onPlanned);
        connect(m_runner, &ApplyRunner::finished, this, &ApplyCommand::onFinished);
        connect(m_runner, &ApplyRunner::changeFinished, this,
                [this](int, bool ok, const shell::ShellError& e) {
                    ++m_done;
                    if (!ok && !e.message.isEmpty())
                        *m_ctx.err << tr("failed: %1").arg(e.message) << Qt::endl;
                    if (m_ctx.stderrIsTerminal)
                        *m_ctx.err << QStringLiteral("\r%1/%2").arg(m_done).arg(m_total) << Qt::flush;
                });
        connect(m_runner, &ApplyRunner::verifying, this, [this] {
            *m_ctx.err << Qt::endl << tr("Verifying…") << Qt::endl;
        });
        connect(m_runner, &ApplyRunner::pending, this, [this](int secondsLeft, int rooms) {
            *m_ctx.err << tr("%n room(s) wait for AD replication (Pending); re-checking, %1 s left.", nullptr,
                             rooms)
                              .arg(secondsLeft)
                       << Qt::endl;
        });
        m_runner->inspect();
    });
}

void ApplyCommand::onPlanned(std::shared_ptr<const Inspection> exchange)
{
    withStep5(exchange, false,
              [this](std::shared_ptr<const Inspection> inspection) { onPlannedWithStep5(inspection); });
}

void ApplyCommand::onPlannedWithStep5(std::shared_ptr<const Inspection> inspection)
{
    writePlan(*inspection, *m_ctx.out);
    m_ctx.out->flush();
    if (!inspection->plan.inspected()) {
        *m_ctx.err << tr("Not applied: Exchange could not be inspected completely; nothing was changed.")
                   << Qt::endl;
        m_abandonCode = CouldNotRun;
        m_runner->abandon();
        return;
    }
    m_total = inspection->plan.changeCount();
    if (m_total == 0 || m_args.yes) {
        m_runner->apply();
        return;
    }
    if (!m_ctx.stdinIsTerminal) {
        *m_ctx.err
            << tr("Confirmation needed: run with --yes to apply without a terminal. Nothing was changed.")
            << Qt::endl;
        m_abandonCode = CouldNotRun;
        m_runner->abandon();
        return;
    }
    confirm(m_total);
}

void ApplyCommand::confirm(int changes)
{
    *m_ctx.err << tr("Apply these %n change(s)? [y/N] ", nullptr, changes) << Qt::flush;
#ifdef Q_OS_WIN
    char line[64] = {};
    const bool yes = std::fgets(line, sizeof line, stdin) && (line[0] == 'y' || line[0] == 'Y');
    m_abandonCode = Failed;
    yes ? m_runner->apply() : m_runner->abandon();
#else
    // Read the answer without blocking the event loop, so Ctrl-C still cancels.
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 1 && c != '\n' && m_answer.size() < 64) {
            m_answer.append(c);
            return;
        }
        m_stdin->setEnabled(false);
        const QByteArray answer = m_answer.trimmed().toLower();
        if (answer == "y" || answer == "yes") {
            m_runner->apply();
        } else {
            *m_ctx.err << tr("Nothing was changed.") << Qt::endl;
            m_abandonCode = Failed; // the changes are still pending
            m_runner->abandon();
        }
    });
#endif
}

void ApplyCommand::applyStep5(ApplyOutcome outcome)
{
    m_step5Done = true;
    if (!m_pexip)
        m_pexip = std::make_unique<pexip::PexipClient>(
            pexip::PexipClientConfig::fromProfile(m_profile, m_pexipPassword.value_or(QString())));
    pexip::PexipStepRequest request;
    request.profile = m_profile;
    request.profilePath = m_args.profilePath;
    request.tool = QStringLiteral("otjctl");
    request.options = planOptions();
    request.servicePassword = m_servicePassword.value_or(QString());
    // The password goes to Pexip when this run (steps 1-4 just before) set it.
    request.passwordChanged = [run = m_runner->journal().runId()](const journal::RunJournal& journal) {
        return pexip::passwordChangedInRun(journal.changes(), run);
    };
    m_step5 = new pexip::PexipStepRun(m_pexip.get(), request, this);
    connect(m_step5, &pexip::PexipStepRun::finished, this,
            [this, outcome](const pexip::PexipStepOutcome& step5) {
                m_step5->deleteLater();
                ApplyOutcome combined = outcome;
                combined.applied << step5.applied;
                switch (step5.result) {
                case pexip::PexipStepOutcome::Result::Verified:
                case pexip::PexipStepOutcome::Result::Applied:
                    break;
                case pexip::PexipStepOutcome::Result::Cancelled:
                    combined.result = ApplyOutcome::Result::Cancelled;
                    combined.notApplied << step5.notApplied;
                    break;
                case pexip::PexipStepOutcome::Result::Failed:
                case pexip::PexipStepOutcome::Result::CouldNotRun:
                    combined.result = ApplyOutcome::Result::Failed;
                    combined.failedChange = step5.failedKey;
                    if (!step5.failedKey.isEmpty())
                        combined.error = step5.error;
                    combined.message = step5.message;
                    break;
                }
                onFinished(combined);
            });
    m_step5->start();
}

void ApplyCommand::onFinished(const ApplyOutcome& outcome)
{
    if (!m_step5Done && step5Wanted() &&
        (outcome.result == ApplyOutcome::Result::Verified ||
         outcome.result == ApplyOutcome::Result::Pending)) {
        applyStep5(outcome);
        return;
    }
    QTextStream& out = *m_ctx.out;
    if (m_ctx.stderrIsTerminal && m_total > 0)
        *m_ctx.err << Qt::endl;
    if (outcome.settledApplied + outcome.settledNotApplied > 0)
        out << tr("An earlier apply was interrupted: %1 of its changes had been made, %2 not (journal "
                  "settled).")
                   .arg(outcome.settledApplied)
                   .arg(outcome.settledNotApplied)
            << Qt::endl;
    auto listKeys = [&out](const QString& title, const QStringList& keys) {
        if (keys.isEmpty())
            return;
        out << title << Qt::endl;
        for (const QString& k : keys.mid(0, 20))
            out << QStringLiteral("  ") << k << Qt::endl;
        if (keys.size() > 20)
            out << QStringLiteral("  … (+%1)").arg(keys.size() - 20) << Qt::endl;
    };
    switch (outcome.result) {
    case ApplyOutcome::Result::Verified:
        if (m_args.rollback) {
            out << (outcome.applied.isEmpty()
                        ? tr("Nothing to back out.")
                        : tr("%n change(s) backed out and verified.", nullptr, int(outcome.applied.size())))
                << Qt::endl;
            if (outcome.conflicts > 0)
                out << tr("%n value(s) changed by someone else since were kept (conflicts above).", nullptr,
                          outcome.conflicts)
                    << Qt::endl;
            finishWith(outcome.conflicts > 0 ? Failed : Success);
            return;
        }
        out << (outcome.applied.isEmpty()
                    ? tr("Nothing to change; Exchange already matches the profile.")
                    : tr("%n change(s) applied and verified.", nullptr, int(outcome.applied.size())))
            << Qt::endl;
        finishWith(Success);
        return;
    case ApplyOutcome::Result::Pending:
        out << tr("Applied, but impersonation is not effective yet for %n room(s) (Pending: AD replication). "
                  "Run otjctl validate later.",
                  nullptr, int(outcome.pendingRooms.size()))
            << Qt::endl;
        listKeys(tr("Pending:"), outcome.pendingRooms);
        finishWith(Failed);
        return;
    case ApplyOutcome::Result::Failed:
        if (!outcome.failedChange.isEmpty() || outcome.error)
            out << tr("Stopped: %1 failed: %2")
                       .arg(outcome.failedChange.isEmpty() ? tr("a request") : outcome.failedChange,
                            outcome.error ? outcome.error->message : QString())
                << Qt::endl;
        if (!outcome.message.isEmpty())
            out << outcome.message << Qt::endl;
        out << tr("Applied: %1, not applied: %2.").arg(outcome.applied.size()).arg(outcome.notApplied.size())
            << Qt::endl;
        listKeys(tr("Applied:"), outcome.applied);
        listKeys(tr("Not applied:"), outcome.notApplied);
        out << tr("Run otjctl apply again to continue from here.") << Qt::endl;
        finishWith(Failed);
        return;
    case ApplyOutcome::Result::Cancelled:
        if (m_abandonCode != Cancelled) { // not confirmed: said so already
            finishWith(m_abandonCode);
            return;
        }
        out << tr("Cancelled: %1 change(s) applied, %2 not applied.")
                   .arg(outcome.applied.size())
                   .arg(outcome.notApplied.size())
            << Qt::endl;
        listKeys(tr("Applied:"), outcome.applied);
        finishWith(m_abandonCode);
        return;
    case ApplyOutcome::Result::CouldNotRun:
        *m_ctx.err << tr("Could not apply: %1").arg(outcome.message) << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
}

void ApplyCommand::cancel()
{
    if (m_step5)
        m_step5->cancel();
    else if (m_pexip)
        m_pexip->cancelAll();
    if (m_runner)
        m_runner->cancel();
    else
        finishWith(Cancelled);
}

} // namespace otj::cli
