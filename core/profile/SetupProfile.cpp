#include "core/profile/SetupProfile.h"

#include <QJsonArray>
#include <QUrl>

namespace otj {

SetupProfile SetupProfile::defaults()
{
    SetupProfile p;
#ifdef Q_OS_WIN
    p.exchange.powerShellHost = QStringLiteral("powershell.exe");
#else
    p.exchange.powerShellHost = QStringLiteral("pwsh");
#endif
    p.exchange.powerShellArguments = {QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"),
                                      QStringLiteral("-NonInteractive")};
    return p;
}

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
        {QStringLiteral("host"), exchange.powerShellHost},
        {QStringLiteral("arguments"), QJsonArray::fromStringList(exchange.powerShellArguments)},
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
        {QStringLiteral("customCaPem"), trust.customCaPem},
        {QStringLiteral("customCaSha256"), trust.customCaSha256},
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
