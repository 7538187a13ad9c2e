// core/ must never depend on QtWidgets: no Widgets header in its sources (the CMake check covers
// the link side).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestCoreHasNoWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noWidgetsIncludes()
    {
        static const QRegularExpression widgetsInclude(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets/"
                           "|QWidget|QWizard|QDialog|QMainWindow|QLabel|QPushButton|QApplication|QMessageBox|"
                           "QTreeView|QLineEdit)"),
            QRegularExpression::MultilineOption);
        QDirIterator it(QStringLiteral(OTJ_SOURCE_DIR "/core"),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        QStringList offenders;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            if (widgetsInclude.match(QString::fromUtf8(f.readAll())).hasMatch())
                offenders << f.fileName();
        }
        QVERIFY(files > 10);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void theCheckWouldCatchOne()
    {
        static const QRegularExpression widgetsInclude(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets/|QWidget)"),
            QRegularExpression::MultilineOption);
        QVERIFY(widgetsInclude.match(QStringLiteral("#include <QtWidgets/QLabel>\n")).hasMatch());
        QVERIFY(widgetsInclude.match(QStringLiteral("  #include <QWidget>\n")).hasMatch());
        QVERIFY(!widgetsInclude.match(QStringLiteral("#include <QObject>\n")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestCoreHasNoWidgets)
#include "tst_core_has_no_widgets.moc"
