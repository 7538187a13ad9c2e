// Whether a room's meetings keep their subject and body: a pure function of the inspected items
// and, when known, the time of the room's last calendar-processing change (rules: the step4.content
// row of core/validation/README.md).
#pragma once

#include "core/ews/EwsResponse.h"
#include "core/steps/Reason.h"

#include <QDateTime>

namespace otj {

struct ContentVerdict
{
    Verdict verdict;
    QList<int> stripped; // indices into the items that the verdict is about (evidence)
};

// A meeting lost its body or its subject (empty, or replaced by the organizer's name).
bool isStripped(const ews::CalendarItem& item);
// `knownChange` invalid: inferred from the items themselves (a stripped meeting newer than an intact
// one proves the room strips now).
ContentVerdict contentVerdict(const QList<ews::CalendarItem>& items, const QDateTime& knownChange,
                              const QString& room);

} // namespace otj
