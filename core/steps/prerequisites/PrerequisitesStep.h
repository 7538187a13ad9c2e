// Prerequisites: rooms are room mailboxes (P1), automatic calendar processing (P2, the calendar
// processing step's verdict), Safe Links (P3), Exchange PowerShell (P4), whether Pexip will trust
// the EWS certificate (P5; what this workstation trusts is connection.tls).
#pragma once

#include "core/ews/EwsClient.h"
#include "core/plan/StepPlanner.h"
#include "core/steps/Step.h"
#include "core/steps/pexip/PexipPlanner.h"

namespace otj {

class PrerequisitesStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::PrerequisitesStep)
public:
    PrerequisitesStep();
    StepId id() const override { return StepId::Prerequisites; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext& context, Gate gate) override;
    // P3 from the meetings the content check read (ValidationContext::inspectedMeetings).
    void conclude(ValidationContext& context) override;

    // P5: what Pexip will trust — the chain against the shipped public-root bundle plus the CAs
    // uploaded to Pexip (pexipRead false: those could not be read, `unreadWhy` says why); a
    // Warning when a certificate of the chain expires within 30 days of `now`.
    static Verdict pexipTrustVerdict(const pexip::PexipTrust& trust, bool pexipRead, const QString& unreadWhy,
                                     const QDateTime& now);

    // P4 from an inspection: Exchange Management PowerShell answered, and no read or planned change
    // needs a cmdlet the admin's session lacks (each named with the management role that has it).
    // A session that could not be opened says why and points to the exported script.
    static Verdict powerShellVerdict(const plan::Inspection& inspection, QJsonObject* evidence = nullptr);

private:
    // P1, P2 (per room) and P4 from ValidationOptions::inspection.
    void judgeInspection(ValidationContext& context);
};

} // namespace otj
