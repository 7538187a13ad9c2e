#include "core/profile/ProfileStore.h"

#include "core/logging/Logging.h"
#include "core/net/Certificates.h"
#include "core/util/InputValidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace otj {
namespace {

using Severity = ProfileIssue::Severity;

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Walks one JSON object with known keys; everything it is not asked for is reported as unknown.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& object, QString path, ProfileIssues& issues)
        : m_object(object)
        , m_path(std::move(path))
        , m_issues(issues)
    {}
    ~ObjectReader()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                m_issues.append(
                    {Severity::Warning, childPath(it.key()),
                     ProfileStore::tr(
                         "Unknown setting; it is ignored (misspelt, or written by a newer version?).")});
    }

    QString childPath(const QString& key) const { return m_path + QLatin1Char('.') + key; }

    void text(const QString& key, QString& out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return wrongType(key, v, ProfileStore::tr("text"));
        out = v.toString().trimmed();
    }
    void boolean(const QString& key, bool& out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return wrongType(key, v, ProfileStore::tr("true or false"));
        out = v.toBool();
    }
    void optionalBoolean(const QString& key, std::optional<bool>& out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            if (v.isNull())
                out.reset();
            return;
        }
        if (!v.isBool())
            return wrongType(key, v, ProfileStore::tr("true, false or null"));
        out = v.toBool();
    }
    void integer(const QString& key, int& out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        // Range first: converting a double outside qint64's range is undefined behaviour.
        if (!v.isDouble() || !(d >= -2147483648.0 && d <= 2147483647.0) || d != std::floor(d))
            return wrongType(key, v, ProfileStore::tr("a whole number"));
        out = static_cast<int>(d);
    }
    void stringList(const QString& key, QStringList& out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return wrongType(key, v, ProfileStore::tr("a list of text values"));
        QStringList list;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                m_issues.append({Severity::Error, QStringLiteral("%1[%2]").arg(childPath(key)).arg(i),
                                 ProfileStore::tr("Expected text, found %1.").arg(typeName(a.at(i)))});
                list.append(QString()); // keeps later entries' indices equal to the file's
                continue;
            }
            list.append(a.at(i).toString().trimmed());
        }
        out = list;
    }
    template <typename E>
    void enumeration(const QString& key, E& out, const QList<QPair<QString, E>>& values)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        QStringList names;
        for (const auto& [name, value] : values) {
            names.append(name);
            if (v.isString() && v.toString().compare(name, Qt::CaseInsensitive) == 0) {
                out = value;
                return;
            }
        }
        m_issues.append(
            {Severity::Error, childPath(key),
             ProfileStore::tr("\"%1\" is not one of: %2.")
                 .arg(v.isString() ? v.toString() : typeName(v), names.join(QLatin1String(", ")))});
    }
    // Returns an empty object (and reports) when the value is not an object.
    QJsonObject object(const QString& key, bool* present = nullptr)
    {
        const QJsonValue v = take(key);
        if (present)
            *present = !v.isUndefined();
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            wrongType(key, v, ProfileStore::tr("an object"));
            return {};
        }
        return v.toObject();
    }
    QJsonValue take(const QString& key)
    {
        m_seen.insert(key);
        return m_object.value(key);
    }

private:
    void wrongType(const QString& key, const QJsonValue& v, const QString& expected)
    {
        m_issues.append({Severity::Error, childPath(key),
                         ProfileStore::tr("Expected %1, found %2.").arg(expected, typeName(v))});
    }

    QJsonObject m_object;
    QString m_path;
    ProfileIssues& m_issues;
    QSet<QString> m_seen;
};

