// Removes secrets from text before it reaches a log, a report, evidence or an exported script.
// Two layers: every secret the process has seen is registered and replaced in every encoding the
// code can produce (verbatim, QDebug-quoted, XML, JSON, URL, base64 in "user:password"); well-known
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

    // Thread-safe. Every non-empty secret is masked, however short (a three-character password
    // masks its three characters wherever they appear: safer than logging it). The encoded forms
    // are computed here, once, so redact() stays one pass per line.
    static void addSecret(const QString& secret);
    static void clearSecrets(); // tests

    static QString redact(const QString& text);
    static QByteArray redact(const QByteArray& text);
};

} // namespace otj
