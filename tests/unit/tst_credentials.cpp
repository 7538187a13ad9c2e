// The non-keychain credential stores and the layering the executables use. (The keychain itself
// is tested against a real Secret Service in tests/keychain/.)
#include "core/secrets/EnvironmentCredentialStore.h"
#include "core/secrets/KeychainCredentialStore.h"
#include "core/secrets/MemoryCredentialStore.h"

#include <QProcess>
#include <QTest>

#include "tests/support/CredentialAnswer.h"

using namespace otj;

using Answer = otj::test::CredentialAnswer;

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysAreGloballyUnique()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("1234"), CredentialRole::ServiceAccount),
                 QStringLiteral("OTJ Exchange Setup/1234/service-account"));
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("1234"), CredentialRole::ExchangeAdmin),
                 QStringLiteral("OTJ Exchange Setup/1234/exchange-admin"));
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("1234"), CredentialRole::PexipAdmin),
                 QStringLiteral("OTJ Exchange Setup/1234/pexip-admin"));
    }

    void memoryStoreAnswersLaterAndOnlyWhileContextLives()
    {
        MemoryCredentialStore store;
        Answer a;
        store.read(QStringLiteral("p"), CredentialRole::PexipAdmin, this, a.callback());
        QVERIFY(!a.called); // never inside the call
        QTRY_VERIFY(a.called);
        QCOMPARE(a.result.status, CredentialResult::Status::NotFound);

        Answer w;
        store.write(QStringLiteral("p"), CredentialRole::PexipAdmin, QStringLiteral("s3cret-pexip"), this,
                    w.callback());
        QTRY_VERIFY(w.called);
        Answer r;
        store.read(QStringLiteral("p"), CredentialRole::PexipAdmin, this, r.callback());
        QTRY_VERIFY(r.called);
        QCOMPARE(r.result.secret, QStringLiteral("s3cret-pexip"));
        Answer other;
        store.read(QStringLiteral("q"), CredentialRole::PexipAdmin, this, other.callback());
        QTRY_VERIFY(other.called);
        QCOMPARE(other.result.status, CredentialResult::Status::NotFound); // keyed by profile id

        bool late = false;
        auto* context = new QObject;
        store.read(QStringLiteral("p"), CredentialRole::PexipAdmin, context,
                   [&](const CredentialResult&) { late = true; });
        delete context;
        QTest::qWait(20);
        QVERIFY(!late);
    }

    void environmentFirstThenSecondStore()
    {
        EnvironmentCredentialStore::clearCaptured();
        qputenv("OTJ_SERVICE_ACCOUNT_PASSWORD", "from-environment");
        qunsetenv("OTJ_EXCHANGE_ADMIN_PASSWORD");
        EnvironmentCredentialStore::captureProcessEnvironment();
        EnvironmentCredentialStore env;
        MemoryCredentialStore memory;
        LayeredCredentialStore layered(&env, &memory);

        Answer w;
        layered.write(QStringLiteral("p"), CredentialRole::ExchangeAdmin, QStringLiteral("from-memory"), this,
                      w.callback());
        QTRY_VERIFY(w.called);
        QVERIFY(w.result.ok());

        Answer sa;
        layered.read(QStringLiteral("p"), CredentialRole::ServiceAccount, this, sa.callback());
        QTRY_VERIFY(sa.called);
        QCOMPARE(sa.result.secret, QStringLiteral("from-environment"));
        Answer ex;
        layered.read(QStringLiteral("p"), CredentialRole::ExchangeAdmin, this, ex.callback());
        QTRY_VERIFY(ex.called);
        QCOMPARE(ex.result.secret, QStringLiteral("from-memory"));

        Answer envWrite;
        env.write(QStringLiteral("p"), CredentialRole::ServiceAccount, QStringLiteral("x"), this,
                  envWrite.callback());
        QTRY_VERIFY(envWrite.called);
        QCOMPARE(envWrite.result.status, CredentialResult::Status::Failed);
        EnvironmentCredentialStore::clearCaptured();
    }

    void childProcessesDoNotInheritPasswords()
    {
        qputenv("OTJ_EXCHANGE_ADMIN_PASSWORD", "do-not-inherit-me");
        EnvironmentCredentialStore::captureProcessEnvironment();
        QProcess env;
        env.start(QStringLiteral("/usr/bin/env"), {});
        QVERIFY(env.waitForFinished(5000));
        const QByteArray output = env.readAllStandardOutput();
        QVERIFY(!output.isEmpty());
        QVERIFY(!output.contains("OTJ_EXCHANGE_ADMIN_PASSWORD"));
        QVERIFY(!output.contains("do-not-inherit-me"));
        EnvironmentCredentialStore::clearCaptured();
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
