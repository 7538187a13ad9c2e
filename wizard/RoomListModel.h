// The room list: thousands of room addresses, each checkable; the checked ones are the profile's
// selection (rooms.selected). Sorted, de-duplicated case-insensitively.
#pragma once

#include "core/profile/ProfileModel.h"

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>

namespace otj::ui {

class RoomListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit RoomListModel(ProfileModel* profile, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Adds rooms (already validated); new rooms are selected. Returns how many were new.
    int addRooms(const QStringList& addresses);
    void setChecked(const QList<QModelIndex>& indexes, bool checked);
    QStringList rooms() const { return m_rooms; }
    int selectedCount() const { return m_selected.size(); }
    bool isSelected(const QString& address) const { return m_selected.contains(address.toLower()); }

    // Re-reads the selection from the profile (rooms in the profile are added to the list).
    void syncFromProfile();

Q_SIGNALS:
    void selectionChanged();

private:
    void writeSelection();

    ProfileModel* m_profile;
    QStringList m_rooms;      // as typed, sorted
    QSet<QString> m_known;    // lower-case
    QSet<QString> m_selected; // lower-case
    bool m_writing = false;
};

} // namespace otj::ui
