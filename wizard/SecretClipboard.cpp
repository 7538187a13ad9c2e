#include "wizard/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTimer>

namespace otj::ui {

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultClearAfterMs);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving (the wizard closes): the secret does not outlive us on the clipboard.
    if (m_timer->isActive())
        clearIfStillOurs();
}

QMimeData* SecretClipboard::secretMimeData(const QString& secret)
{
    auto* data = new QMimeData;
    data->setText(secret);
    // KDE's Klipper (and clipboard managers that follow it) do not keep data with this hint.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows: registered clipboard formats (Qt maps this MIME form to them) that keep the data out
    // of clipboard monitors, the Win+V history and the cloud clipboard.
    const QByteArray zeroDword(4, '\0');
    data->setData(QStringLiteral(
                      "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
                  zeroDword);
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""),
                  zeroDword);
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""),
                  zeroDword);
    return data;
}

void SecretClipboard::copy(const QString& secret)
{
    m_copied = secret;
    QApplication::clipboard()->setMimeData(secretMimeData(secret));
    m_timer->start();
}

void SecretClipboard::setClearAfterMs(int ms)
{
    m_timer->setInterval(ms);
}

int SecretClipboard::clearAfterMs() const
{
    return m_timer->interval();
}

bool SecretClipboard::isPending() const
{
    return m_timer->isActive();
}

void SecretClipboard::clearIfStillOurs()
{
    m_timer->stop();
    QClipboard* clipboard = QApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.fill(QLatin1Char('\0'));
    m_copied.clear();
    Q_EMIT cleared();
}

} // namespace otj::ui
