#include "pexip/PexipSchema.h"

namespace otjlab {

namespace {

const QStringList kAllMethods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                              QStringLiteral("DELETE"), QStringLiteral("PATCH")};
const QStringList kDetailMethods{QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("DELETE"),
                                 QStringLiteral("PATCH")};

PexipField str(const QString& name, int maxLength, const QString& defaultValue = QString())
{
    PexipField f;
    f.name = name;
    f.type = PexipFieldType::String;
    f.maxLength = maxLength;
    f.defaultValue = defaultValue;
    return f;
}

PexipField required(PexipField f)
{
    f.required = true;
    f.defaultValue = QJsonValue(QJsonValue::Undefined);
    return f;
}

PexipField nullable(PexipField f)
{
    f.nullable = true;
    f.defaultValue = QJsonValue(QJsonValue::Null);
    return f;
}

PexipField secret(const QString& name, int maxLength)
{
    PexipField f = str(name, maxLength);
    f.writeOnly = true;
    return f;
}

PexipField boolean(const QString& name, bool defaultValue)
{
    PexipField f;
    f.name = name;
    f.type = PexipFieldType::Bool;
    f.defaultValue = defaultValue;
    return f;
}

PexipField integer(const QString& name, qint64 min, qint64 max, QJsonValue defaultValue)
{
    PexipField f;
    f.name = name;
    f.type = PexipFieldType::Int;
    f.min = min;
    f.max = max;
    f.defaultValue = defaultValue;
    return f;
}

PexipField choice(const QString& name, const QStringList& choices, const QString& defaultValue)
{
    PexipField f = str(name, -1, defaultValue);
    f.choices = choices;
    return f;
}

PexipField related(const QString& name, const QString& target, bool isRequired)
{
    PexipField f;
    f.name = name;
    f.type = PexipFieldType::Related;
    f.related = target;
    if (isRequired)
        f.required = true;
    else {
        f.nullable = true;
        f.defaultValue = QJsonValue(QJsonValue::Null);
    }
    return f;
}

PexipField reverse(const QString& name, const QString& child, const QString& childField)
{
    PexipField f;
    f.name = name;
    f.type = PexipFieldType::ReverseList;
    f.readOnly = true;
    f.related = child;
    f.reverseField = childField;
    return f;
}

PexipField readOnly(const QString& name, PexipFieldType type = PexipFieldType::String,
                    bool isNullable = false)
{
    PexipField f;
    f.name = name;
    f.type = type;
    f.readOnly = true;
    f.nullable = isNullable;
    return f;
}

PexipResource config(const QString& name, const QString& verbose, QList<PexipField> fields)
{
    PexipResource r;
    r.name = name;
    r.api = QStringLiteral("configuration");
    r.verboseName = verbose;
    r.fields = std::move(fields);
    r.listMethods = kAllMethods;
    r.detailMethods = kDetailMethods;
    r.uniqueName = true;
    return r;
}

QList<PexipResource> buildResources()
{
    QList<PexipResource> all;
    const auto name = [] {
        return required(str(QStringLiteral("name"), 250));
    };
    const auto description = [] {
        return str(QStringLiteral("description"), 250);
    };

    // §4 mjx_exchange_deployment
    all.append(
        config(QStringLiteral("mjx_exchange_deployment"), QStringLiteral("OTJ Exchange Integration"),
               {name(),
                description(),
                str(QStringLiteral("service_account_username"), 100),
                secret(QStringLiteral("service_account_password"), 100),
                choice(QStringLiteral("authentication_method"),
                       {QStringLiteral("BASIC"), QStringLiteral("NTLM"), QStringLiteral("KERBEROS"),
                        QStringLiteral("OAUTH")},
                       QStringLiteral("BASIC")),
                str(QStringLiteral("ews_url"), 255),
                boolean(QStringLiteral("disable_proxy"), false),
                integer(QStringLiteral("find_items_request_quota"), 10000, 10000000, 1000000),
                str(QStringLiteral("kerberos_realm"), 250),
                str(QStringLiteral("kerberos_kdc"), 255),
                str(QStringLiteral("kerberos_exchange_spn"), 255),
                boolean(QStringLiteral("kerberos_auth_every_request"), false),
                boolean(QStringLiteral("kerberos_enable_tls"), true),
                str(QStringLiteral("kerberos_kdc_https_proxy"), 255),
                boolean(QStringLiteral("kerberos_verify_tls_using_custom_ca"), false),
                nullable(str(QStringLiteral("oauth_client_id"), -1)),
                str(QStringLiteral("oauth_auth_endpoint"), -1),
                str(QStringLiteral("oauth_token_endpoint"), -1),
                str(QStringLiteral("oauth_redirect_uri"), -1),
                str(QStringLiteral("oauth_refresh_token"), -1),
                nullable(str(QStringLiteral("oauth_state"), -1)),
                reverse(QStringLiteral("autodiscover_urls"), QStringLiteral("mjx_exchange_autodiscover_url"),
                        QStringLiteral("exchange_deployment")),
                reverse(QStringLiteral("mjx_integrations"), QStringLiteral("mjx_integration"),
                        QStringLiteral("exchange_deployment"))}));

    // §5 mjx_exchange_autodiscover_url
    all.append(config(
        QStringLiteral("mjx_exchange_autodiscover_url"), QStringLiteral("Autodiscover URL"),
        {name(), description(), required(str(QStringLiteral("url"), 255)),
         related(QStringLiteral("exchange_deployment"), QStringLiteral("mjx_exchange_deployment"), true)}));

    // §6 mjx_integration
    all.append(config(
        QStringLiteral("mjx_integration"), QStringLiteral("OTJ Profile"),
        {name(),
         description(),
         related(QStringLiteral("exchange_deployment"), QStringLiteral("mjx_exchange_deployment"), false),
         integer(QStringLiteral("display_upcoming_meetings"), 0, 365, 7),
         integer(QStringLiteral("start_buffer"), 0, 180, 5),
         integer(QStringLiteral("end_buffer"), 0, 180, 0),
         boolean(QStringLiteral("enable_non_video_meetings"), true),
         boolean(QStringLiteral("enable_private_meetings"), true),
         boolean(QStringLiteral("process_alias_private_meetings"), true),
         boolean(QStringLiteral("replace_empty_subject"), true),
         choice(QStringLiteral("replace_subject_type"),
                {QStringLiteral("ALL"), QStringLiteral("NEVER"), QStringLiteral("PRIVATE")},
                QStringLiteral("PRIVATE")),
         str(QStringLiteral("replace_subject_template"), 512),
         str(QStringLiteral("ep_username"), -1),
         secret(QStringLiteral("ep_password"), -1),
         boolean(QStringLiteral("ep_use_https"), true),
         boolean(QStringLiteral("ep_verify_certificate"), false),
         boolean(QStringLiteral("use_webex"), false),
         str(QStringLiteral("webex_api_domain"), -1, QStringLiteral("webexapis.com")),
         nullable(str(QStringLiteral("webex_client_id"), -1)),
         secret(QStringLiteral("webex_client_secret"), -1),
         str(QStringLiteral("webex_redirect_uri"), -1),
         str(QStringLiteral("webex_refresh_token"), -1),
         nullable(str(QStringLiteral("webex_oauth_state"), -1)),
         reverse(QStringLiteral("endpoint_groups"), QStringLiteral("mjx_endpoint_group"),
                 QStringLiteral("mjx_integration"))}));

    // §7 mjx_endpoint_group
    all.append(config(QStringLiteral("mjx_endpoint_group"), QStringLiteral("Endpoint group"),
                      {name(), description(),
                       related(QStringLiteral("system_location"), QStringLiteral("system_location"), true),
                       related(QStringLiteral("mjx_integration"), QStringLiteral("mjx_integration"), false),
                       boolean(QStringLiteral("disable_proxy"), false),
                       reverse(QStringLiteral("endpoints"), QStringLiteral("mjx_endpoint"),
                               QStringLiteral("mjx_endpoint_group"))}));

    // §8 mjx_endpoint
    const QStringList tri{QStringLiteral("GLOBAL"), QStringLiteral("YES"), QStringLiteral("NO")};
    all.append(
        config(QStringLiteral("mjx_endpoint"), QStringLiteral("Endpoint"),
               {name(), description(),
                choice(QStringLiteral("endpoint_type"),
                       {QStringLiteral("CISCO"), QStringLiteral("POLY"), QStringLiteral("WEBEX")},
                       QStringLiteral("CISCO")),
                required(str(QStringLiteral("room_resource_email"), 150)),
                related(QStringLiteral("mjx_endpoint_group"), QStringLiteral("mjx_endpoint_group"), false),
                required(str(QStringLiteral("api_address"), 255)),
                nullable(integer(QStringLiteral("api_port"), 1, 65535, QJsonValue::Null)),
                str(QStringLiteral("api_username"), -1), secret(QStringLiteral("api_password"), -1),
                choice(QStringLiteral("use_https"), tri, QStringLiteral("GLOBAL")),
                choice(QStringLiteral("verify_cert"), tri, QStringLiteral("GLOBAL")),
                str(QStringLiteral("poly_username"), -1), secret(QStringLiteral("poly_password"), -1),
                boolean(QStringLiteral("poly_raise_alarms_for_this_endpoint"), true),
                nullable(str(QStringLiteral("webex_device_id"), -1))}));

    // §9 mjx_meeting_processing_rule
    all.append(config(
        QStringLiteral("mjx_meeting_processing_rule"), QStringLiteral("Meeting processing rule"),
        {name(), description(),
         [] {
             PexipField f = integer(QStringLiteral("priority"), 1, 200, QJsonValue(QJsonValue::Undefined));
             f.required = true;
             return f;
         }(),
         boolean(QStringLiteral("enabled"), true),
         related(QStringLiteral("mjx_integration"), QStringLiteral("mjx_integration"), true),
         required(choice(QStringLiteral("meeting_type"),
                         {QStringLiteral("pexipinfinity"), QStringLiteral("pexipservice"),
                          QStringLiteral("teams"), QStringLiteral("teamssipguestjoin"),
                          QStringLiteral("polyteamsbody"), QStringLiteral("ciscoteamsbody"),
                          QStringLiteral("pexipserviceteamsbody"), QStringLiteral("pexipinfinityteamsbody"),
                          QStringLiteral("hangouts"), QStringLiteral("googlemeetsipguestjoin"),
                          QStringLiteral("s4b"), QStringLiteral("polys4bbody"), QStringLiteral("webex"),
                          QStringLiteral("zoom"), QStringLiteral("gotomeeting"), QStringLiteral("domain"),
                          QStringLiteral("regex"), QStringLiteral("custom")},
                         QString())),
         str(QStringLiteral("match_string"), 250), str(QStringLiteral("replace_string"), 250),
         str(QStringLiteral("transform_rule"), 512), str(QStringLiteral("custom_template"), 10240),
         str(QStringLiteral("domain"), 255), str(QStringLiteral("company_id"), 36),
         boolean(QStringLiteral("include_pin"), false),
         boolean(QStringLiteral("default_processing_enabled"), true)}));

    // §11 ca_certificate: list DELETE/GET/POST; detail DELETE/GET/PATCH. No name, so no uniqueness.
    {
        PexipResource r =
            config(QStringLiteral("ca_certificate"), QStringLiteral("CA certificate"),
                   {required(str(QStringLiteral("certificate"), -1)),
                    boolean(QStringLiteral("trusted_intermediate"), false),
                    readOnly(QStringLiteral("subject_name")), readOnly(QStringLiteral("issuer_name")),
                    readOnly(QStringLiteral("start_date"), PexipFieldType::DateTime),
                    readOnly(QStringLiteral("end_date"), PexipFieldType::DateTime),
                    readOnly(QStringLiteral("serial_no")), readOnly(QStringLiteral("subject_hash")),
                    readOnly(QStringLiteral("issuer_hash")), readOnly(QStringLiteral("raw_subject")),
                    readOnly(QStringLiteral("raw_issuer")),
                    readOnly(QStringLiteral("key_id"), PexipFieldType::String, true),
                    readOnly(QStringLiteral("issuer_key_id"), PexipFieldType::String, true),
                    readOnly(QStringLiteral("text"))});
        r.uniqueName = false;
        r.listMethods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("DELETE")};
        r.detailMethods = {QStringLiteral("GET"), QStringLiteral("DELETE"), QStringLiteral("PATCH")};
        all.append(r);
    }

