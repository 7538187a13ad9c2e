// Prerequisites: rooms are room mailboxes (P1), automatic calendar processing (P2, the calendar
// processing step's verdict), Safe Links (P3), Exchange PowerShell (P4), the EWS certificate (P5).
#pragma once

#include "core/ews/EwsClient.h"
#include "core/plan/StepPlanner.h"
#include "core/steps/Step.h"

namespace otj {

class PrerequisitesStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::PrerequisitesStep)
public:
    PrerequisitesStep();
    StepId id() const override { return StepId::Prerequisites; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext& context, Gate gate) override;

    // P5 from what the connection step saw: the URL, the probe, or Autodiscover's TLS failure.
    // nullopt: the handshake succeeded and whether the system CAs alone trust the chain is still open.
    static std::optional<Verdict>
    certificateVerdict(const QUrl& ewsUrl, const std::optional<ews::EwsResult<ews::ProbeInfo>>& probe,
                       const std::optional<ews::EwsError>& discoveryTlsError, bool customCa);
    // P5 once the chain verified: trusted by the system CAs, or only through the profile's CA.
    static Verdict trustedVerdict(bool systemTrusted);

    // P4 from an inspection: Exchange Management PowerShell answered, and no read or planned change
    // needs a cmdlet the admin's session lacks (each named with the management role that has it).
    // A session that could not be opened says why and points to the exported script.
    static Verdict powerShellVerdict(const plan::Inspection& inspection, QJsonObject* evidence = nullptr);

private:
    // P1, P2 (per room) and P4 from ValidationOptions::inspection.
    void judgeInspection(ValidationContext& context);
};

} // namespace otj
