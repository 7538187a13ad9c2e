// The rooms the admin chooses from: what discovery found in Exchange (rooms::RoomEntry, on-prem and
// cloud) plus addresses added by hand. Each row is checkable when One-Touch Join on-prem can serve
// it; the others are shown with the reason. The checked ones are the profile's rooms.selected.
// RoomFilter narrows the view by text and by room list, Office or City, fast over thousands.
#pragma once

#include "core/profile/ProfileModel.h"
#include "core/steps/prerequisites/RoomDirectory.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace otj::ui {

class RoomDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AddressColumn,
        OfficeColumn,
        CityColumn,
        RoomListsColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SelectableRole = Qt::UserRole + 1; // bool

    explicit RoomDirectoryModel(ProfileModel* profile, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Discovery's answer replaces what was known; addresses added by hand that Exchange did not
    // return stay, classified as unknown to Exchange. The selection keeps only what is selectable
    // (or was already selected, so the admin sees it and can uncheck it).
    void setDirectory(const QList<rooms::RoomEntry>& rooms);
    bool discovered() const { return m_discovered; }
    // Adds addresses (already validated) as not checked against Exchange; new ones are selected.
    // Returns how many were new.
    int addRooms(const QStringList& addresses);
    // Checks or unchecks rows (source rows); rows that cannot be selected are never checked.
    void setChecked(const QList<int>& rows, bool checked);

    const rooms::RoomEntry& entry(int row) const { return m_rows.at(row).entry; }
    bool isSelectable(int row) const;
    // Why a row cannot be selected (translated); empty when it can.
    QString reason(int row) const;
    const QString& searchText(int row) const { return m_rows.at(row).haystack; }
    int selectedCount() const { return static_cast<int>(m_selected.size()); }
    bool isSelected(const QString& address) const { return m_selected.contains(address.toLower()); }
    // Room lists, offices and cities in the directory (sorted), for the group filter.
    QStringList roomLists() const;
    QStringList offices() const;
    QStringList cities() const;

    // Re-reads the selection from the profile (its rooms are added to the list when missing).
    void syncFromProfile();

    static QString kindText(rooms::RoomKind kind);

Q_SIGNALS:
    void selectionChanged();

private:
    struct Row
    {
        rooms::RoomEntry entry;
        bool checkedAgainstExchange = false;
        QString haystack; // lower case: address, name, office, city, room lists (for the filter)
    };
    static Row makeRow(const rooms::RoomEntry& entry, bool checked);
    void sortRows();
    void writeSelection();

    ProfileModel* m_profile;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf; // lower-case address -> row
    QSet<QString> m_selected;    // lower case
    bool m_discovered = false;
    bool m_writing = false;
};

// Text and group filter over a RoomDirectoryModel. The text matches any part of the address,
// name, Office, City or room list (case-insensitive); the group limits to one room list, Office
// or City.
class RoomFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Group { All, RoomList, Office, City };

    explicit RoomFilter(RoomDirectoryModel* source, QObject* parent = nullptr);
    void setText(const QString& text);
    void setGroup(Group group, const QString& value = {});
    // The source rows shown, in view order.
    QList<int> shownRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RoomDirectoryModel* m_rooms;
    QString m_text; // lower case
    Group m_group = Group::All;
    QString m_groupValue;
};

} // namespace otj::ui
