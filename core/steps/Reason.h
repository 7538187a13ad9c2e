// Verdicts and their reasons. A check's verdict is a status, a stable reason code and the
// arguments of its text; the cause and fix texts live in a catalogue of translatable source
// strings and are formatted only when shown (in the user's language) or written to JSON
// (in English, the source language). The code is the stable part for scripts.
#pragma once

#include "core/steps/StepId.h"
#include "core/validation/CheckStatus.h"

#include <QStringList>

#include <optional>
#include <span>

namespace otj {

// One catalogue entry. `cause` and `fix` are source texts with %1..%9 taken from the verdict's
// arguments, marked with QT_TRANSLATE_NOOP(context, ...) so lupdate files them under `context`.
// `format` replaces the cause template when the text is more than arguments in a sentence.
struct ReasonText
{
    constexpr ReasonText(const char* code_, const char* context_, const char* cause_,
                         const char* fix_ = nullptr, QString (*format_)(const QStringList&, bool) = nullptr)
        : code(code_)
        , context(context_)
        , cause(cause_)
        , fix(fix_)
        , format(format_)
    {}
    const char* code;
    const char* context;
    const char* cause;
    const char* fix = nullptr;
    QString (*format)(const QStringList& args, bool translated) = nullptr;
};

struct Verdict
{
    Verdict() = default;
    Verdict(CheckStatus status_, const char* reason_ = nullptr, QStringList args_ = {},
            std::optional<StepId> fixStep_ = std::nullopt)
        : status(status_)
        , reason(reason_)
        , args(std::move(args_))
        , fixStep(fixStep_)
    {}
    CheckStatus status = CheckStatus::Passed;
    const char* reason = nullptr; // a code in the catalogue; nullptr: nothing to say
    QStringList args;
    std::optional<StepId> fixStep; // where the fix is made, when not the check's own step

    friend bool operator==(const Verdict& a, const Verdict& b)
    {
        return a.status == b.status && QByteArrayView(a.reason) == QByteArrayView(b.reason) &&
               a.args == b.args && a.fixStep == b.fixStep;
    }
};

namespace reasons {

// Registers a table (each step registers its own when it is created; tests add their own).
void add(std::span<const ReasonText> table);
const ReasonText* find(QByteArrayView code);

enum class Language { User, English };
QString cause(const char* code, const QStringList& args, Language language = Language::User);
QString fix(const char* code, const QStringList& args, Language language = Language::User);
// Replaces %1..%9 (only those present) by args; never warns about a missing placeholder.
QString fill(QString text, const QStringList& args);

} // namespace reasons

} // namespace otj
