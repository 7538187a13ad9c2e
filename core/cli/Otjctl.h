// otjctl's dispatcher: global options, the command table, Ctrl-C, exit codes.
#pragma once

#include "core/cli/Command.h"

#include <QStringList>

namespace otj::cli {

// Runs one otjctl invocation in the current QCoreApplication and returns its exit code.
// `arguments` includes the program name (QCoreApplication::arguments()).
int runOtjctl(const QStringList& arguments, CommandContext& context);

// The same with the process's real stdin/stdout/stderr and credential stores (main() uses it).
int runOtjctlMain(const QStringList& arguments);

} // namespace otj::cli
