// The setup steps, as core knows them. StepId is the only mapping between check ids and steps:
// a check id's prefix ("step2.impersonation/room" -> "step2") names its step, and the same key is
// the JSON "fixStep". Core text never names a wizard page; the wizard maps StepId -> page.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace otj {

enum class StepId {
    Prerequisites,
    Connection,
    ServiceAccount,
    Impersonation,
    Authentication,
    CalendarProcessing,
    Pexip,
};
inline constexpr StepId AllSteps[] = {
    StepId::Prerequisites,  StepId::Connection,         StepId::ServiceAccount, StepId::Impersonation,
    StepId::Authentication, StepId::CalendarProcessing, StepId::Pexip};

class Steps
{
    Q_DECLARE_TR_FUNCTIONS(otj::Steps)
public:
    // "prereq", "connection", "step1" ... "step5": check-id prefixes and JSON fixStep values (stable).
    static QString key(StepId step);
    static std::optional<StepId> fromKey(QStringView key);
    // The step a check id belongs to ("step2.scope" -> Impersonation).
    static std::optional<StepId> ofCheck(QStringView checkId);
    // The step's name in the user's language ("Impersonation"), for "Go to …" and otjctl.
    static QString title(StepId step);
};

} // namespace otj
