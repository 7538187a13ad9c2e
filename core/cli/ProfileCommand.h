// otjctl profile new FILE | profile check FILE
#pragma once

#include "core/cli/Command.h"

namespace otj::cli {

class ProfileCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("profile"); }
    // The one usage line of `profile` (otjctl --help and profile --help).
    static QString usage();
    QString summary() const override { return usage(); }
    void start(const QStringList& arguments) override;
    void cancel() override {}

private:
    int run(const QStringList& arguments);
};

} // namespace otj::cli
