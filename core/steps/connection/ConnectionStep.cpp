#include "core/steps/connection/ConnectionStep.h"

#include "core/ews/ProfileConnection.h"

#include "core/ews/Autodiscover.h"
#include "core/steps/Evidence.h"
#include "core/validation/ValidationContext.h"

#include <QSslCertificate>

namespace otj {

using namespace otj::ews;

namespace {
const char* const kCtx = "otj::ConnectionStep";
const char* const kEwsPathFix =
    QT_TRANSLATE_NOOP("otj::ConnectionStep", "Use https://<server>/EWS/Exchange.asmx.");
const char* const kAutodiscoverFix =
    QT_TRANSLATE_NOOP("otj::ConnectionStep", "Type the EWS URL (always possible), or fix Autodiscover.");
const char* const kRedirectFix =
    QT_TRANSLATE_NOOP("otj::ConnectionStep", "Confirm %1 if you trust it, or type the EWS URL.");
const char* const kSignInFix =
    QT_TRANSLATE_NOOP("otj::ConnectionStep", "See the sign-in check; or type the EWS URL.");
const char* const kIssuingCaFix = QT_TRANSLATE_NOOP(
    "otj::ConnectionStep",
    "Add the issuing CA (PEM); the same CA must be uploaded to Pexip Infinity. Or give Exchange "
    "a publicly trusted certificate.");
const ReasonText kReasons[] = {
    // connection.tls: what this workstation trusts (system CAs + the profile's Exchange CA). Until
    // issue 13 this was prereq.p5; prereq.p5 now judges what Pexip will trust.
    {"connection.tls-autodiscover-untrusted", kCtx, "%1",
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Add the CA that issued the certificate.")},
    {"connection.tls-plain-http", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep",
                       "The EWS URL is plain HTTP: credentials are never sent over it."),
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Use the https:// EWS URL.")},
    {"connection.tls-untrusted", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "The certificate of %1 is not trusted: %2"), kIssuingCaFix},
    {"connection.tls-untrusted-by", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "The certificate of %1 is not trusted, untrusted: %3: %2"),
     kIssuingCaFix},
    {"connection.tls-not-checked", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Not checked: EWS did not answer.")},
    {"connection.tls-system", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Trusted by this workstation's system CAs.")},
    {"connection.tls-profile-ca", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep",
                       "Trusted through the profile's Exchange CA only (prereq.p5 says whether Pexip "
                       "trusts it).")},
    {"connection.no-ews-url", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "The profile has no valid EWS URL."),
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Type the EWS URL.")},
    {"connection.not-checked-no-ews-url", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Not checked: no EWS URL.")},
    {"connection.autodiscover-failed", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Autodiscover did not return an EWS URL: %1"),
     kAutodiscoverFix},
    {"connection.autodiscover-failed-fallback", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep",
                       "Autodiscover did not return an EWS URL: %1 Using the typed EWS URL instead."),
     kAutodiscoverFix},
    {"connection.autodiscover-redirect", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ConnectionStep",
         "Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent "
         "there."),
     kRedirectFix},
    {"connection.autodiscover-redirect-fallback", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ConnectionStep",
         "Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent "
         "there. Using the typed EWS URL instead."),
     kRedirectFix},
    {"connection.autodiscover-unauthorized", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep",
                       "Autodiscover rejected the service account's credentials (HTTP 401)."),
     kSignInFix},
    {"connection.autodiscover-unauthorized-fallback", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ConnectionStep",
         "Autodiscover rejected the service account's credentials (HTTP 401). Using the typed EWS "
         "URL instead."),
     kSignInFix},
    {"connection.not-checked-no-endpoint", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Not checked: the EWS URL is not known.")},
    {"connection.autodiscover-passed", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Autodiscover returned %1.")},
    {"connection.not-https", kCtx, QT_TRANSLATE_NOOP("otj::ConnectionStep", "The EWS URL is not https://."),
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Use the https:// EWS URL.")},
    {"connection.not-checked-no-https", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Not checked: EWS is not reachable over HTTPS.")},
    {"connection.not-checked-tls-failed", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Not checked: the TLS handshake failed.")},
    {"connection.not-checked-untrusted", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep",
                       "Not checked: the EWS certificate is not trusted (connection.tls).")},
    {"connection.unreachable", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "EWS at %1 does not answer: %2"),
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Check the EWS URL, DNS and firewall.")},
    {"connection.not-checked-unreachable", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Not checked: EWS is not reachable.")},
    {"connection.redirects-to-error-page", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "The EWS URL redirects to %1 (wrong URL or an error page)."),
     kEwsPathFix},
    {"connection.not-ews", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "The EWS URL answers HTTP %1, not EWS."), kEwsPathFix},
    {"connection.not-checked-not-ews", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "Not checked: the EWS URL does not lead to EWS.")},
    {"connection.answers", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "EWS answers (HTTP %1, offers %2).")},
    {"connection.answers-no-auth", kCtx,
     QT_TRANSLATE_NOOP("otj::ConnectionStep", "EWS answers (HTTP %1, offers no authentication).")},
};

