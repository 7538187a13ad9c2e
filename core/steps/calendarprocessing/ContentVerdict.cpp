#include "core/steps/calendarprocessing/ContentVerdict.h"

namespace otj {

using namespace otj::ews;

bool isStripped(const CalendarItem& i)
{
    const QString subject = i.subject.trimmed();
    return i.body.trimmed().isEmpty() || subject.isEmpty() ||
           (!i.organizerName.isEmpty() &&
            subject.compare(i.organizerName.trimmed(), Qt::CaseInsensitive) == 0);
}

ContentVerdict contentVerdict(const QList<CalendarItem>& items, const QDateTime& known, const QString& room)
{
    QDateTime newestIntact;
    for (const CalendarItem& i : items) {
        if (!isStripped(i) && (!newestIntact.isValid() || i.created > newestIntact))
            newestIntact = i.created;
    }
    QList<int> strippedNew, strippedOld;
    for (int n = 0; n < items.size(); ++n) {
        const CalendarItem& i = items.at(n);
        if (!isStripped(i))
            continue;
        // Without the change time (PowerShell/journal), an intact meeting marks a time when the
        // settings kept content: stripped ones created after it prove the room strips now.
        const bool isNew =
            known.isValid() ? i.created >= known : (newestIntact.isValid() && i.created > newestIntact);
        (isNew ? strippedNew : strippedOld).append(n);
    }
    const QString total = QString::number(items.size());
    if (!strippedNew.isEmpty())
        return {{CheckStatus::Failed,
                 known.isValid() ? "step4.stripped-after-change" : "step4.stripped",
                 {QString::number(strippedNew.size()), total, room}},
                strippedNew};
    if (!strippedOld.isEmpty() && !known.isValid() && !newestIntact.isValid())
        return {{CheckStatus::Warning, "step4.all-stripped", {QString::number(strippedOld.size())}},
                strippedOld};
    if (!strippedOld.isEmpty())
        return {{CheckStatus::Warning, "step4.resend-needed", {QString::number(strippedOld.size())}},
                strippedOld};
    return {{CheckStatus::Passed, "step4.content-kept", {total}}, {}};
}

} // namespace otj
