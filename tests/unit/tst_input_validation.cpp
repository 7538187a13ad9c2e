#include "core/util/InputValidation.h"

#include <QElapsedTimer>
#include <QTest>

using namespace otj::input;

class TestInputValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostNames_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fqdn") << "mail.example.com" << true;
        QTest::newRow("short") << "exch01" << true;
        QTest::newRow("ipv4") << "192.0.2.10" << true;
        QTest::newRow("ipv6") << "2001:db8::1" << true;
        QTest::newRow("ipv6 brackets") << "[2001:db8::1]" << true;
        QTest::newRow("host:port") << "127.0.0.1:8443" << true;
        QTest::newRow("bad port") << "pexip.example.com:99999" << false;
        QTest::newRow("url") << "https://pexip.example.com" << false;
        QTest::newRow("space") << "pexip example.com" << false;
        QTest::newRow("underscore") << "pexip_mgr.example.com" << false;
        QTest::newRow("leading hyphen") << "-pexip.example.com" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << false;
        QTest::newRow("ipv6 brackets port") << "[2001:db8::1]:8443" << true;
        QTest::newRow("name port") << "pexip.example.com:443" << true;
        QTest::newRow("repeated ports") << "pexip.example.com:443:443:1" << false;
        QTest::newRow("two ports") << "pexip.example.com:443:443" << false;
        QTest::newRow("ipv4 two ports") << "127.0.0.1:8443:1" << false;
        QTest::newRow("ipv6 brackets two ports") << "[2001:db8::1]:443:1" << false;
        QTest::newRow("ipv6 unclosed") << "[2001:db8::1" << false;
        QTest::newRow("name in brackets") << "[pexip.example.com]" << false;
        QTest::newRow("junk after bracket") << "[2001:db8::1]x" << false;
        QTest::newRow("port only") << ":443" << false;
        QTest::newRow("empty port") << "pexip.example.com:" << false;
        QTest::newRow("signed port") << "pexip.example.com:+443" << false;
        QTest::newRow("port 0") << "pexip.example.com:0" << false;
        const QString label = QString(63, QLatin1Char('a'));
        const QString name253 = label + QLatin1Char('.') + label + QLatin1Char('.') + label +
                                QLatin1Char('.') + QString(61, QLatin1Char('b'));
        QTest::newRow("253 characters") << name253 << true;
        QTest::newRow("253 characters and port") << name253 + QStringLiteral(":443") << true;
        QTest::newRow("254 characters") << name253 + QLatin1Char('c') << false;
    }
    void hostNames()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCOMPARE(checkHostName(value).isEmpty(), ok);
    }

    void hostileHostNamesAreRefusedAtOnce()
    {
        // Used to strip ":port" recursively: 160 KB of ":1" overflowed the stack and 40,000
        // repetitions took 9 s. Now one pass, refused by length.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!checkHostName(QStringLiteral("pexip.example.com") + QStringLiteral(":1").repeated(80000))
                     .isEmpty());
        QVERIFY(!checkHostName(QStringLiteral("a") + QStringLiteral(":1").repeated(40000)).isEmpty());
        QVERIFY2(timer.elapsed() < 5000, "a watchdog, not a benchmark: each check is a single pass");
    }

    void smtpAddresses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "room-101@example.com" << true;
        QTest::newRow("plus and dots") << "conf.room+a@sub.example.co.uk" << true;
        QTest::newRow("no at") << "room-101.example.com" << false;
        QTest::newRow("two at") << "a@b@example.com" << false;
        QTest::newRow("display name") << "Room <room@example.com>" << false;
        QTest::newRow("no dot domain") << "room@localhost" << false;
        QTest::newRow("double dot") << "room..1@example.com" << false;
        QTest::newRow("empty local") << "@example.com" << false;
        QTest::newRow("space") << "room 1@example.com" << false;
    }
    void smtpAddresses()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCOMPARE(checkSmtpAddress(value).isEmpty(), ok);
    }

    void accounts()
    {
        QVERIFY(checkUpn(QStringLiteral("svc-otj@corp.local")).isEmpty()); // non-routable suffix is fine
        QVERIFY(!checkUpn(QStringLiteral("CORP\\svc-otj")).isEmpty());
        QVERIFY(checkAccountName(QStringLiteral("CORP\\exadmin")).isEmpty());
        QVERIFY(checkAccountName(QStringLiteral("exadmin@corp.local")).isEmpty());
        QVERIFY(!checkAccountName(QStringLiteral("CORP\\ex admin")).isEmpty());
        QVERIFY(!checkAccountName(QStringLiteral("TOOLONGNETBIOSNAME1\\x")).isEmpty());
    }

    void urls()
    {
        QVERIFY(checkHttpsUrl(QStringLiteral("https://mail.example.com/EWS/Exchange.asmx")).isEmpty());
        QVERIFY(checkHttpsUrl(QStringLiteral("https://127.0.0.1:8443/EWS/Exchange.asmx")).isEmpty());
        QVERIFY(checkHttpsUrl(QStringLiteral("http://mail.example.com/EWS/Exchange.asmx"))
                    .contains(QLatin1String("https")));
        QVERIFY(!checkHttpsUrl(QStringLiteral("mail.example.com/EWS")).isEmpty());
        QVERIFY(!checkHttpsUrl(QStringLiteral("https://")).isEmpty());
        QVERIFY(!checkHttpsUrl(QStringLiteral("https://exa mple.com/")).isEmpty());
        QVERIFY(checkHttpOrHttpsUrl(QStringLiteral("http://exch01.corp.local/PowerShell/")).isEmpty());
        QVERIFY(!checkHttpOrHttpsUrl(QStringLiteral("ftp://exch01/PowerShell/")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_input_validation.moc"
