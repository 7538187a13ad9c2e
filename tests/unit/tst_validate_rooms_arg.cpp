// Issue 8: `otjctl validate --rooms` values are validated like the profile's rooms and must be
// rooms the profile selects (exit 2 with a clear message), so nothing a caller types reaches the
// X-AnchorMailbox header unchecked. Before the fix, such values went straight to the runner.
#include "core/cli/Otjctl.h"
#include "core/profile/ProfileStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace otj;

class TestValidateRoomsArg : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run validate(const QStringList& rooms)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        cli::CommandContext ctx;
        ctx.out = &out;
        ctx.err = &err;
        QStringList args{QStringLiteral("otjctl"), QStringLiteral("validate"), QStringLiteral("--profile"),
                         m_profile, QStringLiteral("--rooms")};
        r.exitCode = cli::runOtjctl(args + rooms, ctx);
        out.flush();
        err.flush();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SetupProfile p = SetupProfile::defaults();
        p.exchange.ewsUrl = QStringLiteral("https://mail.example.com/EWS/Exchange.asmx");
        p.exchange.remotePowerShellUri = QStringLiteral("http://mail.example.com/PowerShell/");
        p.exchange.adminAccount = QStringLiteral("EXAMPLE\\exadmin");
        p.serviceAccount.upn = QStringLiteral("svc-otj@example.com");
        p.rooms.selected = {QStringLiteral("Room-101@example.com"), QStringLiteral("room-102@example.com")};
        p.pexip.managementNode = QStringLiteral("pexip-mgr.example.com");
        m_profile = m_dir.filePath(QStringLiteral("p.json"));
        QVERIFY(ProfileStore::save(p, m_profile));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("message");
        QTest::newRow("CR LF header injection")
            << QStringLiteral("room-101@example.com\r\nX-Injected: 1") << QStringLiteral("control character");
        QTest::newRow("trailing CR LF")
            << QStringLiteral("room-101@example.com\r\n") << QStringLiteral("control character");
        QTest::newRow("not an address") << QStringLiteral("room 101") << QStringLiteral("--rooms room 101");
        QTest::newRow("not a selected room")
            << QStringLiteral("ceo@example.com") << QStringLiteral("not one of the profile's rooms");
    }
    void refused()
    {
        QFETCH(QString, room);
        QFETCH(QString, message);
        const Run r = validate({room});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--rooms")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1Char('\r')));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidateRoomsArg)
#include "tst_validate_rooms_arg.moc"
