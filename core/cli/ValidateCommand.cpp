#include "core/cli/ValidateCommand.h"

#include "core/cli/PlanApplyCommands.h"
#include "core/journal/RunJournal.h"
#include "core/plan/Planners.h"
#include "core/profile/ProfileStore.h"
#include "core/secrets/CredentialStore.h"
#include "core/shell/PowerShellProgramSetting.h"
#include "core/steps/StepId.h"
#include "core/util/InputValidation.h"
#include "core/validation/ValidationResults.h"
#include "core/validation/ValidationRunner.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace otj::cli {

QString ValidateCommand::usage()
{
    return tr("validate --profile FILE [--json] [--only ID...] [--rooms ADDR...] [--service-account-only] "
              "[--concurrency K]");
}

namespace {
// --rooms values are checked like the profile's rooms and must be rooms the profile selects: they
// end up in the X-AnchorMailbox header of requests that carry credentials. The profile's own
// spelling is used from here on.
QStringList selectedRooms(const QStringList& given, const SetupProfile& profile, QString* error)
{
    QStringList rooms;
    for (const QString& value : given) {
        // Shown escaped: the value may hold control characters (it is refused then).
        QString shown;
        for (const QChar c : value)
            shown += c.unicode() < 0x20 || c.unicode() == 0x7f
                         ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                         : QString(c);
        const bool control = std::any_of(value.cbegin(), value.cend(),
                                         [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (const QString problem = control ? ValidateCommand::tr("It contains a control character.")
                                            : input::checkSmtpAddress(value);
            !problem.isEmpty()) {
            *error = ValidateCommand::tr("otjctl validate: --rooms %1: %2").arg(shown, problem);
            return {};
        }
        const auto it = std::find_if(
            profile.rooms.selected.cbegin(), profile.rooms.selected.cend(),
            [&](const QString& r) { return r.compare(value.trimmed(), Qt::CaseInsensitive) == 0; });
        if (it == profile.rooms.selected.cend()) {
            *error = ValidateCommand::tr("otjctl validate: --rooms %1 is not one of the profile's rooms "
                                         "(rooms.selected); only those can be checked.")
                         .arg(shown);
            return {};
        }
        rooms << *it;
    }
    return rooms;
}

void formatNode(const ValidationResults& r, int index, int depth, QTextStream& out)
{
    const CheckNode& n = r.node(index);
    CheckStatus s = isFinal(n.status) ? n.status : CheckStatus::Cancelled;
    const QString indent(depth * 4, QLatin1Char(' '));
    const QString word = statusTitle(s).toUpper();
    out << indent << QLatin1Char('[') << word.leftJustified(9) << QStringLiteral("] ") << n.id
        << QStringLiteral("  ") << n.title;
    if (n.latencyMs >= 0 && n.children.isEmpty())
        out << QStringLiteral("  (") << n.latencyMs << QStringLiteral(" ms)");
    out << QLatin1Char('\n');
    const bool problem = s != CheckStatus::Passed;
    const QString cause = n.cause();
    if (!cause.isEmpty() && (problem || n.children.isEmpty()))
        out << indent << QStringLiteral("    ")
            << (problem ? ValidateCommand::tr("cause: %1") : ValidateCommand::tr("note:  %1")).arg(cause)
            << QLatin1Char('\n');
    const QString fix = problem ? n.fix() : QString();
    if (!fix.isEmpty())
        out << indent << QStringLiteral("    ")
            << ValidateCommand::tr("fix (%1): %2").arg(Steps::title(n.fixStepId()), fix) << QLatin1Char('\n');
    for (int c : n.children)
        formatNode(r, c, depth + 1, out);
}
} // namespace

void ValidateCommand::writeText(const ValidationResults& results, QTextStream& out)
{
    for (int i : results.topLevel())
        formatNode(results, i, 0, out);
    const auto c = results.counts();
    out << QLatin1Char('\n')
        << tr("Summary: %1 passed, %2 warnings, %3 failed, %4 skipped, %5 cancelled, %6 pending.")
               .arg(c.passed)
               .arg(c.warning)
               .arg(c.failed)
               .arg(c.skipped)
               .arg(c.cancelled + c.notRun)
               .arg(c.pending)
        << QLatin1Char('\n');
}

QString ValidateCommand::formatText(const ValidationResults& results)
{
    QString text;
    QTextStream out(&text);
    writeText(results, out);
    out.flush();
    return text;
}

void ValidateCommand::finishWith(int code)
{
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void ValidateCommand::start(const QStringList& arguments)
{
    QTextStream& out = *m_ctx.out;
    QTextStream& err = *m_ctx.err;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    QCommandLineOption profileOpt(QStringLiteral("profile"), tr("the profile (JSON)"), tr("FILE"));
    QCommandLineOption jsonOpt(QStringLiteral("json"),
                               tr("print the results as JSON (validation-result schema v1)"));
    QCommandLineOption onlyOpt(QStringLiteral("only"),
                               tr("run only these checks (id or id prefix; repeatable)"), tr("ID"));
    QCommandLineOption roomsOpt(QStringLiteral("rooms"), tr("check only these rooms (repeatable)"),
                                tr("ADDR"));
    QCommandLineOption saOnly(QStringLiteral("service-account-only"),
                              tr("least privilege: only the service account's (and Pexip's) passwords; the "
                                 "PowerShell-side checks are reported Skipped"));
    QCommandLineOption kOpt(QStringLiteral("concurrency"),
                            tr("EWS requests in flight for the service account (1-24, default 4)"), tr("K"));
    parser.addOptions({profileOpt, jsonOpt, onlyOpt, roomsOpt, saOnly, kOpt});
    parser.addHelpOption();
    // --only / --rooms take several values: "--only a b --rooms x y" is accepted as well as repeats.
    QStringList args{QStringLiteral("otjctl validate")};
    QString multi;
    QStringList extraOnly, extraRooms;
    for (const QString& a : arguments) {
        if (a.startsWith(QLatin1String("--"))) {
            multi = (a == QLatin1String("--only") || a == QLatin1String("--rooms")) ? a : QString();
            args << a;
            continue;
        }
        if (!multi.isEmpty() && args.last() != multi) {
            (multi == QLatin1String("--only") ? extraOnly : extraRooms) << a;
            continue;
        }
        args << a;
    }
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        finishWith(Success);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("otjctl validate: unexpected argument %1").arg(parser.positionalArguments().first())
            << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    const QString file = parser.value(profileOpt);
    if (file.isEmpty()) {
        err << tr("otjctl validate: --profile FILE is required.") << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    if (!QFileInfo(file).isReadable()) {
        err << tr("Cannot read %1.").arg(file) << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    const ProfileLoadResult loaded = ProfileStore::load(file);
    if (!loaded.ok()) {
        for (const ProfileIssue& issue : loaded.issues)
            err << issue.toString() << Qt::endl;
        err << tr("%1 cannot be used; nothing was checked.").arg(file) << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    ValidationOptions opt;
    opt.only = parser.values(onlyOpt) + extraOnly;
    QString roomsError;
    opt.rooms = selectedRooms(parser.values(roomsOpt) + extraRooms, loaded.profile, &roomsError);
    if (!roomsError.isEmpty()) {
        err << roomsError << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    opt.serviceAccountOnly = parser.isSet(saOnly);
    opt.calendarProcessingChanged = journaledCalendarChanges(file, loaded.profile);
    if (parser.isSet(kOpt)) {
        bool ok = false;
        const int k = parser.value(kOpt).toInt(&ok);
        if (!ok || k < 1 || k > ews::EwsClientConfig::MaxConcurrency) {
            err << tr("--concurrency must be 1-%1.").arg(ews::EwsClientConfig::MaxConcurrency) << Qt::endl;
            finishWith(CouldNotRun);
            return;
        }
        opt.concurrency = k;
    }
    m_json = parser.isSet(jsonOpt);
    m_profile = loaded.profile;
    m_profileFile = QFileInfo(file).fileName();
    // With a PowerShell program set for this machine (OTJ_POWERSHELL or the machine setting), the
    // Exchange inspection runs first and the PowerShell-side checks judge it; least privilege
    // (--service-account-only) never signs in to Exchange.
    const shell::PowerShellProgramSetting::Resolution program = shell::PowerShellProgramSetting::resolve();
    if (opt.serviceAccountOnly || !program.ok() ||
        program.command.source == shell::SpeakerCommand::Source::Default) {
        runValidation(opt);
        return;
    }
    if (!m_ctx.credentials) {
        inspectThenValidate(opt, program.command, std::nullopt);
        return;
    }
    m_ctx.credentials->read(m_profile.profileIdString(), CredentialRole::ExchangeAdmin, this,
                            [this, opt, speaker = program.command](const CredentialResult& admin) {
                                inspectThenValidate(opt, speaker,
                                                    admin.ok() ? std::optional(admin.secret) : std::nullopt);
                            });
}

void ValidateCommand::inspectThenValidate(ValidationOptions options, const shell::SpeakerCommand& speaker,
                                          const std::optional<QString>& adminPassword)
{
    m_shell =
        new shell::ExchangeShell(ExchangeCommand::shellOptions(m_profile, speaker, adminPassword), this);
    m_planners = plan::makeExchangePlanners();
    m_inspector = new plan::ExchangeInspector(m_shell, m_profile, {}, plan::pointers(m_planners), this);
    connect(m_inspector, &plan::ExchangeInspector::finished, this,
            [this, options](std::shared_ptr<const plan::Inspection> inspection) mutable {
                m_shell->close();
                options.inspection = std::move(inspection);
                runValidation(options);
            });
    connect(m_inspector, &plan::ExchangeInspector::failed, this,
            [this, options](const shell::ShellError& e) mutable {
                if (e.fullyQualifiedErrorId == QLatin1String("OtjShell.Cancelled")) {
                    finishWith(Cancelled);
                    return;
                }
                // The open error under plan::SessionStateKey: P4 says why, the rest are Skipped.
                auto failed = std::make_shared<plan::Inspection>();
                failed->state = m_inspector->state();
                failed->finishedAt = QDateTime::currentDateTimeUtc();
                options.inspection = std::move(failed);
                m_shell->close();
                runValidation(options);
            });
    m_inspector->start();
}

void ValidateCommand::runValidation(const ValidationOptions& options)
{
    if (m_cancelled) {
        finishWith(Cancelled);
        return;
    }
    m_results = new ValidationResults(this);
    m_runner = new ValidationRunner(m_profile, m_ctx.credentials, options, m_results, this);
    m_results->context.insert(QStringLiteral("profile"), m_profileFile);
    connect(m_runner, &ValidationRunner::progress, this, &ValidateCommand::onProgress);
    connect(m_runner, &ValidationRunner::throttled, this,
            [this](int waitMs, const QString& reason, qint64 total) {
                if (m_ctx.stderrIsTerminal)
                    *m_ctx.err << QStringLiteral("\rThrottled (%1): waiting %2 ms, %3 ms in total\n")
                                      .arg(reason)
                                      .arg(waitMs)
                                      .arg(total)
                               << Qt::flush;
            });
    connect(m_runner, &ValidationRunner::finished, this, &ValidateCommand::onFinished);
    m_progressClock.start();
    m_runner->start();
}

QHash<QString, QDateTime> journaledCalendarChanges(const QString& profilePath, const SetupProfile& profile)
{
    // The journal knows exactly when this tool changed a room's calendar processing, so the content
    // check need not infer it ("re-send needed" becomes exact). Keys as the profile spells the rooms.
    journal::RunJournal journal(profilePath, profile.profileId);
    if (!journal.load())
        return {};
    const QHash<QString, QDateTime> known = journal.calendarProcessingChanged();
    QHash<QString, QDateTime> times;
    for (const QString& room : profile.rooms.selected) {
        const auto it = known.constFind(room.trimmed().toLower());
        if (it != known.cend())
            times.insert(room, *it);
    }
    return times;
}

void ValidateCommand::onProgress(int done, int total)
{
    if (!m_ctx.stderrIsTerminal || total <= 0)
        return;
    if (done < total && m_progressClock.isValid() && m_progressClock.elapsed() < 100 && m_progressShown)
        return;
    m_progressClock.restart();
    m_progressShown = true;
    const int width = 30;
    const int filled = width * done / total;
    *m_ctx.err << QStringLiteral("\r[%1%2] %3/%4 checks")
                      .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                      .arg(done)
                      .arg(total)
               << Qt::flush;
}

void ValidateCommand::onFinished()
{
    if (m_progressShown)
        *m_ctx.err << QStringLiteral("\r%1\r").arg(QString(60, QLatin1Char(' '))) << Qt::flush;
    QTextStream& out = *m_ctx.out;
    if (m_json)
        m_results->writeJson(out); // streamed: 1000s of rooms
    else
        writeText(*m_results, out);
    out.flush();
    if (m_runner->wasCancelled()) {
        finishWith(Cancelled);
        return;
    }
    if (m_runner->couldNotRun()) {
        *m_ctx.err << tr("Could not run the validation: %1").arg(m_runner->couldNotRunReason()) << Qt::endl;
        finishWith(CouldNotRun);
        return;
    }
    finishWith(m_results->anyFailed() ? Failed : Success);
}

void ValidateCommand::cancel()
{
    m_cancelled = true;
    if (m_inspector && !m_runner) {
        m_inspector->cancel();
        return;
    }
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    else
        finishWith(Cancelled);
}

} // namespace otj::cli
