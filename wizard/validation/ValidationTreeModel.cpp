#include "wizard/validation/ValidationTreeModel.h"

#include "core/validation/ValidationResults.h"
#include "wizard/Icons.h"

#include <QJsonDocument>

namespace otj::ui {

namespace {
// internalId: node index + 1 (0 = root).
quintptr idFor(int node)
{
    return quintptr(node + 1);
}

} // namespace

ValidationTreeModel::ValidationTreeModel(ValidationResults* results, QObject* parent)
    : QAbstractItemModel(parent)
    , m_results(results)
{
    connect(results, &ValidationResults::aboutToReset, this, [this] { beginResetModel(); });
    connect(results, &ValidationResults::resetDone, this, [this] { endResetModel(); });
    connect(results, &ValidationResults::checksAboutToBeAdded, this, [this](int parent, int first, int last) {
        const QModelIndex p =
            parent < 0 ? QModelIndex() : createIndex(m_results->rowOf(parent), 0, idFor(parent));
        beginInsertRows(p, first, last);
    });
    connect(results, &ValidationResults::checksAdded, this, [this] { endInsertRows(); });
    connect(results, &ValidationResults::checkChanged, this, [this](int node) {
        const int row = m_results->rowOf(node);
        Q_EMIT dataChanged(createIndex(row, 0, idFor(node)), createIndex(row, ColumnCount - 1, idFor(node)));
    });
}

int ValidationTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex ValidationTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_results || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int p = nodeOf(parent);
    const QList<int>& siblings = p < 0 ? m_results->topLevel() : m_results->node(p).children;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, idFor(siblings.at(row)));
}

QModelIndex ValidationTreeModel::parent(const QModelIndex& child) const
{
    const int n = nodeOf(child);
    if (n < 0 || !m_results)
        return {};
    const int p = m_results->node(n).parent;
    if (p < 0)
        return {};
    return createIndex(m_results->rowOf(p), 0, idFor(p));
}

int ValidationTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_results || parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_results->topLevel().size() : m_results->node(p).children.size());
}

int ValidationTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ValidationTreeModel::data(const QModelIndex& index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0 || !m_results)
        return {};
    const CheckNode& c = m_results->node(n);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CheckColumn:
            return c.title;
        case StatusColumn:
            return statusTitle(c.status); // a word, never colour alone
        case TimeColumn:
            return c.latencyMs >= 0 ? tr("%1 ms").arg(c.latencyMs) : QString();
        case CauseColumn:
            return c.cause();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return svgIcon(statusIconName(c.status));
        break;
    case Qt::ToolTipRole:
        if (index.column() == CheckColumn)
            return c.id;
        if (index.column() == CauseColumn)
            return c.cause();
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == CheckColumn)
            return tr("%1: %2").arg(c.title, statusTitle(c.status));
        break;
    case CheckIdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case FixRole:
        return c.fix();
    case FixStepRole:
        return int(c.fixStepId());
    case EvidenceRole:
        return c.evidence.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(c.evidence).toJson(QJsonDocument::Indented));
    default:
        break;
    }
    return {};
}

QVariant ValidationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    case CauseColumn:
        return tr("Cause");
    }
    return {};
}

QModelIndex ValidationTreeModel::indexForCheck(const QString& id, int column) const
{
    if (!m_results)
        return {};
    const int n = m_results->indexOf(id);
    return n < 0 ? QModelIndex() : createIndex(m_results->rowOf(n), column, idFor(n));
}

ProblemsFilterModel::ProblemsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // parents of matching rows stay
    setDynamicSortFilter(true);
}

void ProblemsFilterModel::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto s = CheckStatus(i.data(ValidationTreeModel::StatusRole).toInt());
    return s == CheckStatus::Failed || s == CheckStatus::Warning || s == CheckStatus::Pending ||
           s == CheckStatus::Cancelled;
}

} // namespace otj::ui
