// Languages and HiDPI: nb and de give translated page titles and wizard buttons (bookworm ships
// qtbase_de but no qtbase_nb, so the wizard translates its own buttons); every SVG icon renders.
#include "WizardTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/profile/ProfileModel.h"
#include "wizard/Icons.h"
#include "wizard/SetupWizard.h"
#include "wizard/StepPanel.h"

#include <QAbstractButton>
#include <QFile>
#include <QImage>
#include <QLibraryInfo>
#include <QListWidget>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace otj;
using namespace otj::ui;

class TestWizardI18n : public QObject
{
    Q_OBJECT

    struct Texts
    {
        QString welcomeTitle, connectionsTitle, roomsTitle, summaryTitle, next, back, finish, cancel, save,
            stepState;
    };
    static Texts textsOf(QWizard& w, StepPanel* panel)
    {
        return {w.page(SetupWizard::WelcomePageId)->title(), w.page(SetupWizard::ConnectionsPageId)->title(),
                w.page(SetupWizard::RoomsPageId)->title(),   w.page(SetupWizard::SummaryPageId)->title(),
                w.buttonText(QWizard::NextButton),           w.buttonText(QWizard::BackButton),
                w.buttonText(QWizard::FinishButton),         w.buttonText(QWizard::CancelButton),
                w.buttonText(QWizard::CustomButton1),        panel->list()->item(2)->text()};
    }

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        otj::test::isolateSettings(m_dir);
    }
    void cleanup() { installTranslations(QString()); }

    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("qtbaseExpected");
        QTest::addColumn<QString>("connections");
        QTest::addColumn<QString>("rooms");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("back");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("save");
        QTest::addColumn<QString>("notStarted");
        QTest::newRow("en") << "en" << false << "Connections"
                            << "Rooms"
                            << "Summary"
                            << "&Next >"
                            << "< &Back"
                            << "&Finish"
                            << "Cancel"
                            << "&Save"
                            << "Not started";
        QTest::newRow("nb") << "nb" << false << "Tilkoblinger"
                            << "Rom"
                            << "Sammendrag"
                            << "&Neste >"
                            << "< &Tilbake"
                            << "&Fullfør"
                            << "Avbryt"
                            << "&Lagre"
                            << "Ikke startet";
        QTest::newRow("de") << "de" << true << "Verbindungen"
                            << "Räume"
                            << "Zusammenfassung"
                            << "&Weiter >"
                            << "< &Zurück"
                            << "&Fertigstellen"
                            << "Abbrechen"
                            << "&Speichern"
                            << "Nicht begonnen";
    }
    void languages()
    {
        QFETCH(QString, lang);
        QFETCH(bool, qtbaseExpected);
        const TranslationResult r = installTranslations(lang);
        if (lang != QLatin1String("en")) {
            QVERIFY2(r.appLoaded, qPrintable(lang));
            // qtbase_de exists on Debian bookworm; qtbase_nb does not.
            if (qtbaseExpected && !QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                                 QStringLiteral("/qtbase_de.qm")))
                qWarning("qtbase_de.qm is not installed here");
            else
                QCOMPARE(r.qtLoaded, qtbaseExpected);
        }
        QCOMPARE(currentLanguage(), lang == QLatin1String("en") ? QString() : lang);

        ProfileModel model;
        model.setProfile(SetupProfile::defaults());
        otj::test::FakeCredentialStore store;
        SetupWizard wizard(&model, &store);
        const Texts t = textsOf(wizard, wizard.stepPanel());
        QTEST(t.connectionsTitle, "connections");
        QTEST(t.roomsTitle, "rooms");
        QTEST(t.summaryTitle, "summary");
        QTEST(t.next, "next");
        QTEST(t.back, "back");
        QTEST(t.finish, "finish");
        QTEST(t.cancel, "cancel");
        QTEST(t.save, "save");
        QFETCH(QString, notStarted);
        QVERIFY2(t.stepState.contains(notStarted), qPrintable(t.stepState));
    }

    // Every translated string keeps the source's placeholders and mnemonic markers.
    void noUnfinishedOrBrokenTranslations_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::newRow("nb") << QStringLiteral(OTJ_SOURCE_DIR "/translations/otj_nb.ts");
        QTest::newRow("de") << QStringLiteral(OTJ_SOURCE_DIR "/translations/otj_de.ts");
    }
    void noUnfinishedOrBrokenTranslations()
    {
        QFETCH(QString, ts);
        QFile f(ts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QVERIFY(xml.contains("<message"));
        QVERIFY2(!xml.contains("type=\"unfinished\""), "unfinished translations");
    }

    void iconsRenderAtFractionalScale_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& n : iconNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void iconsRenderAtFractionalScale()
    {
        QFETCH(QString, name);
        QSvgRenderer svg(iconPath(name));
        QVERIFY2(svg.isValid(), qPrintable(iconPath(name)));
        const QIcon icon = svgIcon(name);
        QVERIFY(!icon.isNull());
        for (qreal dpr : {1.0, 1.5, 2.0}) {
            const QPixmap pm = icon.pixmap(QSize(16, 16), dpr);
            QVERIFY2(!pm.isNull(), qPrintable(name));
            QCOMPARE(pm.width(), qRound(16 * dpr));
            // Something is drawn (not a blank square).
            const QImage img = pm.toImage().convertToFormat(QImage::Format_ARGB32);
            int opaque = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    opaque += qAlpha(img.pixel(x, y)) > 0;
            QVERIFY2(opaque > img.width(), qPrintable(name));
        }
    }

    void windowIconAndStepIconsAreSvg()
    {
        ProfileModel model;
        otj::test::FakeCredentialStore store;
        SetupWizard wizard(&model, &store);
        QVERIFY(!wizard.windowIcon().pixmap(QSize(32, 32), 1.5).isNull());
        for (int i = 0; i < wizard.stepPanel()->list()->count(); ++i)
            QVERIFY(!wizard.stepPanel()->list()->item(i)->icon().pixmap(QSize(16, 16), 1.5).isNull());
    }
};

QTEST_MAIN(TestWizardI18n)
#include "tst_wizard_i18n.moc"
