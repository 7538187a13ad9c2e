// otjctl reading profiles it must refuse: a named pipe without a writer (used to block forever,
// deaf to Ctrl-C), /dev/zero (used to be read until bad_alloc), a directory and an oversized
// file. Each ends at once with a clear message: validate exits 2, profile check 1.
#include "tests/support/LabProcess.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestOtjctlProfileFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // validate cannot run (2); profile check lists the problem (1). Both at once.
    void expectRefused(const QString& path, const QByteArray& message)
    {
        for (const auto& [args, exitCode] :
             {std::pair{QStringList{QStringLiteral("validate"), QStringLiteral("--profile"), path}, 2},
              std::pair{QStringList{QStringLiteral("profile"), QStringLiteral("check"), path}, 1}}) {
            const CtlResult r = runOtjctl(args, QStringLiteral("unused-password"), 30000);
            QVERIFY2(r.exitCode != -2,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": no end in 30 s")));
            QCOMPARE(r.exitCode, exitCode);
            QVERIFY2(r.err.contains(message) || r.out.contains(message), (r.out + r.err).constData());
        }
    }

private Q_SLOTS:
    void namedPipeIsRefused()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("profile.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        expectRefused(fifo, "not a regular file");
    }

    void deviceIsRefused() { expectRefused(QStringLiteral("/dev/zero"), "not a regular file"); }

    void directoryIsRefused() { expectRefused(m_dir.path(), "not a regular file"); }

    void oversizedFileIsRefused()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(5 * 1024 * 1024));
        f.close();
        expectRefused(big, "larger than 4 MiB");
    }
};

QTEST_GUILESS_MAIN(TestOtjctlProfileFiles)
#include "tst_otjctl_profile_files.moc"