const QString kEndpoint = QStringLiteral("connection.ews-endpoint");
const QString kTls = QStringLiteral("connection.tls");
} // namespace

EwsClientConfig ewsClientConfig(const SetupProfile& profile, const QString& password,
                                const ValidationOptions& options)
{
    EwsClientConfig cfg = clientConfigFromProfile(profile, password, options.confirmedHosts);
    cfg.concurrency = options.concurrency;
    cfg.transferTimeoutMs = options.transferTimeoutMs;
    cfg.managerFactory = options.managerFactory;
    return cfg;
}

ConnectionStep::ConnectionStep()
    : Step(kReasons)
{}

QList<CheckDeclaration> ConnectionStep::declareChecks(const ValidationContext& context) const
{
    const bool typed = context.profile().exchange.discovery == EwsDiscovery::ExplicitUrl;
    return {{kEndpoint, typed ? tr("The EWS URL answers") : tr("Autodiscover finds the EWS URL")},
            {kTls, tr("This workstation trusts the EWS certificate")}};
}

std::optional<Verdict> ConnectionStep::certificateVerdict(const QUrl& ewsUrl,
                                                          const std::optional<EwsResult<ProbeInfo>>& probe,
                                                          const std::optional<EwsError>& discoveryTlsError,
                                                          bool customCa)
{
    if (discoveryTlsError)
        return Verdict{
            CheckStatus::Failed, "connection.tls-autodiscover-untrusted", {discoveryTlsError->summary()}};
    if (ewsUrl.scheme() != QLatin1String("https"))
        return Verdict{CheckStatus::Failed, "connection.tls-plain-http"};
    if (!probe)
        return Verdict{CheckStatus::Skipped, "connection.tls-not-checked"};
    const EwsError& e = probe->error;
    if (e.kind == ErrorKind::TlsUntrusted || e.kind == ErrorKind::TlsFailed) {
        QString who;
        for (const CertificateInfo& c : e.chain) {
            if (c.untrusted)
                who = c.subject + QStringLiteral(" (issuer ") + c.issuer + QLatin1Char(')');
        }
        return who.isEmpty()
                   ? Verdict{CheckStatus::Failed, "connection.tls-untrusted", {ewsUrl.host(), e.detail}}
                   : Verdict{
                         CheckStatus::Failed, "connection.tls-untrusted-by", {ewsUrl.host(), e.detail, who}};
    }
    if (!e.ok() && e.kind != ErrorKind::RedirectToErrorPage)
        return Verdict{CheckStatus::Skipped, "connection.tls-not-checked"};
    if (!customCa)
        return Verdict{CheckStatus::Passed, "connection.tls-system"};
    return std::nullopt;
}

Verdict ConnectionStep::trustedVerdict(bool systemTrusted)
{
    return {CheckStatus::Passed, systemTrusted ? "connection.tls-system" : "connection.tls-profile-ca"};
}

