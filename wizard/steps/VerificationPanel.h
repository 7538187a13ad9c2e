// Verification after apply: a row per change with Passed / Failed / Pending and the detail. While
// anything is Pending (AD replication has not reached EWS yet) the panel re-checks by itself on a
// bounded back-off and shows the countdown to the next check; "Check now" does not wait.
#pragma once

#include "wizard/ExchangeSession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace otj::ui {

class VerificationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationPanel(QWidget* parent = nullptr);

    // Seconds before each re-check while Pending (the last repeats until `giveUpAfter` seconds of
    // re-checking have passed). Default: 5, 10, 20, 40, 60 within 15 minutes.
    void setSchedule(const QList<int>& seconds, int giveUpAfterSeconds);

    void clear();
    void setChecking();
    void setResults(const QList<VerifyItem>& items);
    CheckStatus overall() const { return m_overall; }
    int secondsToNextCheck() const { return m_remaining; }
    bool isCounting() const;

Q_SIGNALS:
    void recheckRequested();

private:
    void tick();
    void startCountdown();

    QLabel* m_status;
    QLabel* m_countdown;
    QPushButton* m_checkNow;
    QTreeWidget* m_list;
    QTimer* m_timer;
    QList<int> m_schedule{5, 10, 20, 40, 60};
    int m_giveUpAfter = 15 * 60;
    int m_round = 0;
    int m_waited = 0;
    int m_remaining = 0;
    CheckStatus m_overall = CheckStatus::NotRun;
};

} // namespace otj::ui
