// Bridge line protocol v1 (specified in core/shell/README.md): encoding of the host's requests and
// a pure, total parser of the speaker's response lines. parseResponseLine never throws, never
// aborts and accepts any bytes (it is a fuzz target: tests/fuzz/fuzz_shell_protocol.cpp).
#pragma once

#include "core/shell/ShellTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace otj::shell::protocol {

inline constexpr int Version = 1;
inline constexpr qsizetype MaxLineBytes = 1000000; // UTF-8 bytes, without the "\n"

struct Hello
{
    QString connectionUri;
    QString authentication = QStringLiteral("Kerberos"); // Kerberos | Basic | Default
    std::optional<QString> username;                     // both empty: the logged-on Windows user
    std::optional<QString> password;
};

// Each returns one line including its "\n".
QByteArray encodeHello(qint64 id, const Hello& hello);
QByteArray encodeInvoke(qint64 id, const QList<ShellCommand>& commands, qint64 timeoutMs, bool stopOnError);
QByteArray encodeExit(qint64 id);

struct ResponseLine
{
    enum class Kind {
        Invalid,      // not a protocol line (problem says why)
        HelloOk,      // session
        HelloFailed,  // errors; the speaker exits
        Partial,      // more objects of result `index`
        Final,        // results
        RequestError, // a request was malformed (errors, fatal)
    };
    Kind kind = Kind::Invalid;
    QString problem;
    std::optional<qint64> id; // empty for a null id
    SessionInfo session;
    QList<ShellError> errors;
    bool fatal = false;
    int index = -1;
    QList<QJsonObject> objects;
    QList<CommandResult> results;
};

ResponseLine parseResponseLine(QByteArrayView line) noexcept;

} // namespace otj::shell::protocol
