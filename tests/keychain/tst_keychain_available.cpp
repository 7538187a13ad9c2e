// Write, read back, overwrite and delete a password in a real Secret Service through
// KeychainCredentialStore (run by with-secret-service.sh under dbus-run-session).
#include "core/secrets/KeychainCredentialStore.h"

#include <QProcess>
#include <QTest>

#include "tests/support/CredentialAnswer.h"
#include <QUuid>

using namespace otj;

using Answer = otj::test::CredentialAnswer;

class TestKeychainAvailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        KeychainCredentialStore store;
        QVERIFY(store.persistent());
        const QString profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("Kc-Secret-%1").arg(QUuid::createUuid().toString());

        Answer missing;
        store.read(profile, CredentialRole::ServiceAccount, this, missing.callback());
        QTRY_VERIFY_WITH_TIMEOUT(missing.called, 20000);
        QCOMPARE(missing.result.status, CredentialResult::Status::NotFound);

        Answer written;
        store.write(profile, CredentialRole::ServiceAccount, secret, this, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.called, 20000);
        QVERIFY2(written.result.ok(), qPrintable(written.result.message));

        Answer read;
        store.read(profile, CredentialRole::ServiceAccount, this, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.called, 20000);
        QVERIFY2(read.result.ok(), qPrintable(read.result.message));
        QCOMPARE(read.result.secret, secret);

        // Stored under the documented key, visible to other Secret Service clients.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("user"),
                      CredentialStore::keyFor(profile, CredentialRole::ServiceAccount)});
        if (lookup.waitForStarted(3000)) {
            QVERIFY(lookup.waitForFinished(10000));
            const QByteArray out = lookup.readAllStandardOutput() + lookup.readAllStandardError();
            QVERIFY2(out.contains(CredentialStore::keyFor(profile, CredentialRole::ServiceAccount).toUtf8()),
                     out.constData());
        }

        // Another role of the same profile is separate.
        Answer other;
        store.read(profile, CredentialRole::PexipAdmin, this, other.callback());
        QTRY_VERIFY_WITH_TIMEOUT(other.called, 20000);
        QCOMPARE(other.result.status, CredentialResult::Status::NotFound);

        Answer overwritten;
        store.write(profile, CredentialRole::ServiceAccount, secret + QStringLiteral("-2"), this,
                    overwritten.callback());
        QTRY_VERIFY_WITH_TIMEOUT(overwritten.called, 20000);
        Answer reread;
        store.read(profile, CredentialRole::ServiceAccount, this, reread.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reread.called, 20000);
        QCOMPARE(reread.result.secret, secret + QStringLiteral("-2"));

        Answer removed;
        store.remove(profile, CredentialRole::ServiceAccount, this, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.called, 20000);
        QVERIFY2(removed.result.ok(), qPrintable(removed.result.message));

        Answer gone;
        store.read(profile, CredentialRole::ServiceAccount, this, gone.callback());
        QTRY_VERIFY_WITH_TIMEOUT(gone.called, 20000);
        QCOMPARE(gone.result.status, CredentialResult::Status::NotFound);
    }

    void contextDestroyedWhileJobRunsIsSafe()
    {
        // The job must finish on its own (never deleted while running); no callback reaches a
        // dead context.
        KeychainCredentialStore store;
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("gone"), CredentialRole::PexipAdmin, context,
                   [&](const CredentialResult&) { called = true; });
        delete context;
        Answer after; // the queue keeps working afterwards
        store.read(QStringLiteral("gone"), CredentialRole::PexipAdmin, this, after.callback());
        QTRY_VERIFY_WITH_TIMEOUT(after.called, 20000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainAvailable)
#include "tst_keychain_available.moc"
