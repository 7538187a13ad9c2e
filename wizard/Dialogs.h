// Blocking dialogs behind a small seam (KeePassXC's fileDialog()->setNextFileName and
// MessageBox::setNextAnswer): tests queue the answer, so no GUI test ever waits on a modal dialog.
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace otj::ui::dialogs {

// File dialogs. A queued name is returned (and consumed) instead of opening a dialog; an empty
// queued name means "the user cancelled".
QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
void setNextFileName(const QString& fileName);

// Message boxes. A queued answer is returned (and consumed) instead of showing the box.
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
void information(QWidget* parent, const QString& title, const QString& text);
void setNextAnswer(QMessageBox::StandardButton answer);

// The text of the last message box shown or answered through the seam (tests read it).
QString lastMessage();

// Nothing queued any more (tests assert the seam was used as expected).
bool queuesEmpty();
void clearQueues();

} // namespace otj::ui::dialogs
