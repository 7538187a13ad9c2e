#include "tls/LabTls.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSslCertificate>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <thread>

Q_LOGGING_CATEGORY(lcLabTls, "otj.lab.tls")

namespace otjlab {
namespace {

template <typename T, void (*F)(T*)>
struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

PKey makeKey()
{
    return PKey(EVP_RSA_gen(2048));
}

QByteArray bioToBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

QByteArray certPem(X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioToBytes(bio.get());
}

QByteArray keyPem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioToBytes(bio.get());
}

bool addExt(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// issuer == nullptr: self-signed CA.
Cert makeCert(EVP_PKEY* key, const char* commonName, X509* issuerCert, EVP_PKEY* issuerKey, const char* san,
              long days)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("OTJ Lab"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName),
                               -1, -1, 0);
    X509* issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));
    addExt(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (!issuerCert) {
        addExt(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE");
        addExt(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExt(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
        addExt(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        addExt(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
        addExt(cert.get(), issuer, NID_subject_alt_name, san);
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return {};
    return cert;
}

} // namespace

LabPki LabPki::generate(QString* error)
{
    // Two RSA keys, generated in parallel (key generation dominates start-up time): the CA's and
    // the server's. The unrelated CA signs with the server key: it shares nothing with the lab CA.
    PKey caKey, serverKey;
    std::thread t1([&] { caKey = makeKey(); });
    serverKey = makeKey();
    t1.join();
    if (!caKey || !serverKey) {
        if (error)
            *error = QStringLiteral("RSA key generation failed");
        return {};
    }
    LabPki pki;
    Cert ca = makeCert(caKey.get(), "OTJ Lab Test CA", nullptr, nullptr, nullptr, 3650);
    Cert server =
        makeCert(serverKey.get(), "localhost", ca.get(), caKey.get(), "DNS:localhost,IP:127.0.0.1", 825);
    Cert otherCa = makeCert(serverKey.get(), "Unrelated Test CA", nullptr, nullptr, nullptr, 3650);
    Cert otherServer = makeCert(serverKey.get(), "localhost", otherCa.get(), serverKey.get(),
                                "DNS:localhost,IP:127.0.0.1", 825);
    Cert wrong =
        makeCert(serverKey.get(), "wrong-name.invalid", ca.get(), caKey.get(), "DNS:wrong-name.invalid", 825);
    if (!ca || !server || !otherCa || !otherServer || !wrong) {
        if (error)
            *error = QStringLiteral("certificate signing failed");
        return {};
    }
    pki.caCertPem = certPem(ca.get());
    pki.caKeyPem = keyPem(caKey.get());
    pki.serverCertPem = certPem(server.get());
    pki.serverKeyPem = keyPem(serverKey.get());
    pki.otherCaCertPem = certPem(otherCa.get());
    pki.otherCaServerCertPem = certPem(otherServer.get());
    pki.wrongNameCertPem = certPem(wrong.get());
    return pki;
}

LabPki LabPki::loadOrGenerate(const QString& dir, QString* error)
{
    const QString path = QDir(dir).filePath(QStringLiteral("pki.json"));
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        LabPki pki;
        pki.caCertPem = o.value(QLatin1String("caCert")).toString().toLatin1();
        pki.caKeyPem = o.value(QLatin1String("caKey")).toString().toLatin1();
        pki.serverCertPem = o.value(QLatin1String("serverCert")).toString().toLatin1();
        pki.serverKeyPem = o.value(QLatin1String("serverKey")).toString().toLatin1();
        pki.otherCaCertPem = o.value(QLatin1String("otherCaCert")).toString().toLatin1();
        pki.otherCaServerCertPem = o.value(QLatin1String("otherCaServerCert")).toString().toLatin1();
        pki.wrongNameCertPem = o.value(QLatin1String("wrongNameCert")).toString().toLatin1();
        const auto certs = QSslCertificate::fromData(pki.serverCertPem);
        if (pki.isValid() && !certs.isEmpty() &&
            certs.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(7))
            return pki;
        qCInfo(lcLabTls) << "cached PKI unusable or expiring, regenerating";
    }
    LabPki pki = generate(error);
    if (!pki.isValid())
        return pki;
    QJsonObject o{
        {QStringLiteral("caCert"), QString::fromLatin1(pki.caCertPem)},
        {QStringLiteral("caKey"), QString::fromLatin1(pki.caKeyPem)},
        {QStringLiteral("serverCert"), QString::fromLatin1(pki.serverCertPem)},
        {QStringLiteral("serverKey"), QString::fromLatin1(pki.serverKeyPem)},
        {QStringLiteral("otherCaCert"), QString::fromLatin1(pki.otherCaCertPem)},
        {QStringLiteral("otherCaServerCert"), QString::fromLatin1(pki.otherCaServerCertPem)},
        {QStringLiteral("wrongNameCert"), QString::fromLatin1(pki.wrongNameCertPem)},
    };
    QDir().mkpath(dir);
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(QJsonDocument(o).toJson());
        out.commit();
    }
    return pki;
}

QString LabPki::sha256Hex(const QByteArray& pem)
{
    const auto certs = QSslCertificate::fromData(pem);
    if (certs.isEmpty())
        return {};
    return QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

} // namespace otjlab
