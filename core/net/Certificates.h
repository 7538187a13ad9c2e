// Certificate helpers in one place: parse the PEM an admin chooses, fingerprint, name and describe
// certificates, and describe a presented chain for the TLS report. Used by the profile, the
// network layer and the wizard (Exchange and the Pexip Management Node, each with its own CAs).
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace otj::certs {

// "AB:CD:…" upper-case SHA-256 of the DER encoding, the form admins compare with certutil/openssl.
QString sha256Fingerprint(const QSslCertificate& cert);
// Normalises "abcd…", "AB CD …" or "ab:cd:…" to the form above, or returns "" if not 32 bytes of hex.
QString normaliseFingerprint(const QString& text);
// The subject as people read it: the display name, else the common name(s).
QString subjectName(const QSslCertificate& cert);

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

// One certificate of a presented chain, for the TLS report (public data only).
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QString sha256;         // hex, colon separated
    bool untrusted = false; // this certificate is the one the verifier could not trust
    QStringList errors;     // the verifier's messages about this certificate
};
// The chain with the verifier's errors attached to the certificate they name (or, when they name
// none, to the top of the chain: the one that could not be anchored).
QList<CertificateInfo> describeChain(const QList<QSslCertificate>& chain, const QList<QSslError>& errors);

} // namespace otj::certs
