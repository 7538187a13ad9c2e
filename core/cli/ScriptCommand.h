// otjctl script --profile FILE [--rollback] [-o FILE] [--domain-controller NAME] [--view-entire-forest]
// Writes setup.ps1 (offline, from the profile alone: the steps' desired changes, each wrapped in its
// comparison) or, with --rollback, the back-out built from the profile's run journal. With -o the file
// is written atomically as UTF-8 with a BOM (Windows PowerShell 5.1 reads a file without one as ANSI);
// without it the script goes to stdout (with the BOM when stdout is redirected to a file, so
// `otjctl script ... > setup.ps1` gives the same bytes). Exit 0 written, 2 could not.
#pragma once

#include "core/cli/Command.h"
#include "core/plan/DesiredChange.h"

#include <functional>

namespace otj {
struct SetupProfile;
}

namespace otj::cli {

class ScriptCommand : public Command
{
    Q_OBJECT
public:
    // The steps' desired changes for a profile alone (no Exchange read). Null: not in this build.
    using OfflineChanges = std::function<QList<plan::DesiredChange>(const SetupProfile&)>;

    explicit ScriptCommand(CommandContext& context, OfflineChanges offlineChanges = defaultOfflineChanges(),
                           QObject* parent = nullptr);
    QString name() const override { return QStringLiteral("script"); }
    static QString usage();
    QString summary() const override { return usage(); }
    void start(const QStringList& arguments) override;
    void cancel() override {}

    // The planners of this build (ExchangeInspector::offlineDesiredChanges), when they are built in.
    static OfflineChanges defaultOfflineChanges();

private:
    int run(const QStringList& arguments);

    OfflineChanges m_offlineChanges;
};

} // namespace otj::cli
