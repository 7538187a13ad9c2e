#include "wizard/pages/RoomsPage.h"

#include "core/util/InputValidation.h"
#include "wizard/Dialogs.h"
#include "wizard/ExchangeSession.h"
#include "wizard/RoomDirectoryModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTextStream>
#include <QTreeView>
#include <QVBoxLayout>

namespace otj::ui {

namespace {
QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}
} // namespace

RoomsPage::RoomsPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
    , m_rooms(new RoomDirectoryModel(model, this))
    , m_filter(new RoomFilter(m_rooms, this))
    , m_unavailable(notAvailableLabel(
          tr("Room discovery needs the Exchange PowerShell connection, not available in this build. Add "
             "rooms by address, paste a list or import a CSV file (for example from Get-Mailbox "
             "-RecipientTypeDetails RoomMailbox | Export-Csv).")))
    , m_discover(new QPushButton(tr("Dis&cover rooms")))
    , m_cancelDiscovery(new QPushButton(tr("Cance&l")))
    , m_discoveryStatus(new QLabel)
    , m_address(new QLineEdit)
    , m_search(new QLineEdit)
    , m_group(new QComboBox)
    , m_view(new QTreeView)
    , m_addResult(new QLabel)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("roomsPage"));
    setShortTitle(tr("Rooms"));
    setTitle(tr("Rooms"));
    setSubTitle(
        tr("Choose the room mailboxes that One-Touch Join serves. Only the checked rooms are set up."));

    auto* layout = new QVBoxLayout(this);
    m_unavailable->setObjectName(QStringLiteral("roomDiscoveryUnavailable"));
    layout->addWidget(m_unavailable);

    auto* discoverRow = new QHBoxLayout;
    m_discover->setObjectName(QStringLiteral("discoverRoomsButton"));
    m_discover->setToolTip(tr("Read every room mailbox from Exchange (one Get-Mailbox call)"));
    m_cancelDiscovery->setObjectName(QStringLiteral("cancelDiscoveryButton"));
    m_cancelDiscovery->setVisible(false);
    m_discoveryStatus->setObjectName(QStringLiteral("discoveryStatus"));
    m_discoveryStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    discoverRow->addWidget(m_discover);
    discoverRow->addWidget(m_cancelDiscovery);
    discoverRow->addWidget(m_discoveryStatus, 1);
    layout->addLayout(discoverRow);

    auto* addRow = new QHBoxLayout;
    auto* addLabel = new QLabel(tr("Room &address:"));
    addLabel->setBuddy(m_address);
    m_address->setObjectName(QStringLiteral("roomAddress"));
    m_address->setPlaceholderText(QStringLiteral("room-101@example.com"));
    m_address->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("A&dd"));
    add->setObjectName(QStringLiteral("addRoomButton"));
    auto* paste = new QPushButton(tr("&Paste list"));
    paste->setObjectName(QStringLiteral("pasteRoomsButton"));
    paste->setToolTip(tr("Add every address on the clipboard"));
    auto* import = new QPushButton(tr("&Import CSV…"));
    import->setObjectName(QStringLiteral("importCsvButton"));
    addRow->addWidget(addLabel);
    addRow->addWidget(m_address, 1);
    addRow->addWidget(add);
    addRow->addWidget(paste);
    addRow->addWidget(import);
    layout->addLayout(addRow);

    m_addResult->setObjectName(QStringLiteral("roomAddResult"));
    m_addResult->setWordWrap(true);
    m_addResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addResult->setVisible(false);
    layout->addWidget(m_addResult);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Searc&h:"));
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("roomSearch"));
    m_search->setPlaceholderText(tr("Part of a name, address, Office, City or room list"));
    m_search->setClearButtonEnabled(true);
    auto* groupLabel = new QLabel(tr("Sho&w:"));
    groupLabel->setBuddy(m_group);
    m_group->setObjectName(QStringLiteral("roomGroup"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 2);
    searchRow->addWidget(groupLabel);
    searchRow->addWidget(m_group, 1);
    layout->addLayout(searchRow);

    m_view->setObjectName(QStringLiteral("roomList"));
    m_view->setAccessibleName(tr("Rooms"));
    m_view->setAccessibleDescription(
        tr("Check a room to set it up. Space toggles the current room. Greyed-out rooms cannot be served "
           "on-premises; the Status column says why."));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // thousands of rows
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    // Until rooms are listed; then fitColumns() sizes each column to its values.
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(RoomDirectoryModel::NameColumn, ch * 32);
    header->resizeSection(RoomDirectoryModel::AddressColumn, ch * 30);
    header->resizeSection(RoomDirectoryModel::OfficeColumn, ch * 13);
    header->resizeSection(RoomDirectoryModel::CityColumn, ch * 11);
    header->resizeSection(RoomDirectoryModel::RoomListsColumn, ch * 32);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RoomsPage::fitColumns);
    auto* listLabel = new QLabel(tr("R&ooms:"));
    listLabel->setBuddy(m_view);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("roomCount"));
    bottom->addWidget(m_count, 1);
    auto* checkShown = new QPushButton(tr("Chec&k all shown"));
    checkShown->setObjectName(QStringLiteral("checkShownButton"));
    checkShown->setToolTip(tr("Select every room shown that One-Touch Join on-premises can serve"));
    auto* uncheckShown = new QPushButton(tr("&Uncheck all shown"));
    uncheckShown->setObjectName(QStringLiteral("uncheckShownButton"));
    bottom->addWidget(checkShown);
    bottom->addWidget(uncheckShown);
    layout->addLayout(bottom);

    connect(m_discover, &QPushButton::clicked, this, &RoomsPage::discover);
    connect(m_cancelDiscovery, &QPushButton::clicked, this, [this] {
        ++m_discoveryRun; // the answer, if it still comes, is ignored
        if (ExchangeSession* s = exchangeSession())
            s->cancel();
        m_discovering = false;
        m_discoveryStatus->setText(tr("Discovery cancelled."));
        m_discover->setEnabled(true);
        m_cancelDiscovery->setVisible(false);
        Q_EMIT completeChanged();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (addAddresses(m_address->text()) > 0)
            m_address->clear();
    });
    connect(m_address, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(paste, &QPushButton::clicked, this, [this] { addAddresses(QApplication::clipboard()->text()); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            dialogs::getOpenFileName(this, tr("Import rooms from CSV"), QDir::homePath(),
                                     tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, &RoomsPage::applyGroup);
    connect(checkShown, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(uncheckShown, &QPushButton::clicked, this, [this] { setShownChecked(false); });
    connect(m_rooms, &RoomDirectoryModel::selectionChanged, this, [this] {
        updateCount();
        Q_EMIT stepStateChanged();
    });
    connect(m_rooms, &QAbstractItemModel::modelReset, this, [this] {
        updateGroups();
        updateCount();
    });
    updateGroups();
    updateCount();
    exchangeSessionChanged();
}

void RoomsPage::fitColumns()
{
    if (m_filter->rowCount() == 0)
        return;
    // Each column as wide as its header and its widest value (the header samples the first
    // thousand rows), so no Office or City is cut off whatever the language or scale; a single
    // very long value is bounded. Status, the last column, takes the rest.
    QHeaderView* header = m_view->header();
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (const int column :
         {RoomDirectoryModel::NameColumn, RoomDirectoryModel::AddressColumn, RoomDirectoryModel::OfficeColumn,
          RoomDirectoryModel::CityColumn, RoomDirectoryModel::RoomListsColumn}) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, qMin(header->sectionSize(column), widest));
    }
}

void RoomsPage::exchangeSessionChanged()
{
    ExchangeSession* session = exchangeSession();
    const QString reason = session ? session->unavailableReason() : QString();
    m_unavailable->setVisible(!session);
    m_discover->setEnabled(session && reason.isEmpty() && !m_discovering);
    m_discover->setVisible(session != nullptr);
    if (session && !reason.isEmpty())
        m_discoveryStatus->setText(reason);
}

void RoomsPage::initializePage()
{
    WizardPage::initializePage();
    // Kleopatra's pattern: the page starts its job on entry; Next waits for it.
    ExchangeSession* session = exchangeSession();
    if (session && session->unavailableReason().isEmpty() && !m_rooms->discovered() && !m_discovering)
        discover();
}

bool RoomsPage::isComplete() const
{
    return !m_discovering && WizardPage::isComplete();
}

void RoomsPage::discover()
{
    ExchangeSession* session = exchangeSession();
    if (!session || m_discovering)
        return;
    m_discovering = true;
    const int run = ++m_discoveryRun;
    m_discover->setEnabled(false);
    m_cancelDiscovery->setVisible(true);
    m_discoveryStatus->setText(tr("Reading the room mailboxes from Exchange…"));
    Q_EMIT completeChanged();
    session->discoverRooms(model()->profile(), this, [this, run](const RoomDiscovery& result) {
        if (run != m_discoveryRun)
            return;
        m_discovering = false;
        m_discover->setEnabled(true);
        m_cancelDiscovery->setVisible(false);
        if (!result.ok) {
            m_discoveryStatus->setText(tr("Discovery failed: %1").arg(result.error));
        } else {
            m_rooms->setDirectory(result.rooms);
            int onPrem = 0;
            for (const rooms::RoomEntry& e : result.rooms)
                onPrem += e.kind == rooms::RoomKind::OnPremRoom;
            m_discoveryStatus->setText(tr("Exchange has %1 room mailboxes: %2 on-premises, %3 elsewhere.")
                                           .arg(result.rooms.size())
                                           .arg(onPrem)
                                           .arg(result.rooms.size() - onPrem));
        }
        Q_EMIT completeChanged();
    });
}

void RoomsPage::updateGroups()
{
    const QVariant current = m_group->currentData();
    QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItem(tr("All rooms"), QVariantList{int(RoomFilter::Group::All), QString()});
    const auto addGroup = [this](RoomFilter::Group group, const QString& format, const QStringList& values) {
        for (const QString& v : values)
            m_group->addItem(format.arg(v), QVariantList{int(group), v});
    };
    addGroup(RoomFilter::Group::RoomList, tr("Room list: %1"), m_rooms->roomLists());
    addGroup(RoomFilter::Group::Office, tr("Office: %1"), m_rooms->offices());
    addGroup(RoomFilter::Group::City, tr("City: %1"), m_rooms->cities());
    const int keep = m_group->findData(current);
    m_group->setCurrentIndex(keep >= 0 ? keep : 0);
    block.unblock();
    applyGroup();
}

void RoomsPage::applyGroup()
{
    const QVariantList g = m_group->currentData().toList();
    if (g.size() == 2)
        m_filter->setGroup(static_cast<RoomFilter::Group>(g.at(0).toInt()), g.at(1).toString());
    updateCount();
}

QStringList RoomsPage::problems() const
{
    QStringList out = WizardPage::problems();
    if (m_rooms->selectedCount() == 0)
        out << tr("No room is selected.");
    return out;
}

int RoomsPage::addAddresses(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return addList(text.split(separators, Qt::SkipEmptyParts));
}

int RoomsPage::addList(const QStringList& candidates)
{
    QStringList good;
    QStringList refused;
    for (const QString& raw : candidates) {
        QString a = unquote(raw);
        if (a.startsWith(QLatin1String("<")) && a.endsWith(QLatin1String(">")))
            a = a.mid(1, a.size() - 2);
        const QString reason = input::checkSmtpAddress(a);
        if (reason.isEmpty())
            good << a;
        else
            refused << tr("%1: %2").arg(a, reason);
    }
    const int added = m_rooms->addRooms(good);
    const int duplicates = static_cast<int>(good.size()) - added;
    QStringList lines;
    lines << tr("Rooms added: %1.").arg(added);
    if (duplicates > 0)
        lines << tr("Already in the list: %1.").arg(duplicates);
    if (!refused.isEmpty()) {
        lines << tr("Not added: %1.").arg(refused.size());
        const int shown = qMin<int>(static_cast<int>(refused.size()), 10);
        lines += refused.mid(0, shown);
        if (refused.size() > shown)
            lines << tr("…and %1 more.").arg(refused.size() - shown);
    }
    m_addResult->setText(lines.join(QLatin1Char('\n')));
    m_addResult->setVisible(true);
    return added;
}

int RoomsPage::importCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_addResult->setText(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_addResult->setVisible(true);
        return 0;
    }
    QTextStream in(&file);
    static const QRegularExpression fieldSep(QStringLiteral("[,;\\t]"));
    int column = -1;
    bool first = true;
    QStringList candidates;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(fieldSep);
        if (first) {
            first = false;
            // A header row names the address column (Export-Csv writes PrimarySmtpAddress).
            for (int i = 0; i < fields.size(); ++i) {
                const QString h = unquote(fields.at(i)).toLower();
                if (h == QLatin1String("primarysmtpaddress") || h == QLatin1String("emailaddress") ||
                    h == QLatin1String("address") || h == QLatin1String("email") ||
                    h == QLatin1String("mail")) {
                    column = i;
                    break;
                }
            }
            if (column >= 0 || !line.contains(QLatin1Char('@')))
                continue; // it was a header
        }
        if (column >= 0) {
            if (column < fields.size())
                candidates << unquote(fields.at(column));
            continue;
        }
        for (const QString& f : fields) {
            if (f.contains(QLatin1Char('@'))) {
                candidates << unquote(f);
                break;
            }
        }
    }
    return addList(candidates);
}

void RoomsPage::setShownChecked(bool checked)
{
    m_rooms->setChecked(m_filter->shownRows(), checked);
}

void RoomsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 rooms selected, %3 shown")
                         .arg(m_rooms->selectedCount())
                         .arg(m_rooms->rowCount())
                         .arg(m_filter->rowCount()));
}

} // namespace otj::ui
