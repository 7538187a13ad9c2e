// The exported scripts run in real pwsh against the lab (issue 11): setup.ps1 configures the lab
// org and a second run changes nothing; a failure in the middle stops the script there; rollback.ps1,
// built from the run journal, returns the org to its previous state field by field, and a value
// someone changed in between is reported as a conflict and kept. The scripts talk to the lab through
// its PowerShell proxy module (tests/lab/powershell/OtjLab.psm1), as an admin's Exchange Management
// Shell talks to Exchange. The apply round trip (`otjctl apply` + `apply --rollback`) is here too; it
// skips until otjctl has apply.
#include "tests/shell/PwshSupport.h"
#include "tests/support/LabProcess.h"
#include "tests/support/ScriptFixtures.h"

#include "core/journal/RunJournal.h"
#include "core/profile/ProfileStore.h"
#include "core/script/RollbackPlan.h"
#include "core/script/SetupScript.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace otj;

namespace {

const QString kNewAccountPassword = QStringLiteral("N3w-Svc-Acc0unt!Pw");
const QString kLabAdminPassword = QStringLiteral("Adm1n!Lab2024");

struct ScriptRun
{
    int exitCode = -1;
    QString output;
    int changed = -1; // from the summary line
    int conflicts = -1;
    int skipped = -1;
};

// Keys of the org dump that change by themselves (timestamps, seeded meetings): not compared.
void stripVolatile(QJsonValue& v)
{
    static const QStringList volatileKeys{QStringLiteral("lastChanged"), QStringLiteral("memberSince"),
                                          QStringLiteral("calendar"), QStringLiteral("nextItem"),
                                          QStringLiteral("created")};
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (const QString& k : volatileKeys)
            o.remove(k);
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue child = it.value();
            stripVolatile(child);
            it.value() = child;
        }
        v = o;
    } else if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it) {
            QJsonValue child = *it;
            stripVolatile(child);
            *it = child;
        }
        v = a;
    }
}

// Every path where two dumps differ ("recipients[room-hq-05@contoso.lab].calendarProcessing.X: a != b").
void differences(const QString& path, const QJsonValue& a, const QJsonValue& b, QStringList* out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString& k : keys)
            differences(path + QLatin1Char('.') + k, x.value(k), y.value(k), out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        // Arrays of named objects compare by name; others as a whole.
        const auto byName = [](const QJsonArray& array) {
            QJsonObject o;
            for (const QJsonValue& v : array) {
                const QJsonObject item = v.toObject();
                const QString name = item.value(QStringLiteral("smtp")).toString().isEmpty()
                                         ? item.value(QStringLiteral("name")).toString()
                                         : item.value(QStringLiteral("smtp")).toString();
                if (name.isEmpty())
                    return QJsonObject();
                o.insert(name, item);
            }
            return o;
        };
        const QJsonObject x = byName(a.toArray()), y = byName(b.toArray());
        if (!x.isEmpty() || !y.isEmpty()) {
            differences(path, x, y, out);
            return;
        }
    }
    if (a != b)
        *out << QStringLiteral("%1: %2 != %3")
                    .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
}

QJsonObject findNamed(const QJsonObject& org, const char* list, const QString& name)
{
    for (const QJsonValue& v : org.value(QLatin1String(list)).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == name ||
            o.value(QStringLiteral("smtp")).toString() == name)
            return o;
    }
    return {};
}

} // namespace

class TestScriptLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeScript(const QString& text)
    {
        const QString path = m_dir.filePath(QStringLiteral("script-%1.ps1").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(script::scriptFileBytes(text));
        return path;
    }

    ScriptRun runScript(LabProcess& lab, const QString& path, const QString& failCommand = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OTJ_TEST_LAB_ADMIN_PASSWORD"), kLabAdminPassword);
        env.insert(QStringLiteral("OTJ_TEST_NEW_ACCOUNT_PASSWORD"), kNewAccountPassword);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("-NoLogo"),
                         QStringLiteral("-NoProfile"),
                         QStringLiteral("-NonInteractive"),
                         QStringLiteral("-File"),
                         QStringLiteral(OTJ_SOURCE_DIR "/tests/integration/data/Invoke-LabScript.ps1"),
                         QStringLiteral("-Module"),
                         QStringLiteral(OTJ_SOURCE_DIR "/tests/lab/powershell/OtjLab.psm1"),
                         QStringLiteral("-Uri"),
                         lab.str("admin_url") + QStringLiteral("powershell"),
                         QStringLiteral("-CaFile"),
                         lab.str("ca_file"),
                         QStringLiteral("-Script"),
                         path};
        if (!failCommand.isEmpty())
            args << QStringLiteral("-FailCommand") << failCommand;
        p.start(otj::test::pwshProgram(), args);
        ScriptRun run;
        if (!p.waitForStarted(10000) || !p.waitForFinished(240000))
            return run;
        run.exitCode = p.exitCode();
        run.output = QString::fromUtf8(p.readAll());
        qInfo().noquote() << run.output;
        const QRegularExpression summary(QStringLiteral(
            "finished: (\\d+) changed, \\d+ unchanged, (\\d+) conflict\\(s\\), (\\d+) skipped"));
        const auto m = summary.match(run.output);
        if (m.hasMatch()) {
            run.changed = m.captured(1).toInt();
            run.conflicts = m.captured(2).toInt();
            run.skipped = m.captured(3).toInt();
        }
        return run;
    }

    // The default org with Basic off on every EWS virtual directory (so step 3 has a change to make).
    static bool startLabWithoutEwsBasic(LabProcess& lab)
    {
        QString error;
        if (!lab.start({}, {}, &error)) {
            qWarning() << error;
            return false;
        }
        int status = 0;
        lab.admin("POST", QStringLiteral("virtual-directories"),
                  {{QStringLiteral("ewsBasicAuthentication"), false}}, &status);
        return status == 200;
    }

    static QJsonObject org(LabProcess& lab) { return lab.admin("GET", QStringLiteral("org")); }

    static script::ScriptOptions
    options(script::ScriptOptions::Kind kind = script::ScriptOptions::Kind::Setup)
    {
        script::ScriptOptions o;
        o.kind = kind;
        o.profileId = QStringLiteral("00000000-0000-4000-8000-00000000000b");
        o.profileFile = QStringLiteral("lab.json");
        o.toolVersion = QStringLiteral("test");
        o.generatedAt = QDateTime::currentDateTimeUtc();
        return o;
    }

    // The changes of the lab runs: the fixture's (the group's hidden flag included: the lab models
    // it), and the policy given to the existing svc-otj account (so the back-out restores "no policy").
    static QList<plan::DesiredChange> labChanges(const test::ScriptNames& names)
    {
        QList<plan::DesiredChange> changes = test::sampleSetupChanges(names);
        for (plan::DesiredChange& c : changes)
            if (c.key == QLatin1String("step3.auth-policy-assignment")) {
                const QString existing = QStringLiteral("svc-otj@contoso.lab");
                c.target = existing;
                c.read.set(QStringLiteral("Identity"), existing);
                c.write.set(QStringLiteral("Identity"), existing);
            }
        // A selected room that is not an on-prem mailbox (offline, the script cannot know): skipped.
        plan::DesiredChange cloud = changes.last();
        const QString cloudRoom = QStringLiteral("room-cloud-01@contoso.lab");
        cloud.key = QStringLiteral("step4.calendar/") + cloudRoom;
        cloud.target = cloudRoom;
        cloud.read.set(QStringLiteral("Identity"), cloudRoom);
        cloud.write.set(QStringLiteral("Identity"), cloudRoom);
        changes << cloud;
        return changes;
    }

    static test::ScriptNames hostileNames()
    {
        test::ScriptNames names;
        // A DN with an escaped comma and quotes of both kinds: both OPATH quoting layers at work
        // against the lab's OPATH parser.
        names.group = QStringLiteral("OTJ Rooms, O'Brien\u2019s");
        names.scope = QStringLiteral("OTJ Scope \u2018rooms\u2019");
        return names;
    }

    // A lab with a profile written by it (--write-profile), and otjctl's environment for it.
    struct CtlLab
    {
        LabProcess process;
        QString profile;
        QProcessEnvironment env;
        SetupProfile loaded;
    };

    bool startCtlLab(CtlLab& lab, const QString& name)
    {
        QString error;
        lab.profile = m_dir.filePath(name + QStringLiteral(".json"));
        if (!lab.process.start({}, lab.profile, &error)) {
            qWarning() << error;
            return false;
        }
        lab.env.insert(
            QStringLiteral("OTJ_POWERSHELL"),
            QString::fromUtf8(QJsonDocument(lab.process.info.value(QStringLiteral("powershell")).toArray())
                                  .toJson(QJsonDocument::Compact)));
        lab.env.insert(QStringLiteral("OTJ_EXCHANGE_ADMIN_PASSWORD"), kLabAdminPassword);
        const ProfileLoadResult loaded = ProfileStore::load(lab.profile);
        lab.loaded = loaded.profile;
        return loaded.ok();
    }

    static CtlResult ctl(CtlLab& lab, const QStringList& args,
                         const QString& servicePassword = kNewAccountPassword)
    {
        return runOtjctl(args + QStringList{QStringLiteral("--profile"), lab.profile}, servicePassword,
                         240000, {}, lab.env);
    }

    static QJsonValue comparable(const QJsonObject& org)
    {
        QJsonValue v = org;
        stripVolatile(v);
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        OTJ_REQUIRE_PWSH();
    }

    void setupConfiguresTheLabAndASecondRunChangesNothing()
    {
        LabProcess lab;
        QVERIFY(startLabWithoutEwsBasic(lab));
        const test::ScriptNames names = hostileNames();
        const QString path = writeScript(script::scriptText(labChanges(names), options()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kNewAccountPassword.toUtf8()), "no secret in the exported file");

        const ScriptRun first = runScript(lab, path);
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        QVERIFY2(first.changed >= 8, qPrintable(first.output));
        QCOMPARE(first.conflicts, 0);
        QCOMPARE(first.skipped, 1);
        QVERIFY(first.output.contains(QLatin1String("SKIPPED   step4.calendar/room-cloud-01@contoso.lab")));

        const QJsonObject after = org(lab);
        const QJsonObject account = findNamed(after, "recipients", names.accountUpn);
        QCOMPARE(account.value(QStringLiteral("type")).toString(), QStringLiteral("UserMailbox"));
        QCOMPARE(account.value(QStringLiteral("hiddenFromAddressLists")).toBool(), true);
        QCOMPARE(account.value(QStringLiteral("password")).toString(),
                 kNewAccountPassword); // read by the script
        QCOMPARE(findNamed(after, "recipients", QStringLiteral("svc-otj@contoso.lab"))
                     .value(QStringLiteral("authenticationPolicy"))
                     .toString(),
                 names.policy);
        const QJsonObject group = findNamed(after, "groups", names.group);
        QStringList members;
        for (const QJsonValue& m : group.value(QStringLiteral("members")).toArray())
            members << m.toString();
        members.sort();
        QCOMPARE(members, names.rooms);
        QCOMPARE(findNamed(after, "managementScopes", names.scope)
                     .value(QStringLiteral("recipientRestrictionFilter")),
                 QJsonValue(QStringLiteral(
                     "MemberOfGroup -eq 'CN=OTJ Rooms\\, O''Brien\u2019s,OU=Groups,DC=contoso,DC=lab'")));
        const QJsonObject assignment = findNamed(after, "roleAssignments", names.assignment);
        QCOMPARE(assignment.value(QStringLiteral("customRecipientWriteScope")).toString(), names.scope);
        QCOMPARE(assignment.value(QStringLiteral("user")).toString(), names.accountUpn);
        QVERIFY(!findNamed(after, "authenticationPolicies", names.policy).isEmpty());
        for (const QJsonValue& server : after.value(QStringLiteral("servers")).toArray())
            QCOMPARE(server.toObject().value(QStringLiteral("ewsBasicAuthentication")).toBool(), true);
        for (const QString& room : names.rooms) {
            const QJsonObject cp =
                findNamed(after, "recipients", room).value(QStringLiteral("calendarProcessing")).toObject();
            QCOMPARE(cp.value(QStringLiteral("AutomateProcessing")).toString(), QStringLiteral("AutoAccept"));
            for (const char* k :
                 {"DeleteComments", "DeleteSubject", "AddOrganizerToSubject", "RemovePrivateProperty"})
                QCOMPARE(cp.value(QLatin1String(k)).toBool(), false);
        }

        // Run twice: nothing changes (the org dump, timestamps included, stays the same).
        const ScriptRun second = runScript(lab, path);
        QVERIFY2(second.exitCode == 0, qPrintable(second.output));
        QVERIFY2(second.changed == 0 && second.skipped == 1, qPrintable(second.output));
        QVERIFY(!second.output.contains(
            QRegularExpression(QStringLiteral("^CHANGED "), QRegularExpression::MultilineOption)));
        QCOMPARE(org(lab), after);
    }

    void aFailureInTheMiddleStopsTheScriptThere_data()
    {
        QTest::addColumn<QString>("failCommand");
        QTest::addColumn<QString>("failedKey");
        // A natural failure: the lab refuses an unknown member (Update-DistributionGroupMember).
        QTest::newRow("unknown member") << QString() << QStringLiteral("step2.group-members");
        // An injected one, like implicit remoting's: a non-terminating error only.
        QTest::newRow("injected") << QStringLiteral("New-ManagementScope") << QStringLiteral("step2.scope");
    }

    void aFailureInTheMiddleStopsTheScriptThere()
    {
        QFETCH(QString, failCommand);
        QFETCH(QString, failedKey);
        LabProcess lab;
        QString error;
        QVERIFY2(lab.start({}, {}, &error), qPrintable(error));
        const QJsonObject before = org(lab);
        test::ScriptNames names;
        if (failCommand.isEmpty())
            names.groupMembers = names.rooms + QStringList{QStringLiteral("no-such-room@contoso.lab")};
        const ScriptRun run =
            runScript(lab, writeScript(script::scriptText(labChanges(names), options())), failCommand);
        QVERIFY2(run.exitCode != 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(failedKey + QStringLiteral(": ")), qPrintable(run.output));
        QVERIFY2(run.changed == -1, "the summary line is never reached");
        const QJsonObject after = org(lab);
        // Before the failure: done.
        QVERIFY(!findNamed(after, "recipients", names.accountUpn).isEmpty());
        QVERIFY(!findNamed(after, "groups", names.group).isEmpty());
        // After it: nothing.
        QVERIFY(findNamed(after, "managementScopes", names.scope).isEmpty());
        QVERIFY(findNamed(after, "roleAssignments", names.assignment).isEmpty());
        QVERIFY(findNamed(after, "authenticationPolicies", names.policy).isEmpty());
        QVERIFY(!run.output.contains(QLatin1String("step3.")));
        QVERIFY(!run.output.contains(QLatin1String("step4.")));
        for (const QString& room : names.rooms)
            QCOMPARE(findNamed(after, "recipients", room).value(QStringLiteral("calendarProcessing")),
                     findNamed(before, "recipients", room).value(QStringLiteral("calendarProcessing")));
    }

    void rollbackReturnsTheOrgToItsPreviousState()
    {
        LabProcess lab;
        QVERIFY(startLabWithoutEwsBasic(lab));
        QString error;
        int status = 0;
        const QJsonObject before = org(lab);
        const test::ScriptNames names = hostileNames();
        const QList<plan::DesiredChange> changes = labChanges(names);
        const ScriptRun setup = runScript(lab, writeScript(script::scriptText(changes, options())));
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.output));
        const QJsonObject after = org(lab);

        // The journal an apply of these changes writes (core/journal/README.md): the changed items as
        // the script reported them, before values from the org before, after values as wanted.
        const QString profilePath = m_dir.filePath(QStringLiteral("lab-profile.json"));
        const QUuid profileId = QUuid::createUuid();
        QFile journal(journal::RunJournal::journalPath(profilePath));
        QVERIFY(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
        int seq = 0;
        const auto writeLine = [&](QJsonObject o) {
            o.insert(QStringLiteral("v"), 1);
            o.insert(QStringLiteral("profileId"), profileId.toString(QUuid::WithoutBraces));
            o.insert(QStringLiteral("run"), run);
            o.insert(QStringLiteral("seq"), ++seq);
            o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            journal.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        };
        writeLine(
            {{QStringLiteral("type"), QStringLiteral("run-started")}, {QStringLiteral("rollback"), false}});
        const QRegularExpression changedLine(QStringLiteral("^CHANGED   (.+?): "),
                                             QRegularExpression::MultilineOption);
        QStringList changedKeys;
        for (auto it = changedLine.globalMatch(setup.output); it.hasNext();)
            changedKeys << it.next().captured(1);
        QVERIFY2(changedKeys.size() >= 8, qPrintable(setup.output));
        for (const QString& itemKey : changedKeys) {
            const QString ews = QStringLiteral("step3.ews-basic");
            const QString key = itemKey.startsWith(ews + QLatin1Char('/')) ? ews : itemKey;
            const auto c = std::find_if(changes.begin(), changes.end(),
                                        [&](const plan::DesiredChange& d) { return d.key == key; });
            QVERIFY2(c != changes.end(), qPrintable(itemKey));
            QJsonObject parameters, beforeValues, afterValues;
            for (auto p = c->write.parameters.cbegin(); p != c->write.parameters.cend(); ++p)
                parameters.insert(p.key(), p.value().toJson());
            if (!c->secretParameter.isEmpty())
                parameters.insert(c->secretParameter, QStringLiteral("«secret»"));
            if (key == QLatin1String("step3.ews-basic"))
                parameters.insert(QStringLiteral("Identity"), itemKey.mid(key.size() + 1));
            for (const plan::Expectation& e : c->expectations) {
                QJsonValue wanted = e.value.toJson();
                if (e.derived)
                    wanted = findNamed(after, "managementScopes", names.scope)
                                 .value(QStringLiteral("recipientRestrictionFilter"));
                if (c->operation != plan::Operation::Update) {
                    afterValues.insert(e.property, wanted);
                    continue;
                }
                QJsonValue old;
                if (key.startsWith(QLatin1String("step4.calendar/")))
                    old = findNamed(before, "recipients", c->target)
                              .value(QStringLiteral("calendarProcessing"))
                              .toObject()
                              .value(e.property);
                else if (key == QLatin1String("step3.ews-basic"))
                    old = false;
                else if (key == QLatin1String("step3.auth-policy-assignment"))
                    old = QJsonValue(QJsonValue::Null); // svc-otj had no policy of its own
                if (old == wanted && !key.startsWith(QLatin1String("step2.")) &&
                    !key.startsWith(QLatin1String("step1.")))
                    continue; // as apply journals it: only what differed
                beforeValues.insert(e.property, old);
                afterValues.insert(e.property, wanted);
            }
            writeLine({{QStringLiteral("type"), QStringLiteral("started")},
                       {QStringLiteral("change"), itemKey},
                       {QStringLiteral("step"), itemKey.section(QLatin1Char('.'), 0, 0)},
                       {QStringLiteral("operation"), c->operation == plan::Operation::Create
                                                         ? QStringLiteral("create")
                                                         : QStringLiteral("update")},
                       {QStringLiteral("target"), c->target},
                       {QStringLiteral("cmdlet"), c->write.name},
                       {QStringLiteral("parameters"), parameters},
                       {QStringLiteral("before"), beforeValues},
                       {QStringLiteral("after"), afterValues},
                       {QStringLiteral("objectExisted"), c->operation != plan::Operation::Create}});
            writeLine({{QStringLiteral("type"), QStringLiteral("outcome")},
                       {QStringLiteral("change"), itemKey},
                       {QStringLiteral("startedSeq"), seq},
                       {QStringLiteral("result"), QStringLiteral("applied")}});
        }
        writeLine({{QStringLiteral("type"), QStringLiteral("run-finished")},
                   {QStringLiteral("result"), QStringLiteral("completed")}});
        journal.close();

        journal::RunJournal reader(profilePath, profileId);
        QVERIFY(reader.load(&error));
        const script::RollbackPlan back = script::Rollback::plan(reader);
        QCOMPARE(back.appliedChanges, changedKeys.size());
        QVERIFY2(back.notes.isEmpty(), qPrintable(back.notes.join(QLatin1Char('\n'))));
        const QString rollbackPath =
            writeScript(script::scriptText(back.changes, options(script::ScriptOptions::Kind::BackOut)));

        // Someone changes one value the tool set before the back-out runs: a conflict, kept.
        const QString touchedRoom = names.rooms.last();
        lab.admin("PATCH", QStringLiteral("rooms/%1/calendar-processing").arg(touchedRoom),
                  {{QStringLiteral("AutomateProcessing"), QStringLiteral("None")}}, &status);
        QCOMPARE(status, 200);

        const ScriptRun rollback = runScript(lab, rollbackPath);
        QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.output));
        QVERIFY2(rollback.conflicts == 1, qPrintable(rollback.output));
        QVERIFY2(rollback.output.contains(QStringLiteral("CONFLICT  step4.calendar/") + touchedRoom),
                 qPrintable(rollback.output));

        // Field by field: the org as it was, except the value someone else set.
        QJsonValue expected = before, actual = org(lab);
        QJsonArray recipients = expected.toObject().value(QStringLiteral("recipients")).toArray();
        for (auto it = recipients.begin(); it != recipients.end(); ++it) {
            QJsonObject r = it->toObject();
            if (r.value(QStringLiteral("smtp")).toString() != touchedRoom)
                continue;
            QJsonObject cp = r.value(QStringLiteral("calendarProcessing")).toObject();
            cp.insert(QStringLiteral("AutomateProcessing"), QStringLiteral("None"));
            r.insert(QStringLiteral("calendarProcessing"), cp);
            *it = r;
        }
        QJsonObject e = expected.toObject();
        e.insert(QStringLiteral("recipients"), recipients);
        expected = e;
        stripVolatile(expected);
        stripVolatile(actual);
        QStringList diff;
        differences(QStringLiteral("org"), expected, actual, &diff);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(diff.join(QLatin1Char('\n')) + QLatin1Char('\n') + rollback.output));

        // A second back-out finds everything back (or kept): no change.
        const ScriptRun again = runScript(lab, rollbackPath);
        QVERIFY2(again.exitCode == 0 && again.changed == 0, qPrintable(again.output));
    }

    // otjctl script --rollback: the journal beside the profile; none is an error (exit 2); the file
    // is UTF-8 with a BOM, and stdout redirected gets the same bytes.
    void otjctlWritesTheBackOutFromTheJournal()
    {
        CtlLab lab;
        QVERIFY(startCtlLab(lab, QStringLiteral("ctl-rollback")));
        CtlResult r = ctl(lab, {QStringLiteral("script"), QStringLiteral("--rollback")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no run journal"), r.err.constData());

        const QString profileId = lab.loaded.profileIdString();
        QFile journal(journal::RunJournal::journalPath(lab.profile));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        const auto line = [&](int seq, QJsonObject o) {
            o.insert(QStringLiteral("v"), 1);
            o.insert(QStringLiteral("profileId"), profileId);
            o.insert(QStringLiteral("run"), QStringLiteral("r1"));
            o.insert(QStringLiteral("seq"), seq);
            o.insert(QStringLiteral("time"), QStringLiteral("2026-11-30T06:00:00.000Z"));
            journal.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        };
        line(1,
             {{QStringLiteral("type"), QStringLiteral("run-started")}, {QStringLiteral("rollback"), false}});
        line(2, {{QStringLiteral("type"), QStringLiteral("started")},
                 {QStringLiteral("change"), QStringLiteral("step2.scope")},
                 {QStringLiteral("operation"), QStringLiteral("create")},
                 {QStringLiteral("target"), QStringLiteral("OTJ Rooms Scope")},
                 {QStringLiteral("cmdlet"), QStringLiteral("New-ManagementScope")},
                 {QStringLiteral("parameters"),
                  QJsonObject{{QStringLiteral("Name"), QStringLiteral("OTJ Rooms Scope")},
                              {QStringLiteral("RecipientRestrictionFilter"),
                               QStringLiteral("MemberOfGroup -eq 'CN=X'")}}},
                 {QStringLiteral("before"), QJsonObject{}},
                 {QStringLiteral("after"), QJsonObject{{QStringLiteral("RecipientFilter"),
                                                        QStringLiteral("MemberOfGroup -eq 'CN=X'")}}},
                 {QStringLiteral("objectExisted"), false}});
        line(3, {{QStringLiteral("type"), QStringLiteral("outcome")},
                 {QStringLiteral("change"), QStringLiteral("step2.scope")},
                 {QStringLiteral("startedSeq"), 2},
                 {QStringLiteral("result"), QStringLiteral("applied")}});
        // Another profile's line is not this profile's change.
        journal.write(
            R"({"v":1,"profileId":"00000000-0000-4000-8000-000000000000","run":"x","seq":1,"type":"started","change":"step2.group","operation":"create","cmdlet":"New-DistributionGroup","parameters":{"Name":"Other"},"before":{},"after":{}})"
            "\n");
        journal.close();

        const QString out = m_dir.filePath(QStringLiteral("rollback.ps1"));
        r = ctl(lab, {QStringLiteral("script"), QStringLiteral("--rollback"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Remove-ManagementScope -Confirm:$false -Identity 'OTJ Rooms Scope'"));
        QVERIFY(!bytes.contains("Other"));
        QVERIFY(bytes.contains(profileId.toUtf8()));

        r = ctl(lab, {QStringLiteral("script"), QStringLiteral("--rollback")});
        QCOMPARE(r.exitCode, 0);
        // Everything but the generation time is the same as the file.
        const auto withoutTime = [](QByteArray b) {
            return QString::fromUtf8(b).remove(
                QRegularExpression(QStringLiteral("on \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z")));
        };
        QCOMPARE(withoutTime(r.out), withoutTime(bytes));

        r = ctl(lab, {QStringLiteral("script"), QStringLiteral("--rollback"), QStringLiteral("-o"),
                      m_dir.filePath(QStringLiteral("no/such/dir/rollback.ps1"))});
        QCOMPARE(r.exitCode, 2);
        r = runOtjctl({QStringLiteral("script"), QStringLiteral("--profile"),
                       m_dir.filePath(QStringLiteral("missing.json"))},
                      QString());
        QCOMPARE(r.exitCode, 2);
    }

    // otjctl script: setup.ps1 from the profile alone (the planners' offline changes), with no
    // secret in it, parsing in PowerShell, and configuring the lab as apply would.
    void otjctlWritesTheSetupScriptFromTheProfileAlone()
    {
        CtlLab lab;
        QVERIFY(startCtlLab(lab, QStringLiteral("ctl-setup")));
        const QString out = m_dir.filePath(QStringLiteral("setup-ctl.ps1"));
        const CtlResult r = ctl(lab, {QStringLiteral("script"), QStringLiteral("-o"), out});
        if (r.exitCode == 2 && r.err.contains("no step planners"))
            QSKIP(
                "this build has no step planners (ExchangeInspector::offlineDesiredChanges arrives with the "
                "engine's plan/apply)");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(!bytes.contains(kNewAccountPassword.toUtf8()), "no secret in the exported file");
        QVERIFY2(!bytes.contains(kLabAdminPassword.toUtf8()), "no secret in the exported file");
        const ScriptRun first = runScript(lab.process, out);
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        const QJsonObject configured = org(lab.process);
        const ScriptRun second = runScript(lab.process, out);
        QVERIFY2(second.exitCode == 0 && second.changed == 0, qPrintable(second.output));
        QCOMPARE(org(lab.process), configured);
    }

    // otjctl apply + apply --rollback return the lab org to where it was; a value changed in between
    // is kept; rollback.ps1 of the same journal then finds nothing to do.
    void applyAndApplyRollbackRoundTrip()
    {
        CtlLab lab;
        QVERIFY(startCtlLab(lab, QStringLiteral("ctl-apply")));
        const QJsonObject before = org(lab.process);
        // The profile adopts the lab's svc-otj account; Pending impersonation is not waited for.
        const QString servicePassword = lab.process.password(QStringLiteral("otj-service"));
        CtlResult r = ctl(lab,
                          {QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--wait-pending"),
                           QStringLiteral("0")},
                          servicePassword);
        if (r.exitCode == 2 &&
            (r.err.contains("not available in this build") || r.err.contains("Unknown option")))
            QSKIP("otjctl apply is not in this build (the engine's plan/apply)");
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY(comparable(org(lab.process)) != comparable(before));

        // room-hq-05 was AutoUpdate; apply made it AutoAccept; someone else now makes it None.
        const QString room = QStringLiteral("room-hq-05@contoso.lab");
        QVERIFY(lab.loaded.rooms.selected.contains(room));
        int status = 0;
        lab.process.admin("PATCH", QStringLiteral("rooms/%1/calendar-processing").arg(room),
                          {{QStringLiteral("AutomateProcessing"), QStringLiteral("None")}}, &status);
        QCOMPARE(status, 200);
        const QString rollbackScript = m_dir.filePath(QStringLiteral("ctl-apply-rollback.ps1"));
        QCOMPARE(ctl(lab, {QStringLiteral("script"), QStringLiteral("--rollback"), QStringLiteral("-o"),
                           rollbackScript})
                     .exitCode,
                 0);

        // Without --yes and without a terminal nothing is backed out (exit 2).
        r = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--rollback")}, servicePassword);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QCOMPARE(comparable(org(lab.process)) != comparable(before), true);

        // The conflict (room-hq-05's AutomateProcessing) is reported and kept: exit 1.
        r = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--rollback"), QStringLiteral("--yes")},
                servicePassword);
        QVERIFY2(r.exitCode == 1, r.err.constData() + QByteArray("\n") + r.out);
        QVERIFY2(r.out.contains("rollback.conflict") || r.out.contains("step4.calendar/" + room.toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains("AutomateProcessing"), r.out.constData());
        // Journaled like any apply, as a back-out run whose removals say so.
        QFile journalFile(journal::RunJournal::journalPath(lab.profile));
        QVERIFY(journalFile.open(QIODevice::ReadOnly));
        const QByteArray journalText = journalFile.readAll();
        QVERIFY(journalText.contains("\"rollback\":true"));
        QVERIFY(journalText.contains("\"operation\":\"remove\""));
        QJsonObject expected = before;
        QJsonArray recipients = expected.value(QStringLiteral("recipients")).toArray();
        for (auto it = recipients.begin(); it != recipients.end(); ++it) {
            QJsonObject x = it->toObject();
            if (x.value(QStringLiteral("smtp")).toString() != room)
                continue;
            QJsonObject cp = x.value(QStringLiteral("calendarProcessing")).toObject();
            cp.insert(QStringLiteral("AutomateProcessing"), QStringLiteral("None")); // someone else's: kept
            x.insert(QStringLiteral("calendarProcessing"), cp);
            *it = x;
        }
        expected.insert(QStringLiteral("recipients"), recipients);
        QStringList diff;
        differences(QStringLiteral("org"), comparable(expected), comparable(org(lab.process)), &diff);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));

        // Whichever ran the back-out, running it (again) finds nothing to do but the conflict.
        const ScriptRun again = runScript(lab.process, rollbackScript);
        QVERIFY2(again.exitCode == 0 && again.changed == 0 && again.conflicts == 1, qPrintable(again.output));
        // And apply --rollback again: nothing left to revert, the conflict still reported (exit 1).
        r = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--rollback"), QStringLiteral("--yes")},
                servicePassword);
        QVERIFY2(r.exitCode == 1, r.err.constData() + QByteArray("\n") + r.out);
        QVERIFY2(r.out.contains("Nothing to back out"), r.out.constData());
        differences(QStringLiteral("org"), comparable(expected), comparable(org(lab.process)), &diff);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestScriptLab)
#include "tst_script_lab.moc"
