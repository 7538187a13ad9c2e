// Rooms: the room mailboxes One-Touch Join serves. Search and select among thousands; the
// selection is the profile's rooms.selected. Discovery needs the Exchange PowerShell connection.
#pragma once

#include "wizard/WizardPage.h"

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace otj::ui {

class RoomListModel;

class RoomsPage : public WizardPage
{
    Q_OBJECT
public:
    RoomsPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

    QStringList problems() const override;

    // Validates and adds addresses (separated by spaces, commas, semicolons or new lines).
    // Returns the number added; the page says which were refused and why.
    int addAddresses(const QString& text);
    int importCsv(const QString& path);

    RoomListModel* roomModel() const { return m_rooms; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }

private:
    int addList(const QStringList& candidates);
    void setShownChecked(bool checked);
    void updateCount();

    RoomListModel* m_rooms;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_address;
    QLineEdit* m_search;
    QListView* m_view;
    QLabel* m_addResult;
    QLabel* m_count;
};

} // namespace otj::ui