void ConnectionStep::judgeTls(ValidationContext& context)
{
    const int tls = context.check(kTls);
    if (tls < 0)
        return;
    const bool customCa = !context.profile().trust.exchange.isEmpty();
    const std::optional<Verdict> v =
        certificateVerdict(context.ewsUrl, context.probe, context.discoveryTlsError, customCa);
    if (context.discoveryTlsError) {
        context.finalize(tls, *v,
                         QJsonObject{{QStringLiteral("chain"), chainJson(context.discoveryTlsError->chain)}});
        return;
    }
    const QString host = context.ewsUrl.host();
    const QList<CertificateInfo>& chain = context.probe && !context.probe->error.chain.isEmpty()
                                              ? context.probe->error.chain
                                          : context.probe ? context.probe->value.chain
                                                          : QList<CertificateInfo>();
    QJsonObject ev{{QStringLiteral("chain"), chainJson(chain)}, {QStringLiteral("host"), host}};
    const qint64 latency = context.probe ? context.probe->latencyMs : -1;
    if (v) {
        if (v->status == CheckStatus::Passed)
            ev.insert(QStringLiteral("trustedBy"), QStringLiteral("system"));
        const bool withEvidence = v->status != CheckStatus::Skipped && context.probe;
        context.finalize(tls, *v, withEvidence ? ev : QJsonObject(), withEvidence ? latency : -1);
        return;
    }
    // TLS verified (possibly thanks to the profile's CA). Whether the system CAs alone trust it is
    // worked out in the background; the other checks do not wait for it.
    context.beginBackgroundWork();
    verifyWithSystemCasAsync(context.probe->value.certificates, host, context.callbacks(),
                             [&context, tls, ev, latency](bool systemTrusted) {
                                 if (context.cancelled())
                                     return;
                                 QJsonObject out = ev;
                                 out.insert(QStringLiteral("trustedBy"), systemTrusted
                                                                             ? QStringLiteral("system")
                                                                             : QStringLiteral("custom CA"));
                                 context.finalize(tls, trustedVerdict(systemTrusted), out, latency);
                                 context.endBackgroundWork();
                             });
}

void ConnectionStep::runChecks(ValidationContext& context, Gate gate)
{
    if (gate == Gate::Handshake)
        judgeTls(context);
    if (gate != Gate::Discover)
        return;
    context.setClient(new EwsClient(ewsClientConfig(context.profile(), context.password, context.options())));
    if (context.profile().exchange.discovery == EwsDiscovery::ExplicitUrl) {
        context.ewsUrl = QUrl(context.profile().exchange.ewsUrl);
        if (!context.ewsUrl.isValid() || context.ewsUrl.host().isEmpty()) {
            context.finalize(context.check(kEndpoint), {CheckStatus::Failed, "connection.no-ews-url"});
            context.stop({CheckStatus::Skipped, "connection.not-checked-no-ews-url"});
            return;
        }
        context.client->setEwsUrl(context.ewsUrl);
        probe(context);
        return;
    }
    discover(context);
}

void ConnectionStep::discover(ValidationContext& context)
{
    const SetupProfile& profile = context.profile();
    auto* ad = new Autodiscover(context.client, context.callbacks());
    ad->setConfirmedHosts(context.options().confirmedHosts);
    const QString email = !profile.exchange.autodiscoverEmail.isEmpty() ? profile.exchange.autodiscoverEmail
                          : !context.rooms().isEmpty()                  ? context.rooms().first()
                                                                        : profile.serviceAccount.upn;
    const QUrl explicitUrl = profile.exchange.discovery == EwsDiscovery::AutodiscoverUrl
                                 ? QUrl(profile.exchange.autodiscoverUrl)
                                 : QUrl();
    const int endpoint = context.check(kEndpoint);
    context.setRunning(endpoint);
    context.beginWork();
    ad->discover(email, explicitUrl, [this, &context, endpoint](const AutodiscoverResult& res) {
        if (context.cancelled())
            return;
        QJsonArray attempts;
        for (const AutodiscoverAttempt& a : res.attempts)
            attempts.append(
                QJsonObject{{QStringLiteral("method"), toString(a.candidate.kind)},
                            {QStringLiteral("url"), a.candidate.url.toString(QUrl::RemoveUserInfo)},
                            {QStringLiteral("outcome"), a.outcome}});
        QJsonObject ev{{QStringLiteral("attempts"), attempts}};
        if (!res.ok()) {
            ev.insert(QStringLiteral("result"), errorJson(res.error));
            // The admin can always type the EWS URL: when the profile has one, carry on with it.
            const QUrl typed(context.profile().exchange.ewsUrl);
            const bool fallback =
                typed.isValid() && !typed.host().isEmpty() && res.error.kind != ErrorKind::Cancelled;
            Verdict v{fallback ? CheckStatus::Warning : CheckStatus::Failed,
                      fallback ? "connection.autodiscover-failed-fallback" : "connection.autodiscover-failed",
                      {res.error.summary()}};
            if (res.error.kind == ErrorKind::RedirectNeedsConfirmation) {
                v.reason = fallback ? "connection.autodiscover-redirect-fallback"
                                    : "connection.autodiscover-redirect";
                v.args = {res.error.location.host()};
            } else if (res.error.kind == ErrorKind::Unauthorized) {
                v.reason = fallback ? "connection.autodiscover-unauthorized-fallback"
                                    : "connection.autodiscover-unauthorized";
                v.args = {};
            }
            if (fallback) {
                ev.insert(QStringLiteral("fallbackEwsUrl"), typed.toString(QUrl::RemoveUserInfo));
                context.finalize(endpoint, v, ev);
                context.ewsUrl = typed;
                context.client->setEwsUrl(typed);
                probe(context);
            } else {
                if (res.error.kind == ErrorKind::TlsUntrusted) {
                    context.discoveryTlsError = res.error; // the certificate check says why
                    context.establish(Fact::HandshakeDone);
                }
                context.finalize(endpoint, v, ev);
                context.stop({CheckStatus::Skipped, "connection.not-checked-no-endpoint"});
            }
            context.endWork();
            return;
        }
        context.ewsUrl = res.ewsUrl;
        context.client->setEwsUrl(context.ewsUrl);
        ev.insert(QStringLiteral("ewsUrl"), context.ewsUrl.toString(QUrl::RemoveUserInfo));
        if (!res.casVersion.isEmpty())
            ev.insert(QStringLiteral("casVersion"), res.casVersion);
        context.finalize(endpoint,
                         {CheckStatus::Passed, "connection.autodiscover-passed", {context.ewsUrl.toString()}},
                         ev);
        probe(context);
        context.endWork();
    });
}

