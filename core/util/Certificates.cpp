#include "core/util/Certificates.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace otj::certs {

static QString tr(const char* text)
{
    return QCoreApplication::translate("otj::certs", text);
}

static QString colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString sha256Fingerprint(const QSslCertificate& cert)
{
    return colonHex(cert.digest(QCryptographicHash::Sha256));
}

QString normaliseFingerprint(const QString& text)
{
    QString hex = text;
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression hex64(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex64.match(hex).hasMatch())
        return {};
    return colonHex(QByteArray::fromHex(hex.toLatin1()));
}

PemParseResult parseCaPem(const QString& pem)
{
    PemParseResult r;
    if (pem.contains(QLatin1String("PRIVATE KEY"))) {
        r.error = tr("The file contains a private key. Choose the CA certificate only (never a key).");
        return r;
    }
    r.certificates = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    if (r.certificates.isEmpty()) {
        r.error = tr("No PEM certificate found (expected \"-----BEGIN CERTIFICATE-----\").");
        return r;
    }
    for (const QSslCertificate& c : std::as_const(r.certificates))
        if (c.isNull()) {
            r.error = tr("A certificate in the file could not be read.");
            r.certificates.clear();
            return r;
        }
    return r;
}

QString describe(const QSslCertificate& cert)
{
    QString subject = cert.subjectDisplayName();
    if (subject.isEmpty())
        subject = QString::fromUtf8(
            cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", ")).toUtf8());
    return tr("%1 (expires %2), SHA-256 %3")
        .arg(subject, cert.expiryDate().toString(Qt::ISODate).left(10), sha256Fingerprint(cert));
}

} // namespace otj::certs
