// Tests that need a process of their own (signals, /proc/<pid>/environ, static teardown) re-run
// their binary in "child mode", chosen by an environment variable: OTJ_TEST_MAIN_WITH_CHILD
// replaces QTEST_GUILESS_MAIN, startChild() starts the child and waits until it says "ready".
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace otj::test {

// Starts this binary with `mode`=`value` (and `extra`) in its environment. With `readyLine`,
// waits up to 20 s until the child printed it and returns what it printed so far (empty: it did
// not); otherwise returns at once.
inline QByteArray startChild(QProcess& child, const char* mode, const QString& value,
                             const QList<std::pair<QString, QString>>& extra = {},
                             const QByteArray& readyLine = "ready")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(mode), value);
    for (const auto& [name, v] : extra)
        v.isNull() ? env.remove(name) : env.insert(name, v);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForStarted() || readyLine.isEmpty())
        return {};
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains(readyLine) && timer.elapsed() < 20000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        output += child.readAllStandardOutput();
    }
    return output.contains(readyLine) ? output : QByteArray();
}

} // namespace otj::test

#define OTJ_TEST_MAIN_WITH_CHILD(TestObject, mode, childMain)                                                \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        if (qEnvironmentVariableIsSet(mode))                                                                 \
            return childMain(argc, argv);                                                                    \
        QCoreApplication app(argc, argv);                                                                    \
        TestObject test;                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
