#include "core/steps/Evidence.h"

#include "core/logging/Redactor.h"

namespace otj {

using namespace otj::ews;

QJsonArray chainJson(const QList<CertificateInfo>& chain)
{
    QJsonArray a;
    for (const CertificateInfo& c : chain) {
        QJsonObject o{{QStringLiteral("subject"), c.subject},
                      {QStringLiteral("issuer"), c.issuer},
                      {QStringLiteral("sha256"), c.sha256},
                      {QStringLiteral("untrusted"), c.untrusted}};
        if (!c.errors.isEmpty())
            o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(c.errors));
        a.append(o);
    }
    return a;
}

QJsonObject errorJson(const EwsError& e)
{
    QJsonObject o{{QStringLiteral("error"), toString(e.kind)}};
    if (e.httpStatus)
        o.insert(QStringLiteral("httpStatus"), e.httpStatus);
    if (!e.responseCode.isEmpty())
        o.insert(QStringLiteral("responseCode"), e.responseCode);
    if (!e.innerResponseCode.isEmpty())
        o.insert(QStringLiteral("innerResponseCode"), e.innerResponseCode);
    if (e.backOffMs >= 0)
        o.insert(QStringLiteral("backOffMs"), e.backOffMs);
    if (!e.authSchemes.isEmpty())
        o.insert(QStringLiteral("authSchemes"), QJsonArray::fromStringList(e.authSchemes));
    if (!e.chain.isEmpty())
        o.insert(QStringLiteral("chain"), chainJson(e.chain));
    if (!e.message.isEmpty())
        o.insert(QStringLiteral("serverMessage"), Redactor::redact(e.message));
    if (!e.location.isEmpty())
        o.insert(QStringLiteral("location"), e.location.toString(QUrl::RemoveUserInfo));
    return o;
}

} // namespace otj
