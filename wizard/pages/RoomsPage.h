// Rooms: the room mailboxes One-Touch Join serves. Discovery through the Exchange session (when
// there is one) lists every room mailbox; search, narrow by room list, Office or City, and select
// among thousands. The selection is the profile's rooms.selected. Rooms OTJ on-prem cannot serve
// (cloud rooms, equipment, users...) are shown greyed out with the reason.
#pragma once

#include "wizard/WizardPage.h"

class QLabel;
class QLineEdit;
class QComboBox;
class QPushButton;
class QTreeView;

namespace otj::ui {

class RoomDirectoryModel;
class RoomFilter;

class RoomsPage : public WizardPage
{
    Q_OBJECT
public:
    RoomsPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QStringList problems() const override;

    // Asks Exchange for every room mailbox (through the session); the page shows progress and
    // stays incomplete until the answer is in.
    void discover();
    bool isDiscovering() const { return m_discovering; }

    // Validates and adds addresses (separated by spaces, commas, semicolons or new lines).
    // Returns the number added; the page says which were refused and why.
    int addAddresses(const QString& text);
    int importCsv(const QString& path);

    RoomDirectoryModel* roomModel() const { return m_rooms; }
    RoomFilter* filterModel() const { return m_filter; }
    QTreeView* view() const { return m_view; }

protected:
    void exchangeSessionChanged() override;

private:
    int addList(const QStringList& candidates);
    void setShownChecked(bool checked);
    void updateCount();
    void fitColumns();
    void updateGroups();
    void applyGroup();

    RoomDirectoryModel* m_rooms;
    RoomFilter* m_filter;
    QLabel* m_unavailable;
    QPushButton* m_discover;
    QPushButton* m_cancelDiscovery;
    QLabel* m_discoveryStatus;
    QLineEdit* m_address;
    QLineEdit* m_search;
    QComboBox* m_group;
    QTreeView* m_view;
    QLabel* m_addResult;
    QLabel* m_count;
    bool m_discovering = false;
    int m_discoveryRun = 0; // answers of an earlier (cancelled) run are ignored
};

} // namespace otj::ui
