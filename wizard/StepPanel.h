// The side panel: every step with its state as text and icon (never colour alone), plus the
// profile's file and saved state.
#pragma once

#include "wizard/WizardPage.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace otj::ui {

class StepPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int StateRole = Qt::UserRole + 1;  // int(StepState)
    static constexpr int PageIdRole = Qt::UserRole + 2; // the wizard page id

    explicit StepPanel(QWidget* parent = nullptr);

    void addStep(int pageId, WizardPage* page);
    void refresh(int currentId);
    void setProfileStatus(const QString& text);

    QListWidget* list() const { return m_list; }
    StepState state(int pageId) const;

private:
    QListWidget* m_list;
    QLabel* m_profileStatus;
    QList<std::pair<int, WizardPage*>> m_steps;
};

} // namespace otj::ui
