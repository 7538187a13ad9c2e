// Pexip integration: the One-Touch Join integration on the Management Node matches the profile
// (read back through the management API: otjctl validate's step 5 checks). Owns step5.*. Reads
// the Pexip admin password (Credentials gate) and what the Management Node holds (Discover gate,
// shared with prereq.p5 through ValidationContext::pexipInventory).
#pragma once

#include "core/pexip/PexipClient.h"
#include "core/steps/Step.h"
#include "core/steps/pexip/Agreement.h"

#include <memory>

namespace otj {

class PexipStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::PexipStep)
public:
    PexipStep();
    ~PexipStep() override;
    StepId id() const override { return StepId::Pexip; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext& context, Gate gate) override;
    // step5.agreement, when its verdict hangs on the sign-in result (SignIn gate).
    void conclude(ValidationContext& context) override;

private:
    bool wanted(const ValidationContext& context) const;
    void readPassword(ValidationContext& context);
    void readPexip(ValidationContext& context);
    // Why Pexip cannot be judged in this run (no node, no password, unreadable); nullopt: it can.
    static std::optional<Verdict> pexipUnavailable(const ValidationContext& context);
    void judgeIntegration(ValidationContext& context);
    void judgeAgreement(ValidationContext& context);
    // Finalizes step5.agreement, or (not `final`, and the verdict hangs on the sign-in) waits.
    void decideAgreement(ValidationContext& context, bool final);
    std::unique_ptr<pexip::PexipClient> m_client;
    std::shared_ptr<pexip::AgreementInput> m_agreement; // until step5.agreement is decided
};

} // namespace otj
