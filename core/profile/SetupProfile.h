// The setup profile: everything the admin decides, as versioned JSON. Never holds a secret
// (passwords live in the CredentialStore, keyed by profileId).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace otj {

// How the EWS endpoint is found.
enum class EwsDiscovery {
    ExplicitUrl,       // exchange.ewsUrl as typed
    AutodiscoverEmail, // Autodiscover from an address (documented candidate order)
    AutodiscoverUrl,   // an explicit Autodiscover URL
};

// Authentication the OTJ service account uses against EWS. Pexip's integration follows it.
enum class EwsAuthentication { Basic, Ntlm };

enum class ServiceAccountMode { Create, Adopt };

struct ExchangeSettings
{
    EwsDiscovery discovery = EwsDiscovery::ExplicitUrl;
    QString ewsUrl;            // https://mail.example.com/EWS/Exchange.asmx
    QString autodiscoverEmail; // an address in the Exchange organisation
    QString autodiscoverUrl;   // https://autodiscover.example.com/autodiscover/autodiscover.svc
    EwsAuthentication ewsAuthentication = EwsAuthentication::Basic;
    QString remotePowerShellUri; // http://<server>/PowerShell/
    QString remotePowerShellAuthentication = QStringLiteral("Kerberos");
    QString powerShellHost; // powershell.exe on Windows, pwsh elsewhere
    QStringList powerShellArguments;
    QString adminAccount; // UPN or DOMAIN\user with Organization Management
};

struct ServiceAccountSettings
{
    QString upn;
    QString displayName = QStringLiteral("Pexip OTJ service account");
    QString organizationalUnit; // empty: Exchange's default
    ServiceAccountMode mode = ServiceAccountMode::Create;
};

struct RoomSettings
{
    QString distributionGroup = QStringLiteral("OTJ Rooms");
    QStringList selected; // primary SMTP addresses of the OTJ rooms
};

struct ImpersonationSettings
{
    QString scopeName = QStringLiteral("OTJ Rooms Scope");
    QString roleAssignmentName = QStringLiteral("OTJ Impersonation");
};

// Desired Set-CalendarProcessing values. Defaults: what OTJ needs (exchange-onprem.md §6.2).
struct CalendarPolicy
{
    QString automateProcessing = QStringLiteral("AutoAccept");
    bool deleteComments = false;
    bool deleteSubject = false;
    bool addOrganizerToSubject = false;
    bool removePrivateProperty = false;
    std::optional<bool> processExternalMeetingMessages; // unset: leave the room's value alone
};

struct PexipSettings
{
    QString managementNode; // host name or address of the Management Node
    QString adminUser = QStringLiteral("admin");
    QString integrationName = QStringLiteral("OTJ Exchange");
    QString integrationDescription;
    int findItemsRequestQuota = 1000000; // Pexip: 10 000 - 10 000 000
    bool disableProxy = false;
};

struct TrustSettings
{
    QString customCaPem;    // PEM the admin chose (public data, never a key)
    QString customCaSha256; // hex fingerprint of the first certificate, checked on load
};

struct SetupProfile
{
    static constexpr int CurrentSchemaVersion = 2;

    int schemaVersion = CurrentSchemaVersion;
    QUuid profileId = QUuid::createUuid();
    ExchangeSettings exchange;
    ServiceAccountSettings serviceAccount;
    RoomSettings rooms;
    ImpersonationSettings impersonation;
    CalendarPolicy calendarPolicy;
    PexipSettings pexip;
    TrustSettings trust;

    // A profile with Microsoft's/Pexip's recommended values and this platform's PowerShell host.
    static SetupProfile defaults();

    QJsonObject toJson() const;

    // Pexip's authentication_method string for the EWS authentication ("BASIC" / "NTLM").
    QString pexipAuthenticationMethod() const;
    // The EWS host the profile points at (from the EWS URL or Autodiscover URL), if known.
    QString exchangeHost() const;
    QString profileIdString() const { return profileId.toString(QUuid::WithoutBraces); }
};

bool operator==(const SetupProfile& a, const SetupProfile& b);

QString toString(EwsDiscovery d);
QString toString(EwsAuthentication a);
QString toString(ServiceAccountMode m);

} // namespace otj
