// Conformance (issue 9): the same scenario list (tests/lab/powershell/scenarios.json) through both
// fronts of the lab's Exchange shell — the real bridge script in pwsh with the lab's proxy module
// (OtjLab.psm1), and `otj-lab shell` — each against its own fresh otj-lab. Their answers must be
// identical, errors included (elapsedMs aside; Exchange-style RequestId/TimeStamp values masked),
// and each must meet the scenario's expectations.
#include "tests/lab/tests/ScenarioCheck.h"
#include "tests/shell/PwshSupport.h"
#include "tests/shell/RawSpeaker.h"
#include "tests/support/LabProcess.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace otj::shell;
using otj::test::RawSpeaker;
using Kind = protocol::ResponseLine::Kind;

namespace {

const QString kModule = QStringLiteral(OTJ_SOURCE_DIR "/tests/lab/powershell/OtjLab.psm1");

// What legitimately differs between two fresh labs: Exchange-style RequestId/TimeStamp values and the
// lab's port in URLs.
QString masked(QString text)
{
    static const QRegularExpression volatileIds(QStringLiteral("(RequestId|TimeStamp)=[^,\\]]*"));
    static const QRegularExpression port(QStringLiteral("127\\.0\\.0\\.1:\\d+"));
    text.replace(volatileIds, QStringLiteral("\\1=*"));
    text.replace(port, QStringLiteral("127.0.0.1:PORT"));
    return text;
}

// WhenCreated*/WhenChanged* of an object made during the scenario (New-ManagementRoleAssignment, …)
// is the instant each lab ran the command, so two runs differ legitimately: such a value must be an
// ISO-8601 timestamp as the bridge writes DateTimes (.ToString('o'): 7 fraction digits, Z), and is
// then compared as that fact, not by value. Seeded objects' timestamps are independent of the lab's
// start instant (otj-lab seeds from the start of the UTC day), so this costs no coverage of them.
QJsonValue normalisedTimestamp(const QJsonValue& v)
{
    static const QRegularExpression roundTrip(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}Z$"));
    if (v.isString() && roundTrip.match(v.toString()).hasMatch() &&
        QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid())
        return QStringLiteral("<valid ISO-8601 timestamp>");
    return v; // kept as it is: differs from the other front's normalised value, or is null in both
}

QJsonValue maskedValue(const QJsonValue& v)
{
    static const QRegularExpression timestampProperty(QStringLiteral("^When(Created|Changed)"));
    if (v.isString())
        return masked(v.toString());
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue& item : v.toArray())
            a.append(maskedValue(item));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = timestampProperty.match(it.key()).hasMatch() && !it.value().isNull()
                             ? normalisedTimestamp(it.value())
                             : maskedValue(it.value());
        return o;
    }
    return v;
}

// The first place where two answers differ, as a path and both values.
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& path = QStringLiteral("$"))
{
    if (a == b)
        return {};
    const auto text = [](const QJsonValue& v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1)
            .left(400);
    };
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString& k : keys)
            if (x.value(k) != y.value(k))
                return firstDifference(x.value(k), y.value(k), path + QLatin1Char('.') + k);
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (qsizetype i = 0; i < a.toArray().size(); ++i)
            if (a.toArray()[i] != b.toArray()[i])
                return firstDifference(a.toArray()[i], b.toArray()[i],
                                       QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return QStringLiteral("%1: bridge %2 | shell %3").arg(path, text(a), text(b));
}

QJsonObject errorJson(const ShellError& e)
{
    QJsonObject o = e.toJson();
    o.insert(QStringLiteral("message"), masked(e.message));
    o.insert(QStringLiteral("fullyQualifiedErrorId"), masked(e.fullyQualifiedErrorId));
    return o;
}

QJsonObject resultJson(const CommandResult& r)
{
    QJsonArray objects;
    for (const QJsonObject& o : r.objects)
        objects.append(maskedValue(o));
    QJsonArray errors;
    for (const ShellError& e : r.errors)
        errors.append(errorJson(e));
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("ok"), r.ok},
                  {QStringLiteral("objects"), objects},
                  {QStringLiteral("warnings"), maskedValue(QJsonArray::fromStringList(r.warnings))},
                  {QStringLiteral("errors"), errors}};
    if (r.skipped)
        o.insert(QStringLiteral("skipped"), true);
    return o;
}

