#include "core/steps/pexip/PexipPlanner.h"

#include "core/net/Certificates.h"
#include "core/pexip/PexipJson.h"
#include "core/pexip/resources/AutodiscoverUrls.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/pexip/resources/ExchangeConnectors.h"
#include "core/pexip/resources/ExchangeDeployments.h"
#include "core/profile/SetupProfile.h"

#include <QJsonArray>
#include <QSet>
#include <QSslCertificateExtension>

#include <cmath>

namespace otj::pexip {

using namespace otj::plan;

namespace {
const char* const kCtx = "otj::PexipPlanner";
const ReasonText kReasons[] = {
    {"step5.kerberos-kept", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "%1 uses KERBEROS; the profile's method is %2. Kerberos is left as it is (never "
                       "downgraded)."),
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "Change the method only if you mean to: ask for it explicitly (--replace-kerberos).")},
    {"step5.vmr-account", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "%1 is also the account of Pexip's VMR scheduling connector \"%2\" (%3)."),
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "Pexip says One-Touch Join should use its own service account: choose another.")},
    {"step5.quota-range", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "The FindItem quota %1 is outside Pexip's range (10,000 to 10,000,000 a day)."),
     QT_TRANSLATE_NOOP("otj::PexipPlanner", "Set a quota in that range in the profile.")},
    {"step5.ca-root-unknown", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "Pexip would not trust the EWS certificate and its root CA is not known here (the "
                       "chain ends at %1)."),
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "Add the root CA (PEM) to the profile's Exchange trust entry; it is then uploaded.")},
    {"step5.ca-not-checked", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::PexipPlanner",
         "The EWS certificate chain was not read, so whether Pexip trusts it was not checked.")},
    {"step5.password-unknown", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "The service account's password is not known: the integration cannot be given it."),
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "Store it in the keychain (or OTJ_SERVICE_ACCOUNT_PASSWORD) and plan again.")},
    {"step5.autodiscover-method", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "The Autodiscover directory at %1 does not offer %2 (it offers: %3); Pexip could not "
                       "sign in there."),
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "Enable the method on the Autodiscover virtual directory, or leave the Autodiscover "
                       "URL out (Pexip then uses the EWS URL).")},
    {"step5.autodiscover-https", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner", "The Autodiscover URL %1 is not an https:// URL."),
     QT_TRANSLATE_NOOP("otj::PexipPlanner", "Use the https:// Autodiscover URL.")},
    {"step5.autodiscover-unverified", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipPlanner",
                       "Whether the Autodiscover directory at %1 allows %2 was not checked.")},
    {"step5.pexip-unread", kCtx, QT_TRANSLATE_NOOP("otj::PexipPlanner", "Pexip could not be read: %1")},
};

const QString kIntegrationKey = QStringLiteral("step5.integration");
const QString kAutodiscoverKey = QStringLiteral("step5.autodiscover");
const QString kCaPrefix = QStringLiteral("step5.ca/");
const QString kDeferredDeployment = QStringLiteral("«step5.integration»");

QString configPath(const char* resource)
{
    return QLatin1String(ConfigurationPath) + QLatin1String(resource) + QLatin1Char('/');
}

shell::ShellValue valueOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Whole numbers in qint64's exact range are integers; the check comes before the
        // conversion (converting 1e308 to an integer is undefined).
        if (std::abs(d) < 9.0e15 && d == std::floor(d))
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

bool same(Match match, const shell::ShellValue& wanted, const QJsonValue& actual)
{
    const QJsonValue w = wanted.toJson();
    if (match == Match::EqualIgnoringCase && w.isString() && actual.isString())
        return w.toString().compare(actual.toString(), Qt::CaseInsensitive) == 0;
    if (w.isDouble() && actual.isDouble())
        return w.toDouble() == actual.toDouble();
    return w == actual;
}

QString hexSha256(const QSslCertificate& c)
{
    return QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
}

