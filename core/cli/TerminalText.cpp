#include "core/cli/TerminalText.h"

#include <algorithm>

namespace otj::cli {
namespace {

bool isUnsafe(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Length of the longest prefix of `bytes` that does not end inside a UTF-8 sequence.
qsizetype completeUtf8Prefix(const QByteArray& bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = uchar(bytes.at(size - back));
        if ((byte & 0xc0) == 0x80)
            continue; // continuation byte: look further back for the lead byte
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? size - back : size;
    }
    return size;
}

} // namespace

QString terminalSafe(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isUnsafe(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (isUnsafe(c.unicode()))
            out += QLatin1String("\\u") +
                   QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

TerminalSafeDevice::TerminalSafeDevice(QIODevice* sink, bool escape, QObject* parent)
    : QIODevice(parent)
    , m_sink(sink)
    , m_escape(escape)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size)
{
    if (!m_escape)
        return m_sink->write(data, size) == size ? size : -1;
    m_incomplete.append(data, qsizetype(size));
    const qsizetype complete = completeUtf8Prefix(m_incomplete);
    const QByteArray safe = terminalSafe(QString::fromUtf8(m_incomplete.left(complete))).toUtf8();
    m_incomplete.remove(0, complete);
    return m_sink->write(safe) == safe.size() ? size : -1;
}

} // namespace otj::cli