QJsonObject answerJson(const protocol::ResponseLine& line)
{
    if (line.kind == Kind::Final && line.results.size() == 1)
        return resultJson(line.results.first());
    QJsonArray errors;
    for (const ShellError& e : line.errors)
        errors.append(errorJson(e));
    return QJsonObject{{QStringLiteral("kind"), int(line.kind)}, {QStringLiteral("errors"), errors}};
}

// With "select", every object has exactly the selected properties (the scenario's runners other than
// the two fronts ignore select, so this is checked here rather than in scenarios.json).
QStringList selectProblems(const QJsonArray& select, const QJsonObject& answer)
{
    QStringList wanted;
    for (const QJsonValue& n : select)
        wanted << n.toString();
    wanted.sort();
    QStringList problems;
    const QJsonArray objects = answer.value(QStringLiteral("objects")).toArray();
    if (objects.isEmpty())
        problems << QStringLiteral("select: no objects to check");
    for (const QJsonValue& o : objects) {
        QStringList keys = o.toObject().keys();
        keys.sort();
        if (keys != wanted)
            problems << QStringLiteral("select: properties %1, wanted %2")
                            .arg(keys.join(QLatin1Char(',')), wanted.join(QLatin1Char(',')));
    }
    return problems;
}

QJsonObject account(const QJsonObject& serve, const QString& role)
{
    for (const QJsonValue& a : serve.value(QStringLiteral("accounts")).toArray())
        if (a.toObject().value(QStringLiteral("role")).toString() == role)
            return a.toObject();
    return {};
}

// One front against one fresh lab.
struct Front
{
    LabProcess lab;
    std::unique_ptr<RawSpeaker> speaker;
    QString error;

    bool start(bool bridge)
    {
        if (!lab.start({}, {}, &error))
            return false;
        const QString ca = lab.info.value(QStringLiteral("ca_file")).toString();
        SpeakerCommand c;
        if (bridge) {
            c = otj::test::pwshBridge(kModule, false, {QStringLiteral("-LabCaFile"), ca});
        } else {
            const QJsonArray command = lab.info.value(QStringLiteral("powershell")).toArray();
            if (command.isEmpty()) {
                error = QStringLiteral("the serve line has no \"powershell\" command");
                return false;
            }
            c.program = command.first().toString();
            for (qsizetype i = 1; i < command.size(); ++i)
                c.arguments << command[i].toString();
        }
        speaker = std::make_unique<RawSpeaker>(c);
        return true;
    }

    protocol::Hello hello(const QString& role, const std::optional<QString>& password = std::nullopt) const
    {
        protocol::Hello h;
        h.connectionUri =
            lab.info.value(QStringLiteral("admin_url")).toString() + QStringLiteral("powershell");
        h.authentication = QStringLiteral("Basic");
        if (!role.isEmpty()) {
            const QJsonObject a = account(lab.info, role);
            h.username = a.value(QStringLiteral("upn")).toString();
            h.password = password ? *password : a.value(QStringLiteral("password")).toString();
        } else {
            h.authentication = QStringLiteral("Kerberos");
        }
        return h;
    }
};

} // namespace

class TestShellConformance : public QObject
{
    Q_OBJECT

    QJsonObject m_scenarios;

private Q_SLOTS:
    void initTestCase()
    {
        OTJ_REQUIRE_PWSH();
        QVERIFY2(QFile::exists(kModule), "the lab's proxy module (tests/lab/powershell/OtjLab.psm1)");
        m_scenarios = labtest::loadScenarios();
        QVERIFY2(!m_scenarios.value(QStringLiteral("scenarios")).toArray().isEmpty(),
                 "tests/lab/powershell/scenarios.json");
    }

