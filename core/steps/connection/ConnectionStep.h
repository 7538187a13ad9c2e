// Connections: where EWS is (Autodiscover or the typed URL) and whether it answers as EWS.
// Owns connection.* and the one place an EWS client configuration is built from the profile.
#pragma once

#include "core/ews/EwsClient.h"
#include "core/profile/SetupProfile.h"
#include "core/steps/Step.h"

namespace otj {

struct ValidationOptions;

// The EWS client settings for the service account, from the profile (trust, authentication)
// and the run's options (concurrency, timeouts). The only place they are put together.
ews::EwsClientConfig ewsClientConfig(const SetupProfile& profile, const QString& password,
                                     const ValidationOptions& options);

class ConnectionStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::ConnectionStep)
public:
    ConnectionStep();
    StepId id() const override { return StepId::Connection; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext& context, Gate gate) override;

    // connection.tls (what this workstation trusts; prereq.p5 judges what Pexip trusts) from what
    // the probe saw. nullopt: the handshake succeeded and whether the system CAs alone trust the
    // chain is still open.
    static std::optional<Verdict>
    certificateVerdict(const QUrl& ewsUrl, const std::optional<ews::EwsResult<ews::ProbeInfo>>& probe,
                       const std::optional<ews::EwsError>& discoveryTlsError, bool customCa);
    // connection.tls once the chain verified: trusted by the system CAs, or only through the profile's CA.
    static Verdict trustedVerdict(bool systemTrusted);

private:
    void judgeTls(ValidationContext& context);
    void discover(ValidationContext& context);
    void probe(ValidationContext& context);
};

} // namespace otj
