#include "core/journal/RunJournal.h"

#include "core/logging/Logging.h"
#include "core/steps/StepId.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace otj::journal {
namespace {

QString besideProfile(const QString& profilePath, const QString& suffix)
{
    const QFileInfo info(profilePath);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

QJsonObject wireValues(const QList<plan::FieldDiff>& diffs, bool after)
{
    QJsonObject o;
    for (const plan::FieldDiff& d : diffs)
        o.insert(d.property, (after ? d.after : d.before).toJson());
    return o;
}

QString operationName(plan::Operation operation)
{
    switch (operation) {
    case plan::Operation::Create:
        return QStringLiteral("create");
    case plan::Operation::Remove:
        return QStringLiteral("remove");
    case plan::Operation::Update:
        break;
    }
    return QStringLiteral("update");
}

QString attemptKey(const QString& run, int seq)
{
    return run + QLatin1Char('#') + QString::number(seq);
}

bool syncToDisk(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

bool JournalChange::applied() const
{
    return result == QLatin1String("applied") || result == QLatin1String("settled-applied");
}

RunJournal::RunJournal(const QString& profilePath, const QUuid& profileId)
    : m_path(journalPath(profilePath))
    , m_profileId(profileId)
{}

RunJournal::~RunJournal() = default;

QString RunJournal::journalPath(const QString& profilePath)
{
    return besideProfile(profilePath, QStringLiteral(".journal.jsonl"));
}

QString RunJournal::lockPath(const QString& profilePath)
{
    return besideProfile(profilePath, QStringLiteral(".lock"));
}

bool RunJournal::load(QString* error)
{
    m_entries.clear();
    m_skipped = 0;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the run journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QString profileId = m_profileId.toString(QUuid::WithoutBraces);
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            // A line cut off when a process died while writing it: the command it announced was
            // never sent (the started line is written before the command), so nothing is lost.
            ++m_skipped;
            continue;
        }
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("profileId")).toString() != profileId)
            continue;
        JournalEntry e;
        e.type = o.value(QStringLiteral("type")).toString();
        e.run = o.value(QStringLiteral("run")).toString();
        e.seq = o.value(QStringLiteral("seq")).toInt();
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.fields = o;
        m_entries.append(e);
    }
    if (m_skipped > 0) {
        qCWarning(lcCli) << "run journal" << m_path << ": skipped" << m_skipped << "unreadable line(s)";
        if (error)
            *error = tr("%n unreadable line(s) in the run journal were skipped (a write cut off).", nullptr,
                        m_skipped);
    }
    return true;
}

QList<JournalChange> RunJournal::changes() const
{
    QList<JournalChange> list;
    QHash<QString, qsizetype> byAttempt;
    for (const JournalEntry& e : m_entries) {
        const QJsonObject& f = e.fields;
        if (e.type == QLatin1String("started")) {
            JournalChange c;
            c.key = f.value(QStringLiteral("change")).toString();
            c.step = f.value(QStringLiteral("step")).toString();
            c.operation = f.value(QStringLiteral("operation")).toString();
            c.target = f.value(QStringLiteral("target")).toString();
            c.cmdlet = f.value(QStringLiteral("cmdlet")).toString();
            c.parameters = f.value(QStringLiteral("parameters")).toObject();
            c.before = f.value(QStringLiteral("before")).toObject();
            c.after = f.value(QStringLiteral("after")).toObject();
            c.objectExisted = f.value(QStringLiteral("objectExisted")).toBool();
            c.run = e.run;
            c.startedSeq = e.seq;
            c.startedAt = e.time;
            byAttempt.insert(attemptKey(e.run, e.seq), list.size());
            list.append(c);
        } else if (e.type == QLatin1String("outcome")) {
            const QJsonValue started = f.value(QStringLiteral("startedSeq"));
            const QString key = started.isString() ? started.toString() : attemptKey(e.run, started.toInt());
            const auto it = byAttempt.constFind(key);
            if (it == byAttempt.cend())
                continue;
            JournalChange& c = list[*it];
            c.result = f.value(QStringLiteral("result")).toString();
            c.settledAt = e.time;
        }
    }
    return list;
}

QList<JournalChange> RunJournal::openChanges() const
{
    QList<JournalChange> open;
    for (const JournalChange& c : changes()) {
        if (c.result.isEmpty())
            open.append(c);
    }
    return open;
}

QHash<QString, QDateTime> RunJournal::calendarProcessingChanged() const
{
    static const QString prefix = QStringLiteral("step4.calendar/");
    QHash<QString, QDateTime> times;
    for (const JournalChange& c : changes()) {
        if (!c.applied() || !c.key.startsWith(prefix))
            continue;
        // The command was sent at startedAt; its settings apply to meetings received after it.
        const QString room = c.key.mid(prefix.size()).toLower();
        if (!times.contains(room) || times.value(room) < c.startedAt)
            times.insert(room, c.startedAt);
    }
    return times;
}

void RunJournal::append(QJsonObject line)
{
    if (!m_writeError.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    line.insert(QStringLiteral("v"), 1);
    line.insert(QStringLiteral("profileId"), m_profileId.toString(QUuid::WithoutBraces));
    line.insert(QStringLiteral("run"), m_run);
    line.insert(QStringLiteral("seq"), ++m_seq);
    line.insert(QStringLiteral("time"), now.toString(Qt::ISODateWithMs));
    if (!m_file) {
        // A torn last line (the process died mid-write) must not swallow the next one.
        bool tornTail = false;
        QFile existing(m_path);
        if (existing.open(QIODevice::ReadOnly) && existing.size() > 0 && existing.seek(existing.size() - 1))
            tornTail = existing.read(1) != "\n";
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            m_writeError = tr("Cannot write the run journal %1: %2").arg(m_path, m_file->errorString());
            m_file.reset();
            return;
        }
        if (tornTail)
            m_file->write("\n");
    }
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    if (m_file->write(bytes) != bytes.size() || !m_file->flush() || (!m_holdSync && !syncToDisk(*m_file))) {
        m_writeError = tr("Cannot write the run journal %1: %2").arg(m_path, m_file->errorString());
        return;
    }
    JournalEntry e;
    e.type = line.value(QStringLiteral("type")).toString();
    e.run = m_run;
    e.seq = m_seq;
    e.time = now;
    e.fields = line;
    m_entries.append(e);
}