    void hello_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        int i = 0;
        for (const QJsonValue& h : m_scenarios.value(QStringLiteral("hello")).toArray())
            QTest::addRow("hello %d %s", i++,
                          qPrintable(h.toObject().value(QStringLiteral("account")).toString()))
                << h.toObject();
    }

    void hello()
    {
        QFETCH(QJsonObject, scenario);
        const QString role = scenario.value(QStringLiteral("account")).toString();
        std::optional<QString> password;
        if (scenario.contains(QStringLiteral("password")))
            password = scenario.value(QStringLiteral("password")).toString();
        QList<QJsonObject> answers;
        for (bool bridge : {true, false}) {
            Front front;
            QVERIFY2(front.start(bridge), qPrintable(front.error));
            const auto answer = front.speaker->helloAnswer(front.hello(role, password));
            QVERIFY2(answer,
                     bridge ? "no hello answer from the bridge" : "no hello answer from otj-lab shell");
            const bool ok = answer->kind == Kind::HelloOk;
            QCOMPARE(ok, scenario.value(QStringLiteral("ok")).toBool());
            QJsonArray errors;
            for (const ShellError& e : answer->errors)
                errors.append(errorJson(e));
            answers << QJsonObject{
                {QStringLiteral("ok"), ok},
                {QStringLiteral("commands"), QJsonArray::fromStringList(answer->session.commands)},
                {QStringLiteral("errors"), errors}};
            for (const QJsonValue& c : scenario.value(QStringLiteral("commandsInclude")).toArray())
                QVERIFY2(answer->session.commands.contains(c.toString()), qPrintable(c.toString()));
            for (const QJsonValue& c : scenario.value(QStringLiteral("commandsExclude")).toArray())
                QVERIFY2(!answer->session.commands.contains(c.toString()), qPrintable(c.toString()));
            const QStringList problems = labtest::checkExpectation(
                QJsonObject{{QStringLiteral("errors"), scenario.value(QStringLiteral("errors"))}},
                QJsonObject{{QStringLiteral("errors"), errors}});
            QVERIFY2(problems.isEmpty(),
                     qPrintable((bridge ? QStringLiteral("bridge: ") : QStringLiteral("shell: ")) +
                                problems.join(QStringLiteral("; "))));
        }
        QVERIFY2(answers[0] == answers[1], qPrintable(firstDifference(answers[0], answers[1])));
    }

    void scenario_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        for (const QJsonValue& s : m_scenarios.value(QStringLiteral("scenarios")).toArray())
            QTest::newRow(qPrintable(s.toObject().value(QStringLiteral("name")).toString())) << s.toObject();
    }

    void scenario()
    {
        QFETCH(QJsonObject, scenario);
        const QString role = scenario.value(QStringLiteral("account")).toString();
        Front bridge;
        Front shell;
        QVERIFY2(bridge.start(true), qPrintable(bridge.error));
        QVERIFY2(shell.start(false), qPrintable(shell.error));
        QVERIFY2(bridge.speaker->hello(bridge.hello(role)), "the bridge's hello failed");
        QVERIFY2(shell.speaker->hello(shell.hello(role)), "otj-lab shell's hello failed");
        qint64 id = 1;
        QStringList differences;
        for (const QJsonValue& v : scenario.value(QStringLiteral("commands")).toArray()) {
            const QJsonObject command = v.toObject();
            QJsonObject sent{{QStringLiteral("name"), command.value(QStringLiteral("name"))},
                             {QStringLiteral("parameters"), command.value(QStringLiteral("parameters"))}};
            const QJsonValue select = command.value(QStringLiteral("select"));
            if (select.isArray())
                sent.insert(QStringLiteral("select"), select);
            const QJsonArray one{sent};
            const QByteArray line = otj::test::invokeLine(id, one);
            const auto a = bridge.speaker->request(line, id);
            const auto b = shell.speaker->request(line, id);
            ++id;
            const QString name = command.value(QStringLiteral("name")).toString();
            QVERIFY2(a, qPrintable(QStringLiteral("no answer from the bridge to %1").arg(name)));
            QVERIFY2(b, qPrintable(QStringLiteral("no answer from otj-lab shell to %1").arg(name)));
            const QJsonObject ja = answerJson(*a);
            const QJsonObject jb = answerJson(*b);
            if (ja != jb)
                differences << QStringLiteral("%1 differs at %2").arg(name, firstDifference(ja, jb));
            const QJsonObject expect = command.value(QStringLiteral("expect")).toObject();
            for (const auto& [front, answer] :
                 {std::pair{QStringLiteral("bridge"), ja}, std::pair{QStringLiteral("shell"), jb}}) {
                QStringList problems = labtest::checkExpectation(expect, answer);
                if (select.isArray())
                    problems << selectProblems(select.toArray(), answer);
                if (!problems.isEmpty())
                    differences << QStringLiteral("%1 (%2) expected: %3")
                                       .arg(name, front, problems.join(QStringLiteral("; ")));
            }
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestShellConformance)
#include "tst_shell_conformance.moc"
