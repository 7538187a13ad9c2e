// Control characters from profiles and servers never reach the admin's terminal as such: ESC
// sequences (recolour, retitle), C1 controls and bidi overrides are shown as \uXXXX by the one
// device otjctl writes through when stdout/stderr is a terminal.
#include "core/cli/Command.h"
#include "core/cli/Otjctl.h"
#include "core/cli/TerminalText.h"
#include "core/profile/ProfileStore.h"
#include "core/secrets/MemoryCredentialStore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::cli;

namespace {
const QString kHostile = QStringLiteral("room\x1b]0;owned\x07\x1b[31m\u202egnp.exe\u0085\x7f@example.com");

bool hasControl(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
               (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    });
}
} // namespace

class TestTerminalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlCharactersAreEscaped()
    {
        QCOMPARE(terminalSafe(QStringLiteral("a\x1b[31mb\x07")), QStringLiteral("a\\u001B[31mb\\u0007"));
        QCOMPARE(terminalSafe(QStringLiteral("x\u202ey\u2066z\u2069")),
                 QStringLiteral("x\\u202Ey\\u2066z\\u2069"));
        QCOMPARE(terminalSafe(QStringLiteral("c1\u0085 del\x7f")), QStringLiteral("c1\\u0085 del\\u007F"));
        QCOMPARE(terminalSafe(QStringLiteral("r\rn")), QStringLiteral("r\\u000Dn"));
        const QString ordinary = QStringLiteral("Blåbær møte\tkl. 10 — 日本\n");
        QCOMPARE(terminalSafe(ordinary), ordinary);
        QVERIFY(!hasControl(terminalSafe(kHostile).toUtf8()));
    }

    void deviceEscapesOnlyForATerminal()
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        TerminalSafeDevice terminal(&sink, true);
        // A multi-byte character split across writes stays whole.
        const QByteArray bytes = QStringLiteral("æ\x1b[2J€").toUtf8();
        for (char b : bytes)
            terminal.write(&b, 1);
        QCOMPARE(QString::fromUtf8(sink.data()), QStringLiteral("æ\\u001B[2J€"));

        QBuffer rawSink;
        rawSink.open(QIODevice::WriteOnly);
        TerminalSafeDevice pipe(&rawSink, false);
        pipe.write(bytes);
        QCOMPARE(rawSink.data(), bytes);
    }

    void otjctlOutputPathsAreEscaped()
    {
        // profile check (values in its issues) and an error message (a file name) through the
        // streams otjctl's main builds for a terminal.
        QTemporaryDir dir;
        SetupProfile profile = SetupProfile::defaults();
        profile.rooms.selected = {kHostile};
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(ProfileStore::save(profile, path));
        const QString missing = dir.filePath(QStringLiteral("\x1b[31mmissing.json"));

        QBuffer outSink, errSink;
        outSink.open(QIODevice::WriteOnly);
        errSink.open(QIODevice::WriteOnly);
        TerminalSafeDevice outDevice(&outSink, true), errDevice(&errSink, true);
        QTextStream out(&outDevice), err(&errDevice);
        MemoryCredentialStore credentials;
        CommandContext ctx;
        ctx.out = &out;
        ctx.err = &err;
        ctx.credentials = &credentials;
        QCOMPARE(
            runOtjctl({QStringLiteral("otjctl"), QStringLiteral("profile"), QStringLiteral("check"), path},
                      ctx),
            int(Failed));
        QCOMPARE(runOtjctl({QStringLiteral("otjctl"), QStringLiteral("validate"), QStringLiteral("--profile"),
                            missing},
                           ctx),
                 int(CouldNotRun));
        QVERIFY2(outSink.data().contains("\\u001B]0;owned"), outSink.data().constData());
        QVERIFY2(errSink.data().contains("\\u001B[31mmissing"), errSink.data().constData());
        QVERIFY(!hasControl(outSink.data()));
        QVERIFY(!hasControl(errSink.data()));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminal_text.moc"
