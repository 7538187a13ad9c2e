#include "core/validation/ValidationResults.h"

#include "core/logging/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace otj {

namespace {
// "3 of 40 rooms: 1 failed, 2 not checked." — only the parts that are not zero.
QString roomsSummary(const QStringList& a, bool translated)
{
    auto t = [translated](const char* source, int n) {
        return translated ? QCoreApplication::translate("otj::ValidationResults", source, nullptr, n)
                          : QString::fromUtf8(source).replace(QStringLiteral("%n"), QString::number(n));
    };
    QStringList parts;
    if (const int failed = a.value(2).toInt())
        parts << t(QT_TRANSLATE_N_NOOP("otj::ValidationResults", "%n failed"), failed);
    if (const int warning = a.value(3).toInt())
        parts << t(QT_TRANSLATE_N_NOOP("otj::ValidationResults", "%n with warnings"), warning);
    if (const int other = a.value(4).toInt())
        parts << t(QT_TRANSLATE_N_NOOP("otj::ValidationResults", "%n not checked"), other);
    const QString sentence =
        translated ? QCoreApplication::translate("otj::ValidationResults", "%1 of %2 rooms: %3.")
                   : QStringLiteral("%1 of %2 rooms: %3.");
    return sentence.arg(a.value(0), a.value(1), parts.join(QStringLiteral(", ")));
}

const ReasonText kResultReasons[] = {
    {"validation.rooms-summary", "otj::ValidationResults", nullptr,
     QT_TRANSLATE_NOOP("otj::ValidationResults", "See each room's fix."), roomsSummary},
    {"validation.no-rooms", "otj::ValidationResults",
     QT_TRANSLATE_NOOP("otj::ValidationResults", "No rooms to check.")},
    {"validation.cancelled", "otj::ValidationResults",
     QT_TRANSLATE_NOOP("otj::ValidationResults", "Cancelled.")},
};
const bool kResultReasonsAdded = (reasons::add(kResultReasons), true);
} // namespace

