// The exported scripts' PowerShell (issue 11), judged by PowerShell's own parser in real pwsh:
// every hostile value written by the literal writer comes back as one single-quoted constant equal
// to the input; typed values evaluate to their type; setup.ps1 and rollback.ps1 parse with zero
// errors, pass the Windows PowerShell 5.1 lint, hold every hostile name as a single-quoted constant,
// call only the cmdlets and functions they should, start with a UTF-8 BOM and hold no secret.
#include "PwshSupport.h"

#include "core/script/PowerShellLiteral.h"
#include "core/script/RollbackPlan.h"
#include "core/script/SetupScript.h"
#include "core/shell/CommandRegistry.h"
#include "tests/support/ScriptFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::script;

namespace {

// Every kind of value that must stay inside its quotes.
const QList<std::pair<const char*, QString>> kHostile = {
    {"apostrophe", QStringLiteral("O'Brien")},
    {"left-single", QStringLiteral("\u2018quoted\u2018")},
    {"right-single", QStringLiteral("it\u2019s")},
    {"low-single", QStringLiteral("\u201Alow\u201B")},
    {"all-four-and-more", QStringLiteral("a'\u2018\u2019\u201A\u201B''b'")},
    {"only-quote", QStringLiteral("'")},
    {"trailing-quote", QStringLiteral("end'")},
    {"subexpression", QStringLiteral("$(Remove-Mailbox -Identity x -Confirm:$false)")},
    {"variable", QStringLiteral("$env:PATH $null ${x}")},
    {"backticks", QStringLiteral("`n`0 ` `'")},
    {"semicolon", QStringLiteral("x'; Remove-Mailbox y; '")},
    {"newline", QStringLiteral("line1\nline2")},
    {"crlf", QStringLiteral("line1\r\nline2'\r\n$(x)")},
    {"non-ascii", QStringLiteral("Z\u00FCrich \u00E6\u00F8\u00E5 \u4F1A\u8BAE\u5BA4 \U0001F600")},
    {"dn-with-escaped-comma", QStringLiteral("CN=Rooms\\, HQ,OU=Groups,DC=contoso,DC=lab")},
    {"double-quotes", QStringLiteral("\"double\" \u201Cbook\u201D \u201E")},
    {"comment-and-here-string", QStringLiteral("#x <# y #> '@ @' \"@")},
    {"empty", QString()},
    {"tab-and-nul", QStringLiteral("a\tb") + QChar(0) + QStringLiteral("c")},
};

struct PwshRun
{
    int exitCode = -1;
    QString output;
};

PwshRun runPwsh(const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(otj::test::pwshProgram(), QStringList{QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"),
                                                  QStringLiteral("-NonInteractive")} +
                                          arguments);
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

const QString kChecker = QStringLiteral(OTJ_SHELL_TEST_DATA "/Check-Script.ps1");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray json(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

class TestScriptPwsh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs the checker; every line is PASS/FAIL; the exit code counts failures.
    void check(const QStringList& arguments, int expectedPasses)
    {
        const PwshRun run = runPwsh(QStringList{QStringLiteral("-File"), kChecker} + arguments);
        qInfo().noquote() << run.output.trimmed();
        QVERIFY2(!run.output.contains(QLatin1String("FAIL ")), qPrintable(run.output));
        QCOMPARE(run.output.count(QLatin1String("PASS ")), expectedPasses);
        QCOMPARE(run.exitCode, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("OTJ_TEST_KEEP_FILES")) { // for reading the scripts after a failure
            m_dir.setAutoRemove(false);
            qInfo() << "files kept in" << m_dir.path();
        }
        OTJ_REQUIRE_PWSH();
    }

    // C++ side: the exact text of each kind (the parser tests below judge what it means).
    void literalsByKind()
    {
        QCOMPARE(singleQuoted(QStringLiteral("O'Brien")), QStringLiteral("'O''Brien'"));
        QCOMPARE(singleQuoted(QStringLiteral("\u2018a\u2019")),
                 QStringLiteral("'\u2018\u2018a\u2019\u2019'"));
        QCOMPARE(literal(shell::ShellValue(true)), QStringLiteral("$true"));
        QCOMPARE(literal(shell::ShellValue(false)), QStringLiteral("$false"));
        QCOMPARE(literal(shell::ShellValue()), QStringLiteral("$null"));
        QCOMPARE(literal(shell::ShellValue(1440)), QStringLiteral("1440"));
        QCOMPARE(literal(shell::ShellValue(-5)), QStringLiteral("(-5)"));
        QCOMPARE(literal(shell::ShellValue(1.5)), QStringLiteral("1.5"));
        QCOMPARE(literal(shell::ShellValue(2.0)), QStringLiteral("2.0"));
        QCOMPARE(literal(shell::ShellValue::strings({QStringLiteral("a"), QStringLiteral("b'")})),
                 QStringLiteral("@('a', 'b''')"));
        QCOMPARE(literal(shell::ShellValue::list({})), QStringLiteral("@()"));
        QCOMPARE(literal(shell::ShellValue::table(
                     {{QStringLiteral("Add"), shell::ShellValue::strings({QStringLiteral("x")})}})),
                 QStringLiteral("@{ 'Add' = @('x') }"));
        QCOMPARE(literal(shell::ShellValue::secureString(QStringLiteral("Pw-Literal-1!"))),
                 QStringLiteral("$null"));
        QCOMPARE(
            literal(shell::ShellValue::secureString(QStringLiteral("Pw-Literal-1!")), QStringLiteral("$pw")),
            QStringLiteral("$pw"));
        // Switches: on is the bare name, off is -Name:$false; a [bool] always -Name:$value.
        QCOMPARE(parameter(QStringLiteral("Room"), true, shell::ParameterType::Switch),
                 QStringLiteral(" -Room"));
        QCOMPARE(parameter(QStringLiteral("Confirm"), false, shell::ParameterType::Switch),
                 QStringLiteral(" -Confirm:$false"));
        QCOMPARE(parameter(QStringLiteral("DeleteComments"), false, shell::ParameterType::Bool),
                 QStringLiteral(" -DeleteComments:$false"));
        QCOMPARE(parameter(QStringLiteral("Identity"), QStringLiteral("r'1")),
                 QStringLiteral(" -Identity 'r''1'"));
        shell::ShellCommand c(QStringLiteral("Set-CalendarProcessing"));
        c.set(QStringLiteral("Identity"), QStringLiteral("room"))
            .set(QStringLiteral("DeleteComments"), false);
        QCOMPARE(parameterLine(c), QStringLiteral(" -DeleteComments:$false -Identity 'room'"));
        // OPATH: the value's ' doubled for OPATH, then the whole filter's ' doubled for PowerShell.
        QCOMPARE(
            opathFilterLiteral(QStringLiteral("MemberOfGroup -eq '%1'"), QStringLiteral("CN=O'Brien\\, X")),
            QStringLiteral("'MemberOfGroup -eq ''CN=O''''Brien\\, X'''"));
    }

    void hostileStringsComeBackAsOneSingleQuotedConstant()
    {
        QJsonArray cases;
        for (const auto& [name, value] : kHostile) {
            cases.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                     {QStringLiteral("literal"), literal(shell::ShellValue(value))},
                                     {QStringLiteral("value"), value}});
            // As a command argument, too: the parser must still see one constant.
            cases.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("argument-") + QString::fromLatin1(name)},
                            {QStringLiteral("literal"), QStringLiteral("Write-Output") +
                                                            parameter(QStringLiteral("InputObject"), value)},
                            {QStringLiteral("value"), value}});
        }
        // The argument form holds a CommandAst by design: judge it separately below.
        QJsonArray plain, arguments;
        for (const QJsonValue& v : cases)
            (v.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("argument-"))
                 ? arguments
                 : plain)
                .append(v);
        const QString path = m_dir.filePath(QStringLiteral("literals.json"));
        QVERIFY(writeFile(path, json(plain)));
        check({QStringLiteral("-Literals"), path}, int(plain.size()));

        // In a whole script: each value as a parameter of a real cmdlet call; the parser must find
        // each as a single-quoted constant and no command but Write-Output.
        QString script;
        QJsonArray expected;
        for (const auto& [name, value] : kHostile) {
            script += QStringLiteral("Write-Output") + parameter(QStringLiteral("InputObject"), value) +
                      QStringLiteral(" # ") + QString::fromLatin1(name) + QLatin1Char('\n');
            expected.append(value);
        }
        const QString scriptPath = m_dir.filePath(QStringLiteral("arguments.ps1"));
        QVERIFY(writeFile(scriptPath, scriptFileBytes(script)));
        const QString expectPath = m_dir.filePath(QStringLiteral("arguments-expect.json"));
        QVERIFY(writeFile(expectPath, json(expected)));
        const QString commandsPath = m_dir.filePath(QStringLiteral("arguments-commands.json"));
        QVERIFY(writeFile(commandsPath, json(QJsonArray{QStringLiteral("Write-Output")})));
        check({QStringLiteral("-Script"), scriptPath, QStringLiteral("-Expect"), expectPath,
               QStringLiteral("-Commands"), commandsPath},
              3);
    }

    void typedValuesKeepTheirType()
    {
        const auto typed = [](const char* name, const shell::ShellValue& v, const char* type,
                              const char* json) {
            return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                               {QStringLiteral("literal"), literal(v)},
                               {QStringLiteral("type"), QString::fromLatin1(type)},
                               {QStringLiteral("json"), QString::fromUtf8(json)}};
        };
        const QJsonArray cases{
            typed("true", true, "System.Boolean", "true"),
            typed("false", false, "System.Boolean", "false"),
            typed("null", shell::ShellValue(), "null", "null"),
            typed("int", 1440, "System.Int32", "1440"),
            typed("negative", -5, "System.Int32", "-5"),
            typed("long", qint64(6000000000), "System.Int64", "6000000000"),
            typed("double", 1.5, "System.Double", "1.5"),
            typed("whole-double", 2.0, "System.Double", "2.0"),
            typed("list", shell::ShellValue::strings({QStringLiteral("a'"), QStringLiteral("$(b)")}),
                  "System.Object[]", "[\"a'\",\"$(b)\"]"),
            typed("empty-list", shell::ShellValue::list({}), "System.Object[]", "[]"),
            typed("table",
                  shell::ShellValue::table(
                      {{QStringLiteral("Add"), shell::ShellValue::strings({QStringLiteral("x")})}}),
                  "System.Collections.Hashtable", "{\"Add\":[\"x\"]}"),
        };
        const QString path = m_dir.filePath(QStringLiteral("typed.json"));
        QVERIFY(writeFile(path, json(cases)));
        check({QStringLiteral("-Typed"), path}, int(cases.size()));
    }

    // The script's comparison decides as the inspection's (plan::matches, core/plan/DesiredChange.cpp).
    void theScriptComparesAsInspectionDoes()
    {
        const auto c = [](const char* name, const char* match, const QJsonValue& wanted,
                          const QJsonValue& actual, bool expected) {
            return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                               {QStringLiteral("match"), QString::fromLatin1(match)},
                               {QStringLiteral("wanted"), wanted},
                               {QStringLiteral("actual"), actual},
                               {QStringLiteral("expected"), expected}};
        };
        const QJsonValue null(QJsonValue::Null);
        const QJsonArray cases{
            c("bool", "Equal", true, true, true),
            c("bool-vs-text", "Equal", true, QStringLiteral("True"), false),
            c("false-vs-null", "Equal", false, null, false),
            c("null-vs-null", "Equal", null, null, true),
            c("null-vs-empty", "Equal", null, QString(), false),
            c("number", "Equal", 1440, 1440, true),
            c("number-vs-text", "Equal", 1440, QStringLiteral("1440"), false),
            c("text-vs-number", "Equal", QStringLiteral("27"), 27, false),
            c("case", "Equal", QStringLiteral("AutoAccept"), QStringLiteral("autoaccept"), false),
            c("ignoring-case", "EqualIgnoringCase", QStringLiteral("AutoAccept"),
              QStringLiteral("autoaccept"), true),
            c("other-text", "EqualIgnoringCase", QStringLiteral("AutoAccept"), QStringLiteral("AutoUpdate"),
              false),
            c("set", "SameSet", QJsonArray{QStringLiteral("a"), QStringLiteral("B")},
              QJsonArray{QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("a")}, true),
            c("set-missing", "SameSet", QJsonArray{QStringLiteral("a")}, null, false),
            c("set-empty", "SameSet", QJsonArray{}, null, true),
            c("set-one-text", "SameSet", QJsonArray{QStringLiteral("a")}, QStringLiteral("A"), true),
            c("opath-spelling", "OpathEqual", QStringLiteral("MemberOfGroup -eq 'CN=O''B\\, X'"),
              QStringLiteral("memberofgroup   -EQ  \"CN=O'B\\, X\""), true),
            c("opath-value", "OpathEqual", QStringLiteral("MemberOfGroup -eq 'CN=A'"),
              QStringLiteral("MemberOfGroup -eq 'CN=a'"), false),
            c("opath-parentheses", "OpathEqual", QStringLiteral("(MemberOfGroup -eq 'CN=A')"),
              QStringLiteral("( MemberOfGroup -eq 'CN=A' )"), true),
            c("opath-empty", "OpathEqual", null, QString(), true),
        };
        const QString path = m_dir.filePath(QStringLiteral("match.json"));
        QVERIFY(writeFile(path, json(cases)));
        const PwshRun run =
            runPwsh({QStringLiteral("-File"), QStringLiteral(OTJ_SHELL_TEST_DATA "/Check-Match.ps1"),
                     QStringLiteral("-Cases"), path, QStringLiteral("-Functions"),
                     QStringLiteral(OTJ_SOURCE_DIR "/resources/powershell/otj-script-functions.ps1")});
        qInfo().noquote() << run.output.trimmed();
        QVERIFY2(!run.output.contains(QLatin1String("FAIL ")), qPrintable(run.output));
        QCOMPARE(run.output.count(QLatin1String("PASS ")), int(cases.size()));
        QCOMPARE(run.exitCode, 0);
    }

    void scriptsParsePassTheLintAndHoldEveryValueQuoted()
    {
        // Hostile names everywhere a profile or Exchange puts text into the script.
        test::ScriptNames names;
        names.group = QStringLiteral("OTJ Rooms, O'Brien\u2019s $(x) `;");
        names.scope = QStringLiteral("Scope \u2018a\u2019; Remove-Mailbox x");
        names.assignment = QStringLiteral("Assign\nment \u201A\u201B");
        names.accountUpn = QStringLiteral("svc'otj@contoso.lab");
        names.rooms = {QStringLiteral("room'1@contoso.lab"),
                       QStringLiteral("r\u00F8\u00F8m-\u4F1A@contoso.lab"),
                       QStringLiteral("CN=Rooms\\, HQ,OU=Rooms,DC=contoso,DC=lab")};
        names.secretValue = QStringLiteral("Sup3r-Secret-Pw!");
        QList<plan::DesiredChange> changes = test::sampleSetupChanges(names);
        changes.first().summary = QStringLiteral("summary with a line break\nWrite-Host injected #> <#");

        ScriptOptions options;
        options.profileId = QStringLiteral("5f0c6a4e-0000-4000-8000-000000000001");
        options.profileFile = QStringLiteral("profile\n$(evil).json");
        options.toolVersion = QStringLiteral("0.0-test");
        options.generatedAt = QDateTime::currentDateTimeUtc();
        options.domainController = QStringLiteral("dc'01.contoso.lab");
        options.viewEntireForest = true;
        const QString setup = scriptText(changes, options);
        const QByteArray setupBytes = scriptFileBytes(setup);
        QVERIFY(setupBytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(!setupBytes.contains(names.secretValue.toUtf8()), "the secret reached the script");
        QVERIFY(setup.contains(QLatin1String("Read-Host -AsSecureString")));
        QVERIFY(!setup.contains(QLatin1String("#Requires")));

        // The back-out of the same changes, journaled as applied creates and updates.
        QList<journal::JournalChange> journaled;
        int seq = 0;
        for (const plan::DesiredChange& c : changes) {
            journal::JournalChange j;
            j.key = c.key == QLatin1String("step3.ews-basic")
                        ? c.key + QStringLiteral("/MBX01\\EWS (Default Web Site)")
                        : c.key;
            j.operation =
                c.operation == plan::Operation::Create ? QStringLiteral("create") : QStringLiteral("update");
            j.target = c.target;
            j.cmdlet = c.write.name;
            for (auto it = c.write.parameters.cbegin(); it != c.write.parameters.cend(); ++it)
                j.parameters.insert(it.key(), it.value().kind() == shell::ShellValue::Kind::SecureString
                                                  ? QJsonValue(QStringLiteral("«secret»"))
                                                  : it.value().toJson());
            if (j.key.startsWith(QLatin1String("step3.ews-basic")))
                j.parameters.insert(QStringLiteral("Identity"),
                                    QStringLiteral("MBX01\\EWS (Default Web Site)"));
            for (const plan::Expectation& e : c.expectations) {
                j.after.insert(e.property, e.derived ? QJsonValue(QStringLiteral("MemberOfGroup -eq 'CN=x'"))
                                                     : e.value.toJson());
                if (c.operation == plan::Operation::Update)
                    j.before.insert(e.property, QStringLiteral("before'$(x)\u2019"));
            }
            j.run = QStringLiteral("run-1");
            j.startedSeq = ++seq;
            j.result = QStringLiteral("applied");
            journaled << j;
        }
        const RollbackPlan back = Rollback::plan(journaled, {});
        QVERIFY(!back.changes.isEmpty());
        ScriptOptions backOptions = options;
        backOptions.kind = ScriptOptions::Kind::BackOut;
        backOptions.viewEntireForest = false;
        const QString rollback = scriptText(back.changes, backOptions);
        QVERIFY(!scriptFileBytes(rollback).contains(names.secretValue.toUtf8()));

        const QString setupPath = m_dir.filePath(QStringLiteral("setup.ps1"));
        const QString rollbackPath = m_dir.filePath(QStringLiteral("rollback.ps1"));
        QVERIFY(writeFile(setupPath, setupBytes));
        QVERIFY(writeFile(rollbackPath, scriptFileBytes(rollback)));

        QJsonArray expected{names.group, names.scope, names.assignment, names.accountUpn,
                            options.domainController};
        for (const QString& room : names.rooms)
            expected.append(room);
        QJsonArray allowed{
            QStringLiteral("Write-Host"),  QStringLiteral("Write-Warning"), QStringLiteral("Read-Host"),
            QStringLiteral("Get-Command"), QStringLiteral("New-Object"),    QStringLiteral("Select-Object"),
            QStringLiteral("Sort-Object"), QStringLiteral("Where-Object"),  QStringLiteral("Set-StrictMode")};
        for (const QString& name : shell::CommandRegistry::names())
            allowed.append(name);
        const QString expectPath = m_dir.filePath(QStringLiteral("expect.json"));
        const QString commandsPath = m_dir.filePath(QStringLiteral("commands.json"));
        QVERIFY(writeFile(expectPath, json(expected)));
        QVERIFY(writeFile(commandsPath, json(allowed)));
        check({QStringLiteral("-Script"), setupPath, QStringLiteral("-Expect"), expectPath,
               QStringLiteral("-Commands"), commandsPath},
              3);
        QJsonArray rollbackExpected{names.group, names.scope, names.assignment, names.accountUpn,
                                    QStringLiteral("before'$(x)\u2019")};
        QVERIFY(writeFile(expectPath, json(rollbackExpected)));
        check({QStringLiteral("-Script"), rollbackPath, QStringLiteral("-Expect"), expectPath,
               QStringLiteral("-Commands"), commandsPath},
              3);

        // Windows PowerShell 5.1: the product's lint (an empty root: only the exported file).
        QTemporaryDir root;
        for (const QString& path : {setupPath, rollbackPath}) {
            const PwshRun lint =
                runPwsh({QStringLiteral("-File"), QStringLiteral(OTJ_SOURCE_DIR "/tests/lint/check-ps51.ps1"),
                         QStringLiteral("-Root"), root.path(), QStringLiteral("-Path"), path});
            QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
            QVERIFY2(lint.output.contains(QLatin1String("1 file(s), 0 problem(s)")), qPrintable(lint.output));
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptPwsh)
#include "tst_script_pwsh.moc"