// Schema history. v1 (pre-release draft): "rooms" was a plain list of addresses and the remote
// PowerShell URI sat directly under "exchange". v2: the layout SetupProfile::toJson() writes.
QJsonObject upgradeV1toV2(QJsonObject root)
{
    if (root.value(QStringLiteral("rooms")).isArray())
        root[QStringLiteral("rooms")] =
            QJsonObject{{QStringLiteral("selected"), root.value(QStringLiteral("rooms"))}};
    QJsonObject ex = root.value(QStringLiteral("exchange")).toObject();
    if (ex.contains(QStringLiteral("remotePowerShellUri"))) {
        QJsonObject ps = ex.value(QStringLiteral("remotePowerShell")).toObject();
        ps[QStringLiteral("uri")] = ex.take(QStringLiteral("remotePowerShellUri"));
        ex[QStringLiteral("remotePowerShell")] = ps;
        root[QStringLiteral("exchange")] = ex;
    }
    root[QStringLiteral("schemaVersion")] = 2;
    return root;
}

// Why a recorded fingerprint does not vouch for the certificate whose fingerprint is `actual`
// (empty when it does).
QString fingerprintProblem(const QString& recordedText, const QString& actual)
{
    const QString recorded = certs::normaliseFingerprint(recordedText);
    if (recordedText.isEmpty())
        return ProfileStore::tr("Missing: the SHA-256 fingerprint of the CA (it is %1).").arg(actual);
    if (recorded.isEmpty())
        return ProfileStore::tr("Not a SHA-256 fingerprint (64 hex digits).");
    if (recorded != actual)
        return ProfileStore::tr(
                   "The CA certificate does not match its recorded fingerprint (recorded %1, actual %2): "
                   "choose "
                   "the CA again.")
            .arg(recorded, actual);
    return {};
}

// v2 -> v3: trust per endpoint with every certificate fingerprinted. v2's one fingerprint (of the
// first certificate) must still match; the certificates it did not cover are listed with a notice,
// since v2 trusted them unchecked. The PowerShell program fields are dropped by readExchange().
QJsonObject upgradeV2toV3(QJsonObject root, ProfileIssues& issues)
{
    const QJsonObject v2 = root.value(QStringLiteral("trust")).toObject();
    const QString pem = v2.value(QStringLiteral("customCaPem")).toString().trimmed();
    const QString sha = v2.value(QStringLiteral("customCaSha256")).toString().trimmed();
    EndpointTrust exchange;
    if (!pem.isEmpty()) {
        QString error;
        const EndpointTrust all = EndpointTrust::fromPem(pem, &error);
        if (!error.isEmpty()) {
            issues.append({Severity::Error, QStringLiteral("$.trust.customCaPem"), error});
        } else if (const QString problem = fingerprintProblem(sha, all.certificates.first().sha256);
                   !problem.isEmpty()) {
            issues.append({Severity::Error, QStringLiteral("$.trust.customCaSha256"), problem});
        } else {
            exchange = all;
            if (all.certificates.size() > 1)
                issues.append(
                    {Severity::Warning, QStringLiteral("$.trust.exchange.certificates"),
                     ProfileStore::tr(
                         "The CA file holds %1 certificates; the old profile format checked only the first. "
                         "All are now listed with their fingerprints: check each one "
                         "and save the profile.")
                         .arg(all.certificates.size())});
        }
    } else if (!sha.isEmpty()) {
        issues.append({Severity::Error, QStringLiteral("$.trust.customCaPem"),
                       ProfileStore::tr("A fingerprint is recorded but the CA certificate is missing.")});
    }
    QJsonObject v3 = SetupProfile{}.toJson().value(QStringLiteral("trust")).toObject();
    if (!exchange.isEmpty()) {
        SetupProfile withTrust;
        withTrust.trust.exchange = exchange;
        v3 = withTrust.toJson().value(QStringLiteral("trust")).toObject();
    }
    root[QStringLiteral("trust")] = v3;
    root[QStringLiteral("schemaVersion")] = 3;
    return root;
}