void ConnectionStep::probe(ValidationContext& context)
{
    context.results()->context.insert(QStringLiteral("ewsUrl"),
                                      context.ewsUrl.toString(QUrl::RemoveUserInfo));
    const int endpoint = context.check(kEndpoint);
    context.establish(Fact::HandshakeDone); // the certificate check judges what the probe saw
    if (context.ewsUrl.scheme() != QLatin1String("https")) {
        context.finalize(endpoint, {CheckStatus::Failed, "connection.not-https"});
        context.stop({CheckStatus::Skipped, "connection.not-checked-no-https"});
        return;
    }
    context.setRunning(context.check(kTls));
    context.beginWork();
    context.client->probe(context.callbacks(), [&context, endpoint](const EwsResult<ProbeInfo>& r) {
        if (context.cancelled())
            return;
        context.probe = r;
        const EwsError& e = r.error;
        if (e.kind == ErrorKind::TlsUntrusted || e.kind == ErrorKind::TlsFailed) {
            context.finalize(endpoint, {CheckStatus::Skipped, "connection.not-checked-tls-failed"});
            context.stop({CheckStatus::Skipped, "connection.not-checked-untrusted"});
        } else if (e.kind == ErrorKind::Cancelled) {
            return;
        } else if (!e.ok() && e.kind != ErrorKind::RedirectToErrorPage) {
            // No HTTP answer at all: unreachable.
            context.finalize(
                endpoint,
                {CheckStatus::Failed, "connection.unreachable", {context.ewsUrl.toString(), e.summary()}},
                errorJson(e), r.latencyMs);
            context.stop({CheckStatus::Skipped, "connection.not-checked-unreachable"});
        } else {
            const int status = r.value.httpStatus;
            QJsonObject ev{{QStringLiteral("httpStatus"), status},
                           {QStringLiteral("authSchemes"), QJsonArray::fromStringList(r.value.authSchemes)},
                           {QStringLiteral("ewsUrl"), context.ewsUrl.toString(QUrl::RemoveUserInfo)}};
            if (e.kind == ErrorKind::RedirectToErrorPage ||
                !(status == 401 || status == 200 || status == 500)) {
                const Verdict v =
                    e.kind == ErrorKind::RedirectToErrorPage
                        ? Verdict{CheckStatus::Failed,
                                  "connection.redirects-to-error-page",
                                  {e.location.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)}}
                        : Verdict{CheckStatus::Failed, "connection.not-ews", {QString::number(status)}};
                context.finalize(endpoint, v, ev, r.latencyMs);
                context.stop({CheckStatus::Skipped, "connection.not-checked-not-ews"});
            } else {
                if (context.profile().exchange.discovery == EwsDiscovery::ExplicitUrl)
                    context.finalize(
                        endpoint,
                        r.value.authSchemes.isEmpty()
                            ? Verdict{CheckStatus::Passed,
                                      "connection.answers-no-auth",
                                      {QString::number(status)}}
                            : Verdict{CheckStatus::Passed,
                                      "connection.answers",
                                      {QString::number(status), r.value.authSchemes.join(u", ")}},
                        ev, r.latencyMs);
                context.client->setOfferedSchemes(r.value.authSchemes);
                context.establish(Fact::EwsAnswers);
            }
        }
        context.endWork();
    });
}

} // namespace otj