// A key identifier as lower-case hex: Qt gives the subject's as "AB:CD:…" text and the
// authority's as hex bytes, so only the hex digits are compared.
QByteArray keyId(const QSslCertificate& c, const char* oidName)
{
    for (const QSslCertificateExtension& e : c.extensions()) {
        if (e.name() != QLatin1String(oidName))
            continue;
        const QVariant v = e.value();
        QByteArray raw = v.typeId() == QMetaType::QVariantMap
                             ? v.toMap().value(QStringLiteral("keyid")).toByteArray()
                             : v.toByteArray();
        QByteArray hex;
        for (const char ch : raw.toLower())
            if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))
                hex += ch;
        return hex;
    }
    return {};
}

// `candidate` issued `cert`: the issuer name matches, and the key identifiers when both carry them
// (a renewed CA keeps its name but not its key).
bool issued(const QSslCertificate& candidate, const QSslCertificate& cert)
{
    if (candidate.subjectInfo(QSslCertificate::CommonName) != cert.issuerInfo(QSslCertificate::CommonName) ||
        candidate.subjectInfo(QSslCertificate::Organization) !=
            cert.issuerInfo(QSslCertificate::Organization))
        return false;
    const QByteArray akid = keyId(cert, "authorityKeyIdentifier");
    const QByteArray skid = keyId(candidate, "subjectKeyIdentifier");
    return akid.isEmpty() || skid.isEmpty() || akid == skid;
}

Expectation field(const QString& name, const shell::ShellValue& value, Match match = Match::Equal)
{
    return Expectation{name, {}, value, match, std::nullopt};
}

// The WWW-Authenticate scheme an Autodiscover directory must offer for the profile's method.
QString challengeScheme(const SetupProfile& p)
{
    return p.pexipAuthenticationMethod() == QLatin1String("NTLM") ? QStringLiteral("NTLM")
                                                                  : QStringLiteral("Basic");
}

bool sendPassword(const Step5Input& in, bool create)
{
    return create || in.options.sendPexipPassword || in.passwordChangedThisRun;
}
} // namespace

PexipTrust judgeTrust(const QList<QSslCertificate>& presented, const QList<QSslCertificate>& extraCas,
                      const QList<QSslCertificate>& publicRoots, const QList<QSslCertificate>& uploaded)
{
    PexipTrust t;
    if (presented.isEmpty())
        return t;
    const QList<QSslCertificate> candidates = presented.mid(1) + extraCas;
    t.path << presented.first();
    while (t.path.size() < 10 && !t.path.last().isSelfSigned()) {
        const QSslCertificate& cur = t.path.last();
        const auto it = std::find_if(candidates.begin(), candidates.end(), [&](const QSslCertificate& c) {
            return !t.path.contains(c) && issued(c, cur);
        });
        if (it == candidates.end())
            break;
        t.path << *it;
    }
    t.rootKnown = t.path.last().isSelfSigned();
    QSet<QString> uploadedShas, publicShas;
    for (const QSslCertificate& c : uploaded)
        uploadedShas.insert(hexSha256(c));
    for (const QSslCertificate& c : publicRoots)
        publicShas.insert(hexSha256(c));
    for (const QSslCertificate& c : std::as_const(t.path)) {
        if (publicShas.contains(hexSha256(c))) {
            t.trusted = true;
            t.anchor = QStringLiteral("public");
        } else if (uploadedShas.contains(hexSha256(c))) {
            t.trusted = true;
            t.anchor = QStringLiteral("uploaded");
        }
        if (t.trusted)
            return t;
    }
    // The top is not self-signed and its issuer is not known here: a public root may still sign it.
    if (!t.rootKnown) {
        for (const QSslCertificate& r : publicRoots) {
            if (issued(r, t.path.last())) {
                t.trusted = true;
                t.anchor = QStringLiteral("public");
                return t;
            }
        }
        for (const QSslCertificate& r : uploaded) {
            if (issued(r, t.path.last())) {
                t.trusted = true;
                t.anchor = QStringLiteral("uploaded");
                return t;
            }
        }
    }
    // What Pexip needs: every CA of the path (a self-signed leaf is its own CA).
    const QList<QSslCertificate> cas = t.path.size() == 1 ? t.path : t.path.mid(1);
    for (const QSslCertificate& c : cas)
        if (!uploadedShas.contains(hexSha256(c)))
            t.toUpload << c;
    return t;
}

void PexipPlanner::registerReasons()
{
    reasons::add(kReasons);
}

