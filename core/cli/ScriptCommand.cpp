#include "core/cli/ScriptCommand.h"

#include "core/journal/RunJournal.h"
#include "core/profile/ProfileStore.h"
#include "core/script/RollbackPlan.h"
#include "core/script/SetupScript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

// The step planners come with the plan/apply engine; a build without them still writes back-outs.
#if __has_include("core/plan/Planners.h")
#include "core/plan/ExchangeInspector.h"
#include "core/plan/Planners.h"
#define OTJ_HAS_PLANNERS 1
#endif

namespace otj::cli {

ScriptCommand::ScriptCommand(CommandContext& context, OfflineChanges offlineChanges, QObject* parent)
    : Command(context, parent)
    , m_offlineChanges(std::move(offlineChanges))
{}

ScriptCommand::OfflineChanges ScriptCommand::defaultOfflineChanges()
{
#ifdef OTJ_HAS_PLANNERS
    return [](const SetupProfile& profile) {
        const auto planners = plan::makeExchangePlanners();
        // Offline: nothing read, no password known (the script asks for it), no booking-blocker fixes.
        const plan::PlanOptions options;
        return plan::ExchangeInspector::offlineDesiredChanges(profile, options, plan::pointers(planners));
    };
#else
    return {};
#endif
}

QString ScriptCommand::usage()
{
    return tr("script --profile FILE [--rollback] [-o FILE]: export the changes (or their back-out) as a "
              "PowerShell script");
}

void ScriptCommand::start(const QStringList& arguments)
{
    const int code = run(arguments);
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

int ScriptCommand::run(const QStringList& arguments)
{
    QTextStream& out = *m_ctx.out;
    QTextStream& err = *m_ctx.err;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a Windows PowerShell 5.1 script for the Exchange Management Shell: the setup of steps 1-4 "
           "from the profile alone, or with --rollback the back-out of what the tool applied (from the "
           "run journal beside the profile). Without -o the script goes to stdout."));
    QCommandLineOption profileOpt(QStringLiteral("profile"), tr("the profile (JSON)"), tr("FILE"));
    QCommandLineOption rollbackOpt(QStringLiteral("rollback"),
                                   tr("the back-out of the changes the tool applied (from the run journal)"));
    QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                 tr("write the script to FILE (UTF-8 with BOM; replaced if it exists)"),
                                 tr("FILE"));
    QCommandLineOption dcOpt(QStringLiteral("domain-controller"),
                             tr("the default of the script's -DomainController parameter"), tr("NAME"));
    QCommandLineOption forestOpt(
        QStringLiteral("view-entire-forest"),
        tr("the selected rooms live in more than one AD domain: the script first runs "
           "Set-ADServerSettings -ViewEntireForest $true"));
    parser.addOptions({profileOpt, rollbackOpt, outputOpt, dcOpt, forestOpt});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("otjctl script")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return CouldNotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("otjctl script: unexpected argument %1").arg(parser.positionalArguments().first())
            << Qt::endl;
        return CouldNotRun;
    }
    const QString file = parser.value(profileOpt);
    if (file.isEmpty()) {
        err << tr("otjctl script: --profile FILE is required.") << Qt::endl;
        return CouldNotRun;
    }
    if (!QFileInfo(file).isReadable()) {
        err << tr("Cannot read %1.").arg(file) << Qt::endl;
        return CouldNotRun;
    }
    const ProfileLoadResult loaded = ProfileStore::load(file);
    if (!loaded.ok()) {
        for (const ProfileIssue& issue : loaded.issues)
            err << issue.toString() << Qt::endl;
        err << tr("%1 cannot be used; no script was written.").arg(file) << Qt::endl;
        return CouldNotRun;
    }
    const SetupProfile& profile = loaded.profile;

    script::ScriptOptions options;
    options.profileId = profile.profileIdString();
    options.profileFile = QFileInfo(file).fileName();
    options.toolVersion = QCoreApplication::applicationVersion();
    options.generatedAt = QDateTime::currentDateTimeUtc();
    options.domainController = parser.value(dcOpt);
    options.viewEntireForest = parser.isSet(forestOpt);
    QList<plan::DesiredChange> changes;
    if (parser.isSet(rollbackOpt)) {
        options.kind = script::ScriptOptions::Kind::BackOut;
        const QString journalPath = journal::RunJournal::journalPath(file);
        if (!QFileInfo::exists(journalPath)) {
            err << tr("otjctl script: there is no run journal beside the profile (%1): nothing was applied "
                      "with "
                      "this profile, so there is nothing to back out.")
                       .arg(journalPath)
                << Qt::endl;
            return CouldNotRun;
        }
        journal::RunJournal journal(file, profile.profileId);
        QString error;
        if (!journal.load(&error)) {
            err << tr("otjctl script: cannot read the run journal %1: %2").arg(journalPath, error)
                << Qt::endl;
            return CouldNotRun;
        }
        const script::RollbackPlan back = script::Rollback::plan(journal);
        changes = back.changes;
        options.notes = back.notes;
        for (const QString& note : back.notes)
            err << note << Qt::endl;
        if (back.appliedChanges == 0)
            err << tr("The journal records no change the tool applied: the back-out script does nothing.")
                << Qt::endl;
    } else {
        if (!m_offlineChanges) {
            err << tr("otjctl script: this build has no step planners; only --rollback is available.")
                << Qt::endl;
            return CouldNotRun;
        }
        changes = m_offlineChanges(profile);
    }

    const QString text = script::scriptText(changes, options);
    if (!parser.isSet(outputOpt)) {
        // Redirected to a file: the same bytes as -o. On a terminal: the text to read.
        if (!m_ctx.stdoutIsTerminal)
            out << QChar(0xFEFF);
        out << text;
        out.flush();
        return Success;
    }
    const QString target = parser.value(outputOpt);
    QSaveFile save(target);
    if (!save.open(QIODevice::WriteOnly) || save.write(script::scriptFileBytes(text)) < 0 || !save.commit()) {
        err << tr("otjctl script: cannot write %1: %2").arg(target, save.errorString()) << Qt::endl;
        return CouldNotRun;
    }
    out << tr("Wrote %1 (%n change(s)).", nullptr, int(changes.size())).arg(target) << Qt::endl;
    return Success;
}

} // namespace otj::cli
