#include "wizard/RoomDirectoryModel.h"

#include <QCollator>

#include <algorithm>

namespace otj::ui {

using rooms::RoomEntry;
using rooms::RoomKind;

RoomDirectoryModel::RoomDirectoryModel(ProfileModel* profile, QObject* parent)
    : QAbstractTableModel(parent)
    , m_profile(profile)
{
    connect(m_profile, &ProfileModel::changed, this, [this] {
        if (!m_writing)
            syncFromProfile();
    });
    syncFromProfile();
}

QString RoomDirectoryModel::kindText(RoomKind kind)
{
    switch (kind) {
    case RoomKind::OnPremRoom:
        return tr("Room mailbox");
    case RoomKind::CloudRoom:
        return tr("Room mailbox in Exchange Online: use Pexip's Graph integration for it");
    case RoomKind::Equipment:
        return tr("Equipment mailbox, not a room");
    case RoomKind::User:
        return tr("User or shared mailbox, not a room");
    case RoomKind::Group:
        return tr("Distribution group or room list, not a room");
    case RoomKind::Contact:
        return tr("Mail contact or mail user, not a room here");
    case RoomKind::Unknown:
        return tr("Exchange does not know this address");
    }
    return {};
}

RoomDirectoryModel::Row RoomDirectoryModel::makeRow(const RoomEntry& entry, bool checked)
{
    Row row{entry, checked, {}};
    row.entry.address = entry.address.toLower();
    QStringList parts{row.entry.address, entry.displayName, entry.office, entry.city};
    parts += entry.roomLists;
    row.haystack = parts.join(QChar(0x1f)).toLower(); // a separator no search text contains
    return row;
}

int RoomDirectoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RoomDirectoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RoomDirectoryModel::isSelectable(int row) const
{
    const Row& r = m_rows.at(row);
    return !r.checkedAgainstExchange || r.entry.kind == RoomKind::OnPremRoom;
}

QString RoomDirectoryModel::reason(int row) const
{
    return isSelectable(row) ? QString() : kindText(m_rows.at(row).entry.kind);
}

QVariant RoomDirectoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const RoomEntry& e = r.entry;
    const bool selected = m_selected.contains(e.address);
    if (role == SelectableRole)
        return isSelectable(index.row());
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return selected ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        const QString why = reason(index.row());
        return why.isEmpty() ? e.address : tr("%1: cannot be selected. %2").arg(e.address, why);
    }
    if (role == Qt::AccessibleTextRole && index.column() == NameColumn) {
        const QString name = e.displayName.isEmpty() ? e.address : e.displayName;
        if (!isSelectable(index.row()))
            return tr("%1, cannot be selected: %2").arg(name, reason(index.row()));
        return selected ? tr("%1, selected").arg(name) : tr("%1, not selected").arg(name);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e.displayName.isEmpty() ? e.address : e.displayName;
    case AddressColumn:
        return e.address;
    case OfficeColumn:
        return e.office;
    case CityColumn:
        return e.city;
    case RoomListsColumn:
        return e.roomLists.join(QStringLiteral(", "));
    case StatusColumn:
        return r.checkedAgainstExchange ? kindText(e.kind)
                                        : tr("Added by hand, not checked against Exchange yet");
    }
    return {};
}

QVariant RoomDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Room");
    case AddressColumn:
        return tr("Address");
    case OfficeColumn:
        return tr("Office");
    case CityColumn:
        return tr("City");
    case RoomListsColumn:
        return tr("Room lists");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

bool RoomDirectoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != NameColumn)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked && !isSelectable(index.row()))
        return false;
    setChecked({index.row()}, checked);
    return true;
}

Qt::ItemFlags RoomDirectoryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // A room that cannot be served is shown greyed out; one that is still selected stays
    // checkable so the admin can take it out.
    const int row = index.row();
    if (!isSelectable(row) && !m_selected.contains(m_rows.at(row).entry.address))
        f &= ~Qt::ItemIsEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

void RoomDirectoryModel::setChecked(const QList<int>& rows, bool checked)
{
    int first = INT_MAX;
    int last = -1;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size() || (checked && !isSelectable(row)))
            continue;
        const QString& key = m_rows.at(row).entry.address;
        if (checked == m_selected.contains(key))
            continue;
        if (checked)
            m_selected.insert(key);
        else
            m_selected.remove(key);
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last < 0)
        return;
    // One signal for the whole range: thousands of single-row signals make a bulk check slow.
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1),
                       {Qt::CheckStateRole, Qt::AccessibleTextRole});
    writeSelection();
}

void RoomDirectoryModel::sortRows()
{
    // As people read names: "Room 2" before "Room 10", case and accents as the locale says.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_rows.begin(), m_rows.end(), [&collator](const Row& a, const Row& b) {
        const QString& na = a.entry.displayName.isEmpty() ? a.entry.address : a.entry.displayName;
        const QString& nb = b.entry.displayName.isEmpty() ? b.entry.address : b.entry.displayName;
        const int c = collator.compare(na, nb);
        return c != 0 ? c < 0 : a.entry.address < b.entry.address;
    });
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).entry.address, i);
}

