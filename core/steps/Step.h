// A setup step as the validation engine sees it: it declares its checks and runs them when the
// engine opens a gate. Later issues add inspect -> plan -> apply; a step's verify *is* its checks.
#pragma once

#include "core/steps/Reason.h"
#include "core/steps/StepId.h"

#include <QList>
#include <QString>

#include <optional>

namespace otj {

class ValidationContext;

// The order in which the engine runs checks. A gate opens only when the fact it needs was
// established by the earlier gates; otherwise the run stops there (the one abort path) and every
// check not decided yet is Skipped with the reason of the step that could not go on.
enum class Gate {
    Credentials, // read the service account's password
    Discover,    // needs Fact::Password: find the EWS endpoint and probe it (TLS, HTTP status, schemes)
    Handshake,   // needs Fact::HandshakeDone: verdicts on what the probe saw
    SignIn,      // needs Fact::EwsAnswers: the service account signs in
    Mailboxes,   // needs Fact::SignedIn: per-room and scope checks
};
inline constexpr Gate AllGates[] = {Gate::Credentials, Gate::Discover, Gate::Handshake, Gate::SignIn,
                                    Gate::Mailboxes};

enum class Fact : unsigned {
    None = 0,
    Password = 8,      // the service account's password is known
    HandshakeDone = 1, // a TLS handshake with the EWS host was attempted (or refused: plain HTTP)
    EwsAnswers = 2,    // the EWS endpoint is known and answers as EWS
    SignedIn = 4,      // the service account signed in to EWS
};
Fact requiredFact(Gate gate);

struct CheckDeclaration
{
    CheckDeclaration(QString id_, QString title_, bool perRoom_ = false,
                     std::optional<Verdict> initial_ = std::nullopt)
        : id(std::move(id_))
        , title(std::move(title_))
        , perRoom(perRoom_)
        , initial(std::move(initial_))
    {}
    QString id;    // "<step key>.<name>", the prefix being the step's key
    QString title; // in the user's language
    bool perRoom = false;
    // A verdict known when the tree is built (e.g. Skipped: needs PowerShell); else decided at run time.
    std::optional<Verdict> initial;
};

class Step
{
public:
    virtual ~Step() = default;
    virtual StepId id() const = 0;
    // The checks this step owns; `context` gives the profile and options (titles may depend on them).
    virtual QList<CheckDeclaration> declareChecks(const ValidationContext& context) const = 0;
    // Runs this step's part of `gate`. Asynchronous work is bracketed by context.beginWork() and
    // context.endWork(); the gate closes when no work is left.
    virtual void runChecks(ValidationContext& context, Gate gate) = 0;
    // After the last gate (not after an abort): verdicts over the step's finished checks.
    virtual void conclude(ValidationContext&) {}

protected:
    // Each step registers its reason texts with the catalogue when it is created.
    explicit Step(std::span<const ReasonText> reasonTexts) { reasons::add(reasonTexts); }
};

} // namespace otj