void readEndpointTrust(ObjectReader& trust, const QString& key, EndpointTrust& out, ProfileIssues& issues)
{
    ObjectReader r(trust.object(key), trust.childPath(key), issues);
    r.text(QStringLiteral("pem"), out.pem);
    const QJsonValue list = r.take(QStringLiteral("certificates"));
    if (list.isUndefined())
        return;
    const QString listPath = r.childPath(QStringLiteral("certificates"));
    if (!list.isArray()) {
        issues.append({Severity::Error, listPath,
                       ProfileStore::tr("Expected a list of certificates, found %1.").arg(typeName(list))});
        return;
    }
    const QJsonArray a = list.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(listPath).arg(i);
        if (!a.at(i).isObject()) {
            issues.append({Severity::Error, path,
                           ProfileStore::tr("Expected an object, found %1.").arg(typeName(a.at(i)))});
            out.certificates.append(TrustedCertificate{});
            continue;
        }
        ObjectReader c(a.at(i).toObject(), path, issues);
        TrustedCertificate tc;
        c.text(QStringLiteral("sha256"), tc.sha256);
        c.text(QStringLiteral("subject"), tc.subject);
        out.certificates.append(tc);
    }
}

// Every certificate in the PEM is recorded, in order, with its fingerprint: a changed, added or
// missing certificate is refused.
void validateEndpointTrust(const EndpointTrust& t, const QString& path, ProfileIssues& issues)
{
    const QString pemPath = path + QStringLiteral(".pem");
    const QString listPath = path + QStringLiteral(".certificates");
    if (t.pem.isEmpty()) {
        if (!t.certificates.isEmpty())
            issues.append(
                {Severity::Error, pemPath,
                 ProfileStore::tr("Certificates are recorded but the CA certificate PEM is missing.")});
        return;
    }
    const auto parsed = certs::parseCaPem(t.pem);
    if (!parsed.error.isEmpty()) {
        issues.append({Severity::Error, pemPath, parsed.error});
        return;
    }
    for (int i = 0; i < parsed.certificates.size(); ++i) {
        const QSslCertificate& cert = parsed.certificates.at(i);
        const QString actual = certs::sha256Fingerprint(cert);
        if (i >= t.certificates.size()) {
            issues.append(
                {Severity::Error, pemPath,
                 ProfileStore::tr("Certificate %1 in the PEM (%2, SHA-256 %3) is not recorded: the file was "
                                  "changed. Choose the CA again.")
                     .arg(i + 1)
                     .arg(certs::subjectName(cert), actual)});
            continue;
        }
        if (const QString problem = fingerprintProblem(t.certificates.at(i).sha256, actual);
            !problem.isEmpty())
            issues.append({Severity::Error, QStringLiteral("%1[%2].sha256").arg(listPath).arg(i), problem});
    }
    for (int i = int(parsed.certificates.size()); i < t.certificates.size(); ++i)
        issues.append({Severity::Error, QStringLiteral("%1[%2]").arg(listPath).arg(i),
                       ProfileStore::tr(
                           "Recorded, but the PEM no longer holds this certificate: choose the CA again.")});
}