void RoomDirectoryModel::setDirectory(const QList<RoomEntry>& found)
{
    beginResetModel();
    QList<Row> rows;
    rows.reserve(found.size() + m_rows.size());
    QSet<QString> seen;
    for (const RoomEntry& e : found) {
        Row r = makeRow(e, true);
        if (!seen.contains(r.entry.address)) {
            seen.insert(r.entry.address);
            rows.append(std::move(r));
        }
    }
    for (const Row& old : std::as_const(m_rows)) {
        if (seen.contains(old.entry.address))
            continue;
        RoomEntry unknown = old.entry;
        unknown.kind = RoomKind::Unknown;
        rows.append(makeRow(unknown, true));
    }
    m_rows = std::move(rows);
    m_discovered = true;
    sortRows();
    endResetModel();
    Q_EMIT selectionChanged();
}

int RoomDirectoryModel::addRooms(const QStringList& addresses)
{
    QList<Row> fresh;
    for (const QString& a : addresses) {
        const QString key = a.trimmed().toLower();
        if (key.isEmpty() || m_rowOf.contains(key))
            continue;
        RoomEntry e;
        e.address = key;
        fresh.append(makeRow(e, false));
        m_rowOf.insert(key, -1); // placeholder until sorted
        m_selected.insert(key);
    }
    if (fresh.isEmpty())
        return 0;
    beginResetModel();
    m_rows += fresh;
    sortRows();
    endResetModel();
    writeSelection();
    return static_cast<int>(fresh.size());
}

void RoomDirectoryModel::syncFromProfile()
{
    const QStringList selected = m_profile->profile().rooms.selected;
    QSet<QString> sel;
    QList<Row> fresh;
    for (const QString& a : selected) {
        const QString key = a.toLower();
        sel.insert(key);
        if (!m_rowOf.contains(key)) {
            RoomEntry e;
            e.address = key;
            m_rowOf.insert(key, -1);
            fresh.append(makeRow(e, false));
        }
    }
    if (sel == m_selected && fresh.isEmpty())
        return;
    beginResetModel();
    m_rows += fresh;
    if (!fresh.isEmpty())
        sortRows();
    m_selected = sel;
    endResetModel();
    Q_EMIT selectionChanged();
}

void RoomDirectoryModel::writeSelection()
{
    QStringList selected;
    selected.reserve(m_selected.size());
    for (const Row& r : std::as_const(m_rows)) {
        if (m_selected.contains(r.entry.address))
            selected << r.entry.address;
    }
    m_writing = true;
    m_profile->update([&](SetupProfile& p) { p.rooms.selected = selected; });
    m_writing = false;
    Q_EMIT selectionChanged();
}

namespace {
QStringList distinct(const QList<QString>& values)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& v : values) {
        if (!v.isEmpty() && !seen.contains(v)) {
            seen.insert(v);
            out << v;
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}
} // namespace

QStringList RoomDirectoryModel::roomLists() const
{
    QList<QString> all;
    for (const Row& r : m_rows)
        all += r.entry.roomLists;
    return distinct(all);
}

QStringList RoomDirectoryModel::offices() const
{
    QList<QString> all;
    for (const Row& r : m_rows)
        all << r.entry.office;
    return distinct(all);
}

QStringList RoomDirectoryModel::cities() const
{
    QList<QString> all;
    for (const Row& r : m_rows)
        all << r.entry.city;
    return distinct(all);
}

// --- RoomFilter ------------------------------------------------------------------------------

RoomFilter::RoomFilter(RoomDirectoryModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_rooms(source)
{
    setSourceModel(source);
    // The source is kept sorted by name; re-sorting on every keystroke would cost the most.
    setDynamicSortFilter(false);
}

void RoomFilter::setText(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    invalidateRowsFilter();
}

void RoomFilter::setGroup(Group group, const QString& value)
{
    if (group == m_group && value == m_groupValue)
        return;
    m_group = group;
    m_groupValue = value;
    invalidateRowsFilter();
}

QList<int> RoomFilter::shownRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int row = 0; row < n; ++row)
        rows << mapToSource(index(row, 0)).row();
    return rows;
}

bool RoomFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_text.isEmpty() && !m_rooms->searchText(sourceRow).contains(m_text))
        return false;
    const RoomEntry& e = m_rooms->entry(sourceRow);
    switch (m_group) {
    case Group::All:
        return true;
    case Group::RoomList:
        return e.roomLists.contains(m_groupValue);
    case Group::Office:
        return e.office == m_groupValue;
    case Group::City:
        return e.city == m_groupValue;
    }
    return true;
}

} // namespace otj::ui
