#include "core/util/InputValidation.h"

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
    }
    void hostNames()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCOMPARE(checkHostName(value).isEmpty(), ok);
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
