#include "core/profile/SetupProfile.h"

#include "core/net/Certificates.h"

#include <QJsonArray>
#include <QUrl>

namespace otj {

SetupProfile SetupProfile::defaults()
{
    return SetupProfile{};
}

QList<QSslCertificate> EndpointTrust::caCertificates() const
{
    return pem.isEmpty() ? QList<QSslCertificate>{} : certs::parseCaPem(pem).certificates;
}

EndpointTrust EndpointTrust::fromPem(const QString& pem, QString* error)
{
    const certs::PemParseResult parsed = certs::parseCaPem(pem);
    if (error)
        *error = parsed.error;
    if (!parsed.error.isEmpty())
        return {};
    EndpointTrust t;
    // Only the certificates are kept, re-encoded, never anything else the text may hold.
    for (const QSslCertificate& c : parsed.certificates) {
        t.pem += QString::fromLatin1(c.toPem());
        t.certificates.append({certs::sha256Fingerprint(c), certs::subjectName(c)});
    }
    return t;
}

namespace {
QJsonObject endpointTrustJson(const EndpointTrust& t)
{
    QJsonArray certificates;
    for (const TrustedCertificate& c : t.certificates)
        certificates.append(
            QJsonObject{{QStringLiteral("sha256"), c.sha256}, {QStringLiteral("subject"), c.subject}});
    return {{QStringLiteral("pem"), t.pem}, {QStringLiteral("certificates"), certificates}};
}
} // namespace

QString toString(EwsDiscovery d)
{
    switch (d) {
    case EwsDiscovery::ExplicitUrl:
        return QStringLiteral("explicitUrl");
    case EwsDiscovery::AutodiscoverEmail:
        return QStringLiteral("autodiscoverEmail");
    case EwsDiscovery::AutodiscoverUrl:
        return QStringLiteral("autodiscoverUrl");
    }
    return {};
}

QString toString(EwsAuthentication a)
{
    return a == EwsAuthentication::Ntlm ? QStringLiteral("NTLM") : QStringLiteral("Basic");
}

QString toString(ServiceAccountMode m)
{
    return m == ServiceAccountMode::Adopt ? QStringLiteral("adopt") : QStringLiteral("create");
}

QString toString(PowerShellSignIn s)
{
    return s == PowerShellSignIn::AdminAccount ? QStringLiteral("adminAccount")
                                               : QStringLiteral("currentUser");
}

QString SetupProfile::pexipAuthenticationMethod() const
{
    return exchange.ewsAuthentication == EwsAuthentication::Ntlm ? QStringLiteral("NTLM")
                                                                 : QStringLiteral("BASIC");
}

QString SetupProfile::exchangeHost() const
{
    const QUrl ews(exchange.ewsUrl);
    if (!exchange.ewsUrl.isEmpty() && !ews.host().isEmpty())
        return ews.host();
    const QUrl ad(exchange.autodiscoverUrl);
    if (!exchange.autodiscoverUrl.isEmpty() && !ad.host().isEmpty())
        return ad.host();
    const int at = exchange.autodiscoverEmail.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        return exchange.autodiscoverEmail.mid(at + 1);
    return {};
}

QJsonObject SetupProfile::toJson() const
{
    QJsonObject ps{
        {QStringLiteral("uri"), exchange.remotePowerShellUri},
        {QStringLiteral("authentication"), exchange.remotePowerShellAuthentication},
        {QStringLiteral("signIn"), toString(exchange.remotePowerShellSignIn)},
    };
    QJsonObject ex{
        {QStringLiteral("discovery"), toString(exchange.discovery)},
        {QStringLiteral("ewsUrl"), exchange.ewsUrl},
        {QStringLiteral("autodiscoverEmail"), exchange.autodiscoverEmail},
        {QStringLiteral("autodiscoverUrl"), exchange.autodiscoverUrl},
        {QStringLiteral("ewsAuthentication"), toString(exchange.ewsAuthentication)},
        {QStringLiteral("remotePowerShell"), ps},
        {QStringLiteral("adminAccount"), exchange.adminAccount},
    };
    QJsonObject sa{
        {QStringLiteral("upn"), serviceAccount.upn},
        {QStringLiteral("displayName"), serviceAccount.displayName},
        {QStringLiteral("organizationalUnit"), serviceAccount.organizationalUnit},
        {QStringLiteral("mode"), toString(serviceAccount.mode)},
    };
    QJsonObject rm{
        {QStringLiteral("distributionGroup"), rooms.distributionGroup},
        {QStringLiteral("selected"), QJsonArray::fromStringList(rooms.selected)},
    };
    QJsonObject imp{
        {QStringLiteral("scopeName"), impersonation.scopeName},
        {QStringLiteral("roleAssignmentName"), impersonation.roleAssignmentName},
    };
    QJsonObject cal{
        {QStringLiteral("automateProcessing"), calendarPolicy.automateProcessing},
        {QStringLiteral("deleteComments"), calendarPolicy.deleteComments},
        {QStringLiteral("deleteSubject"), calendarPolicy.deleteSubject},
        {QStringLiteral("addOrganizerToSubject"), calendarPolicy.addOrganizerToSubject},
        {QStringLiteral("removePrivateProperty"), calendarPolicy.removePrivateProperty},
        {QStringLiteral("processExternalMeetingMessages"),
         calendarPolicy.processExternalMeetingMessages
             ? QJsonValue(*calendarPolicy.processExternalMeetingMessages)
             : QJsonValue(QJsonValue::Null)},
    };
    QJsonObject px{
        {QStringLiteral("managementNode"), pexip.managementNode},
        {QStringLiteral("adminUser"), pexip.adminUser},
        {QStringLiteral("integrationName"), pexip.integrationName},
        {QStringLiteral("integrationDescription"), pexip.integrationDescription},
        {QStringLiteral("findItemsRequestQuota"), pexip.findItemsRequestQuota},
        {QStringLiteral("disableProxy"), pexip.disableProxy},
    };
    QJsonObject tr{
        {QStringLiteral("exchange"), endpointTrustJson(trust.exchange)},
        {QStringLiteral("pexip"), endpointTrustJson(trust.pexip)},
    };
    return QJsonObject{
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("profileId"), profileIdString()},
        {QStringLiteral("exchange"), ex},
        {QStringLiteral("serviceAccount"), sa},
        {QStringLiteral("rooms"), rm},
        {QStringLiteral("impersonation"), imp},
        {QStringLiteral("calendarPolicy"), cal},
        {QStringLiteral("pexip"), px},
        {QStringLiteral("trust"), tr},
    };
}

bool operator==(const SetupProfile& a, const SetupProfile& b)
{
    return a.toJson() == b.toJson();
}

} // namespace otj
