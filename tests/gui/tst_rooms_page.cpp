// The Rooms page over a discovered directory: discovery starts on entry and Next waits for it,
// search and group filters, select all per room list / Office / City, rooms OTJ on-prem cannot
// serve shown with the reason and never selected, cancel and failure said plainly.
#include "ScriptedSession.h"
#include "WizardTestSupport.h"
#include "tests/support/RoomFixtures.h"

#include "core/profile/ProfileModel.h"
#include "wizard/Dialogs.h"
#include "wizard/RoomDirectoryModel.h"
#include "wizard/SetupWizard.h"
#include "wizard/pages/RoomsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace otj;
using namespace otj::ui;
using otj::test::child;
using otj::test::typeInto;

class TestRoomsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<test::FakeCredentialStore> m_store;
    std::unique_ptr<test::ScriptedSession> m_session;
    std::unique_ptr<SetupWizard> m_wizard;
    RoomsPage* m_page = nullptr;

    void openRoomsPage()
    {
        m_wizard = std::make_unique<SetupWizard>(m_model.get(), m_store.get());
        m_wizard->setExchangeSession(m_session.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->next(); // Connections: the profile is filled in
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::RoomsPageId));
        m_page = qobject_cast<RoomsPage*>(m_wizard->currentPage());
        QVERIFY(m_page);
    }
    void screenshot(const QString& name) { test::saveScreenshot(m_wizard.get(), name); }
    int groupIndex(const QString& text) { return child<QComboBox>(m_page, "roomGroup")->findText(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }
    void init()
    {
        dialogs::clearQueues();
        m_model = std::make_unique<ProfileModel>();
        SetupProfile p = SetupProfile::defaults();
        p.exchange.ewsUrl = QStringLiteral("https://mail.contoso.lab/EWS/Exchange.asmx");
        p.exchange.remotePowerShellUri = QStringLiteral("http://mail.contoso.lab/PowerShell/");
        p.exchange.adminAccount = QStringLiteral("CONTOSO\\exadmin");
        p.serviceAccount.upn = QStringLiteral("svc-otj@contoso.lab");
        p.pexip.managementNode = QStringLiteral("pexmgr.contoso.lab");
        m_model->setProfile(p);
        m_store = std::make_unique<test::FakeCredentialStore>();
        m_session = std::make_unique<test::ScriptedSession>();
        m_session->delayMs = 50;
        m_session->rooms.ok = true;
        m_session->rooms.rooms = test::generateRooms(1000);
    }
    void cleanup()
    {
        m_wizard.reset();
        QVERIFY(dialogs::queuesEmpty());
    }

    void discoveryStartsOnEntryAndNextWaits()
    {
        openRoomsPage();
        QVERIFY(m_page->isDiscovering());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(m_page, "discoveryStatus")->text().contains(QLatin1String("Reading")));
        QVERIFY(child<QPushButton>(m_page, "cancelDiscoveryButton")->isVisible());
        QVERIFY(!child<QLabel>(m_page, "roomDiscoveryUnavailable")->isVisible());
        QTRY_VERIFY(!m_page->isDiscovering());
        QCOMPARE(m_session->calls, QStringList{QStringLiteral("discover")});
        QCOMPARE(m_page->roomModel()->rowCount(), 1000);
        QVERIFY2(child<QLabel>(m_page, "discoveryStatus")->text().contains(QLatin1String("1000")),
                 qPrintable(child<QLabel>(m_page, "discoveryStatus")->text()));
        // Discovery selects nothing by itself: the admin chooses.
        QCOMPARE(m_model->profile().rooms.selected.size(), 0);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled() ||
                !m_page->problems().isEmpty()); // no room selected yet: said on the page
    }

    // Once rooms are listed, every column but Status is as wide as its header and values (the
    // Office column cut off "Branch Office" at any scale), and Status keeps room on the right.
    void columnsFitTheirValues()
    {
        m_session->rooms.rooms[0].office = QStringLiteral("Branch Office Trondheim Nord");
        m_session->rooms.rooms[1].city = QStringLiteral("Kristiansand");
        openRoomsPage();
        QTRY_VERIFY(!m_page->isDiscovering());
        QTreeView* view = m_page->view();
        QHeaderView* header = view->header();
        // The widest value's width (QAbstractItemView's public face of QTreeView's own).
        const auto needed = [view](int column) {
            return static_cast<const QAbstractItemView*>(view)->sizeHintForColumn(column);
        };
        int used = 0;
        for (const int column : {RoomDirectoryModel::NameColumn, RoomDirectoryModel::AddressColumn,
                                 RoomDirectoryModel::OfficeColumn, RoomDirectoryModel::CityColumn,
                                 RoomDirectoryModel::RoomListsColumn}) {
            QVERIFY2(header->sectionSize(column) >= needed(column),
                     qPrintable(QStringLiteral("column %1: %2 px for %3 px")
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(needed(column))));
            used += header->sectionSize(column);
        }
        screenshot(QStringLiteral("rooms-columns"));
        const QString office = m_session->rooms.rooms[0].office;
        QVERIFY(header->sectionSize(RoomDirectoryModel::OfficeColumn) >
                view->fontMetrics().horizontalAdvance(office));
        // Status keeps at least twenty characters ("Room mailbox"; the reasons have their tooltip).
        QVERIFY2(view->viewport()->width() - used >= view->fontMetrics().averageCharWidth() * 20,
                 qPrintable(QStringLiteral("%1 px left for Status").arg(view->viewport()->width() - used)));
    }

    void cloudRoomsAndEquipmentAreShownNotSelectable()
    {
        openRoomsPage();
        QTRY_VERIFY(!m_page->isDiscovering());
        RoomDirectoryModel* rooms = m_page->roomModel();
        RoomFilter* shown = m_page->filterModel();
        typeInto(child<QLineEdit>(m_page, "roomSearch"), QStringLiteral("room-0010@"));
        QCOMPARE(shown->rowCount(), 1);
        const QModelIndex cloud = shown->index(0, RoomDirectoryModel::NameColumn);
        QVERIFY(!(shown->flags(cloud) & Qt::ItemIsEnabled));
        QVERIFY(!shown->setData(cloud, Qt::Checked, Qt::CheckStateRole));
        const QString status = shown->index(0, RoomDirectoryModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(QLatin1String("Exchange Online")) && status.contains(QLatin1String("Graph")),
                 qPrintable(status));
        QVERIFY(cloud.data(Qt::ToolTipRole).toString().contains(QLatin1String("cannot be selected")));

        typeInto(child<QLineEdit>(m_page, "roomSearch"), QStringLiteral("room-0025@"));
        QVERIFY(shown->index(0, RoomDirectoryModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Equipment")));

        // Check all shown over everything selects only what on-prem OTJ can serve.
        typeInto(child<QLineEdit>(m_page, "roomSearch"), QString());
        QTest::mouseClick(child<QPushButton>(m_page, "checkShownButton"), Qt::LeftButton);
        int selectable = 0;
        for (int row = 0; row < rooms->rowCount(); ++row)
            selectable += rooms->isSelectable(row);
        QCOMPARE(selectable, 1000 - 100 - 20); // every 10th cloud, every 25th (not 50th) equipment
        QCOMPARE(m_model->profile().rooms.selected.size(), selectable);
        QVERIFY(!rooms->isSelected(QStringLiteral("room-0010@contoso.lab")));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        screenshot(QStringLiteral("rooms-all-checked"));
    }

    void selectAllPerRoomListOfficeOrCity()
    {
        openRoomsPage();
        QTRY_VERIFY(!m_page->isDiscovering());
        auto* group = child<QComboBox>(m_page, "roomGroup");
        RoomFilter* shown = m_page->filterModel();

        // Room list of building 3 (rooms 41..60, München): 20 rooms, 2 cloud (50 is not equipment).
        const int list = groupIndex(QStringLiteral("Room list: München Building 3 Rooms"));
        QVERIFY(list > 0);
        group->setCurrentIndex(list);
        QCOMPARE(shown->rowCount(), 20);
        QTest::mouseClick(child<QPushButton>(m_page, "checkShownButton"), Qt::LeftButton);
        QCOMPARE(m_model->profile().rooms.selected.size(), 18);
        QVERIFY(child<QLabel>(m_page, "roomCount")->text().contains(QLatin1String("18 of 1000")));
        screenshot(QStringLiteral("rooms-room-list"));

        // Office: building 4 (rooms 61..80: 70 and 80 in the cloud, 75 equipment).
        group->setCurrentIndex(groupIndex(QStringLiteral("Office: Building 4")));
        QCOMPARE(shown->rowCount(), 20);
        QTest::mouseClick(child<QPushButton>(m_page, "checkShownButton"), Qt::LeftButton);
        QCOMPARE(m_model->profile().rooms.selected.size(), 35);

        // City plus text: only the shown rooms of that city are unchecked.
        group->setCurrentIndex(groupIndex(QStringLiteral("City: München")));
        QVERIFY(shown->rowCount() > 20);
        typeInto(child<QLineEdit>(m_page, "roomSearch"), QStringLiteral("B3 Room"));
        QCOMPARE(shown->rowCount(), 20);
        QTest::mouseClick(child<QPushButton>(m_page, "uncheckShownButton"), Qt::LeftButton);
        QCOMPARE(m_model->profile().rooms.selected.size(), 17);
        QVERIFY(m_model->profile().rooms.selected.contains(QStringLiteral("room-0061@contoso.lab")));
        QVERIFY(!m_model->profile().rooms.selected.contains(QStringLiteral("room-0041@contoso.lab")));
    }

    // A profile's room that Exchange does not list as an on-prem room stays visible and selected,
    // with the reason, until the admin unchecks it; it can never be checked again.
    void selectedRoomThatIsNotARoomCanBeTakenOut()
    {
        m_model->update([](SetupProfile& p) {
            p.rooms.selected = {QStringLiteral("room-0020@contoso.lab"), QStringLiteral("ghost@contoso.lab"),
                                QStringLiteral("room-0001@contoso.lab")};
        });
        openRoomsPage();
        QTRY_VERIFY(!m_page->isDiscovering());
        RoomDirectoryModel* rooms = m_page->roomModel();
        QCOMPARE(rooms->rowCount(), 1001); // ghost@ is kept, unknown to Exchange
        RoomFilter* shown = m_page->filterModel();
        typeInto(child<QLineEdit>(m_page, "roomSearch"), QStringLiteral("ghost"));
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(shown->index(0, RoomDirectoryModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("does not know")));
        QVERIFY(shown->flags(shown->index(0, 0)) & Qt::ItemIsEnabled); // still selected: can be unchecked
        QVERIFY(shown->setData(shown->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!(shown->flags(shown->index(0, 0)) & Qt::ItemIsEnabled));
        QVERIFY(!shown->setData(shown->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_model->profile().rooms.selected, QStringList({QStringLiteral("room-0001@contoso.lab"),
                                                                 QStringLiteral("room-0020@contoso.lab")}));
    }

    void discoveryCanBeCancelledAndFailureIsSaid()
    {
        m_session->delayMs = 5000;
        openRoomsPage();
        QVERIFY(m_page->isDiscovering());
        QTest::mouseClick(child<QPushButton>(m_page, "cancelDiscoveryButton"), Qt::LeftButton);
        QVERIFY(!m_page->isDiscovering());
        QVERIFY(m_session->cancelled);
        QVERIFY(child<QLabel>(m_page, "discoveryStatus")->text().contains(QLatin1String("cancelled")));
        QVERIFY(child<QPushButton>(m_page, "discoverRoomsButton")->isEnabled());

        m_session->delayMs = 10;
        m_session->rooms = {false, QStringLiteral("The WinRM client cannot process the request."), {}};
        QTest::mouseClick(child<QPushButton>(m_page, "discoverRoomsButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_page->isDiscovering());
        QVERIFY(child<QLabel>(m_page, "discoveryStatus")->text().contains(QLatin1String("WinRM")));
        QCOMPARE(m_page->roomModel()->rowCount(), 0); // the cancelled answer never arrived late
    }
};

QTEST_MAIN(TestRoomsPage)
#include "tst_rooms_page.moc"
