// A line logged during static teardown (after main returns), with the run log installed as the
// mains install it, is still redacted: the handler's and the redactor's state live for the whole
// process. Used to read destroyed statics (ASan: heap-use-after-free) and could write the line
// unredacted. Checked on a child process (this binary in child mode); run it under the asan
// preset to see the use-after-free on the previous code.
#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"
#include "tests/support/ChildMode.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;

namespace {
const char* const ChildMode = "OTJ_TST_LOG_TEARDOWN_CHILD";
const char* const Password = "Teardown-Passw0rd-42";

// Constructed before main, so destroyed after every static main created (the run log's, the
// redactor's): its destructor logs like a late Qt or library message would.
struct LogsDuringTeardown
{
    bool active = false;
    ~LogsDuringTeardown()
    {
        if (active)
            qWarning("during teardown: %s", Password);
    }
} g_logsDuringTeardown;

int childMain(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    RunLog::Options options;
    options.directory = qEnvironmentVariable(ChildMode);
    options.echoToStderr = true;
    RunLog::install(QStringLiteral("teardown"), options);
    const RunLogGuard closeLogAtExit;
    Redactor::addSecret(QString::fromLatin1(Password));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qCDebug(lcSecrets) << "in main:" << Password;
    g_logsDuringTeardown.active = true;
    return 0;
}
} // namespace

class TestLogTeardown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesLoggedAfterMainAreRedacted()
    {
        QTemporaryDir dir;
        QProcess child;
        // Debug categories on, as in the report.
        otj::test::startChild(child, ChildMode, dir.path(), {{QStringLiteral("QT_LOGGING_RULES"), QString()}},
                              {});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("during teardown: " + Redactor::Mask.toString().toUtf8()), err.constData());
        QVERIFY2(!err.contains(Password), err.constData());
        const QStringList logs = QDir(dir.path()).entryList({QStringLiteral("teardown-*.log")});
        QCOMPARE(logs.size(), 1);
        QFile log(dir.filePath(logs.first()));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray content = log.readAll();
        QVERIFY(content.contains("in main:"));
        QVERIFY(!content.contains(Password));
    }
};

OTJ_TEST_MAIN_WITH_CHILD(TestLogTeardown, ChildMode, childMain)

#include "tst_log_teardown.moc"
