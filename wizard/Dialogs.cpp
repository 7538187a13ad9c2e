#include "wizard/Dialogs.h"

#include <QFileDialog>
#include <QList>

namespace otj::ui::dialogs {

namespace {
QList<QString>& fileNames()
{
    static QList<QString> queue;
    return queue;
}
QList<QMessageBox::StandardButton>& answers()
{
    static QList<QMessageBox::StandardButton> queue;
    return queue;
}
QString& last()
{
    static QString text;
    return text;
}
} // namespace

QString lastMessage()
{
    return last();
}

QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void setNextFileName(const QString& fileName)
{
    fileNames().append(fileName);
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    last() = text;
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    last() = text;
    if (!answers().isEmpty()) {
        answers().removeFirst();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().append(answer);
}

bool queuesEmpty()
{
    return fileNames().isEmpty() && answers().isEmpty();
}

void clearQueues()
{
    fileNames().clear();
    answers().clear();
    last().clear();
}

} // namespace otj::ui::dialogs
