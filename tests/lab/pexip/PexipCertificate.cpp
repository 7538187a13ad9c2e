#include "pexip/PexipCertificate.h"

#include <QJsonValue>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace otjlab {

namespace {

struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct BnFree
{
    void operator()(BIGNUM* b) const { BN_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

QString bioText(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QString::fromUtf8(data, int(len));
}

QString nameRfc2253(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return bioText(bio.get());
}

QString commonNameOrFull(const X509_NAME* name)
{
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx < 0)
        return nameRfc2253(name);
    const ASN1_STRING* cn = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, cn);
    if (len < 0)
        return nameRfc2253(name);
    const QString out = QStringLiteral("CN=") + QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QString nameHash(const X509_NAME* name)
{
    int ok = 0;
    const unsigned long h = X509_NAME_hash_ex(name, nullptr, nullptr, &ok);
    if (!ok)
        return QString();
    return QStringLiteral("%1").arg(qulonglong(h & 0xffffffffUL), 8, 16, QLatin1Char('0'));
}

QJsonValue asn1Time(const ASN1_TIME* t)
{
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return QJsonValue(QJsonValue::Null);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    return QString::fromLatin1(buf);
}

QJsonValue keyIdHex(const ASN1_OCTET_STRING* id)
{
    if (!id)
        return QJsonValue(QJsonValue::Null);
    const QByteArray raw(reinterpret_cast<const char*>(ASN1_STRING_get0_data(id)), ASN1_STRING_length(id));
    return QString::fromLatin1(raw.toHex(':'));
}

} // namespace

QJsonObject pexipParseCertificate(const QByteArray& pem, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        ERR_clear_error();
        return QJsonObject();
    };
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return fail(QStringLiteral("No PEM-encoded certificate found."));
    BioPtr in(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return fail(
            QStringLiteral("Could not load the certificate: the PEM data is not a valid X.509 certificate."));

    const X509_NAME* subject = X509_get_subject_name(cert.get());
    const X509_NAME* issuer = X509_get_issuer_name(cert.get());

    QString serial;
    {
        std::unique_ptr<BIGNUM, BnFree> bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr));
        if (bn) {
            char* dec = BN_bn2dec(bn.get());
            serial = QString::fromLatin1(dec);
            OPENSSL_free(dec);
        }
    }
    QString text;
    {
        BioPtr out(BIO_new(BIO_s_mem()));
        // Same as `openssl x509 -text -noout` (OpenSSL 3 prints names in the "oneline" form, UTF-8).
        X509_print_ex(out.get(), cert.get(),
                      (XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT,
                      X509_FLAG_COMPAT);
        text = bioText(out.get());
    }
    ERR_clear_error();
    return {
        {QStringLiteral("subject_name"), commonNameOrFull(subject)},
        {QStringLiteral("issuer_name"), commonNameOrFull(issuer)},
        {QStringLiteral("raw_subject"), nameRfc2253(subject)},
        {QStringLiteral("raw_issuer"), nameRfc2253(issuer)},
        {QStringLiteral("subject_hash"), nameHash(subject)},
        {QStringLiteral("issuer_hash"), nameHash(issuer)},
        {QStringLiteral("start_date"), asn1Time(X509_get0_notBefore(cert.get()))},
        {QStringLiteral("end_date"), asn1Time(X509_get0_notAfter(cert.get()))},
        {QStringLiteral("serial_no"), serial},
        {QStringLiteral("key_id"), keyIdHex(X509_get0_subject_key_id(cert.get()))},
        {QStringLiteral("issuer_key_id"), keyIdHex(X509_get0_authority_key_id(cert.get()))},
        {QStringLiteral("text"), text},
    };
}

} // namespace otjlab
