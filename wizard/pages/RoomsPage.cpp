#include "wizard/pages/RoomsPage.h"

#include "core/util/InputValidation.h"
#include "wizard/Dialogs.h"
#include "wizard/RoomListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTextStream>
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
    , m_rooms(new RoomListModel(model, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_address(new QLineEdit)
    , m_search(new QLineEdit)
    , m_view(new QListView)
    , m_addResult(new QLabel)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("roomsPage"));
    setShortTitle(tr("Rooms"));
    setTitle(tr("Rooms"));
    setSubTitle(
        tr("Choose the room mailboxes that One-Touch Join serves. Only the checked rooms are set up."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notAvailableLabel(tr(
        "Room discovery needs the Exchange PowerShell connection, not available in this build. Add rooms by "
        "address, paste a list or import a CSV file (for example from Get-Mailbox -RecipientTypeDetails "
        "RoomMailbox | Export-Csv).")));

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
    m_search->setPlaceholderText(tr("Part of an address"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_filter->setSourceModel(m_rooms);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("roomList"));
    m_view->setAccessibleName(tr("Rooms"));
    m_view->setAccessibleDescription(tr("Check a room to set it up. Space toggles the current room."));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // thousands of rows
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* listLabel = new QLabel(tr("R&ooms:"));
    listLabel->setBuddy(m_view);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("roomCount"));
    bottom->addWidget(m_count, 1);
    auto* checkShown = new QPushButton(tr("Chec&k all shown"));
    checkShown->setObjectName(QStringLiteral("checkShownButton"));
    auto* uncheckShown = new QPushButton(tr("&Uncheck all shown"));
    uncheckShown->setObjectName(QStringLiteral("uncheckShownButton"));
    bottom->addWidget(checkShown);
    bottom->addWidget(uncheckShown);
    layout->addLayout(bottom);

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
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(checkShown, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(uncheckShown, &QPushButton::clicked, this, [this] { setShownChecked(false); });
    connect(m_rooms, &RoomListModel::selectionChanged, this, [this] {
        updateCount();
        Q_EMIT stepStateChanged();
    });
    connect(m_rooms, &QAbstractItemModel::modelReset, this, &RoomsPage::updateCount);
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
    QList<QModelIndex> indexes;
    indexes.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        indexes << m_filter->mapToSource(m_filter->index(row, 0));
    m_rooms->setChecked(indexes, checked);
}

void RoomsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 rooms selected, %3 shown")
                         .arg(m_rooms->selectedCount())
                         .arg(m_rooms->rowCount())
                         .arg(m_filter->rowCount()));
}

} // namespace otj::ui