    // §10.1 ms_exchange_connector (VMR scheduling). Only the OTJ-relevant fields are modelled.
    all.append(
        config(QStringLiteral("ms_exchange_connector"), QStringLiteral("Secure Scheduler for Exchange"),
               {name(), description(), str(QStringLiteral("username"), 100),
                secret(QStringLiteral("password"), 100), str(QStringLiteral("url"), 255),
                str(QStringLiteral("authentication_method"), -1, QStringLiteral("NTLM")),
                str(QStringLiteral("room_mailbox_email_address"), -1), readOnly(QStringLiteral("uuid"))}));

    // system_location: target of mjx_endpoint_group.system_location (only name/description modelled).
    all.append(config(QStringLiteral("system_location"), QStringLiteral("System location"),
                      {name(), description()}));

    // Status (read-only, GET only).
    {
        PexipResource r;
        r.name = QStringLiteral("mjx_endpoint");
        r.api = QStringLiteral("status");
        r.verboseName = QStringLiteral("OTJ endpoint status");
        for (const char* n : {"endpoint_name", "endpoint_address", "endpoint_type", "room_email",
                              "mjx_integration_name", "last_worker"})
            r.fields.append(readOnly(QString::fromLatin1(n)));
        r.fields.append(readOnly(QStringLiteral("last_contact_time"), PexipFieldType::DateTime, true));
        r.fields.append(readOnly(QStringLiteral("number_of_meetings"), PexipFieldType::Int));
        r.listMethods = {QStringLiteral("GET")};
        r.detailMethods = {QStringLiteral("GET")};
        all.append(r);
    }
    {
        PexipResource r;
        r.name = QStringLiteral("mjx_meeting");
        r.api = QStringLiteral("status");
        r.verboseName = QStringLiteral("OTJ meeting status");
        for (const char* n :
             {"meeting_id", "subject", "alias", "organizer_name", "organizer_email", "room_email",
              "endpoint_name", "mjx_integration_name", "matched_meeting_processing_rule"})
            r.fields.append(readOnly(QString::fromLatin1(n)));
        for (const char* n : {"start_time", "end_time", "last_modified_time"})
            r.fields.append(readOnly(QString::fromLatin1(n), PexipFieldType::DateTime, true));
        r.fields.append(readOnly(QStringLiteral("mjx_integration_id"), PexipFieldType::Int, true));
        r.fields.append(readOnly(QStringLiteral("worker_id"), PexipFieldType::Int, true));
        r.listMethods = {QStringLiteral("GET")};
        r.detailMethods = {QStringLiteral("GET")};
        all.append(r);
    }
    return all;
}

} // namespace

const PexipField* PexipResource::field(const QString& fieldName) const
{
    for (const auto& f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

QString PexipResource::listUri() const
{
    return QStringLiteral("/api/admin/%1/v1/%2/").arg(api, name);
}

QString PexipResource::detailUri(int id) const
{
    return QStringLiteral("/api/admin/%1/v1/%2/%3/").arg(api, name).arg(id);
}

const QList<PexipResource>& PexipSchema::resources()
{
    static const QList<PexipResource> all = buildResources();
    return all;
}

const PexipResource* PexipSchema::resource(const QString& api, const QString& name)
{
    for (const auto& r : resources())
        if (r.api == api && r.name == name)
            return &r;
    return nullptr;
}

const PexipResource* PexipSchema::configuration(const QString& name)
{
    return resource(QStringLiteral("configuration"), name);
}

void PexipSchema::applyDefaults(const PexipResource& resource, QJsonObject& object)
{
    for (const auto& f : resource.fields) {
        if (f.readOnly || object.contains(f.name))
            continue;
        if (f.type == PexipFieldType::Related) {
            object.insert(f.name, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!f.defaultValue.isUndefined())
            object.insert(f.name, f.defaultValue);
    }
}

} // namespace otjlab
