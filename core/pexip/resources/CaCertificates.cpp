#include "core/pexip/resources/CaCertificates.h"

#include "core/net/Certificates.h"

namespace otj::pexip {

QString CaCertificates::fingerprintOf(const QJsonObject& object)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(
        object.value(QLatin1String("certificate")).toString().toLatin1(), QSsl::Pem);
    return certs.isEmpty() ? QString() : certs::sha256Fingerprint(certs.first());
}

QList<QSslCertificate> CaCertificates::certificatesOf(const QList<QJsonObject>& objects)
{
    QList<QSslCertificate> out;
    for (const QJsonObject& o : objects) {
        const QList<QSslCertificate> certs =
            QSslCertificate::fromData(o.value(QLatin1String("certificate")).toString().toLatin1(), QSsl::Pem);
        if (!certs.isEmpty())
            out.append(certs.first());
    }
    return out;
}

void CaCertificates::findCreated(const QJsonObject& body, QObject* context,
                                 std::function<void(const PexipResult<std::optional<QJsonObject>>&)> callback)
{
    const QString wanted = fingerprintOf(body);
    list({}, context, [callback, wanted](const Objects& all) {
        PexipResult<std::optional<QJsonObject>> out;
        out.error = all.error;
        out.requests = all.requests;
        for (const QJsonObject& o : all.value)
            if (!wanted.isEmpty() && fingerprintOf(o) == wanted)
                out.value = o;
        callback(out);
    });
}

} // namespace otj::pexip
