// Reading side of the run journal, written on the `script` branch so the back-out can be built and
// tested before the engine's full RunJournal (writing, settling, the lock) arrives. At merge the
// engine's core/journal/RunJournal.cpp replaces this file; the reading rules here follow
// core/journal/README.md and the engine's file must keep them.
#include "core/journal/RunJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace otj::journal {

bool JournalChange::applied() const
{
    return result == QLatin1String("applied") || result == QLatin1String("settled-applied");
}

RunJournal::RunJournal(const QString& profilePath, const QUuid& profileId)
    : m_path(journalPath(profilePath))
    , m_profileId(profileId)
{}

QString RunJournal::journalPath(const QString& profilePath)
{
    const QFileInfo info(profilePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".journal.jsonl"));
}

QString RunJournal::lockPath(const QString& profilePath)
{
    const QFileInfo info(profilePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".lock"));
}

bool RunJournal::load(QString* error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true; // no journal: nothing applied yet
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QString profileId = m_profileId.toString(QUuid::WithoutBraces);
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject())
            continue; // a torn line (the process died while writing it)
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("profileId")).toString().compare(profileId, Qt::CaseInsensitive) != 0)
            continue;
        JournalEntry e;
        e.type = o.value(QStringLiteral("type")).toString();
        e.run = o.value(QStringLiteral("run")).toString();
        e.seq = o.value(QStringLiteral("seq")).toInt();
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.fields = o;
        m_entries.append(e);
    }
    return true;
}

QList<JournalChange> RunJournal::changes() const
{
    QList<JournalChange> changes;
    QHash<QString, qsizetype> byStart; // "<run>#<seq>" -> index
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
            byStart.insert(e.run + QLatin1Char('#') + QString::number(e.seq), changes.size());
            changes.append(c);
        } else if (e.type == QLatin1String("outcome")) {
            const QJsonValue started = f.value(QStringLiteral("startedSeq"));
            // Same run: the seq; settled by a later run: "<run>#<seq>".
            const QString ref = started.isString()
                                    ? started.toString()
                                    : e.run + QLatin1Char('#') + QString::number(started.toInt());
            const auto it = byStart.constFind(ref);
            if (it == byStart.cend())
                continue;
            JournalChange& c = changes[*it];
            c.result = f.value(QStringLiteral("result")).toString();
            c.settledAt = e.time;
        }
    }
    return changes;
}

QList<JournalChange> RunJournal::openChanges() const
{
    QList<JournalChange> open;
    for (const JournalChange& c : changes())
        if (c.result.isEmpty())
            open.append(c);
    return open;
}

QHash<QString, QDateTime> RunJournal::calendarProcessingChanged() const
{
    QHash<QString, QDateTime> changed;
    const QString prefix = QStringLiteral("step4.calendar/");
    for (const JournalChange& c : changes())
        if (c.applied() && c.key.startsWith(prefix))
            changed.insert(c.key.mid(prefix.size()), c.settledAt.isValid() ? c.settledAt : c.startedAt);
    return changed;
}

} // namespace otj::journal
