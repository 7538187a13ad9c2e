// The setup profile: everything the admin decides, as versioned JSON. Never holds a secret
// (passwords live in the CredentialStore, keyed by profileId).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
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

// Who remote PowerShell signs in as (the bridge's rule): the Windows user running the tool
// (Kerberos, no credential sent), or the explicit Exchange admin account with its password from
// the keychain.
enum class PowerShellSignIn { CurrentUser, AdminAccount };

struct ExchangeSettings
{
    EwsDiscovery discovery = EwsDiscovery::ExplicitUrl;
    QString ewsUrl;            // https://mail.example.com/EWS/Exchange.asmx
    QString autodiscoverEmail; // an address in the Exchange organisation
    QString autodiscoverUrl;   // https://autodiscover.example.com/autodiscover/autodiscover.svc
    EwsAuthentication ewsAuthentication = EwsAuthentication::Basic;
    QString remotePowerShellUri; // http://<server>/PowerShell/
    QString remotePowerShellAuthentication = QStringLiteral("Kerberos");
    PowerShellSignIn remotePowerShellSignIn = PowerShellSignIn::CurrentUser;
    // No PowerShell program here (schema 3): the program that receives the admin password is a
    // setting of the machine, never of a profile someone may hand around (issue 9).
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

// One certificate the admin chose to trust, as recorded in the profile.
struct TrustedCertificate
{
    QString sha256;  // "AB:CD:…" of the DER; checked against the PEM on every load
    QString subject; // for people reading the file; the wizard shows the certificate's own
    bool operator==(const TrustedCertificate&) const = default;
};

// The CA certificates one endpoint's TLS certificate may chain to, besides the system CAs. A root
// plus intermediates is normal; every certificate in `pem` is fingerprinted, in order, and a
// changed, added or missing certificate makes the profile fail to load.
struct EndpointTrust
{
    QString pem; // certificates only (public data, never a key)
    QList<TrustedCertificate> certificates;

    bool isEmpty() const { return pem.isEmpty() && certificates.isEmpty(); }
    // The PEM's certificates (empty when it does not parse; ProfileStore::validate says why).
    QList<QSslCertificate> caCertificates() const;
    // Records every certificate of `pem`; an empty result and `error` set when it is not a CA PEM.
    static EndpointTrust fromPem(const QString& pem, QString* error = nullptr);
    bool operator==(const EndpointTrust&) const = default;
};

// Trust per endpoint: Exchange (EWS/Autodiscover) and the Pexip Management Node's management API
// (it often has another CA, or a self-signed certificate).
struct TrustSettings
{
    EndpointTrust exchange;
    EndpointTrust pexip;
};

struct SetupProfile
{
    static constexpr int CurrentSchemaVersion = 3;

    int schemaVersion = CurrentSchemaVersion;
    QUuid profileId = QUuid::createUuid();
    ExchangeSettings exchange;
    ServiceAccountSettings serviceAccount;
    RoomSettings rooms;
    ImpersonationSettings impersonation;
    CalendarPolicy calendarPolicy;
    PexipSettings pexip;
    TrustSettings trust;

    // A profile with Microsoft's/Pexip's recommended values.
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
QString toString(PowerShellSignIn s);

} // namespace otj
