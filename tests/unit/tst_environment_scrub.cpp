// A password passed in OTJ_SERVICE_ACCOUNT_PASSWORD is taken at start and then can no longer be
// read from /proc/<pid>/environ (qunsetenv alone left the initial copy there for the whole run)
// nor inherited by a child. Checked on a child process (this binary in child mode) that got the
// variable in its initial environment, as otjctl does.
#include "core/secrets/EnvironmentCredentialStore.h"
#include "tests/support/ChildMode.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace otj;

namespace {
const char* const ChildMode = "OTJ_TST_ENVIRON_CHILD";
const QByteArray kPassword = "Env-Passw0rd!\"\\xyz";

// Child: what otjctl's main does first, then report what a child process would inherit and wait.
int capturingChild(int, char**)
{
    EnvironmentCredentialStore::captureProcessEnvironment();
    std::printf("ready %d %s\n", int(EnvironmentCredentialStore::has(CredentialRole::ServiceAccount)),
                qEnvironmentVariableIsSet("OTJ_SERVICE_ACCOUNT_PASSWORD") ? "inherited" : "removed");
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}
} // namespace

class TestEnvironmentScrub : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void procEnvironDoesNotShowThePassword()
    {
        QProcess child;
        const QByteArray output = otj::test::startChild(
            child, ChildMode, QStringLiteral("1"),
            {{QStringLiteral("OTJ_SERVICE_ACCOUNT_PASSWORD"), QString::fromUtf8(kPassword)},
             {QStringLiteral("OTJ_UNRELATED"), QStringLiteral("kept")}});
        QVERIFY(!output.isEmpty());
        QFile environ(QStringLiteral("/proc/%1/environ").arg(child.processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray block = environ.readAll();
        child.kill();
        child.waitForFinished();
        QVERIFY2(output.contains("ready 1 removed"), output.constData());
        QVERIFY(block.contains("OTJ_UNRELATED=kept")); // the block was read, and only ours was wiped
        QVERIFY2(!block.contains(kPassword), "the password is still in /proc/<pid>/environ");
        QVERIFY(!block.contains("OTJ_SERVICE_ACCOUNT_PASSWORD"));
    }
};

OTJ_TEST_MAIN_WITH_CHILD(TestEnvironmentScrub, ChildMode, capturingChild)

#include "tst_environment_scrub.moc"
