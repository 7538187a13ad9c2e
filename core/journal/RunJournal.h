// The run journal (format: core/journal/README.md): append-only JSON lines beside the profile.
#pragma once

#include "core/plan/DesiredChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

class QFile;
class QLockFile;

namespace otj::journal {

struct JournalEntry
{
    QString type; // run-started | started | outcome | run-finished
    QString run;
    int seq = 0;
    QDateTime time;
    QJsonObject fields; // the whole line as read
};

// One change as the journal knows it after reading every line: its last started entry and the
// outcome that settled it (none: left open).
struct JournalChange
{
    QString key;
    QString step;
    QString operation; // create | update | remove (a back-out)
    QString target;
    QString cmdlet;
    QJsonObject parameters;
    QJsonObject before;
    QJsonObject after;
    bool objectExisted = false;
    QString run;
    int startedSeq = 0;
    QDateTime startedAt;
    QString result; // applied | failed | not-applied | settled-applied | settled-not-applied | "" (open)
    QDateTime settledAt;
    bool applied() const;
};

class RunJournal
{
    Q_DECLARE_TR_FUNCTIONS(otj::journal::RunJournal)
public:
    // `profilePath` is the profile file; the journal is beside it.
    explicit RunJournal(const QString& profilePath, const QUuid& profileId);
    ~RunJournal();
    static QString journalPath(const QString& profilePath);
    static QString lockPath(const QString& profilePath);

    // Reads every line of this profile (lines of another profileId are ignored; a torn last
    // line is ignored and reported). False with `error` when the file cannot be read.
    bool load(QString* error = nullptr);
    const QList<JournalEntry>& entries() const { return m_entries; }
    // Changes in the order they were first started, latest state of each attempt.
    QList<JournalChange> changes() const;
    QList<JournalChange> openChanges() const;
    // When a room's calendar processing was last changed by the tool (for the content check).
    QHash<QString, QDateTime> calendarProcessingChanged() const;

    // Writing (one apply): each call appends one line and flushes it to disk.
    bool beginRun(const QString& tool, bool rollback, const QString& domainController, bool viewEntireForest,
                  QString* error = nullptr);
    int started(const plan::PlannedChange& change,
                const QString& secretPlaceholder = QStringLiteral("«secret»"));
    void outcome(int startedSeq, const QString& changeKey, const QString& result,
                 const std::optional<shell::ShellError>& error = std::nullopt,
                 const QJsonObject& observed = {});
    // Settles a change left open by an earlier run.
    void settle(const JournalChange& open, bool applied, const QJsonObject& observed);
    // Once per run (later calls do nothing: a failed verification after "completed" adds no line).
    void endRun(const QString& result, int applied, int failed, int notRun);
    // Lines of one request: while held, each line is written (flushed to the OS) but not fsync'd;
    // sync() makes them durable at once (one fsync for a request's 100 `started` lines, before the
    // request is sent). Releasing the hold syncs.
    void holdSync(bool hold);
    bool sync();
    QString runId() const { return m_run; }

    // Unparsable lines skipped by the last load() (a torn last line after a crash).
    int skippedLines() const { return m_skipped; }
    // False when a line could not be written (the apply stops: it must not change what it cannot record).
    bool writable() const { return m_writeError.isEmpty(); }
    QString writeError() const { return m_writeError; }

private:
    void append(QJsonObject line);

    QString m_path;
    QUuid m_profileId;
    QString m_run;
    int m_seq = 0;
    int m_skipped = 0;
    bool m_holdSync = false;
    bool m_runOpen = false;
    QString m_writeError;
    std::unique_ptr<QFile> m_file;
    QList<JournalEntry> m_entries;
};

// The lock that keeps the wizard and otjctl from applying to one profile at once (`<profile>.lock`,
// QLockFile: a lock left by a dead process on this host is taken over).
class ApplyLock
{
    Q_DECLARE_TR_FUNCTIONS(otj::journal::ApplyLock)
public:
    explicit ApplyLock(const QString& profilePath);
    ~ApplyLock();
    // False with `holder` ("otjctl, process 4242 on host ws01") when another process holds it.
    bool tryLock(QString* holder = nullptr);
    void unlock();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace otj::journal
