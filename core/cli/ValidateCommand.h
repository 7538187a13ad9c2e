// otjctl validate --profile FILE [--json] [--only ID...] [--rooms ADDR...] [--service-account-only]
//                 [--concurrency K]
// Prints the check tree with status words (never colour alone); a progress bar on stderr only when
// stderr is a terminal; exits 0 (nothing failed) / 1 (something failed) / 2 (could not run) / 130.
// With a PowerShell program set for this machine (OTJ_POWERSHELL or the machine setting) and not
// --service-account-only, Exchange is inspected first (signed in as plan/apply do) and the
// PowerShell-side checks judge that inspection (ValidationOptions::inspection); a shell that does
// not open is P4's Failed with the reason, the other PowerShell-side checks Skipped.
#pragma once

#include "core/cli/Command.h"
#include "core/plan/ExchangeInspector.h"
#include "core/profile/SetupProfile.h"
#include "core/validation/ValidationContext.h"

#include <QElapsedTimer>
#include <QPointer>

#include <QDateTime>
#include <QHash>

#include <memory>
#include <vector>

namespace otj {
class ValidationResults;
class ValidationRunner;
struct SetupProfile;
} // namespace otj

namespace otj::cli {

// When this tool last changed each selected room's calendar processing (the run journal beside the
// profile), keyed as the profile spells the rooms; feeds ValidationOptions::calendarProcessingChanged.
QHash<QString, QDateTime> journaledCalendarChanges(const QString& profilePath, const SetupProfile& profile);

class ValidateCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("validate"); }
    // The one usage line of `validate` (otjctl --help and validate --help).
    static QString usage();
    QString summary() const override { return usage(); }
    void start(const QStringList& arguments) override;
    void cancel() override;

    // The text form of a results tree (also used by tests).
    static QString formatText(const ValidationResults& results);
    static void writeText(const ValidationResults& results, QTextStream& out);

private:
    void finishWith(int code);
    // The Exchange inspection (signed in as ExchangeCommand does), then the validation judging it.
    void inspectThenValidate(ValidationOptions options, const shell::SpeakerCommand& speaker,
                             const std::optional<QString>& adminPassword);
    void runValidation(const ValidationOptions& options);
    void onProgress(int done, int total);
    void onFinished();

    ValidationResults* m_results = nullptr;
    ValidationRunner* m_runner = nullptr;
    SetupProfile m_profile;
    QString m_profileFile;
    QPointer<shell::ExchangeShell> m_shell;
    QPointer<plan::ExchangeInspector> m_inspector;
    std::vector<std::unique_ptr<plan::StepPlanner>> m_planners;
    bool m_cancelled = false;
    bool m_json = false;
    bool m_progressShown = false;
    QElapsedTimer m_progressClock;
};

} // namespace otj::cli
