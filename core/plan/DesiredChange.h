// The one data model of a change to Exchange (and, for step 5, to Pexip): what a step wants, how
// inspection decides that the target already matches, and what the plan then says. The console,
// the wizard's diff, apply, the report, the journal and the exported scripts all read these
// objects, so they cannot disagree. Contract: core/plan/README.md.
#pragma once

#include "core/shell/ShellTypes.h"
#include "core/steps/Reason.h"
#include "core/steps/StepId.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace otj::plan {

// How one property of the object that `DesiredChange::read` returns is compared with the wanted value.
enum class Match {
    Equal,             // same type and value (strings case-sensitive)
    EqualIgnoringCase, // identities, addresses, enum names ("AutoAccept" == "autoaccept")
    SameSet,           // string lists: order, duplicates and case ignored
    OpathEqual,        // OPATH filters: equal after normalising spaces, operator case and quotes
};

// A wanted value that exists only once another object does, e.g. the management scope's filter
// names the distribution group's DN. Resolved by reading `read` and taking `property`; `opath`
// then puts it, quoted for OPATH ('' doubled), into "%1" of the template.
struct DerivedValue
{
    shell::ShellCommand read; // e.g. Get-DistributionGroup -Identity 'OTJ Rooms'
    QString property;         // e.g. "DistinguishedName"
    QString opathTemplate;    // e.g. "MemberOfGroup -eq '%1'"; empty: the property's value itself
    bool operator==(const DerivedValue&) const = default;
};

struct Expectation
{
    QString property;        // on the object `read` returns, e.g. "DeleteComments"
    QString parameter;       // the write parameter that sets it; empty: same as `property`
    shell::ShellValue value; // wanted (when `derived`, filled once resolved)
    Match match = Match::Equal;
    std::optional<DerivedValue> derived;
    QString parameterName() const { return parameter.isEmpty() ? property : parameter; }
    bool operator==(const Expectation&) const = default;
};

enum class Operation {
    Create, // the object is missing: `write` is a New-* (or Add-*); back-out removes it if we created it
    Update, // the object exists: `write` is a Set-*/Update-* carrying only the differing parameters
};

struct DesiredChange
{
    QString key; // stable within a profile: "step1.account", "step2.group", "step4.calendar/<room>"
    StepId step = StepId::ServiceAccount;
    Operation operation = Operation::Update;
    QString
        target; // what it changes, as shown: an address, group or scope name, "MBX01\EWS (Default Web Site)"
    // One line in the user's language ("Keep the invite body in room-101's invitations").
    QString summary;
    // Reads the target; no object (or ObjectNotFound) means "missing". A Create's read decides
    // whether to create; an Update's read supplies the before values.
    shell::ShellCommand read;
    // Where inspection already stored `read`'s result (ExchangeState key), so nothing is read twice;
    // empty or absent from the state: the inspector sends `read` itself.
    QString stateKey;
    // Offline form (the exported script, a plan without inspection): `read` returns several objects
    // and the change applies to each, with the write's Identity taken from this property of each
    // ("Identity" for the EWS virtual directories of every server). Empty: one target.
    QString forEachIdentityProperty;
    // The full write with every wanted parameter plus `fixedParameters`. Update: the plan keeps only
    // the parameters whose expectation failed (plus the fixed ones).
    shell::ShellCommand write;
    QStringList fixedParameters; // always sent: Identity, Confirm, Force, BypassSecurityGroupManagerCheck...
    QList<Expectation> expectations;
    // The write carries a secret supplied at apply time (e.g. New-Mailbox -Password); the plan and
    // the script show it as «password from the keychain» / Read-Host -AsSecureString.
    QString secretParameter;
    // After this change, the engine re-inspects its step before going on (the next change depends
    // on an object this one creates, e.g. the group's DN in the scope filter).
    bool reinspectAfter = false;
};

// One property that differs: before (as inspection read it; $null when the object is missing)
// and after (as the plan will set it).
struct FieldDiff
{
    QString property;
    shell::ShellValue before;
    shell::ShellValue after;
    bool operator==(const FieldDiff&) const = default;
};

struct PlannedChange
{
    DesiredChange desired;
    bool objectExists = false;
    QList<FieldDiff> diffs;      // what differs (Create: every wanted property, before $null)
    shell::ShellCommand command; // exactly what apply sends (without -DomainController)
    bool deferred = false;       // a value depends on an object not created yet (shown, resolved at apply)
};

// Something inspection found that is not a change: an auto-accept blocker, an unscoped
// assignment, a cloud room. Shown with the plan, and as a check in validation.
struct PlanNote
{
    QString checkId; // the check that carries it ("step2.unscoped-assignment")
    QString target;  // empty: the step as a whole
    Verdict verdict; // Warning / Failed / Passed with its reason
};

struct StepPlan
{
    StepId step = StepId::ServiceAccount;
    bool inspected = false;            // false: could not inspect (`problems` say why)
    QList<shell::ShellError> problems; // reads that failed
    QList<PlannedChange> changes;
    QList<PlanNote> notes;
};

struct Plan
{
    QString domainController;      // pinned for the whole apply; empty: none known
    bool viewEntireForest = false; // rooms span domains: Set-ADServerSettings -ViewEntireForest $true
    QStringList domains;           // the AD domains the selected rooms live in
    QList<StepPlan> steps;

    int changeCount() const;
    bool inspected() const; // every step inspected
    const StepPlan* step(StepId id) const;
};

// The compare rule, shared by inspection and (as PowerShell) the exported script.
bool matches(Match match, const shell::ShellValue& wanted, const QJsonValue& actual);
// The form in which two OPATH filters compare (Match::OpathEqual): literals as '…' with '' doubled,
// everything else case-folded, single spaces, none inside parentheses.
QString normalizedOpath(const QString& filter);
// A property value as read (JSON from the bridge) in ShellValue form, for diffs and the journal.
shell::ShellValue fromRead(const QJsonValue& value);
// The PowerShell line of a planned change, with -DomainController where the cmdlet takes it and
// the secret parameter shown as a placeholder; for display and the report (never run).
QString powerShellLine(const PlannedChange& change, const QString& domainController);

} // namespace otj::plan
