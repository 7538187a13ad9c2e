// The validation tree shared by the wizard (QTreeView model) and otjctl (text / JSON).
// Checks have stable ids ("prereq.p5", "step2.impersonation/<room>"); per-room checks are children
// of their step's check. The JSON form is documented by validation-result.schema.json (versioned).
#pragma once

#include "core/steps/Reason.h"
#include "core/validation/CheckStatus.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextStream>

namespace otj {

struct CheckNode
{
    QString id;
    QString title;
    CheckStatus status = CheckStatus::NotRun;
    qint64 latencyMs = -1;               // time the deciding requests took; -1 unknown
    const char* reason = nullptr;        // the verdict's reason code (catalogue in core/steps/Reason.h)
    QStringList reasonArgs;              // its arguments, redacted
    StepId step = StepId::Prerequisites; // the step the check belongs to (its id's prefix)
    std::optional<StepId> fixStep;       // where the fix is made when not `step`
    QJsonObject evidence;                // redacted, never a secret
    int parent = -1;
    int row = 0; // among its siblings
    QList<int> children;

    // One line: why it is not passed (or a note when passed); in the user's language.
    QString cause(reasons::Language language = reasons::Language::User) const
    {
        return reasons::cause(reason, reasonArgs, language);
    }
    // What to do; empty when there is nothing to do.
    QString fix(reasons::Language language = reasons::Language::User) const
    {
        return reasons::fix(reason, reasonArgs, language);
    }
    StepId fixStepId() const { return fixStep.value_or(step); }
};

struct CheckDef
{
    QString id;
    QString title;
};

class ValidationResults : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;
    static QString schemaId(); // "$id" of validation-result.schema.json

    explicit ValidationResults(QObject* parent = nullptr);

    void clear();
    // Adds checks under `parent` (-1: top level); returns the index of the first one.
    int addChecks(int parent, const QList<CheckDef>& defs);
    int add(int parent, const CheckDef& def) { return addChecks(parent, {def}); }

    int count() const { return int(m_nodes.size()); }
    const CheckNode& node(int index) const { return m_nodes.at(index); }
    int indexOf(const QString& id) const { return m_byId.value(id, -1); }
    const QList<int>& topLevel() const { return m_top; }
    // Row of `index` among its siblings.
    int rowOf(int index) const;

    void setStatus(int index, const Verdict& verdict, const QJsonObject& evidence = {},
                   qint64 latencyMs = -1);
    void setRunning(int index);
    // A parent's status from its children: the worst, with a count summary as its cause.
    void summarizeFromChildren(int index);

    struct Counts
    {
        int passed = 0, warning = 0, failed = 0, skipped = 0, cancelled = 0, pending = 0, notRun = 0;
        int total() const { return passed + warning + failed + skipped + cancelled + pending + notRun; }
    };
    Counts counts() const; // over leaves and childless top-level checks
    bool anyFailed() const;

    QDateTime startedAt, finishedAt;
    QJsonObject context; // profile path/id, EWS URL, k, tool version ... (no secrets)
    // JSON carries cause and fix in English (the source language) beside the stable reason code and
    // its arguments, whatever the process locale: scripts and logs read the same text everywhere.
    QJsonObject toJson() const;
    // The same JSON, streamed node by node (compact): for 1000s of rooms this avoids holding a
    // second copy of the tree as QJsonObjects plus the whole document in memory.
    void writeJson(QTextStream& out) const;

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void checksAboutToBeAdded(int parent, int firstRow, int lastRow);
    void checksAdded();
    void checkChanged(int index);

private:
    QJsonObject nodeJson(int index) const;
    QJsonObject nodeFields(int index) const; // without children
    QJsonObject toJsonHead() const;          // everything but "checks"
    void writeNode(QTextStream& out, int index) const;
    QList<CheckNode> m_nodes;
    QList<int> m_top;
    QHash<QString, int> m_byId;
};

} // namespace otj
