// Copies a secret to the clipboard for a short while: marked as a secret so clipboard managers and
// clipboard history leave it out where the platform allows (KDE/Klipper: x-kde-passwordManagerHint
// = secret; Windows: ExcludeClipboardContentFromMonitorProcessing, CanIncludeInClipboardHistory = 0,
// CanUploadToCloudClipboard = 0), and cleared after `clearAfterMs` unless something else was copied
// since.
#pragma once

#include <QObject>
#include <QString>

class QMimeData;
class QTimer;

namespace otj::ui {

class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearAfterMs = 30000;

    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString& secret);
    void setClearAfterMs(int ms);
    int clearAfterMs() const;
    bool isPending() const; // a copy waits to be cleared

    // The clipboard data of a secret (tests read its formats).
    static QMimeData* secretMimeData(const QString& secret);

Q_SIGNALS:
    void cleared();

private:
    void clearIfStillOurs();

    QTimer* m_timer;
    QString m_copied;
};

} // namespace otj::ui
