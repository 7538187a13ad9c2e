// Speaks the bridge protocol through a PowerShellHost with raw request lines: for what ExchangeShell
// would refuse to send (script text, '$false' for a [bool]) and for comparing speakers line by line.
#pragma once

#include "core/shell/ExchangeShell.h"
#include "core/shell/PowerShellHost.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace otj::test {

constexpr int kWaitMs = 120000; // pwsh starts in ~1-2 s; the machine may be busy

template <typename Pred>
bool waitFor(Pred ready, int ms = kWaitMs)
{
    QDeadlineTimer deadline(ms);
    while (!ready() && !deadline.hasExpired())
        QTest::qWait(20);
    return ready();
}

// Opens the shell and waits for the answer.
inline std::optional<otj::shell::ShellOpenResult> openShell(otj::shell::ExchangeShell& shell,
                                                            QObject* context, int ms = kWaitMs)
{
    std::optional<otj::shell::ShellOpenResult> result;
    shell.open(context, [&result](const otj::shell::ShellOpenResult& r) { result = r; });
    waitFor([&] { return result.has_value(); }, ms);
    return result;
}

struct RawSpeaker
{
    using Kind = otj::shell::protocol::ResponseLine::Kind;
    otj::shell::PowerShellHost host;
    QList<otj::shell::protocol::ResponseLine> lines;
    QList<otj::shell::ShellError> failures;
    bool ended = false;

    explicit RawSpeaker(const otj::shell::SpeakerCommand& c)
        : host(c)
    {
        QObject::connect(&host, &otj::shell::PowerShellHost::lineReceived,
                         [this](const otj::shell::protocol::ResponseLine& l) { lines << l; });
        QObject::connect(&host, &otj::shell::PowerShellHost::failed,
                         [this](const otj::shell::ShellError& e) { failures << e; });
        QObject::connect(&host, &otj::shell::PowerShellHost::finished, [this](int, bool) { ended = true; });
    }
    // The hello answer (HelloOk / HelloFailed / RequestError), or nullopt.
    std::optional<otj::shell::protocol::ResponseLine> helloAnswer(const otj::shell::protocol::Hello& hello)
    {
        host.start(hello);
        if (!waitFor([this] { return !lines.isEmpty() || ended; }) || lines.isEmpty())
            return std::nullopt;
        return lines.first();
    }
    bool hello(const otj::shell::protocol::Hello& h)
    {
        const auto answer = helloAnswer(h);
        return answer && answer->kind == Kind::HelloOk;
    }
    // Sends one raw line and waits for the answer with `id` (final, or an error line); partial
    // objects are put in front of their result's objects.
    std::optional<otj::shell::protocol::ResponseLine> request(const QByteArray& line,
                                                              std::optional<qint64> id)
    {
        const qsizetype before = lines.size();
        host.send(line);
        auto answerIndex = [&]() -> qsizetype {
            for (qsizetype i = before; i < lines.size(); ++i)
                if ((lines[i].kind == Kind::Final || lines[i].kind == Kind::RequestError) &&
                    lines[i].id == id)
                    return i;
            return -1;
        };
        if (!waitFor([&] { return answerIndex() >= 0 || ended; }) || answerIndex() < 0)
            return std::nullopt;
        otj::shell::protocol::ResponseLine answer = lines[answerIndex()];
        for (qsizetype i = answerIndex() - 1; i >= before; --i)
            if (lines[i].kind == Kind::Partial && lines[i].id == id && lines[i].index < answer.results.size())
                answer.results[lines[i].index].objects =
                    lines[i].objects + answer.results[lines[i].index].objects;
        return answer;
    }
};

inline QByteArray invokeLine(qint64 id, const QJsonArray& commands, bool stopOnError = false)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("op"), QStringLiteral("invoke")},
                                     {QStringLiteral("timeoutMs"), 120000},
                                     {QStringLiteral("stopOnError"), stopOnError},
                                     {QStringLiteral("commands"), commands}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace otj::test
