#include "wizard/RoomListModel.h"

#include <algorithm>

namespace otj::ui {

RoomListModel::RoomListModel(ProfileModel* profile, QObject* parent)
    : QAbstractListModel(parent)
    , m_profile(profile)
{
    connect(m_profile, &ProfileModel::changed, this, [this] {
        if (!m_writing)
            syncFromProfile();
    });
    syncFromProfile();
}

int RoomListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rooms.size());
}

QVariant RoomListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rooms.size())
        return {};
    const QString& room = m_rooms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return room;
    case Qt::CheckStateRole:
        return m_selected.contains(room.toLower()) ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        return m_selected.contains(room.toLower()) ? tr("%1, selected").arg(room)
                                                   : tr("%1, not selected").arg(room);
    default:
        return {};
    }
}

bool RoomListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid())
        return false;
    setChecked({index}, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags RoomListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

void RoomListModel::setChecked(const QList<QModelIndex>& indexes, bool checked)
{
    bool any = false;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const QString key = m_rooms.at(index.row()).toLower();
        if (checked == m_selected.contains(key))
            continue;
        if (checked)
            m_selected.insert(key);
        else
            m_selected.remove(key);
        any = true;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleTextRole});
    }
    if (any)
        writeSelection();
}

int RoomListModel::addRooms(const QStringList& addresses)
{
    QStringList fresh;
    for (const QString& a : addresses) {
        const QString key = a.trimmed().toLower();
        if (key.isEmpty() || m_known.contains(key))
            continue;
        m_known.insert(key);
        fresh << a.trimmed();
        m_selected.insert(key);
    }
    if (fresh.isEmpty())
        return 0;
    beginResetModel();
    m_rooms += fresh;
    std::sort(m_rooms.begin(), m_rooms.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    endResetModel();
    writeSelection();
    return static_cast<int>(fresh.size());
}

void RoomListModel::syncFromProfile()
{
    const QStringList selected = m_profile->profile().rooms.selected;
    QSet<QString> sel;
    QStringList fresh;
    for (const QString& a : selected) {
        const QString key = a.toLower();
        sel.insert(key);
        if (!m_known.contains(key)) {
            m_known.insert(key);
            fresh << a;
        }
    }
    if (sel == m_selected && fresh.isEmpty())
        return;
    beginResetModel();
    m_rooms += fresh;
    std::sort(m_rooms.begin(), m_rooms.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_selected = sel;
    endResetModel();
    Q_EMIT selectionChanged();
}

void RoomListModel::writeSelection()
{
    QStringList selected;
    selected.reserve(m_selected.size());
    for (const QString& room : std::as_const(m_rooms)) {
        if (m_selected.contains(room.toLower()))
            selected << room;
    }
    m_writing = true;
    m_profile->update([&](SetupProfile& p) { p.rooms.selected = selected; });
    m_writing = false;
    Q_EMIT selectionChanged();
}

} // namespace otj::ui
