#include "core/net/Certificates.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

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

QString subjectName(const QSslCertificate& cert)
{
    const QString display = cert.subjectDisplayName();
    return !display.isEmpty() ? display
                              : cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
}

QString describe(const QSslCertificate& cert)
{
    return tr("%1 (expires %2), SHA-256 %3")
        .arg(subjectName(cert), cert.expiryDate().toString(Qt::ISODate).left(10), sha256Fingerprint(cert));
}

QList<CertificateInfo> describeChain(const QList<QSslCertificate>& chain, const QList<QSslError>& errors)
{
    QList<CertificateInfo> out;
    for (const QSslCertificate& c : chain) {
        CertificateInfo ci;
        ci.subject = subjectName(c);
        ci.issuer = c.issuerDisplayName();
        ci.sha256 = sha256Fingerprint(c);
        for (const QSslError& e : errors) {
            if (!e.certificate().isNull() && e.certificate() == c) {
                ci.untrusted = true;
                ci.errors << e.errorString();
            }
        }
        out << ci;
    }
    const bool any =
        std::any_of(out.cbegin(), out.cend(), [](const CertificateInfo& c) { return c.untrusted; });
    if (!any && !errors.isEmpty() && !out.isEmpty()) {
        // The verifier named no certificate: the top of the presented chain is the one it could not anchor.
        out.last().untrusted = true;
        for (const QSslError& e : errors)
            out.last().errors << e.errorString();
    }
    return out;
}

} // namespace otj::certs
