// Test PKI for otj-lab, generated at run time with OpenSSL libcrypto (no checked-in certificates:
// they would expire). Three identities:
//   - the lab CA (RSA 2048, SHA-256) and the server certificate it signs (SAN 127.0.0.1, localhost);
//   - an unrelated second CA and a server certificate signed by it (right names, wrong issuer);
//   - a certificate signed by the lab CA for the wrong name (SAN wrong-name.invalid only).
#pragma once

#include <QByteArray>
#include <QString>

namespace otjlab {

struct LabPki
{
    QByteArray caCertPem;
    QByteArray caKeyPem;
    QByteArray serverCertPem; // signed by the lab CA, SAN 127.0.0.1 + localhost
    QByteArray serverKeyPem;  // also the key of the two failure certificates below
    QByteArray otherCaCertPem;
    QByteArray otherCaServerCertPem; // right names, signed by the unrelated CA
    QByteArray wrongNameCertPem;     // signed by the lab CA, SAN wrong-name.invalid

    bool isValid() const { return !caCertPem.isEmpty() && !serverCertPem.isEmpty(); }

    // Generates a fresh set (takes a few hundred milliseconds: three RSA keys).
    static LabPki generate(QString* error = nullptr);
    // Loads the set cached in dir (pki.json) or generates and caches it there.
    static LabPki loadOrGenerate(const QString& dir, QString* error = nullptr);
    // Hex SHA-256 of the DER of the first certificate in a PEM.
    static QString sha256Hex(const QByteArray& certPem);
};

} // namespace otjlab
