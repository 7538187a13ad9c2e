#include "autodiscover/AutodiscoverService.h"

#include "ews/EwsService.h"
#include "xml/NsXml.h"
#include "xml/XmlOut.h"

#include <QRandomGenerator>
#include <QTime>

namespace otjlab {

using namespace xml;

namespace {
LabHttpResponse xmlResponse(const QByteArray& body, int status = 200)
{
    LabHttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "text/xml; charset=utf-8");
    return r;
}
QString casVersion()
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(EwsService::MajorVersion)
        .arg(EwsService::MinorVersion, 2, 10, QLatin1Char('0'))
        .arg(EwsService::MajorBuild, 4, 10, QLatin1Char('0'))
        .arg(EwsService::MinorBuild, 3, 10, QLatin1Char('0'));
}
} // namespace

AutodiscoverService::AutodiscoverService(const LabOrg& org)
    : m_org(org)
{}

LabHttpResponse AutodiscoverService::handlePox(const LabHttpRequest& req) const
{
    pugi::xml_document doc;
    QString email;
    if (doc.load_buffer(req.body.constData(), size_t(req.body.size()))) {
        const auto root = doc.document_element();
        if (is(root, kPoxRequest, "Autodiscover"))
            email = text(child(child(root, kPoxRequest, "Request"), kPoxRequest, "EMailAddress"));
    }
    XmlOut x;
    x.start("Autodiscover", {{"xmlns", QString::fromLatin1(kPoxResponse)}});
    const Recipient* r = m_org.find(email);
    const QString redirectDomain = QStringLiteral("redirect.") + m_org.domain;
    if (email.section(QLatin1Char('@'), 1).compare(redirectDomain, Qt::CaseInsensitive) == 0) {
        x.start("Response", {{"xmlns", QString::fromLatin1(kPoxOutlook)}}).start("Account");
        x.element("Action", QStringLiteral("redirectUrl"));
        x.element("RedirectUrl", m_base + QStringLiteral("/autodiscover/autodiscover.xml"));
        return xmlResponse(x.finish());
    }
    if (r && r->isRemote()) {
        x.start("Response", {{"xmlns", QString::fromLatin1(kPoxOutlook)}}).start("Account");
        x.element("Action", QStringLiteral("redirectAddr"));
        x.element("RedirectAddr", r->remoteRoutingAddress);
        return xmlResponse(x.finish());
    }
    if (!r || !r->hasMailbox()) {
        x.start("Response")
            .start("Error", {{"Time", QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"))},
                             {"Id", QString::number(QRandomGenerator::global()->bounded(1u << 30))}});
        x.element("ErrorCode", QStringLiteral("500"));
        x.element("Message", QStringLiteral("The email address can't be found."));
        x.element("DebugData", {});
        return xmlResponse(x.finish());
    }
    x.start("Response", {{"xmlns", QString::fromLatin1(kPoxOutlook)}});
    x.start("User");
    x.element("DisplayName", r->name);
    x.element("LegacyDN",
              QStringLiteral("/o=%1/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=%2")
                  .arg(m_org.organizationName, r->sam));
    x.element("AutoDiscoverSMTPAddress", r->smtp);
    x.element("DeploymentId", QStringLiteral("6b3e3c3a-5a3a-4c9e-9d1f-0b1a2c3d4e5f"));
    x.end();
    x.start("Account");
    x.element("AccountType", QStringLiteral("email"));
    x.element("Action", QStringLiteral("settings"));
    x.element("MicrosoftOnline", QStringLiteral("False"));
    for (const char* type : {"EXCH", "EXPR"}) {
        x.start("Protocol");
        x.element("Type", QString::fromLatin1(type));
        x.element("Server", QStringLiteral("mbx01.") + m_org.domain);
        x.element("ServerVersion", QStringLiteral("73C2861E"));
        x.element("ASUrl", m_ewsUrl);
        x.element("EwsUrl", m_ewsUrl);
        x.end();
    }
    return xmlResponse(x.finish());
}

LabHttpResponse AutodiscoverService::handleSoap(const LabHttpRequest& req) const
{
    pugi::xml_document doc;
    QStringList users, settings;
    bool ok = doc.load_buffer(req.body.constData(), size_t(req.body.size()));
    pugi::xml_node request;
    if (ok) {
        const auto body = child(doc.document_element(), kSoap, "Body");
        request =
            child(child(body, kAutodiscover, "GetUserSettingsRequestMessage"), kAutodiscover, "Request");
        ok = bool(request);
    }
    if (ok) {
        for (auto u = child(request, kAutodiscover, "Users").first_child(); u; u = u.next_sibling())
            if (is(u, kAutodiscover, "User"))
                users << text(child(u, kAutodiscover, "Mailbox"));
        for (auto s = child(request, kAutodiscover, "RequestedSettings").first_child(); s;
             s = s.next_sibling())
            if (is(s, kAutodiscover, "Setting"))
                settings << text(s);
    }
    const QString a = QString::fromLatin1(kAutodiscover);
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    XmlOut x;
    x.start("s:Envelope", {{"xmlns:s", QString::fromLatin1(kSoap)}, {"xmlns:a", QString::fromLatin1(kWsa)}});
    x.start("s:Header");
    x.element(
        "a:Action",
        QStringLiteral(
            "http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/GetUserSettingsResponse"),
        {{"s:mustUnderstand", QStringLiteral("1")}});
    x.start("h:ServerVersionInfo", {{"xmlns:h", a}, {"xmlns:i", xsi}});
    x.element("h:MajorVersion", QString::number(EwsService::MajorVersion));
    x.element("h:MinorVersion", QString::number(EwsService::MinorVersion));
    x.element("h:MajorBuildNumber", QString::number(EwsService::MajorBuild));
    x.element("h:MinorBuildNumber", QString::number(EwsService::MinorBuild));
    x.element("h:Version", QStringLiteral("Exchange2015"));
    x.end().end();
    x.start("s:Body");
    x.start("GetUserSettingsResponseMessage", {{"xmlns", a}});
    x.start("Response", {{"xmlns:i", xsi}});
    if (!ok || users.isEmpty()) {
        x.element("ErrorCode", QStringLiteral("InvalidRequest"));
        x.element("ErrorMessage", QStringLiteral("The request is invalid."));
        x.element("UserResponses", {});
        return xmlResponse(x.finish());
    }
    x.element("ErrorCode", QStringLiteral("NoError"));
    x.element("ErrorMessage", {});
    x.start("UserResponses");
    for (const QString& u : users) {
        const Recipient* r = m_org.find(u);
        x.start("UserResponse");
        if (r && r->isRemote()) {
            x.element("ErrorCode", QStringLiteral("RedirectAddress"));
            x.element("ErrorMessage", QStringLiteral("Redirection address."));
            x.element("RedirectTarget", r->remoteRoutingAddress);
            x.element("UserSettingErrors", {});
            x.element("UserSettings", {});
            x.end();
            continue;
        }
        if (!r || !r->hasMailbox()) {
            x.element("ErrorCode", QStringLiteral("InvalidUser"));
            x.element("ErrorMessage", QStringLiteral("Invalid user: '%1'").arg(u));
            x.element("RedirectTarget", {}, {{"i:nil", QStringLiteral("true")}});
            x.element("UserSettingErrors", {});
            x.element("UserSettings", {});
            x.end();
            continue;
        }
        const QHash<QString, QString> values = {
            {QStringLiteral("UserDisplayName"), r->name},
            {QStringLiteral("UserDN"), r->distinguishedName(m_org.domain)},
            {QStringLiteral("UserDeploymentId"), QStringLiteral("6b3e3c3a-5a3a-4c9e-9d1f-0b1a2c3d4e5f")},
            {QStringLiteral("InternalEwsUrl"), m_ewsUrl},
            {QStringLiteral("ExternalEwsUrl"), m_ewsUrl},
            {QStringLiteral("CasVersion"), casVersion()},
            {QStringLiteral("EwsSupportedSchemas"),
             QStringLiteral(
                 "Exchange2007, Exchange2007_SP1, Exchange2010, Exchange2010_SP1, Exchange2010_SP2, "
                 "Exchange2013, Exchange2013_SP1, Exchange2015, Exchange2016")},
            {QStringLiteral("InternalMailboxServer"), r->server.toLower() + QLatin1Char('.') + m_org.domain},
        };
        x.element("ErrorCode", QStringLiteral("NoError"));
        x.element("ErrorMessage", QStringLiteral("No error."));
        x.element("RedirectTarget", {}, {{"i:nil", QStringLiteral("true")}});
        x.start("UserSettingErrors");
        for (const QString& s : settings)
            if (!values.contains(s)) {
                x.start("UserSettingError");
                x.element("ErrorCode", QStringLiteral("InvalidSetting"));
                x.element("ErrorMessage",
                          QStringLiteral("The requested setting is invalid or not supported by the lab."));
                x.element("SettingName", s);
                x.end();
            }
        x.end();
        x.start("UserSettings");
        for (const QString& s : settings)
            if (values.contains(s)) {
                x.start("UserSetting", {{"i:type", QStringLiteral("StringSetting")}});
                x.element("Name", s);
                x.element("Value", values.value(s));
                x.end();
            }
        x.end();
        x.end();
    }
    return xmlResponse(x.finish());
}

} // namespace otjlab
