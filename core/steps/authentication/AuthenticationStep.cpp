#include "core/steps/authentication/AuthenticationStep.h"

#include "core/secrets/CredentialStore.h"
#include "core/steps/Evidence.h"
#include "core/steps/authentication/AuthenticationPlanner.h"
#include "core/validation/ValidationContext.h"

namespace otj {

using namespace otj::ews;

namespace {
const char* const kCtx = "otj::AuthenticationStep";
const ReasonText kReasons[] = {
    {"step3.no-credential-store", kCtx, QT_TRANSLATE_NOOP("otj::AuthenticationStep", "No credential store.")},
    {"step3.no-password", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "The service account's password is not available (%1)."),
     QT_TRANSLATE_NOOP("otj::AuthenticationStep",
                       "Store the password in the wizard, or set %2 for unattended runs.")},
    {"step3.not-checked-no-password", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep",
                       "Not checked: the service account's password is not available.")},
    {"step3.method-not-offered-basic", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "EWS does not offer %1 authentication (it offers %2)."),
     QT_TRANSLATE_NOOP(
         "otj::AuthenticationStep",
         "Enable Basic authentication on the EWS virtual directory (Set-WebServicesVirtualDirectory "
         "-BasicAuthentication $true), or choose NTLM.")},
    {"step3.method-not-offered-ntlm", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "EWS does not offer %1 authentication (it offers %2)."),
     QT_TRANSLATE_NOOP(
         "otj::AuthenticationStep",
         "Enable Windows authentication (NTLM) on the EWS virtual directory, or choose Basic.")},
    {"step3.signed-in", kCtx, QT_TRANSLATE_NOOP("otj::AuthenticationStep", "Signed in to EWS with %1.")},
    {"step3.unauthorized", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::AuthenticationStep",
         "EWS rejected the service account's %1 sign-in (HTTP 401). From EWS alone this cannot be "
         "told apart: a wrong password, a disabled, locked or expired account, or an authentication "
         "policy blocking legacy authentication all look the same; the PowerShell-side checks tell "
         "them apart."),
     QT_TRANSLATE_NOOP("otj::AuthenticationStep",
                       "Check the service account's password, then run the full validation with the Exchange "
                       "admin's credentials.")},
    {"step3.forbidden", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep",
                       "EWS refuses the service account (HTTP 403): EWS is blocked for this user or for this "
                       "application."),
     QT_TRANSLATE_NOOP("otj::AuthenticationStep",
                       "Allow EWS for the service account (Set-CASMailbox -EwsEnabled $true) and check the "
                       "organisation's EWS application access policy.")},
    {"step3.locked", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "The service account is locked (HTTP 456)."),
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "Unlock the account in Active Directory.")},
    {"step3.insecure-url", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "Credentials would go over plain HTTP; refused."),
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "Use the https:// EWS URL.")},
    {"step3.not-checked-no-sign-in", kCtx,
     QT_TRANSLATE_NOOP("otj::AuthenticationStep", "Not checked: the service account cannot sign in to EWS.")},
};

const QString kAuth = QStringLiteral("step3.authentication");
const QString kPolicy = QStringLiteral("step3.authentication-policy");
const QString kDirectory = QStringLiteral("step3.ews-directory");

bool judgesInspection(const ValidationContext& context)
{
    return context.options().inspection && !context.options().serviceAccountOnly;
}

QString methodName(EwsAuthentication m)
{
    return m == EwsAuthentication::Basic ? QStringLiteral("Basic") : QStringLiteral("NTLM");
}
} // namespace

AuthenticationStep::AuthenticationStep()
    : Step(kReasons)
{
    reasons::add(authentication::authenticationReasons());
}

QList<CheckDeclaration> AuthenticationStep::declareChecks(const ValidationContext& context) const
{
    const QString method = methodName(context.profile().exchange.ewsAuthentication);
    if (judgesInspection(context))
        return {
            {kAuth, tr("The service account signs in to EWS with %1").arg(method)},
            {kPolicy, tr("No authentication policy blocks the service account")},
            {kDirectory, tr("The EWS virtual directories allow %1").arg(method)},
        };
    return {
        {kAuth, tr("The service account signs in to EWS with %1")
                    .arg(methodName(context.profile().exchange.ewsAuthentication))},
        {kPolicy, tr("No authentication policy blocks the service account"), false,
         Verdict{CheckStatus::Skipped, context.options().serviceAccountOnly ? "common.service-account-only"
                                                                            : "common.needs-powershell"}},
    };
}