QList<DesiredChange> PexipPlanner::desiredChanges(const Step5Input& in)
{
    registerReasons();
    QList<DesiredChange> out;
    const SetupProfile& p = in.profile;

    // CA certificates first (Pexip's creation order): every CA of the path when Pexip would not
    // anchor the chain in a public root. Already uploaded ones are included (they then match).
    const PexipTrust trust = judgeTrust(in.ewsChain, p.trust.exchange.caCertificates(), in.publicRoots,
                                        CaCertificates::certificatesOf(in.pexip.caCertificates));
    if (!in.ewsChain.isEmpty() && trust.anchor != QLatin1String("public") && trust.rootKnown) {
        const QList<QSslCertificate> cas = trust.path.size() == 1 ? trust.path : trust.path.mid(1);
        for (const QSslCertificate& c : cas) {
            DesiredChange d;
            d.key = kCaPrefix + hexSha256(c);
            d.step = StepId::Pexip;
            d.operation = Operation::Create;
            d.target = certs::describe(c);
            d.summary = tr("Trust %1 on Pexip").arg(certs::subjectName(c));
            const bool intermediate = !c.isSelfSigned();
            d.expectations = {field(QStringLiteral("certificate"), QString::fromLatin1(c.toPem())),
                              field(QStringLiteral("trusted_intermediate"), intermediate)};
            d.rest = RestCall{QStringLiteral("POST"),
                              configPath(CaCertificates::Resource),
                              {{QStringLiteral("certificate"), QString::fromLatin1(c.toPem())},
                               {QStringLiteral("trusted_intermediate"), intermediate}},
                              {}};
            out << d;
        }
    }

    DesiredChange d;
    d.key = kIntegrationKey;
    d.step = StepId::Pexip;
    d.operation = in.pexip.deployment ? Operation::Update : Operation::Create;
    d.target = p.pexip.integrationName;
    d.summary = in.pexip.deployment ? tr("Update the One-Touch Join Exchange integration \"%1\" on Pexip")
                                          .arg(p.pexip.integrationName)
                                    : tr("Create the One-Touch Join Exchange integration \"%1\" on Pexip")
                                          .arg(p.pexip.integrationName);
    d.secretParameter = QLatin1String(deployment::Password);
    auto expect = [&d](const char* property, const shell::ShellValue& value, Match match = Match::Equal) {
        d.expectations << field(QLatin1String(property), value, match);
    };
    expect(deployment::Name, p.pexip.integrationName);
    expect(deployment::Description, p.pexip.integrationDescription);
    expect(deployment::Username, p.serviceAccount.upn, Match::EqualIgnoringCase);
    const QString current =
        in.pexip.deployment
            ? in.pexip.deployment->value(QLatin1String(deployment::AuthenticationMethod)).toString()
            : QString();
    const bool keepKerberos = current == QLatin1String("KERBEROS") && !in.replaceKerberos;
    if (!keepKerberos)
        expect(deployment::AuthenticationMethod, p.pexipAuthenticationMethod());
    expect(deployment::EwsUrl, in.ewsUrl);
    const int quota = p.pexip.findItemsRequestQuota;
    if (quota >= deployment::MinQuota && quota <= deployment::MaxQuota)
        expect(deployment::FindItemsRequestQuota, quota);
    expect(deployment::DisableProxy, p.pexip.disableProxy);
    QJsonObject body;
    for (const Expectation& e : std::as_const(d.expectations))
        body.insert(e.property, e.value.toJson());
    d.rest = RestCall{QStringLiteral("POST"), configPath(ExchangeDeployments::Resource), body,
                      QLatin1String(deployment::Password)};
    out << d;

    if (!in.autodiscoverUrl.isEmpty() && QUrl(in.autodiscoverUrl).scheme() == QLatin1String("https")) {
        const QString method = challengeScheme(p);
        const bool refused = !in.autodiscoverSchemes.isEmpty() &&
                             !in.autodiscoverSchemes.contains(method, Qt::CaseInsensitive);
        if (!refused) {
            DesiredChange a;
            a.key = kAutodiscoverKey;
            a.step = StepId::Pexip;
            const QJsonObject* existing =
                in.pexip.autodiscoverUrls.isEmpty() ? nullptr : &in.pexip.autodiscoverUrls.first();
            a.operation = existing ? Operation::Update : Operation::Create;
            a.target = in.autodiscoverUrl;
            a.summary = tr("Give the integration the Autodiscover URL %1").arg(in.autodiscoverUrl);
            const QString name = p.pexip.integrationName + QStringLiteral(" Autodiscover");
            a.expectations = {field(QStringLiteral("name"), name),
                              field(QStringLiteral("url"), in.autodiscoverUrl)};
            const QString deploymentUri =
                in.pexip.deployment ? in.pexip.deployment->value(QLatin1String("resource_uri")).toString()
                                    : kDeferredDeployment;
            a.rest = RestCall{QStringLiteral("POST"),
                              configPath(AutodiscoverUrls::Resource),
                              {{QStringLiteral("name"), name},
                               {QStringLiteral("url"), in.autodiscoverUrl},
                               {QStringLiteral("exchange_deployment"), deploymentUri}},
                              {}};
            out << a;
        }
    }
    return out;
}