bool RunJournal::beginRun(const QString& tool, bool rollback, const QString& domainController,
                          bool viewEntireForest, QString* error)
{
    m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_seq = 0;
    m_runOpen = true;
    append({{QStringLiteral("type"), QStringLiteral("run-started")},
            {QStringLiteral("tool"), tool},
            {QStringLiteral("rollback"), rollback},
            {QStringLiteral("domainController"), domainController},
            {QStringLiteral("viewEntireForest"), viewEntireForest}});
    if (!writable() && error)
        *error = m_writeError;
    return writable();
}

int RunJournal::started(const plan::PlannedChange& change, const QString& secretPlaceholder)
{
    QJsonObject parameters;
    QString cmdlet = change.command.name;
    if (change.rest) {
        // Step 5: the REST request ("POST <path>", its body); the secret field is added only when sent.
        cmdlet = change.rest->method + QLatin1Char(' ') + change.rest->path;
        parameters = change.rest->body;
        if (!change.rest->secretField.isEmpty())
            parameters.insert(change.rest->secretField, secretPlaceholder);
    } else {
        for (auto it = change.command.parameters.cbegin(); it != change.command.parameters.cend(); ++it) {
            const bool secret = it.value().kind() == shell::ShellValue::Kind::SecureString ||
                                it.key() == change.desired.secretParameter;
            parameters.insert(it.key(), secret ? QJsonValue(secretPlaceholder) : it.value().toJson());
        }
        if (!change.desired.secretParameter.isEmpty())
            parameters.insert(change.desired.secretParameter, secretPlaceholder);
    }
    append({{QStringLiteral("type"), QStringLiteral("started")},
            {QStringLiteral("change"), change.desired.key},
            {QStringLiteral("step"), Steps::key(change.desired.step)},
            {QStringLiteral("operation"), operationName(change.desired.operation)},
            {QStringLiteral("target"), change.desired.target},
            {QStringLiteral("cmdlet"), cmdlet},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("before"), change.objectExists ? wireValues(change.diffs, false) : QJsonObject{}},
            {QStringLiteral("after"), wireValues(change.diffs, true)},
            {QStringLiteral("objectExisted"), change.objectExists}});
    return writable() ? m_seq : 0;
}

void RunJournal::outcome(int startedSeq, const QString& changeKey, const QString& result,
                         const std::optional<shell::ShellError>& error, const QJsonObject& observed)
{
    QJsonObject line{{QStringLiteral("type"), QStringLiteral("outcome")},
                     {QStringLiteral("change"), changeKey},
                     {QStringLiteral("startedSeq"), startedSeq},
                     {QStringLiteral("result"), result}};
    if (error)
        line.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("message"), error->message},
                                {QStringLiteral("fullyQualifiedErrorId"), error->fullyQualifiedErrorId}});
    if (!observed.isEmpty())
        line.insert(QStringLiteral("observed"), observed);
    append(line);
}

void RunJournal::settle(const JournalChange& open, bool applied, const QJsonObject& observed)
{
    append({{QStringLiteral("type"), QStringLiteral("outcome")},
            {QStringLiteral("change"), open.key},
            {QStringLiteral("startedSeq"), attemptKey(open.run, open.startedSeq)},
            {QStringLiteral("result"),
             applied ? QStringLiteral("settled-applied") : QStringLiteral("settled-not-applied")},
            {QStringLiteral("observed"), observed}});
}

void RunJournal::endRun(const QString& result, int applied, int failed, int notRun)
{
    if (!m_runOpen)
        return;
    m_runOpen = false;
    append({{QStringLiteral("type"), QStringLiteral("run-finished")},
            {QStringLiteral("result"), result},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("notRun"), notRun}});
    m_file.reset();
}

void RunJournal::holdSync(bool hold)
{
    m_holdSync = hold;
    if (!hold)
        sync();
}

bool RunJournal::sync()
{
    if (!m_file || !m_writeError.isEmpty())
        return m_writeError.isEmpty();
    if (!syncToDisk(*m_file))
        m_writeError = tr("Cannot write the run journal %1: %2").arg(m_path, m_file->errorString());
    return m_writeError.isEmpty();
}

ApplyLock::ApplyLock(const QString& profilePath)
    : m_path(RunJournal::lockPath(profilePath))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // An apply may take long: only a dead holder makes the lock stale, never its age.
    m_lock->setStaleLockTime(0);
}

ApplyLock::~ApplyLock() = default;

bool ApplyLock::tryLock(QString* holder)
{
    if (m_lock->tryLock(0))
        return true;
    if (holder) {
        qint64 pid = 0;
        QString host, app;
        if (m_lock->getLockInfo(&pid, &host, &app))
            *holder = tr("%1, process %2 on %3")
                          .arg(app.isEmpty() ? tr("another program") : app)
                          .arg(pid)
                          .arg(host.isEmpty() ? tr("this computer") : host);
        else
            *holder = tr("another program (the lock file %1 cannot be read)").arg(m_path);
    }
    return false;
}

void ApplyLock::unlock()
{
    m_lock->unlock();
}

} // namespace otj::journal
