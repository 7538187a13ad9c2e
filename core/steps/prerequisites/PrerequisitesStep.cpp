#include "core/steps/prerequisites/PrerequisitesStep.h"

#include "core/steps/Evidence.h"
#include "core/steps/calendarprocessing/CalendarProcessingStep.h"
#include "core/validation/ValidationContext.h"

namespace otj {

using namespace otj::ews;

namespace {
const char* const kCtx = "otj::PrerequisitesStep";
const char* const kIssuingCaFix = QT_TRANSLATE_NOOP(
    "otj::PrerequisitesStep",
    "Add the issuing CA (PEM); the same CA must be uploaded to Pexip Infinity. Or give Exchange "
    "a publicly trusted certificate.");
const ReasonText kReasons[] = {
    {"prereq.safe-links-not-checkable", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::PrerequisitesStep",
         "Cannot be checked from Exchange on-premises: if you use Safe Links, exclude the OTJ rooms "
         "from URL rewriting.")},
    {"prereq.autodiscover-untrusted", kCtx, "%1",
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Add the CA that issued the certificate.")},
    {"prereq.plain-http", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "The EWS URL is plain HTTP: credentials are never sent over it."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Use the https:// EWS URL.")},
    {"prereq.untrusted", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "The certificate of %1 is not trusted: %2"), kIssuingCaFix},
    {"prereq.untrusted-by", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "The certificate of %1 is not trusted, untrusted: %3: %2"),
     kIssuingCaFix},
    {"prereq.not-checked-no-answer", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Not checked: EWS did not answer.")},
    {"prereq.publicly-trusted", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Publicly trusted certificate.")},
    {"prereq.custom-ca-only", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Trusted through the profile's custom CA only: Pexip Infinity needs the same CA.")},
};

const QString kP5 = QStringLiteral("prereq.p5");
} // namespace

PrerequisitesStep::PrerequisitesStep()
    : Step(kReasons)
{}

QList<CheckDeclaration> PrerequisitesStep::declareChecks(const ValidationContext& context) const
{
    const Verdict needsPowerShell{CheckStatus::Skipped, context.options().serviceAccountOnly
                                                            ? "common.service-account-only"
                                                            : "common.needs-powershell"};
    return {
        {QStringLiteral("prereq.p1"), tr("Every OTJ room has a room resource mailbox"), false,
         needsPowerShell},
        {QStringLiteral("prereq.p2"), tr("Automatic calendar processing is on for every room"), false,
         CalendarProcessingStep::automaticProcessingVerdict(context.options().serviceAccountOnly)},
        {QStringLiteral("prereq.p3"), tr("Safe Links does not rewrite join links"), false,
         Verdict{CheckStatus::Skipped, "prereq.safe-links-not-checkable"}},
        {QStringLiteral("prereq.p4"), tr("Exchange Management PowerShell is reachable"), false,
         needsPowerShell},
        {kP5, tr("The EWS certificate is trusted")},
    };
}

std::optional<Verdict> PrerequisitesStep::certificateVerdict(const QUrl& ewsUrl,
                                                             const std::optional<EwsResult<ProbeInfo>>& probe,
                                                             const std::optional<EwsError>& discoveryTlsError,
                                                             bool customCa)
{
    if (discoveryTlsError)
        return Verdict{CheckStatus::Failed, "prereq.autodiscover-untrusted", {discoveryTlsError->summary()}};
    if (ewsUrl.scheme() != QLatin1String("https"))
        return Verdict{CheckStatus::Failed, "prereq.plain-http"};
    if (!probe)
        return Verdict{CheckStatus::Skipped, "prereq.not-checked-no-answer"};
    const EwsError& e = probe->error;
    if (e.kind == ErrorKind::TlsUntrusted || e.kind == ErrorKind::TlsFailed) {
        QString who;
        for (const CertificateInfo& c : e.chain) {
            if (c.untrusted)
                who = c.subject + QStringLiteral(" (issuer ") + c.issuer + QLatin1Char(')');
        }
        return who.isEmpty()
                   ? Verdict{CheckStatus::Failed, "prereq.untrusted", {ewsUrl.host(), e.detail}}
                   : Verdict{CheckStatus::Failed, "prereq.untrusted-by", {ewsUrl.host(), e.detail, who}};
    }
    if (!e.ok() && e.kind != ErrorKind::RedirectToErrorPage)
        return Verdict{CheckStatus::Skipped, "prereq.not-checked-no-answer"};
    if (!customCa)
        return Verdict{CheckStatus::Passed, "prereq.publicly-trusted"};
    return std::nullopt;
}

Verdict PrerequisitesStep::trustedVerdict(bool systemTrusted)
{
    return {CheckStatus::Passed,
            systemTrusted ? "prereq.publicly-trusted" : "prereq.custom-ca-only",
            {},
            systemTrusted ? std::nullopt : std::optional(StepId::Pexip)};
}

void PrerequisitesStep::runChecks(ValidationContext& context, Gate gate)
{
    if (gate != Gate::Handshake)
        return;
    const int p5 = context.check(kP5);
    if (p5 < 0)
        return;
    const bool customCa = !context.profile().trust.exchange.isEmpty();
    const std::optional<Verdict> v =
        certificateVerdict(context.ewsUrl, context.probe, context.discoveryTlsError, customCa);
    if (context.discoveryTlsError) {
        context.finalize(p5, *v,
                         QJsonObject{{QStringLiteral("chain"), chainJson(context.discoveryTlsError->chain)}});
        return;
    }
    const QString host = context.ewsUrl.host();
    const QList<CertificateInfo>& chain = context.probe && !context.probe->error.chain.isEmpty()
                                              ? context.probe->error.chain
                                          : context.probe ? context.probe->value.chain
                                                          : QList<CertificateInfo>();
    QJsonObject tls{{QStringLiteral("chain"), chainJson(chain)}, {QStringLiteral("host"), host}};
    const qint64 latency = context.probe ? context.probe->latencyMs : -1;
    if (v) {
        if (v->status == CheckStatus::Passed)
            tls.insert(QStringLiteral("trustedBy"), QStringLiteral("system"));
        const bool withEvidence = v->status != CheckStatus::Skipped && context.probe;
        context.finalize(p5, *v, withEvidence ? tls : QJsonObject(), withEvidence ? latency : -1);
        return;
    }
    // TLS verified (possibly thanks to the custom CA). Whether the system CAs alone trust it is
    // worked out in the background; the other checks do not wait for it.
    context.beginBackgroundWork();
    verifyWithSystemCasAsync(context.probe->value.certificates, host, context.callbacks(),
                             [&context, p5, tls, latency](bool systemTrusted) {
                                 if (context.cancelled())
                                     return;
                                 QJsonObject ev = tls;
                                 ev.insert(QStringLiteral("trustedBy"), systemTrusted
                                                                            ? QStringLiteral("system")
                                                                            : QStringLiteral("custom CA"));
                                 context.finalize(p5, trustedVerdict(systemTrusted), ev, latency);
                                 context.endBackgroundWork();
                             });
}

} // namespace otj
