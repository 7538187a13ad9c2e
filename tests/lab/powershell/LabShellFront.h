// `otj-lab shell`: speaks the bridge line protocol (PROTOCOL v1, see tests/lab/README.md "The lab's
// Exchange shell") on stdin/stdout and forwards each command to the lab's /lab/powershell route with
// the hello's credentials. One request at a time, in order; the process stays thin: every cmdlet rule
// lives in LabCmdlets behind the route.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace otjlab {

class LabShellFront : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLineBytes = 1000000; // a response line never exceeds this (PROTOCOL)

    LabShellFront(QUrl route, const QByteArray& caPem, QObject* parent = nullptr);

    // Where response lines go (without the trailing newline).
    std::function<void(const QByteArray&)> writeLine;
    // Called once with the exit code (0: exit/EOF; 3: hello failed).
    std::function<void(int)> finished;
    int maxLineBytes = kMaxLineBytes;

    // Queue a request line; requests run one after the other.
    void submitLine(const QByteArray& line);
    void endOfInput();

private:
    void next();
    void handle(const QJsonObject& request);
    void hello(const QJsonObject& request);
    void invoke(const QJsonObject& request);
    void runCommand(qint64 id, QList<QJsonObject> commands, int index, QJsonArray done, bool stopOnError,
                    int timeoutMs, bool stopped);
    void sendResults(qint64 id, const QJsonArray& results);
    void malformed(const QJsonValue& id, const QString& message);
    void send(const QJsonObject& o);
    void finish(int code);
    QNetworkRequest request() const;

    QUrl m_route;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_nam;
    QList<QByteArray> m_queue;
    bool m_busy = false;
    bool m_lineStart = false; // the next POST is the first of a request line
    bool m_eof = false;
    bool m_helloDone = false;
    bool m_finished = false;
    QByteArray m_authorization; // "Basic …" from the hello
    QString m_server;
    QStringList m_commands;    // the session's cmdlets that the bridge's allow-list lets through
    QDeadlineTimer m_deadline; // of the invoke request in progress
};

} // namespace otjlab
