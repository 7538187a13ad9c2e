// otjctl plan --profile FILE [--fix-booking-blockers]
//   prints the plan per step ("No changes" when none): each change with its diffs and PowerShell
//   line, and the notes (booking blockers...). Exit 0 no changes, 1 changes pending, 2 could not inspect.
// otjctl apply --profile FILE [--yes] [--wait-pending SECONDS] [--fix-booking-blockers]
//   the same plan, a confirmation (never waited for without a terminal: exit 2, nothing changed),
//   then the changes, journaled, and the verification. Exit 0 all verified, 1 a change failed or
//   rooms are still Pending, 2 could not run (nothing changed), 130 cancelled between commands.
// Step 5 (Pexip) is part of plan and apply when the profile names pexip.managementNode and the
// Pexip admin password is available (keychain or OTJ_PEXIP_PASSWORD); otherwise the plan says it was
// not inspected and why. --send-pexip-password, --replace-kerberos: core/pexip/README.md.
// otjctl apply --rollback --profile FILE [--yes]
//   the back-out of the run journal's applied changes (the plan rollback.ps1 runs,
//   script::rollbackChanges): a value is reverted only while it is still what the tool set, an
//   object the tool created is removed only while unchanged; anything else is a conflict, shown and
//   kept. Journaled with `rollback: true`. Exit 0 done, 1 conflicts or a failure, 2 could not run
//   (nothing to back out), 130 cancelled.
// The shell: the machine's PowerShell program (OTJ_POWERSHELL); signed in as the profile's
// exchange.adminAccount with its password (OTJ_EXCHANGE_ADMIN_PASSWORD or the keychain) when the
// profile's exchange.remotePowerShell.signIn is adminAccount, else as the logged-on Windows user.
#pragma once

#include "core/cli/Command.h"
#include "core/pexip/PexipClient.h"
#include "core/plan/ApplyRunner.h"
#include "core/profile/SetupProfile.h"
#include "core/steps/pexip/PexipStepRun.h"

#include <QPointer>

#include <memory>
#include <vector>

class QSocketNotifier;

namespace otj::cli {

// What plan and apply share: arguments, profile, credentials, the shell and the planners.
class ExchangeCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ~ExchangeCommand() override;

    // The plan as text (also used by tests).
    static void writePlan(const plan::Inspection& inspection, QTextStream& out);
    // The shell's options: the admin credential only when the profile signs in as its admin
    // account (exchange.remotePowerShell.signIn), else the logged-on Windows user. Also validate's.
    static shell::ShellOptions shellOptions(const SetupProfile& profile, const shell::SpeakerCommand& speaker,
                                            const std::optional<QString>& adminPassword);

protected:
    struct Arguments
    {
        QString profilePath;
        bool yes = false;
        int waitPendingSeconds = 600;
        bool fixBookingBlockers = false;
        bool rollback = false; // apply --rollback: the back-out of the journal's applied changes
        bool sendPexipPassword = false;
        bool replaceKerberos = false;
    };
    // Step 5 (Pexip) added to an Exchange inspection: planned when the profile names a Management
    // Node and the Pexip admin password is available, else a Skipped note saying why. Pexip's VMR
    // connector usernames feed step 1's conflict check (step5.vmr-account is then not repeated).
    void withStep5(std::shared_ptr<const plan::Inspection> inspection, bool passwordChangedThisRun,
                   std::function<void(std::shared_ptr<const plan::Inspection>)> done);
    bool step5Wanted() const;
    // Parses, loads the profile and reads the passwords; then `ready` (or finishWith(CouldNotRun)).
    void prepare(const QStringList& arguments, bool apply, std::function<void()> ready);
    void finishWith(int code);
    shell::ShellOptions shellOptions() const;
    plan::PlanOptions planOptions() const;

    Arguments m_args;
    SetupProfile m_profile;
    std::optional<QString> m_adminPassword;
    std::optional<QString> m_servicePassword;
    std::optional<QString> m_pexipPassword;
    std::unique_ptr<pexip::PexipClient> m_pexip;
    shell::SpeakerCommand m_speaker;
    std::vector<std::unique_ptr<plan::StepPlanner>> m_planners;
    QPointer<shell::ExchangeShell> m_shell;
    bool m_finished = false;
};

class PlanCommand : public ExchangeCommand
{
    Q_OBJECT
public:
    using ExchangeCommand::ExchangeCommand;
    QString name() const override { return QStringLiteral("plan"); }
    static QString usage();
    QString summary() const override { return usage(); }
    void start(const QStringList& arguments) override;
    void cancel() override;

private:
    QPointer<plan::ExchangeInspector> m_inspector;
};

class ApplyCommand : public ExchangeCommand
{
    Q_OBJECT
public:
    using ExchangeCommand::ExchangeCommand;
    QString name() const override { return QStringLiteral("apply"); }
    static QString usage();
    QString summary() const override { return usage(); }
    void start(const QStringList& arguments) override;
    void cancel() override;

private:
    void onPlanned(std::shared_ptr<const plan::Inspection> inspection);
    void onPlannedWithStep5(std::shared_ptr<const plan::Inspection> inspection);
    void confirm(int changes);
    void onFinished(const plan::ApplyOutcome& outcome);
    // After steps 1-4: step 5 through pexip::PexipStepRun (re-planned with "this run set the
    // password", applied, journaled, verified by planning again); then onFinished() with the
    // combined outcome.
    void applyStep5(plan::ApplyOutcome outcome);
    bool m_step5Done = false;
    QPointer<pexip::PexipStepRun> m_step5;

    QPointer<plan::ApplyRunner> m_runner;
    QSocketNotifier* m_stdin = nullptr;
    QByteArray m_answer;
    int m_total = 0;
    int m_done = 0;
    int m_abandonCode = Cancelled; // the exit code when the runner ends without applying
};

} // namespace otj::cli
