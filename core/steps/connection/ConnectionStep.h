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

private:
    void discover(ValidationContext& context);
    void probe(ValidationContext& context);
};

} // namespace otj