QString statusKey(CheckStatus s)
{
    switch (s) {
    case CheckStatus::NotRun:
        return QStringLiteral("notRun");
    case CheckStatus::Running:
        return QStringLiteral("running");
    case CheckStatus::Passed:
        return QStringLiteral("passed");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::Failed:
        return QStringLiteral("failed");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    case CheckStatus::Cancelled:
        return QStringLiteral("cancelled");
    case CheckStatus::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QString statusTitle(CheckStatus s)
{
    switch (s) {
    case CheckStatus::NotRun:
        return QCoreApplication::translate("otj::validation", "Not run");
    case CheckStatus::Running:
        return QCoreApplication::translate("otj::validation", "Running");
    case CheckStatus::Passed:
        return QCoreApplication::translate("otj::validation", "Passed");
    case CheckStatus::Warning:
        return QCoreApplication::translate("otj::validation", "Warning");
    case CheckStatus::Failed:
        return QCoreApplication::translate("otj::validation", "Failed");
    case CheckStatus::Skipped:
        return QCoreApplication::translate("otj::validation", "Skipped");
    case CheckStatus::Cancelled:
        return QCoreApplication::translate("otj::validation", "Cancelled");
    case CheckStatus::Pending:
        return QCoreApplication::translate("otj::validation", "Pending");
    }
    return {};
}

bool isFinal(CheckStatus s)
{
    return s != CheckStatus::NotRun && s != CheckStatus::Running;
}

int severity(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Failed:
        return 6;
    case CheckStatus::Warning:
        return 5;
    case CheckStatus::Pending:
        return 4;
    case CheckStatus::Cancelled:
        return 3;
    case CheckStatus::Running:
    case CheckStatus::NotRun:
        return 2;
    case CheckStatus::Skipped:
        return 1;
    case CheckStatus::Passed:
        return 0;
    }
    return 0;
}

QString ValidationResults::schemaId()
{
    return QStringLiteral("https://otj-exchange-setup.invalid/schemas/validation-result-v1.json");
}

ValidationResults::ValidationResults(QObject* parent)
    : QObject(parent)
{}

void ValidationResults::clear()
{
    Q_EMIT aboutToReset();
    m_nodes.clear();
    m_top.clear();
    m_byId.clear();
    context = {};
    startedAt = finishedAt = {};
    Q_EMIT resetDone();
}

int ValidationResults::rowOf(int index) const
{
    return m_nodes.at(index).row;
}

int ValidationResults::addChecks(int parent, const QList<CheckDef>& defs)
{
    if (defs.isEmpty())
        return -1;
    QList<int>& siblings = parent < 0 ? m_top : m_nodes[parent].children;
    const int firstRow = int(siblings.size());
    Q_EMIT checksAboutToBeAdded(parent, firstRow, firstRow + int(defs.size()) - 1);
    const int first = int(m_nodes.size());
    m_nodes.reserve(m_nodes.size() + defs.size());
    for (const CheckDef& d : defs) {
        CheckNode n;
        n.id = d.id;
        n.title = d.title;
        n.step = parent >= 0 ? m_nodes.at(parent).step : Steps::ofCheck(d.id).value_or(StepId::Prerequisites);
        n.parent = parent;
        n.row = int((parent < 0 ? m_top : m_nodes[parent].children).size());
        const int index = int(m_nodes.size());
        m_nodes.append(n);
        m_byId.insert(d.id, index);
        (parent < 0 ? m_top : m_nodes[parent].children).append(index);
    }
    Q_EMIT checksAdded();
    return first;
}

void ValidationResults::setRunning(int index)
{
    if (index < 0 || m_nodes[index].status == CheckStatus::Running)
        return;
    m_nodes[index].status = CheckStatus::Running;
    Q_EMIT checkChanged(index);
}

void ValidationResults::setStatus(int index, const Verdict& verdict, const QJsonObject& evidence,
                                  qint64 latencyMs)
{
    if (index < 0)
        return;
    CheckNode& n = m_nodes[index];
    n.status = verdict.status;
    n.reason = verdict.reason;
    n.reasonArgs = verdict.args;
    for (QString& a : n.reasonArgs)
        a = Redactor::redact(a); // server messages and the like: the templates are ours
    n.fixStep = verdict.fixStep;
    n.evidence = evidence;
    n.latencyMs = latencyMs;
    Q_EMIT checkChanged(index);
}

void ValidationResults::summarizeFromChildren(int index)
{
    if (index < 0)
        return;
    const CheckNode& n = m_nodes[index];
    CheckStatus worst = CheckStatus::Passed;
    int failed = 0, warning = 0, other = 0;
    qint64 latency = -1; // unknown unless a room's check sent requests (judged from an inspection: none)
    for (int c : n.children) {
        const CheckStatus s = m_nodes[c].status;
        if (severity(s) > severity(worst))
            worst = s;
        failed += s == CheckStatus::Failed;
        warning += s == CheckStatus::Warning;
        other += s != CheckStatus::Passed && s != CheckStatus::Failed && s != CheckStatus::Warning;
        latency = std::max(latency, m_nodes[c].latencyMs);
    }
    const int total = int(n.children.size());
    if (total == 0) {
        setStatus(index, {CheckStatus::Skipped, "validation.no-rooms"});
        return;
    }
    if (worst == CheckStatus::NotRun || worst == CheckStatus::Running)
        worst = CheckStatus::Cancelled;
    Verdict v{worst};
    if (worst != CheckStatus::Passed) {
        v.reason = "validation.rooms-summary";
        v.args = QStringList{QString::number(failed + warning + other), QString::number(total),
                             QString::number(failed), QString::number(warning), QString::number(other)};
    }
    QJsonObject ev{{QStringLiteral("rooms"), total},
                   {QStringLiteral("failed"), failed},
                   {QStringLiteral("warnings"), warning}};
    setStatus(index, v, ev, latency);
}

ValidationResults::Counts ValidationResults::counts() const
{
    Counts c;
    for (const CheckNode& n : m_nodes) {
        if (!n.children.isEmpty())
            continue;
        switch (n.status) {
        case CheckStatus::Passed:
            c.passed++;
            break;
        case CheckStatus::Warning:
            c.warning++;
            break;
        case CheckStatus::Failed:
            c.failed++;
            break;
        case CheckStatus::Skipped:
            c.skipped++;
            break;
        case CheckStatus::Cancelled:
            c.cancelled++;
            break;
        case CheckStatus::Pending:
            c.pending++;
            break;
        case CheckStatus::NotRun:
        case CheckStatus::Running:
            c.notRun++;
            break;
        }
    }
    return c;
}

bool ValidationResults::anyFailed() const
{
    for (const CheckNode& n : m_nodes) {
        if (n.status == CheckStatus::Failed)
            return true;
    }
    return false;
}

QJsonObject ValidationResults::nodeFields(int index) const
{
    const CheckNode& n = m_nodes.at(index);
    CheckStatus s = n.status;
    if (!isFinal(s))
        s = CheckStatus::Cancelled; // a result never carries transient states
    QJsonObject o{{QStringLiteral("id"), n.id},
                  {QStringLiteral("title"), n.title},
                  {QStringLiteral("status"), statusKey(s)},
                  {QStringLiteral("cause"), n.cause(reasons::Language::English)},
                  {QStringLiteral("fix"), n.fix(reasons::Language::English)},
                  {QStringLiteral("fixStep"), Steps::key(n.fixStepId())},
                  {QStringLiteral("reason"), QString::fromLatin1(n.reason ? n.reason : "")},
                  {QStringLiteral("reasonArgs"), QJsonArray::fromStringList(n.reasonArgs)},
                  {QStringLiteral("evidence"), n.evidence}};
    o.insert(QStringLiteral("latencyMs"), n.latencyMs < 0 ? QJsonValue() : QJsonValue(double(n.latencyMs)));
    return o;
}

QJsonObject ValidationResults::nodeJson(int index) const
{
    QJsonObject o = nodeFields(index);
    QJsonArray children;
    for (int c : m_nodes.at(index).children)
        children.append(nodeJson(c));
    o.insert(QStringLiteral("children"), children);
    return o;
}

void ValidationResults::writeNode(QTextStream& out, int index) const
{
    QByteArray fields = QJsonDocument(nodeFields(index)).toJson(QJsonDocument::Compact);
    fields.chop(1); // the closing brace
    out << QString::fromUtf8(fields) << QStringLiteral(",\"children\":[");
    bool first = true;
    for (int c : m_nodes.at(index).children) {
        if (!first)
            out << QLatin1Char(',');
        first = false;
        writeNode(out, c);
    }
    out << QStringLiteral("]}");
}

void ValidationResults::writeJson(QTextStream& out) const
{
    QJsonObject head = toJsonHead();
    QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Compact);
    text.chop(1);
    out << QString::fromUtf8(text) << QStringLiteral(",\"checks\":[");
    bool first = true;
    for (int i : m_top) {
        if (!first)
            out << QStringLiteral(",\n");
        first = false;
        writeNode(out, i);
    }
    out << QStringLiteral("]}\n");
}

QJsonObject ValidationResults::toJson() const
{
    QJsonObject o = toJsonHead();
    QJsonArray checks;
    for (int i : m_top)
        checks.append(nodeJson(i));
    o.insert(QStringLiteral("checks"), checks);
    return o;
}

QJsonObject ValidationResults::toJsonHead() const
{
    const Counts c = counts();
    return QJsonObject{
        {QStringLiteral("$schema"), schemaId()},
        {QStringLiteral("schemaVersion"), SchemaVersion},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("context"), context},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("passed"), c.passed},
                                                {QStringLiteral("warning"), c.warning},
                                                {QStringLiteral("failed"), c.failed},
                                                {QStringLiteral("skipped"), c.skipped},
                                                {QStringLiteral("cancelled"), c.cancelled + c.notRun},
                                                {QStringLiteral("pending"), c.pending}}},
    };
}

} // namespace otj
