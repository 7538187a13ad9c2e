// ca_certificate: fills the node's read-only fields from a PEM certificate (OpenSSL libcrypto).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace otjlab {

// Returns the read-only fields of pexip-api.md §11 (subject_name, issuer_name, start_date, end_date,
// serial_no, subject_hash, issuer_hash, raw_subject, raw_issuer, key_id, issuer_key_id, text), or an empty
// object and *error if the text holds no parseable X.509 certificate. Only the first certificate of the
// PEM text is used.
QJsonObject pexipParseCertificate(const QByteArray& pem, QString* error);

} // namespace otjlab