void AuthenticationStep::runChecks(ValidationContext& context, Gate gate)
{
    if (gate == Gate::Credentials && judgesInspection(context)) {
        // PowerShell-side: what the inspection read, decided before anything can stop the run.
        const plan::ExchangeState& state = context.options().inspection->state;
        context.finalize(context.check(kPolicy), authentication::policyVerdict(state, context.profile()));
        context.finalize(context.check(kDirectory),
                         authentication::ewsDirectoryVerdict(state, context.profile()));
    }
    if (gate == Gate::Credentials)
        readPassword(context);
    else if (gate == Gate::SignIn)
        signIn(context);
}

void AuthenticationStep::readPassword(ValidationContext& context)
{
    if (!context.credentials()) {
        context.couldNotRun(reasons::cause("step3.no-credential-store", {}));
        context.stop({CheckStatus::Skipped, "step3.no-credential-store"});
        return;
    }
    context.beginWork();
    context.credentials()->read(
        context.profile().profileIdString(), CredentialRole::ServiceAccount, context.callbacks(),
        [&context](const CredentialResult& c) {
            if (context.cancelled())
                return;
            if (!c.ok() || c.secret.isEmpty()) {
                const Verdict v{CheckStatus::Failed,
                                "step3.no-password",
                                {c.message.isEmpty() ? tr("not stored") : c.message,
                                 QString::fromLatin1(environmentVariable(CredentialRole::ServiceAccount))},
                                StepId::ServiceAccount};
                context.couldNotRun(reasons::cause(v.reason, v.args));
                context.finalize(context.check(kAuth), v);
                context.stop({CheckStatus::Skipped, "step3.not-checked-no-password"});
            } else {
                context.password = c.secret;
                context.establish(Fact::Password);
            }
            context.endWork();
        });
}

Verdict AuthenticationStep::methodNotOfferedVerdict(EwsAuthentication method, const QStringList& offered)
{
    return {CheckStatus::Failed,
            method == EwsAuthentication::Basic ? "step3.method-not-offered-basic"
                                               : "step3.method-not-offered-ntlm",
            {methodName(method), offered.join(u", ")}};
}

Verdict AuthenticationStep::signInVerdict(EwsAuthentication method, const EwsError& e)
{
    if (e.ok() || e.kind == ErrorKind::ResponseError)
        return {CheckStatus::Passed, "step3.signed-in", {methodName(method)}};
    switch (e.kind) {
    case ErrorKind::MethodNotOffered:
        return methodNotOfferedVerdict(method, e.authSchemes);
    case ErrorKind::Unauthorized:
        return {CheckStatus::Failed, "step3.unauthorized", {methodName(method)}};
    case ErrorKind::Forbidden:
        return {CheckStatus::Failed, "step3.forbidden"};
    case ErrorKind::AccountLocked:
        return {CheckStatus::Failed, "step3.locked"};
    case ErrorKind::InsecureUrl:
        return {CheckStatus::Failed, "step3.insecure-url", {}, StepId::Connection};
    case ErrorKind::Cancelled:
        return {CheckStatus::Cancelled, "validation.cancelled"};
    default:
        return {CheckStatus::Failed, "common.ews-error", {e.summary()}};
    }
}

void AuthenticationStep::signIn(ValidationContext& context)
{
    const EwsAuthentication method = context.profile().exchange.ewsAuthentication;
    const QStringList offered = context.probe ? context.probe->value.authSchemes : QStringList();
    const int auth = context.check(kAuth);
    if (!offered.isEmpty() && !offered.contains(methodName(method), Qt::CaseInsensitive)) {
        context.finalize(auth, methodNotOfferedVerdict(method, offered),
                         QJsonObject{{QStringLiteral("authSchemes"), QJsonArray::fromStringList(offered)}});
        context.stop({CheckStatus::Skipped, "step3.not-checked-no-sign-in"});
        return;
    }
    context.setRunning(auth);
    context.beginWork();
    context.client->resolveNames(
        context.profile().serviceAccount.upn, context.callbacks(),
        [&context, auth, method, offered](const EwsResult<QList<ResolvedMailbox>>& r) {
            if (context.cancelled())
                return;
            QJsonObject ev = errorJson(r.error);
            ev.insert(QStringLiteral("method"), methodName(method));
            ev.insert(QStringLiteral("authSchemes"), QJsonArray::fromStringList(offered));
            const Verdict v = signInVerdict(method, r.error);
            if (v.status == CheckStatus::Passed) {
                ev.remove(QStringLiteral("error"));
                context.establish(Fact::SignedIn);
            } else {
                context.stop({CheckStatus::Skipped, "step3.not-checked-no-sign-in"});
            }
            context.finalize(auth, v, ev, r.latencyMs);
            context.endWork();
        });
}

} // namespace otj
