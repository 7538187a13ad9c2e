// A QAbstractItemModel over otj::ValidationResults (columns: check, status, time, cause), plus a
// proxy that keeps only problems (and their parents). Live: follows the results as they change.
#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace otj {
class ValidationResults;
}

namespace otj::ui {

class ValidationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { CheckColumn, StatusColumn, TimeColumn, CauseColumn, ColumnCount };
    enum Roles {
        CheckIdRole = Qt::UserRole + 1, // stable check id
        StatusRole,                     // int(otj::CheckStatus)
        FixRole,
        FixStepRole,
        EvidenceRole, // QJsonObject as compact JSON text
    };

    explicit ValidationTreeModel(ValidationResults* results, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForCheck(const QString& id, int column = 0) const;
    int nodeOf(const QModelIndex& index) const; // -1 for the root

private:
    QPointer<ValidationResults> m_results;
};

// "Problems only": rows whose status is Failed, Warning, Pending or Cancelled, and their parents.
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProblemsFilterModel(QObject* parent = nullptr);
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace otj::ui
