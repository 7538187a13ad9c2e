// Small helpers for the custom CA the admin chooses: parse, fingerprint, describe.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace otj::certs {

// "AB:CD:…" upper-case SHA-256 of the DER encoding, the form admins compare with certutil/openssl.
QString sha256Fingerprint(const QSslCertificate& cert);
// Normalises "abcd…", "AB CD …" or "ab:cd:…" to the form above, or returns "" if not 32 bytes of hex.
QString normaliseFingerprint(const QString& text);

struct PemParseResult
{
    QList<QSslCertificate> certificates;
    QString error; // empty on success
};
// Parses PEM text that must contain certificates only (a private key is refused: it does not
// belong in a profile or anywhere near Pexip's trust store).
PemParseResult parseCaPem(const QString& pem);

// One line for the UI and reports: "CN=Contoso Root CA (expires 2031-05-01), SHA-256 AB:CD:…".
QString describe(const QSslCertificate& cert);

} // namespace otj::certs
