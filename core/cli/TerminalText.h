// Text for a terminal: control characters in profile values or server text (an ESC sequence in
// a room name recolours or retitles the terminal; a bidi override reorders what the admin reads)
// are shown as \uXXXX instead of being interpreted.
#pragma once

#include <QIODevice>

namespace otj::cli {

// Escapes C0 controls except \n and \t, DEL, C1 controls and the bidi embeddings, overrides and
// isolates (U+202A-U+202E, U+2066-U+2069) as \uXXXX. Inside a JSON string that is the same value.
QString terminalSafe(const QString& text);

// A write-only device in front of `sink` (otjctl's stdout or stderr). When `escape` is set (the
// sink is a terminal) every UTF-8 text written passes through terminalSafe(); a multi-byte
// character split across writes is kept until it is complete. Otherwise bytes pass unchanged.
class TerminalSafeDevice : public QIODevice
{
public:
    TerminalSafeDevice(QIODevice* sink, bool escape, QObject* parent = nullptr);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* m_sink;
    bool m_escape;
    QByteArray m_incomplete; // the start of a UTF-8 sequence the next write completes
};

} // namespace otj::cli
