// Step 5's apply, one implementation for otjctl apply and the wizard (plan::SetupSession): under the
// profile's ApplyLock, plan step 5 afresh (PexipInspector::planFromProfile; "the password changed"
// asked of the journal), apply its REST changes with PexipApplier in their own journal run (tool
// "otjctl" / "otj-wizard"; `cmdlet` = "POST <path>", the password as «secret»), then verify by
// planning again (nothing may be left; the password cannot be read back). Nothing to change: no
// journal run. cancel() ends every Pexip request and wait (PexipClient::cancelAll).
#pragma once

#include "core/journal/RunJournal.h"
#include "core/pexip/PexipClient.h"
#include "core/plan/DesiredChange.h"
#include "core/plan/StepPlanner.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace otj::pexip {

struct PexipStepRequest
{
    SetupProfile profile;
    QString profilePath; // the journal and the lock sit beside it
    QString tool;        // the journal's run-started `tool`
    plan::PlanOptions options;
    QString servicePassword; // sent only where the plan says so; empty: not known
    // Must Pexip get the password although the admin did not ask (sendPexipPassword)? Asked once
    // the journal is loaded under the lock. Null: no.
    std::function<bool(const journal::RunJournal&)> passwordChanged;
    bool verify = true; // plan again after the apply (the wizard verifies through its own step)
};

struct PexipStepOutcome
{
    enum class Result {
        Verified,    // applied (or nothing to do) and, when asked, planning again found nothing left
        Applied,     // applied, not verified (PexipStepRequest::verify false)
        Failed,      // a request failed, or verification still found changes (message)
        Cancelled,   // cancel() while a request ran
        CouldNotRun, // nothing sent: Pexip could not be read, the lock is held, the journal unwritable
    };
    Result result = Result::CouldNotRun;
    plan::StepPlan planned; // the plan this run applied
    QStringList applied;    // keys applied in this run (the journal's), in order
    QStringList notApplied; // keys planned but not applied (after a failure or cancel)
    QString failedKey;      // the change whose request failed
    std::optional<shell::ShellError> error;
    QString message;                     // translated: why it could not run, or what verification found
    std::optional<plan::StepPlan> after; // planning again (verify)
};

// A Pexip error as the plan model's error ("OtjPexip.<kind>", the translated summary).
std::optional<shell::ShellError> shellError(const PexipError& error);

// The wizard's rule for "the service account's password changed" (core/journal/README.md): the
// journal shows an applied step-1 change that set the password after the last applied
// step5.integration change that sent one (or no step-5 change ever sent it).
bool passwordChangedSinceSentToPexip(const QList<journal::JournalChange>& changes);

class PexipStepRun : public QObject
{
    Q_OBJECT
public:
    // `client` (not owned) was made with PexipClientConfig::fromProfile and the Pexip admin password.
    PexipStepRun(PexipClient* client, PexipStepRequest request, QObject* parent = nullptr);
    ~PexipStepRun() override;

    void start();
    void cancel();

Q_SIGNALS:
    void planned(const otj::plan::StepPlan& plan);
    void changeStarted(const QString& key);
    void changeFinished(const QString& key, bool ok, const otj::shell::ShellError& error);
    void finished(const otj::pexip::PexipStepOutcome& outcome);

private:
    void applyPlan(const plan::StepPlan& step5);
    void verifyApplied(PexipStepOutcome outcome);
    void finish(PexipStepOutcome outcome);

    QPointer<PexipClient> m_client;
    PexipStepRequest m_request;
    std::unique_ptr<journal::ApplyLock> m_lock;
    std::unique_ptr<journal::RunJournal> m_journal;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace otj::pexip
