// Applying a step's planned changes: one button whose text says what it does, a row per change
// with its state (waiting, sending, applied, failed with the reason, not run, cancelled), a
// progress bar, and Stop, honoured between two changes.
#pragma once

#include "wizard/ExchangeSession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace otj::ui {

class ApplyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ApplyPanel(QWidget* parent = nullptr);

    // The changes about to be applied (their one-line summaries with the target) and the button's
    // text, e.g. "Apply now: create the service account (2 changes)".
    void setChanges(const QStringList& items, const QString& buttonText);
    void setApplyEnabled(bool enabled);
    void setRunning(bool running);
    void markStarted(int index);
    void markFinished(int index, const ApplyItemResult& result);
    // Counts of the last run, by outcome.
    int count(ApplyOutcome outcome) const;

    QPushButton* applyButton() const { return m_apply; }
    // The per-change rows; not in the panel's own layout, the owner places it.
    QTreeWidget* progressList() const { return m_list; }

Q_SIGNALS:
    void applyClicked();
    void stopClicked();

private:
    QPushButton* m_apply;
    QPushButton* m_stop;
    QProgressBar* m_bar;
    QLabel* m_status;
    QTreeWidget* m_list;
    QList<ApplyOutcome> m_outcomes;
    int m_done = 0;
};

} // namespace otj::ui
