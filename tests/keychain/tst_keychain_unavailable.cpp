// No session bus (DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent, no DISPLAY): the keychain
// store must say "unavailable" plainly, and must not fall back to writing the secret anywhere.
#include "core/secrets/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent"));
        QVERIFY(qgetenv("DISPLAY").isEmpty());
        // Everything a plaintext fallback could write to lives under this temporary home.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QStandardPaths::setTestModeEnabled(false);
    }

    void writeAndReadSayUnavailable()
    {
        KeychainCredentialStore store;
        store.setTimeout(15000);
        const QString secret = QStringLiteral("never-on-disk-%1").arg(qrand());
        bool called = false;
        CredentialResult result;
        store.write(QStringLiteral("p"), CredentialRole::ServiceAccount, secret, this,
                    [&](const CredentialResult& r) {
                        called = true;
                        result = r;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(result.status, CredentialResult::Status::Unavailable);
        QVERIFY(result.message.contains(QLatin1String("not available")) ||
                result.message.contains(QLatin1String("did not answer")));
        QVERIFY(!result.message.contains(secret));

        called = false;
        store.read(QStringLiteral("p"), CredentialRole::ServiceAccount, this, [&](const CredentialResult& r) {
            called = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(result.status, CredentialResult::Status::Unavailable);
        QVERIFY(result.secret.isEmpty());

        // No silent plaintext fallback: not a single file under the temporary home holds it.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }

private:
    static int qrand() { return int(QDateTime::currentMSecsSinceEpoch() % 100000); }
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
