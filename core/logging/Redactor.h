// Removes secrets from text before it reaches a log, a report, evidence or an exported script.
// Two layers: every secret the process has seen is registered and replaced verbatim; well-known
// shapes (Authorization headers, password fields in JSON/query/XML) are masked by pattern, so a
// secret that was never registered is still caught in the usual places.
#pragma once

#include <QByteArray>
#include <QString>

namespace otj {

class Redactor
{
public:
    static constexpr QStringView Mask = u"«redacted»";

    // Thread-safe. Empty and very short strings (< 4 chars) are ignored: masking them would
    // destroy ordinary text, and they are not passwords worth the name anyway.
    static void addSecret(const QString& secret);
    static void clearSecrets(); // tests

    static QString redact(const QString& text);
    static QByteArray redact(const QByteArray& text);
};

} // namespace otj
