// Authentication: the service account's password is available, and it signs in to EWS with the
// chosen method. Owns step3.*.
#pragma once

#include "core/ews/EwsClient.h"
#include "core/profile/SetupProfile.h"
#include "core/steps/Step.h"

namespace otj {

class AuthenticationStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::AuthenticationStep)
public:
    AuthenticationStep();
    StepId id() const override { return StepId::Authentication; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext& context, Gate gate) override;

    // The sign-in verdict: the EWS answer to ResolveNames (any EWS answer means IIS accepted the
    // credentials), or `offered` not containing the method when the probe saw the schemes.
    static Verdict signInVerdict(EwsAuthentication method, const ews::EwsError& error);
    static Verdict methodNotOfferedVerdict(EwsAuthentication method, const QStringList& offered);

private:
    void readPassword(ValidationContext& context);
    void signIn(ValidationContext& context);
};

} // namespace otj
