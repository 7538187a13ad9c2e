// ca_certificate: the Management Node's trusted CA certificates (§11). Identity is the SHA-256 of
// a certificate's DER, never subject_hash/issuer_hash: a renewed CA keeps its name.
#pragma once

#include "core/pexip/PexipResource.h"

#include <QSslCertificate>

namespace otj::pexip {

class CaCertificates final : public PexipResource
{
public:
    static constexpr auto Resource = "ca_certificate";
    explicit CaCertificates(PexipClient& client)
        : PexipResource(client, QString::fromLatin1(Resource))
    {}
    // "AB:CD:…" of the first certificate of an object's `certificate` PEM; empty when it has none.
    static QString fingerprintOf(const QJsonObject& object);
    // The certificates of the stored objects (unreadable ones left out).
    static QList<QSslCertificate> certificatesOf(const QList<QJsonObject>& objects);

protected:
    // After a lost create answer: the stored certificate with the same DER.
    void findCreated(const QJsonObject& body, QObject* context,
                     std::function<void(const PexipResult<std::optional<QJsonObject>>&)> callback) override;
};

} // namespace otj::pexip
