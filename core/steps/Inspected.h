// Reading an ExchangeState (what one inspection read) and judging a PowerShell-side check from an
// Inspection: shared by the planners (which read the state) and the steps' checks (which judge the
// plan). Contract of the state and plan: core/plan/README.md.
#pragma once

#include "core/plan/StepPlanner.h"

#include <QJsonObject>

#include <optional>

namespace otj::inspected {

// The key was read (objects or an error).
bool wasRead(const plan::ExchangeState& state, const QString& key);
// The read found nothing: no object, or an ObjectNotFound / ManagementObjectNotFoundException error.
bool missing(const plan::ExchangeState& state, const QString& key);
// The read failed for another reason than "not found" (access denied, a dead host...).
bool failed(const plan::ExchangeState& state, const QString& key);
// The first object read under `key`; nullopt when none.
std::optional<QJsonObject> first(const plan::ExchangeState& state, const QString& key);
bool isNotFound(const shell::ShellError& error);

// An Exchange alias made from a name: whitespace runs become '-', characters an alias may not hold
// (outside RFC 5322 atext and '.') are dropped; at most 64 characters.
QString exchangeAlias(const QString& name);

// A property that is a list as the bridge writes it (an array, one string, or $null), as strings.
QStringList strings(const QJsonValue& value);

// The verdict of a PowerShell-side check once an inspection exists: the worst of the step's notes
// carrying `checkId` (for the step as a whole: notes without a target), and Failed with
// "<step>.changes-pending" when a change whose key starts with one of `changePrefixes` is planned
// (the summaries of those changes are the argument). Skipped with "common.not-inspected" when the
// step could not be inspected, Passed when nothing is left to say.
Verdict checkVerdict(const plan::Inspection& inspection, StepId step, const QString& checkId,
                     const QStringList& changePrefixes);
// The step's part of a plan; nullptr when the inspection did not plan it.
const plan::StepPlan* stepPlan(const plan::Plan& plan, StepId step);

} // namespace otj::inspected
