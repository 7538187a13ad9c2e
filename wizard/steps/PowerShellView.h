// The PowerShell behind a step's planned changes, one line per change (plan::powerShellLine: the
// exact command apply sends, the password shown as a placeholder), read-only and copyable, with
// "Export script…" for a setup script that checks before it changes.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace otj::ui {

class PowerShellView : public QWidget
{
    Q_OBJECT
public:
    explicit PowerShellView(QWidget* parent = nullptr);

    void setLines(const QStringList& lines);
    QString text() const;
    // Export is offered only when a script writer is there (the session says so).
    void setExportAvailable(bool available, const QString& whyNot = {});
    // Step 5: the lines are the REST requests sent to the Pexip management API (RestCall::display()),
    // not PowerShell; no script export.
    void showRestRequests();

Q_SIGNALS:
    void exportRequested();

private:
    QLabel* m_label;
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
    QPushButton* m_export;
};

} // namespace otj::ui
