// The validation engine: builds the check tree from what the steps declare (core/steps/) and runs
// it gate by gate (credentials -> endpoint -> handshake -> sign-in -> mailboxes). It only
// orchestrates: which checks exist and how they are decided is the steps' business. One
// ValidationResults feeds the GUI and otjctl.
#pragma once

#include "core/validation/ValidationContext.h"

#include <QObject>

#include <memory>
#include <vector>

namespace otj {

class CredentialStore;

// The product's steps, in the order their checks are listed.
std::vector<std::unique_ptr<Step>> defaultSteps();

class ValidationRunner : public QObject
{
    Q_OBJECT
public:
    ValidationRunner(const SetupProfile& profile, CredentialStore* credentials,
                     const ValidationOptions& options, ValidationResults* results, QObject* parent = nullptr);
    // With other steps than the product's (tests).
    ValidationRunner(const SetupProfile& profile, CredentialStore* credentials,
                     const ValidationOptions& options, ValidationResults* results,
                     std::vector<std::unique_ptr<Step>> steps, QObject* parent = nullptr);
    ~ValidationRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // Nothing could be checked (no password): no result worth reading, otjctl exits 2.
    bool couldNotRun() const { return m_ctx && m_ctx->m_couldNotRun; }
    QString couldNotRunReason() const { return m_ctx ? m_ctx->m_couldNotRunReason : QString(); }
    ews::EwsStats ewsStats() const;
    int done() const { return m_ctx ? m_ctx->m_done : 0; }
    int total() const { return m_ctx ? m_ctx->m_total : 0; }

Q_SIGNALS:
    void progress(int done, int total);
    void throttled(int waitMs, const QString& reason, qint64 totalWaitMs);
    void finished();

private:
    bool selected(const QString& id) const;
    void buildTree();
    void openGate(int gate);
    void skipRemaining(const Verdict& why);
    void complete();
    void finish();

    SetupProfile m_profile;
    QPointer<CredentialStore> m_credentials;
    ValidationOptions m_opt;
    ValidationResults* m_results;
    std::vector<std::unique_ptr<Step>> m_steps;
    std::unique_ptr<ValidationContext> m_ctx;
    int m_gate = -1;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finishPending = false;
    ews::EwsStats m_lastStats;
};

} // namespace otj
