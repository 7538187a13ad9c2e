// What `otjctl apply --rollback` sends for one back-out change (RollbackPlan.h), given the object its
// read returned: the same decision rollback.ps1 makes in PowerShell. Expectations are preconditions
// (what the tool set): a property that still matches is reverted to the value before the tool (the
// write's parameter), one already back at that value needs nothing, any other value is a conflict,
// kept and reported. A removal is sent only while every expectation matches; an object that is gone
// needs no removal (and an update of it is a conflict).
// Header-only: it uses plan::matches()/fromRead() of core/plan/DesiredChange.cpp (the engine's), and a
// build without the engine never calls it.
#pragma once

#include "core/plan/DesiredChange.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace otj::script {

struct BackOutDecision
{
    std::optional<plan::PlannedChange> change; // what apply sends and journals; none: nothing to do
    QStringList conflicts;                     // properties someone else changed since (kept)
    bool objectGone = false;                   // the read found no object
};

inline BackOutDecision decideBackOut(const plan::DesiredChange& desired,
                                     const std::optional<QJsonObject>& object)
{
    BackOutDecision d;
    if (!object) {
        d.objectGone = true;
        if (desired.operation != plan::Operation::Remove)
            d.conflicts << QStringLiteral("(the object no longer exists)");
        return d;
    }
    plan::PlannedChange planned;
    planned.desired = desired;
    planned.objectExists = true;
    planned.command = shell::ShellCommand(desired.write.name);
    planned.command.select = desired.write.select;
    for (const QString& fixed : desired.fixedParameters)
        if (desired.write.parameters.contains(fixed))
            planned.command.set(fixed, desired.write.parameters.value(fixed));
    for (const plan::Expectation& e : desired.expectations) {
        const QJsonValue actual = object->value(e.property);
        const shell::ShellValue previous = desired.write.parameters.value(e.parameterName());
        if (plan::matches(e.match, e.value, actual)) {
            planned.diffs.append(
                {e.property, plan::fromRead(actual),
                 desired.operation == plan::Operation::Remove ? shell::ShellValue() : previous});
            if (desired.operation != plan::Operation::Remove)
                planned.command.set(e.parameterName(), previous);
        } else if (desired.operation == plan::Operation::Remove ||
                   !plan::matches(e.match, previous, actual)) {
            d.conflicts << e.property;
        }
    }
    if (desired.operation == plan::Operation::Remove) {
        if (d.conflicts.isEmpty()) {
            planned.command = desired.write; // Remove-* -Identity … -Confirm:$false
            d.change = planned;
        }
        return d;
    }
    if (!planned.diffs.isEmpty())
        d.change = planned;
    return d;
}

} // namespace otj::script
