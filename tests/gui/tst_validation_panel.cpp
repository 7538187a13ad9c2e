// ValidationPanel against the real otj-lab: a 2000-room validation with an event-loop heartbeat
// (no stall over 100 ms, asserted here), the problems-only filter, the fix text, Cancel and
// Re-run, and accessible names on every control without text.
#include "tests/support/LabProcess.h"

#include "core/i18n/Translations.h"
#include "core/profile/ProfileModel.h"
#include "core/profile/ProfileStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/validation/ValidationResults.h"
#include "wizard/validation/ValidationPanel.h"
#include "wizard/validation/ValidationTreeModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace otj;

namespace {
// Longest gap between ticks of a 5 ms timer: how long the event loop was blocked.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            if (now - m_last > 40000000 && qEnvironmentVariableIsSet("OTJ_STALL_DEBUG"))
                qInfo("stall %.1f ms at %.1f ms", (now - m_last) / 1e6, now / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxStallMs() const { return m_maxGapNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
};
} // namespace

class TestValidationPanel : public QObject
{
    Q_OBJECT
    LabProcess m_lab;
    QTemporaryDir m_dir;
    ProfileModel m_profile;
    MemoryCredentialStore m_store;
    int m_rooms = 2000;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(OTJ_LAB_BIN)))
            QSKIP("otj-lab is not built");
        const QString path = m_dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY2(m_lab.start({QStringLiteral("--rooms"), QString::number(m_rooms)}, path, &error),
                 qPrintable(error));
        QVERIFY(m_lab.grantImpersonation());
        const ProfileLoadResult loaded = ProfileStore::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.profile.rooms.selected.size(), m_rooms);
        m_profile.setProfile(loaded.profile, path);
        bool written = false;
        m_store.write(loaded.profile.profileIdString(), CredentialRole::ServiceAccount,
                      m_lab.password(QStringLiteral("otj-service")), this,
                      [&written](const CredentialResult&) { written = true; });
        QTRY_VERIFY(written);
    }

    void twoThousandRoomsWithoutStalls()
    {
        ui::ValidationPanel panel(&m_profile, &m_store);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy finished(&panel, &ui::ValidationPanel::finished);
        Heartbeat beat;
        QElapsedTimer t;
        t.start();
        beat.start();
        QElapsedTimer st;
        st.start();
        panel.start();
        qInfo("start() took %lld ms", st.elapsed());
        QObject::connect(panel.results(), &ValidationResults::checkChanged, this, [&](int i) {
            const QString id = panel.results()->node(i).id;
            if (qEnvironmentVariableIsSet("OTJ_STALL_DEBUG") && !id.contains(QLatin1Char('/')))
                qInfo("%.1f ms: %s", st.nsecsElapsed() / 1e6, qPrintable(id));
        });
        QVERIFY(finished.wait(300000));
        beat.stop();
        const qint64 elapsed = t.elapsed();
        qInfo("2000 rooms: %lld ms, longest event-loop stall %.1f ms", elapsed, beat.maxStallMs());
        QVERIFY2(beat.maxStallMs() < 100.0, qPrintable(QString::number(beat.maxStallMs())));

        ValidationResults* r = panel.results();
        const int imp = r->indexOf(QStringLiteral("step2.impersonation"));
        QVERIFY(imp >= 0);
        QCOMPARE(r->node(imp).children.size(), m_rooms);
        QCOMPARE(r->node(imp).status, CheckStatus::Passed);
        QCOMPARE(r->counts().notRun, 0);
        // The view shows the same tree.
        const QModelIndex impIndex = panel.model()->indexForCheck(QStringLiteral("step2.impersonation"));
        QCOMPARE(panel.model()->rowCount(impIndex), m_rooms);
        auto* progress = panel.findChild<QProgressBar*>(QStringLiteral("validationProgress"));
        QVERIFY(progress);
        QCOMPARE(progress->value(), progress->maximum());
    }

    void filterFixAndAccessibility()
    {
        ui::ValidationPanel panel(&m_profile, &m_store);
        ValidationOptions opt;
        opt.rooms = m_profile.profile().rooms.selected.mid(0, 20);
        panel.setOptions(opt);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy finished(&panel, &ui::ValidationPanel::finished);
        panel.start();
        QVERIFY(finished.wait(60000));

        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("validationTree"));
        auto* problems = panel.findChild<QCheckBox*>(QStringLiteral("problemsOnly"));
        auto* fix = panel.findChild<QTextBrowser*>(QStringLiteral("fixText"));
        QVERIFY(tree && problems && fix);
        const int allRows = tree->model()->rowCount();
        problems->click();
        const int problemRows = tree->model()->rowCount();
        QVERIFY(problemRows > 0);
        QVERIFY(problemRows < allRows);
        for (int i = 0; i < problemRows; ++i) {
            const auto s =
                CheckStatus(tree->model()->index(i, 0).data(ui::ValidationTreeModel::StatusRole).toInt());
            QVERIFY(s == CheckStatus::Failed || s == CheckStatus::Warning || s == CheckStatus::Pending ||
                    s == CheckStatus::Cancelled);
        }
        // The unscoped role assignment: the scope check warns, and its fix is shown when selected.
        QModelIndex scope;
        for (int i = 0; i < problemRows; ++i) {
            if (tree->model()->index(i, 0).data(ui::ValidationTreeModel::CheckIdRole).toString() ==
                QLatin1String("step2.scope"))
                scope = tree->model()->index(i, 0);
        }
        QVERIFY(scope.isValid());
        tree->setCurrentIndex(scope);
        QTRY_VERIFY(fix->toPlainText().contains(QStringLiteral("Over-broad permission")));
        QVERIFY(fix->toPlainText().contains(QStringLiteral("CustomRecipientWriteScope")));
        QVERIFY(fix->toPlainText().contains(QStringLiteral("Warning")));

        // Every control without text has an accessible name; every label names a buddy.
        for (QWidget* w : panel.findChildren<QWidget*>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QAbstractButton*>(w))
                continue;
            if (w->objectName().startsWith(QLatin1String("qt_")) || !w->isVisibleTo(&panel))
                continue;
            if (qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
                continue; // viewports
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                                w->objectName()));
        }
        for (QLabel* l : panel.findChildren<QLabel*>()) {
            if (l->text().contains(QLatin1Char('&')))
                QVERIFY2(l->buddy(), qPrintable(l->text()));
        }
        for (QAbstractButton* b : panel.findChildren<QAbstractButton*>())
            QVERIFY(!b->text().isEmpty() || !b->accessibleName().isEmpty());
    }

    // In German the cause and fix are German, the fix names its step and links to it, and the
    // page state counts what needs attention; a run that decided nothing is "Not checked", not done.
    void germanCauseGoToLinkAndPageState()
    {
        QVERIFY(installTranslations(QStringLiteral("de")).appLoaded);
        auto restore = qScopeGuard([] { installTranslations(QString()); });
        ui::ValidationPanel panel(&m_profile, &m_store);
        ValidationOptions opt;
        opt.rooms = m_profile.profile().rooms.selected.mid(0, 5);
        panel.setOptions(opt);
        panel.resize(900, 600);
        panel.show();
        QSignalSpy finished(&panel, &ui::ValidationPanel::finished);
        panel.start();
        QVERIFY(finished.wait(60000));
        auto* tree = panel.findChild<QTreeView*>(QStringLiteral("validationTree"));
        auto* fix = panel.findChild<QTextBrowser*>(QStringLiteral("fixText"));
        for (int i = 0; i < tree->model()->rowCount(); ++i) {
            const QModelIndex row = tree->model()->index(i, 0);
            if (row.data(ui::ValidationTreeModel::CheckIdRole).toString() == QLatin1String("step2.scope"))
                tree->setCurrentIndex(row);
        }
        QTRY_VERIFY2(fix->toPlainText().contains(QStringLiteral("Zu weit gefasste Berechtigung")),
                     qPrintable(fix->toPlainText()));
        QVERIFY2(fix->toPlainText().contains(QStringLiteral("Behebung (Identitätswechsel)")),
                 qPrintable(fix->toPlainText()));
        QVERIFY(!fix->toPlainText().contains(QStringLiteral("step2")) ||
                fix->toPlainText().contains(QStringLiteral("step2.scope"))); // no raw step key
        QVERIFY(fix->toHtml().contains(QStringLiteral("otj-step:step2")));
        QVERIFY(fix->toPlainText().contains(QStringLiteral("Zu „Identitätswechsel“ wechseln")));
        QSignalSpy goTo(&panel, &ui::ValidationPanel::goToStep);
        Q_EMIT fix->anchorClicked(QUrl(QStringLiteral("otj-step:step2")));
        QCOMPARE(goTo.size(), 1);
        QCOMPARE(goTo.first().first().value<StepId>(), StepId::Impersonation);

        int count = 0;
        QCOMPARE(int(panel.resultState(&count)), int(ui::StepState::NeedsAttention));
        const ValidationResults::Counts c = panel.results()->counts();
        QCOMPARE(count, c.failed + c.warning);
        QCOMPARE(ui::stepStateText(ui::StepState::NeedsAttention, count),
                 QStringLiteral("Braucht Aufmerksamkeit (%1)").arg(count));

        // Only checks that cannot run yet: nothing wrong found, nothing proven.
        ValidationOptions skippedOnly;
        skippedOnly.only = {QStringLiteral("prereq.p1"), QStringLiteral("prereq.p3")};
        panel.setOptions(skippedOnly);
        panel.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(int(panel.resultState(&count)), int(ui::StepState::NotChecked));
        QCOMPARE(count, 2);
    }

    void cancelAndRerun()
    {
        m_lab.admin("POST", QStringLiteral("faults"),
                    {{QStringLiteral("spec"), QStringLiteral("latency=200")}});
        ui::ValidationPanel panel(&m_profile, &m_store);
        ValidationOptions opt;
        opt.rooms = m_profile.profile().rooms.selected.mid(0, 200);
        panel.setOptions(opt);
        panel.show();
        auto* cancel = panel.findChild<QPushButton*>(QStringLiteral("cancelValidation"));
        auto* rerun = panel.findChild<QPushButton*>(QStringLiteral("rerunValidation"));
        QVERIFY(cancel && rerun);
        QVERIFY(!cancel->isEnabled());
        QSignalSpy finished(&panel, &ui::ValidationPanel::finished);
        rerun->click();
        QVERIFY(panel.isRunning());
        QVERIFY(cancel->isEnabled());
        QVERIFY(!rerun->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(panel.results()->counts().passed > 2, 20000);
        cancel->click();
        QVERIFY(finished.wait(5000));
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.results()->counts().cancelled > 0);
        QCOMPARE(panel.results()->counts().notRun, 0);
        auto* status = panel.findChild<QLabel*>(QStringLiteral("validationStatus"));
        QVERIFY(status->text().startsWith(QStringLiteral("Cancelled")));
        // Re-run starts from scratch.
        m_lab.admin("DELETE", QStringLiteral("faults"));
        rerun->click();
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(panel.results()->counts().cancelled, 0);
    }

    void cleanupTestCase() { m_lab.stop(); }
};

QTEST_MAIN(TestValidationPanel)
#include "tst_validation_panel.moc"