void readExchange(ObjectReader& root, ExchangeSettings& ex, ProfileIssues& issues)
{
    ObjectReader r(root.object(QStringLiteral("exchange")), QStringLiteral("$.exchange"), issues);
    r.enumeration(QStringLiteral("discovery"), ex.discovery,
                  QList<QPair<QString, EwsDiscovery>>{
                      {QStringLiteral("explicitUrl"), EwsDiscovery::ExplicitUrl},
                      {QStringLiteral("autodiscoverEmail"), EwsDiscovery::AutodiscoverEmail},
                      {QStringLiteral("autodiscoverUrl"), EwsDiscovery::AutodiscoverUrl}});
    r.text(QStringLiteral("ewsUrl"), ex.ewsUrl);
    r.text(QStringLiteral("autodiscoverEmail"), ex.autodiscoverEmail);
    r.text(QStringLiteral("autodiscoverUrl"), ex.autodiscoverUrl);
    r.enumeration(
        QStringLiteral("ewsAuthentication"), ex.ewsAuthentication,
        QList<QPair<QString, EwsAuthentication>>{{QStringLiteral("Basic"), EwsAuthentication::Basic},
                                                 {QStringLiteral("NTLM"), EwsAuthentication::Ntlm}});
    r.text(QStringLiteral("adminAccount"), ex.adminAccount);
    ObjectReader ps(r.object(QStringLiteral("remotePowerShell")),
                    r.childPath(QStringLiteral("remotePowerShell")), issues);
    ps.text(QStringLiteral("uri"), ex.remotePowerShellUri);
    QString auth = ex.remotePowerShellAuthentication;
    ps.text(QStringLiteral("authentication"), auth);
    ex.remotePowerShellAuthentication = auth;
    // Profiles from before the choice signed in with the admin account they name.
    ex.remotePowerShellSignIn =
        ex.adminAccount.isEmpty() ? PowerShellSignIn::CurrentUser : PowerShellSignIn::AdminAccount;
    ps.enumeration(QStringLiteral("signIn"), ex.remotePowerShellSignIn,
                   QList<QPair<QString, PowerShellSignIn>>{
                       {QStringLiteral("currentUser"), PowerShellSignIn::CurrentUser},
                       {QStringLiteral("adminAccount"), PowerShellSignIn::AdminAccount}});
    // Schema 2 named the PowerShell program here; whoever writes a profile must not decide which
    // program receives the admin password (issue 9). Ignored, with a notice.
    for (const QString& key : {QStringLiteral("host"), QStringLiteral("arguments")}) {
        if (!ps.take(key).isUndefined())
            issues.append(
                {Severity::Warning, ps.childPath(key),
                 ProfileStore::tr("Ignored: the PowerShell program is a setting of this computer, never of a "
                                  "profile. Saving the profile removes this value.")});
    }
}

} // namespace