QList<PlanNote> PexipPlanner::notes(const Step5Input& in)
{
    registerReasons();
    QList<PlanNote> out;
    const SetupProfile& p = in.profile;
    if (!in.pexip.read)
        out << PlanNote{QStringLiteral("step5.pexip"),
                        {},
                        Verdict{CheckStatus::Failed, "step5.pexip-unread", {in.pexip.error.summary()}}};
    if (in.pexip.deployment &&
        in.pexip.deployment->value(QLatin1String(deployment::AuthenticationMethod)).toString() ==
            QLatin1String("KERBEROS") &&
        !in.replaceKerberos && p.pexipAuthenticationMethod() != QLatin1String("KERBEROS"))
        out << PlanNote{QStringLiteral("step5.integration"), p.pexip.integrationName,
                        Verdict{CheckStatus::Warning,
                                "step5.kerberos-kept",
                                {p.pexip.integrationName, p.pexipAuthenticationMethod()}}};
    for (const QJsonObject& c : in.pexip.connectors) {
        const QString user = c.value(QLatin1String("username")).toString();
        if (sameAccount(p.serviceAccount.upn, user))
            out << PlanNote{QStringLiteral("step5.vmr-account"), p.serviceAccount.upn,
                            Verdict{CheckStatus::Failed,
                                    "step5.vmr-account",
                                    {p.serviceAccount.upn, c.value(QLatin1String("name")).toString(), user}}};
    }
    const int quota = p.pexip.findItemsRequestQuota;
    if (quota < deployment::MinQuota || quota > deployment::MaxQuota)
        out << PlanNote{QStringLiteral("step5.integration"), p.pexip.integrationName,
                        Verdict{CheckStatus::Failed, "step5.quota-range", {QString::number(quota)}}};
    if (in.ewsChain.isEmpty()) {
        out << PlanNote{
            QStringLiteral("step5.ca"), {}, Verdict{CheckStatus::Skipped, "step5.ca-not-checked"}};
    } else {
        const PexipTrust trust = judgeTrust(in.ewsChain, p.trust.exchange.caCertificates(), in.publicRoots,
                                            CaCertificates::certificatesOf(in.pexip.caCertificates));
        if (!trust.trusted && !trust.rootKnown)
            out << PlanNote{QStringLiteral("step5.ca"),
                            {},
                            Verdict{CheckStatus::Failed,
                                    "step5.ca-root-unknown",
                                    {certs::describe(trust.path.last())},
                                    StepId::Prerequisites}};
    }
    if (!in.pexip.deployment && !in.options.serviceAccountPasswordKnown)
        out << PlanNote{QStringLiteral("step5.integration"), p.pexip.integrationName,
                        Verdict{CheckStatus::Warning, "step5.password-unknown"}};
    if (!in.autodiscoverUrl.isEmpty()) {
        const QString method = challengeScheme(p);
        if (QUrl(in.autodiscoverUrl).scheme() != QLatin1String("https"))
            out << PlanNote{QStringLiteral("step5.autodiscover"), in.autodiscoverUrl,
                            Verdict{CheckStatus::Failed, "step5.autodiscover-https", {in.autodiscoverUrl}}};
        else if (in.autodiscoverSchemes.isEmpty())
            out << PlanNote{
                QStringLiteral("step5.autodiscover"), in.autodiscoverUrl,
                Verdict{CheckStatus::Warning, "step5.autodiscover-unverified", {in.autodiscoverUrl, method}}};
        else if (!in.autodiscoverSchemes.contains(method, Qt::CaseInsensitive))
            out << PlanNote{
                QStringLiteral("step5.autodiscover"), in.autodiscoverUrl,
                Verdict{CheckStatus::Failed,
                        "step5.autodiscover-method",
                        {in.autodiscoverUrl, method, in.autodiscoverSchemes.join(QStringLiteral(", "))},
                        StepId::Authentication}};
    }
    return out;
}

