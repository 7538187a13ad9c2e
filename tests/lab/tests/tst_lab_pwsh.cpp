// The PowerShell proxy module (tests/lab/powershell/OtjLab.psm1) in real pwsh against real
// `otj-lab serve` processes: tests/lab/powershell/tests/OtjLab.Tests.ps1 does the work and prints
// PASS/FAIL per check. Without pwsh the test is skipped with the reason, except in CI (CI or
// OTJ_STRICT_TESTS set), where a missing pwsh is a failure.
#include <QFileInfo>
#include <QProcess>
#include <QTest>

class TestLabPwsh : public QObject
{
    Q_OBJECT

private slots:
    void moduleInRealPowerShell()
    {
        const QString pwsh = qEnvironmentVariable("OTJ_PWSH");
        if (pwsh.isEmpty() || !QFileInfo(pwsh).isExecutable()) {
            const bool required =
                qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIntValue("OTJ_STRICT_TESTS") == 1;
            const QByteArray reason = "pwsh not found (install it: dotnet tool install --global PowerShell "
                                      "--version 7.6.9, then ~/.dotnet/tools on PATH; re-run cmake)";
            if (required)
                QFAIL(reason.constData());
            QSKIP(reason.constData());
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(pwsh,
                {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-File"),
                 QStringLiteral(OTJ_SOURCE_DIR "/tests/lab/powershell/tests/OtjLab.Tests.ps1"),
                 QStringLiteral("-LabBinary"), qEnvironmentVariable("OTJ_LAB_BINARY"),
                 QStringLiteral("-ModuleDir"), QStringLiteral(OTJ_SOURCE_DIR "/tests/lab/powershell")});
        QVERIFY(p.waitForStarted(10000));
        QVERIFY2(p.waitForFinished(240000), "pwsh did not finish within 240 s");
        const QByteArray out = p.readAll();
        qInfo("%s", out.constData());
        QVERIFY2(out.contains("PASS scenario:"), "no scenario ran");
        QCOMPARE(out.count("FAIL "), 0);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLabPwsh)
#include "tst_lab_pwsh.moc"
