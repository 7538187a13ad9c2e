// Impersonation: the service account impersonates every OTJ room (step2.impersonation), reads
// their calendars (step2.calendar-read), and is refused a mailbox that is not a room (step2.scope).
// The content check of calendar processing inspects what this step reads, room by room.
#pragma once

#include "core/ews/EwsClient.h"
#include "core/steps/Step.h"

namespace otj {

class CalendarProcessingStep;

class ImpersonationStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::ImpersonationStep)
public:
    // `content` (may be null) inspects each room's calendar once it is read.
    explicit ImpersonationStep(CalendarProcessingStep* content);
    StepId id() const override { return StepId::Impersonation; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext& context, Gate gate) override;
    void conclude(ValidationContext& context) override;

    // An EWS call made as `room` failed (ews.md §3.3).
    static Verdict impersonationVerdict(const ews::EwsError& error, const QString& room);
    // The scope probe of a mailbox that is not a room: allowed = over-broad.
    static Verdict scopeVerdict(const ews::EwsError& error, const QString& probeMailbox);
    // Not a single room can be impersonated and (at least two) refusals are impersonation refusals:
    // the cause is the assignment itself. `roomCodes`: each room's response code, "" when it passed.
    static std::optional<Verdict> wholeStepVerdict(const QStringList& roomCodes, QString* code);

private:
    static Verdict powerShellVerdict(const ValidationContext& context, const char* checkId,
                                     const QStringList& changePrefixes);
    // Why EWS refused `room`, from the run's Exchange inspection (ImpersonationDiagnosis); nullopt:
    // no inspection, or it explains nothing.
    static std::optional<Verdict> refusalExplained(const ValidationContext& context, const QString& room,
                                                   const Verdict& refusal);
    void runRoom(ValidationContext& context, const QString& room);
    void runScope(ValidationContext& context);
    CalendarProcessingStep* m_content;
};

} // namespace otj