ProfileLoadResult ProfileStore::parse(const QByteArray& json)
{
    ProfileLoadResult result;
    result.profile = SetupProfile::defaults();
    auto& issues = result.issues;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Tell the admin where, in lines and columns, not a byte offset.
        const QByteArray before = json.left(error.offset);
        const int line = before.count('\n') + 1;
        const int column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        issues.append({Severity::Error, QStringLiteral("$"),
                       ProfileStore::tr("Not valid JSON at line %1, column %2: %3.")
                           .arg(line)
                           .arg(column)
                           .arg(error.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        issues.append(
            {Severity::Error, QStringLiteral("$"), ProfileStore::tr("A profile is a JSON object ({ … }).")});
        return result;
    }
    QJsonObject rootObject = doc.object();

    const QJsonValue version = rootObject.value(QStringLiteral("schemaVersion"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt())) {
        issues.append({Severity::Error, QStringLiteral("$.schemaVersion"),
                       version.isUndefined()
                           ? ProfileStore::tr("Missing: every profile states its schemaVersion.")
                           : ProfileStore::tr("Expected a whole number, found %1.").arg(typeName(version))});
        return result;
    }
    result.fileSchemaVersion = version.toInt();
    if (result.fileSchemaVersion > SetupProfile::CurrentSchemaVersion) {
        issues.append(
            {Severity::Error, QStringLiteral("$.schemaVersion"),
             ProfileStore::tr(
                 "This profile was written by a newer version of OTJ Exchange Setup (schema %1; this "
                 "version reads up to %2). Open it with the newer version; it is not changed.")
                 .arg(result.fileSchemaVersion)
                 .arg(SetupProfile::CurrentSchemaVersion)});
        return result;
    }
    if (result.fileSchemaVersion < 1) {
        issues.append({Severity::Error, QStringLiteral("$.schemaVersion"),
                       ProfileStore::tr("Unsupported schemaVersion %1.").arg(result.fileSchemaVersion)});
        return result;
    }
    if (result.fileSchemaVersion == 1)
        rootObject = upgradeV1toV2(rootObject);
    if (result.fileSchemaVersion <= 2)
        rootObject = upgradeV2toV3(rootObject, issues);
    if (result.fileSchemaVersion < SetupProfile::CurrentSchemaVersion) {
        result.upgraded = true;
        qCInfo(lcProfile) << "profile upgraded from schema" << result.fileSchemaVersion << "to"
                          << SetupProfile::CurrentSchemaVersion;
    }

    SetupProfile& p = result.profile;
    {
        ObjectReader root(rootObject, QStringLiteral("$"), issues);
        root.take(QStringLiteral("schemaVersion"));
        QString id;
        root.text(QStringLiteral("profileId"), id);
        if (id.isEmpty()) {
            issues.append(
                {Severity::Error, QStringLiteral("$.profileId"),
                 ProfileStore::tr("Missing: the profile id links the profile to its stored credentials.")});
        } else {
            const QUuid uuid = QUuid::fromString(id);
            if (uuid.isNull())
                issues.append({Severity::Error, QStringLiteral("$.profileId"),
                               ProfileStore::tr("\"%1\" is not a UUID.").arg(id)});
            else
                p.profileId = uuid;
        }

        readExchange(root, p.exchange, issues);
        {
            ObjectReader r(root.object(QStringLiteral("serviceAccount")), QStringLiteral("$.serviceAccount"),
                           issues);
            r.text(QStringLiteral("upn"), p.serviceAccount.upn);
            r.text(QStringLiteral("displayName"), p.serviceAccount.displayName);
            r.text(QStringLiteral("organizationalUnit"), p.serviceAccount.organizationalUnit);
            r.enumeration(QStringLiteral("mode"), p.serviceAccount.mode,
                          QList<QPair<QString, ServiceAccountMode>>{
                              {QStringLiteral("create"), ServiceAccountMode::Create},
                              {QStringLiteral("adopt"), ServiceAccountMode::Adopt}});
        }
        {
            ObjectReader r(root.object(QStringLiteral("rooms")), QStringLiteral("$.rooms"), issues);
            r.text(QStringLiteral("distributionGroup"), p.rooms.distributionGroup);
            r.stringList(QStringLiteral("selected"), p.rooms.selected);
        }
        {
            ObjectReader r(root.object(QStringLiteral("impersonation")), QStringLiteral("$.impersonation"),
                           issues);
            r.text(QStringLiteral("scopeName"), p.impersonation.scopeName);
            r.text(QStringLiteral("roleAssignmentName"), p.impersonation.roleAssignmentName);
        }
        {
            ObjectReader r(root.object(QStringLiteral("calendarPolicy")), QStringLiteral("$.calendarPolicy"),
                           issues);
            r.text(QStringLiteral("automateProcessing"), p.calendarPolicy.automateProcessing);
            r.boolean(QStringLiteral("deleteComments"), p.calendarPolicy.deleteComments);
            r.boolean(QStringLiteral("deleteSubject"), p.calendarPolicy.deleteSubject);
            r.boolean(QStringLiteral("addOrganizerToSubject"), p.calendarPolicy.addOrganizerToSubject);
            r.boolean(QStringLiteral("removePrivateProperty"), p.calendarPolicy.removePrivateProperty);
            r.optionalBoolean(QStringLiteral("processExternalMeetingMessages"),
                              p.calendarPolicy.processExternalMeetingMessages);
        }
        {
            ObjectReader r(root.object(QStringLiteral("pexip")), QStringLiteral("$.pexip"), issues);
            r.text(QStringLiteral("managementNode"), p.pexip.managementNode);
            r.text(QStringLiteral("adminUser"), p.pexip.adminUser);
            r.text(QStringLiteral("integrationName"), p.pexip.integrationName);
            r.text(QStringLiteral("integrationDescription"), p.pexip.integrationDescription);
            r.integer(QStringLiteral("findItemsRequestQuota"), p.pexip.findItemsRequestQuota);
            r.boolean(QStringLiteral("disableProxy"), p.pexip.disableProxy);
        }
        {
            ObjectReader r(root.object(QStringLiteral("trust")), QStringLiteral("$.trust"), issues);
            readEndpointTrust(r, QStringLiteral("exchange"), p.trust.exchange, issues);
            readEndpointTrust(r, QStringLiteral("pexip"), p.trust.pexip, issues);
        }
    } // unknown keys are reported here, when the readers go out of scope

    // A value already reported by the reader (wrong type) is not reported again by validate().
    QSet<QString> reported;
    for (const ProfileIssue& i : std::as_const(issues))
        if (i.severity == Severity::Error)
            reported.insert(i.path);
    for (const ProfileIssue& i : validate(p))
        if (!reported.contains(i.path))
            issues.append(i);
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ProfileIssue& a, const ProfileIssue& b) { return a.severity < b.severity; });
    return result;
}

