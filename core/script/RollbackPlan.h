// The back-out (issue 11): from the run journal's applied changes, the changes that undo them, as
// plan::DesiredChange objects so that `otjctl apply --rollback` and rollback.ps1 run the same plan.
//
// - A value the tool changed (calendar settings, Basic on an EWS virtual directory, the account's
//   authentication policy, ...) is restored to its value before the tool's first change, but only
//   while it still equals what the tool set last; a value already back needs nothing; any other
//   value is a conflict, reported and kept. Expectations are therefore preconditions (what the tool
//   set) and the write carries the previous values (DesiredChange.h, "back-out change").
// - An object the tool created (operation create, applied) is removed (Operation::Remove) while it
//   is still as the tool made it: role assignment, scope, group, authentication policy, mailbox.
//   Changes to such an object are not restored separately (it goes as a whole).
// - Objects the tool adopted are never removed. Changes of back-out runs are not backed out again.
// The changes come newest first (the role assignment goes before its scope, the policy assignment is
// restored before the policy is removed).
#pragma once

#include "core/journal/RunJournal.h"
#include "core/plan/DesiredChange.h"
#include "core/profile/SetupProfile.h"

#include <QCoreApplication>

namespace otj::script {

struct RollbackPlan
{
    QList<plan::DesiredChange> changes;
    // What the back-out leaves alone and why (translated), e.g. a change it cannot undo.
    QStringList notes;
    int appliedChanges = 0; // applied changes of setup runs found in the journal
};

class Rollback
{
    Q_DECLARE_TR_FUNCTIONS(otj::script::Rollback)
public:
    // `rollbackRuns`: ids of runs that were themselves back-outs (their changes are skipped).
    static RollbackPlan plan(const QList<journal::JournalChange>& changes, const QSet<QString>& rollbackRuns);
    static RollbackPlan plan(const journal::RunJournal& journal);
};

// The back-out as desired changes (expectations: "still what the tool set").
QList<plan::DesiredChange> rollbackChanges(const journal::RunJournal& journal, const SetupProfile& profile);

} // namespace otj::script
