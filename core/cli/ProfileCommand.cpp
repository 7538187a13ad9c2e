#include "core/cli/ProfileCommand.h"

#include "core/profile/ProfileStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

namespace otj::cli {

QString ProfileCommand::usage()
{
    return tr("profile new FILE | profile check FILE: write a default profile, or list a profile's problems");
}

void ProfileCommand::start(const QStringList& arguments)
{
    const int code = run(arguments);
    // finished() is always emitted after start() returns, as for the async commands.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

int ProfileCommand::run(const QStringList& arguments)
{
    QTextStream& out = *m_ctx.out;
    QTextStream& err = *m_ctx.err;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("action"), tr("new or check"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("the profile (JSON)"));
    QCommandLineOption force(QStringLiteral("force"), tr("with new: overwrite an existing file"));
    parser.addOption(force);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("otjctl profile")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return CouldNotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || (pos.at(0) != QLatin1String("new") && pos.at(0) != QLatin1String("check"))) {
        err << tr("usage: otjctl profile new FILE | otjctl profile check FILE") << Qt::endl;
        return CouldNotRun;
    }
    const QString file = pos.at(1);

    if (pos.at(0) == QLatin1String("new")) {
        if (QFileInfo::exists(file) && !parser.isSet(force)) {
            err << tr("%1 exists; not overwritten (use --force).").arg(file) << Qt::endl;
            return CouldNotRun;
        }
        const SetupProfile profile = SetupProfile::defaults();
        QString error;
        if (!ProfileStore::save(profile, file, &error)) {
            err << error << Qt::endl;
            return CouldNotRun;
        }
        out << tr("Wrote %1 (profile id %2). Fill in the values marked incomplete by `otjctl profile check`.")
                   .arg(file, profile.profileIdString())
            << Qt::endl;
        return Success;
    }

    if (!QFileInfo(file).isReadable()) {
        err << tr("Cannot read %1.").arg(file) << Qt::endl;
        return CouldNotRun;
    }
    const ProfileLoadResult result = ProfileStore::load(file);
    if (result.upgraded)
        out << tr("note: %1 uses schema %2; it was read as schema %3 (saving upgrades it).")
                   .arg(file)
                   .arg(result.fileSchemaVersion)
                   .arg(SetupProfile::CurrentSchemaVersion)
            << Qt::endl;
    for (const ProfileIssue& issue : result.issues)
        out << issue.toString() << Qt::endl;
    if (result.issues.isEmpty()) {
        out << tr("%1: no problems found.").arg(file) << Qt::endl;
        return Success;
    }
    out << tr("%n problem(s) found.", nullptr, int(result.issues.size())) << Qt::endl;
    return Failed;
}

} // namespace otj::cli