ProfileLoadResult ProfileStore::load(const QString& filePath)
{
    const auto failure = [](const QString& message) {
        ProfileLoadResult r;
        r.issues.append({Severity::Error, QStringLiteral("$"), message});
        return r;
    };
    // Only regular files: opening a named pipe without a writer blocks (uninterruptibly, for the
    // event loop), and a device such as /dev/zero never ends.
    const QString notRegular = tr("%1 is not a regular file (a directory, named pipe or device); a "
                                  "profile is a .json file.")
                                   .arg(filePath);
    const QFileInfo info(filePath);
    if (info.exists() && !info.isFile())
        return failure(notRegular);
    // A profile is a few KB; anything larger is not a profile.
    constexpr qint64 MaxProfileBytes = 4 * 1024 * 1024;
    const QString tooLarge = tr("%1 is larger than 4 MiB: too large to be a profile.").arg(filePath);
    if (info.size() > MaxProfileBytes)
        return failure(tooLarge);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2.").arg(filePath, file.errorString()));
    if (file.isSequential()) // replaced between the check and the open
        return failure(notRegular);
    // Bounded even if the size lied (files in /proc report 0).
    const QByteArray json = file.read(MaxProfileBytes + 1);
    if (json.size() > MaxProfileBytes)
        return failure(tooLarge);
    return parse(json);
}

