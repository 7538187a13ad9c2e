// The planned changes of one step as a table: a row per target (the object, or the room for
// calendar processing) with what happens to it, and under it a row per property (before, after).
// Notes (auto-accept blockers, an unscoped assignment...) are rows with their status and reason.
#pragma once

#include "core/plan/DesiredChange.h"

#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace otj::ui {

class PlanDiffView : public QWidget
{
    Q_OBJECT
public:
    enum Column { ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit PlanDiffView(QWidget* parent = nullptr);

    void setPlan(const plan::StepPlan& plan);
    QTreeView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }

    // "(none)" for a missing value, else the value as PowerShell shows it.
    static QString valueText(const shell::ShellValue& value);
    // Step 5 (a REST change): the value as the request's JSON has it ("BASIC", false, 1000000).
    static QString restValueText(const shell::ShellValue& value);

private:
    QStandardItemModel* m_model;
    QTreeView* m_view;
};

} // namespace otj::ui
