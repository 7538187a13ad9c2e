#include "core/pexip/PublicRoots.h"

#include <QFile>

namespace otj::pexip {

const QList<QSslCertificate>& publicRoots()
{
    static const QList<QSslCertificate> roots = [] {
        QFile f(QStringLiteral(":/pki/mozilla-roots.pem"));
        return f.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(f.readAll(), QSsl::Pem)
                                           : QList<QSslCertificate>();
    }();
    return roots;
}

QString publicRootsVersion()
{
    QFile f(QStringLiteral(":/pki/mozilla-roots.version"));
    const QString v = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    return v.isEmpty() ? QStringLiteral("unknown") : v;
}

} // namespace otj::pexip