ProfileIssues ProfileStore::validate(const SetupProfile& p)
{
    ProfileIssues issues;
    auto need = [&](const QString& path, const QString& value, const QString& what,
                    const std::function<QString(const QString&)>& check) {
        if (value.isEmpty()) {
            issues.append({Severity::Incomplete, path, ProfileStore::tr("Not set yet: %1.").arg(what)});
            return;
        }
        if (check) {
            const QString problem = check(value);
            if (!problem.isEmpty())
                issues.append({Severity::Error, path, problem});
        }
    };
    auto name = [&](const QString& path, const QString& value, const QString& what, int maxLength) {
        if (value.isEmpty())
            issues.append({Severity::Incomplete, path, ProfileStore::tr("Not set yet: %1.").arg(what)});
        else if (value.size() > maxLength)
            issues.append(
                {Severity::Error, path,
                 ProfileStore::tr("At most %1 characters (it has %2).").arg(maxLength).arg(value.size())});
    };

    // Exchange
    const auto& ex = p.exchange;
    switch (ex.discovery) {
    case EwsDiscovery::ExplicitUrl:
        need(QStringLiteral("$.exchange.ewsUrl"), ex.ewsUrl, ProfileStore::tr("the EWS URL"),
             input::checkHttpsUrl);
        break;
    case EwsDiscovery::AutodiscoverEmail:
        need(QStringLiteral("$.exchange.autodiscoverEmail"), ex.autodiscoverEmail,
             ProfileStore::tr("the address Autodiscover starts from"), input::checkSmtpAddress);
        break;
    case EwsDiscovery::AutodiscoverUrl:
        need(QStringLiteral("$.exchange.autodiscoverUrl"), ex.autodiscoverUrl,
             ProfileStore::tr("the Autodiscover URL"), input::checkHttpsUrl);
        break;
    }
    if (ex.discovery != EwsDiscovery::ExplicitUrl && !ex.ewsUrl.isEmpty())
        if (const QString problem = input::checkHttpsUrl(ex.ewsUrl); !problem.isEmpty())
            issues.append({Severity::Error, QStringLiteral("$.exchange.ewsUrl"), problem});
    if (ex.discovery != EwsDiscovery::AutodiscoverEmail && !ex.autodiscoverEmail.isEmpty())
        if (const QString problem = input::checkSmtpAddress(ex.autodiscoverEmail); !problem.isEmpty())
            issues.append({Severity::Error, QStringLiteral("$.exchange.autodiscoverEmail"), problem});
    if (ex.discovery != EwsDiscovery::AutodiscoverUrl && !ex.autodiscoverUrl.isEmpty())
        if (const QString problem = input::checkHttpsUrl(ex.autodiscoverUrl); !problem.isEmpty())
            issues.append({Severity::Error, QStringLiteral("$.exchange.autodiscoverUrl"), problem});
    need(QStringLiteral("$.exchange.remotePowerShell.uri"), ex.remotePowerShellUri,
         ProfileStore::tr("the remote PowerShell URI, e.g. http://mail.example.com/PowerShell/"),
         input::checkHttpOrHttpsUrl);
    static const QStringList psAuth = {QStringLiteral("Kerberos"), QStringLiteral("Negotiate"),
                                       QStringLiteral("Basic"), QStringLiteral("Default")};
    if (!psAuth.contains(ex.remotePowerShellAuthentication))
        issues.append({Severity::Error, QStringLiteral("$.exchange.remotePowerShell.authentication"),
                       ProfileStore::tr("\"%1\" is not one of: %2.")
                           .arg(ex.remotePowerShellAuthentication, psAuth.join(QLatin1String(", ")))});
    if (ex.remotePowerShellAuthentication == QLatin1String("Basic") &&
        ex.remotePowerShellUri.startsWith(QLatin1String("http:"), Qt::CaseInsensitive))
        issues.append(
            {Severity::Error, QStringLiteral("$.exchange.remotePowerShell.authentication"),
             ProfileStore::tr(
                 "Basic authentication over http:// would send the admin password in clear text; use "
                 "Kerberos, or an https:// URI.")});
    if (ex.remotePowerShellSignIn == PowerShellSignIn::AdminAccount)
        need(QStringLiteral("$.exchange.adminAccount"), ex.adminAccount,
             ProfileStore::tr("the Exchange admin account"), input::checkAccountName);
    else if (!ex.adminAccount.isEmpty())
        if (const QString problem = input::checkAccountName(ex.adminAccount); !problem.isEmpty())
            issues.append({Severity::Error, QStringLiteral("$.exchange.adminAccount"), problem});

    // Service account
    need(QStringLiteral("$.serviceAccount.upn"), p.serviceAccount.upn,
         ProfileStore::tr("the OTJ service account"), input::checkUpn);
    name(QStringLiteral("$.serviceAccount.displayName"), p.serviceAccount.displayName,
         ProfileStore::tr("the service account's display name"), 64);
    if (!p.serviceAccount.upn.isEmpty() &&
        p.serviceAccount.upn.compare(ex.adminAccount, Qt::CaseInsensitive) == 0)
        issues.append(
            {Severity::Error, QStringLiteral("$.serviceAccount.upn"),
             ProfileStore::tr("The OTJ service account must be its own account, not the Exchange admin.")});
    if (!p.serviceAccount.organizationalUnit.isEmpty() &&
        !p.serviceAccount.organizationalUnit.contains(QLatin1Char('=')) &&
        !p.serviceAccount.organizationalUnit.contains(QLatin1Char('/')))
        issues.append(
            {Severity::Error, QStringLiteral("$.serviceAccount.organizationalUnit"),
             ProfileStore::tr(
                 "Give the OU as a distinguished name (OU=Service Accounts,DC=example,DC=com) or canonical "
                 "name (example.com/Service Accounts).")});

    // Rooms
    name(QStringLiteral("$.rooms.distributionGroup"), p.rooms.distributionGroup,
         ProfileStore::tr("the distribution group that holds the OTJ rooms"), 64);
    if (p.rooms.selected.isEmpty())
        issues.append({Severity::Incomplete, QStringLiteral("$.rooms.selected"),
                       ProfileStore::tr("No OTJ rooms selected yet.")});
    QSet<QString> seen;
    for (int i = 0; i < p.rooms.selected.size(); ++i) {
        const QString& address = p.rooms.selected.at(i);
        const QString path = QStringLiteral("$.rooms.selected[%1]").arg(i);
        if (const QString problem = input::checkSmtpAddress(address); !problem.isEmpty())
            issues.append({Severity::Error, path, problem});
        else if (seen.contains(address.toLower()))
            issues.append({Severity::Error, path, ProfileStore::tr("%1 is listed twice.").arg(address)});
        seen.insert(address.toLower());
    }

    // Impersonation
    name(QStringLiteral("$.impersonation.scopeName"), p.impersonation.scopeName,
         ProfileStore::tr("the management scope name"), 64);
    name(QStringLiteral("$.impersonation.roleAssignmentName"), p.impersonation.roleAssignmentName,
         ProfileStore::tr("the role assignment name"), 64);

    // Calendar processing: OTJ relies on automatic processing.
    if (p.calendarPolicy.automateProcessing != QLatin1String("AutoAccept"))
        issues.append(
            {Severity::Error, QStringLiteral("$.calendarPolicy.automateProcessing"),
             ProfileStore::tr(
                 "One-Touch Join needs rooms to accept invites automatically: AutoAccept (found \"%1\").")
                 .arg(p.calendarPolicy.automateProcessing)});

    // Pexip
    need(QStringLiteral("$.pexip.managementNode"), p.pexip.managementNode,
         ProfileStore::tr("the Pexip Management Node address"), input::checkHostName);
    name(QStringLiteral("$.pexip.adminUser"), p.pexip.adminUser, ProfileStore::tr("the Pexip admin user"),
         100);
    name(QStringLiteral("$.pexip.integrationName"), p.pexip.integrationName,
         ProfileStore::tr("the integration's name"), 250);
    if (p.pexip.integrationDescription.size() > 250)
        issues.append({Severity::Error, QStringLiteral("$.pexip.integrationDescription"),
                       ProfileStore::tr("At most 250 characters (it has %1).")
                           .arg(p.pexip.integrationDescription.size())});
    if (p.pexip.findItemsRequestQuota < 10000 || p.pexip.findItemsRequestQuota > 10000000)
        issues.append(
            {Severity::Error, QStringLiteral("$.pexip.findItemsRequestQuota"),
             ProfileStore::tr("Pexip accepts 10000 to 10000000 FindItem requests per 24 hours (found %1).")
                 .arg(p.pexip.findItemsRequestQuota)});

    // Trust: each endpoint's PEM must parse and still be the certificates the admin chose.
    validateEndpointTrust(p.trust.exchange, QStringLiteral("$.trust.exchange"), issues);
    validateEndpointTrust(p.trust.pexip, QStringLiteral("$.trust.pexip"), issues);
    return issues;
}

bool ProfileStore::save(const SetupProfile& profile, const QString& filePath, QString* error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ProfileStore::tr("Cannot write %1: %2.").arg(filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = ProfileStore::tr("Cannot write %1: %2.").arg(filePath, file.errorString());
        return false;
    }
    qCInfo(lcProfile) << "profile saved" << filePath;
    return true;
}

} // namespace otj
