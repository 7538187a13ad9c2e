#include "core/steps/pexip/Agreement.h"

#include "core/pexip/resources/ExchangeConnectors.h"
#include "core/pexip/resources/ExchangeDeployments.h"

namespace otj::pexip {

namespace {
const char* const kCtx = "otj::PexipAgreement";
const ReasonText kReasons[] = {
    {"step5.agreement-no-integration", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipAgreement", "Not checked: Pexip has no integration to compare yet.")},
    {"step5.agreement-kerberos", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipAgreement",
                       "Not checked: the integration uses KERBEROS, which EWS's challenge and the service "
                       "account's password sign-in cannot prove.")},
    {"step5.agreement-method", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipAgreement",
                       "Pexip will sign in with %1, but the EWS directory at %2 offers only: %3."),
     QT_TRANSLATE_NOOP("otj::PexipAgreement",
                       "Enable %1 on the EWS virtual directory (step 3), or change the integration's method "
                       "(step 5).")},
    {"step5.agreement-blocked", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipAgreement",
                       "Pexip will sign in with %1, and the service account cannot sign in with it "
                       "(step3.authentication): an authentication policy or the password blocks it."),
     QT_TRANSLATE_NOOP("otj::PexipAgreement", "Fix the sign-in (step 3) first.")},
    {"step5.agreement-method-unproven", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipAgreement",
                       "Pexip will sign in with %1, the profile with %2: whether a policy blocks %1 for the "
                       "account was not proven."),
     QT_TRANSLATE_NOOP("otj::PexipAgreement", "Use the same method on both sides.")},
    {"step5.agreement-account", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipAgreement",
                       "Pexip signs in as %1, but the profile's service account is %2."),
     QT_TRANSLATE_NOOP("otj::PexipAgreement", "Apply step 5 to give Pexip the profile's account.")},
    {"step5.agreement-username-format", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::PexipAgreement",
         "Pexip has the account as \"%1\", without a domain: Basic and NTLM sign-ins may fail."),
     QT_TRANSLATE_NOOP("otj::PexipAgreement", "Use the UPN (user@domain) or DOMAIN\\user.")},
    {"step5.agreement-url-dead", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipAgreement", "The EWS URL Pexip has (%1) does not answer as EWS: %2"),
     QT_TRANSLATE_NOOP("otj::PexipAgreement", "Apply step 5 with a working EWS URL.")},
    {"step5.agreement-url-differs", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::PexipAgreement",
         "Pexip uses %1, Autodiscover gives %2 for the rooms (a load-balanced alias is fine).")},
    {"step5.agreement-ok", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::PexipAgreement",
         "Pexip signs in as %1 with %2, which the EWS directory offers, at a URL that answers.")},
};

QString normalised(const QUrl& url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString().toLower();
}
} // namespace

void registerAgreementReasons()
{
    reasons::add(kReasons);
}

bool methodOffered(const QString& pexipMethod, const QStringList& offered)
{
    if (pexipMethod == QLatin1String("BASIC"))
        return offered.contains(QStringLiteral("Basic"), Qt::CaseInsensitive);
    if (pexipMethod == QLatin1String("NTLM"))
        return offered.contains(QStringLiteral("NTLM"), Qt::CaseInsensitive) ||
               offered.contains(QStringLiteral("Negotiate"), Qt::CaseInsensitive);
    return false;
}

Verdict agreementVerdict(const SetupProfile& profile, const AgreementInput& in)
{
    registerAgreementReasons();
    if (!in.integration)
        return {CheckStatus::Skipped, "step5.agreement-no-integration"};
    const QString method = in.integration->value(QLatin1String(deployment::AuthenticationMethod)).toString();
    if (method == QLatin1String("KERBEROS"))
        return {CheckStatus::Skipped, "step5.agreement-kerberos"};
    const QString user = in.integration->value(QLatin1String(deployment::Username)).toString();
    const QString pexipUrl = in.integration->value(QLatin1String(deployment::EwsUrl)).toString();
    if (!in.offeredSchemes.isEmpty() && !methodOffered(method, in.offeredSchemes))
        return {CheckStatus::Failed,
                "step5.agreement-method",
                {method, in.discoveredEwsUrl.toString(), in.offeredSchemes.join(QStringLiteral(", "))},
                StepId::Authentication};
    if (!sameAccount(user, profile.serviceAccount.upn))
        return {CheckStatus::Failed, "step5.agreement-account", {user, profile.serviceAccount.upn}};
    const bool sameMethod = method == profile.pexipAuthenticationMethod();
    if (sameMethod && in.profileMethodSignsIn == false)
        return {CheckStatus::Failed, "step5.agreement-blocked", {method}, StepId::Authentication};
    if (in.pexipUrlAnswers == false)
        return {CheckStatus::Failed, "step5.agreement-url-dead", {pexipUrl, in.pexipUrlProblem}};
    if (!sameMethod)
        return {CheckStatus::Warning,
                "step5.agreement-method-unproven",
                {method, profile.pexipAuthenticationMethod()}};
    if (!user.contains(QLatin1Char('@')) && !user.contains(QLatin1Char('\\')))
        return {CheckStatus::Warning, "step5.agreement-username-format", {user}};
    if (in.discovered && !pexipUrl.isEmpty() && normalised(QUrl(pexipUrl)) != normalised(in.discoveredEwsUrl))
        return {
            CheckStatus::Warning, "step5.agreement-url-differs", {pexipUrl, in.discoveredEwsUrl.toString()}};
    return {CheckStatus::Passed, "step5.agreement-ok", {user, method}};
}

} // namespace otj::pexip