std::optional<PlannedChange> PexipPlanner::compare(const DesiredChange& change,
                                                   const std::optional<QJsonObject>& current)
{
    PlannedChange pc;
    pc.desired = change;
    pc.objectExists = current.has_value();
    RestCall call = change.rest.value_or(RestCall{});
    if (!current) {
        for (const Expectation& e : change.expectations)
            pc.diffs << FieldDiff{e.property, {}, e.value};
        pc.desired.operation = Operation::Create;
        pc.rest = call;
        pc.deferred = call.body.value(QLatin1String("exchange_deployment")).toString() == kDeferredDeployment;
        return pc;
    }
    QJsonObject patch;
    for (const Expectation& e : change.expectations) {
        const QJsonValue actual = current->value(e.property);
        if (!same(e.match, e.value, actual)) {
            pc.diffs << FieldDiff{e.property, valueOf(actual), e.value};
            patch.insert(e.property, e.value.toJson());
        }
    }
    if (pc.diffs.isEmpty())
        return std::nullopt;
    pc.desired.operation = Operation::Update;
    call.method = QStringLiteral("PATCH");
    call.path = resourcePath(current->value(QLatin1String("resource_uri")).toString());
    call.body = patch;
    call.secretField.clear();
    pc.rest = call;
    return pc;
}

StepPlan PexipPlanner::plan(const Step5Input& in)
{
    StepPlan sp;
    sp.step = StepId::Pexip;
    sp.inspected = in.pexip.read;
    sp.notes = notes(in);
    if (!in.pexip.read) {
        shell::ShellError e;
        e.message = in.pexip.error.summary();
        e.category = QStringLiteral("ConnectionError");
        e.fullyQualifiedErrorId = QStringLiteral("OtjPexip.") + PexipError::kindName(in.pexip.error.kind);
        sp.problems << e;
        return sp;
    }
    for (const DesiredChange& d : desiredChanges(in)) {
        std::optional<QJsonObject> current;
        if (d.key == kIntegrationKey) {
            current = in.pexip.deployment;
        } else if (d.key == kAutodiscoverKey) {
            if (!in.pexip.autodiscoverUrls.isEmpty())
                current = in.pexip.autodiscoverUrls.first();
        } else if (d.key.startsWith(kCaPrefix)) {
            for (const QJsonObject& o : in.pexip.caCertificates)
                if (certs::normaliseFingerprint(d.key.mid(kCaPrefix.size())) ==
                    CaCertificates::fingerprintOf(o))
                    current = o; // the same DER is already there: nothing to upload
            if (current)
                continue;
        }
        std::optional<PlannedChange> pc = compare(d, current);
        if (d.key == kIntegrationKey) {
            const bool create = !current;
            const bool withPassword = sendPassword(in, create) && in.options.serviceAccountPasswordKnown;
            if (!pc && withPassword) {
                // Everything matches, but the password must go (the API never shows it).
                pc = PlannedChange{d, true, {}, {}, false, d.rest};
                pc->desired.operation = Operation::Update;
                pc->rest->method = QStringLiteral("PATCH");
                pc->rest->path = resourcePath(current->value(QLatin1String("resource_uri")).toString());
                pc->rest->body = {};
            }
            if (pc) {
                pc->rest->secretField = withPassword ? QLatin1String(deployment::Password) : QString();
                if (withPassword)
                    pc->diffs << FieldDiff{
                        QLatin1String(deployment::Password),
                        {},
                        QCoreApplication::translate("otj::plan", "«password from the keychain»")};
            }
        }
        if (pc)
            sp.changes << *pc;
    }
    return sp;
}

} // namespace otj::pexip
