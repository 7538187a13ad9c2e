#include "core/steps/pexip/PexipStep.h"

#include "core/net/HttpProbe.h"
#include "core/pexip/resources/ExchangeDeployments.h"
#include "core/steps/pexip/Agreement.h"
#include "core/steps/pexip/PexipInspector.h"
#include "core/validation/ValidationContext.h"

#include <QJsonArray>

namespace otj {

namespace {
const char* const kCtx = "otj::PexipStep";
const char* const kApplyFix =
    QT_TRANSLATE_NOOP("otj::PexipStep", "Run otjctl plan to see the changes and otjctl apply to make them.");
const ReasonText kReasons[] = {
    {"step5.no-management-node", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipStep", "Not checked: the profile names no Pexip Management Node.")},
    {"step5.no-password", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipStep", "Not checked: the Pexip admin password is not available (%1)."),
     QT_TRANSLATE_NOOP("otj::PexipStep", "Store it in the keychain, or set %1 for an unattended run.")},
    {"step5.unreadable", kCtx, QT_TRANSLATE_NOOP("otj::PexipStep", "Pexip could not be read: %1")},
    {"step5.missing", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipStep", "Pexip has no One-Touch Join Exchange integration named \"%1\"."),
     kApplyFix},
    {"step5.differs", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipStep", "The integration \"%1\" differs from the profile: %2."), kApplyFix},
    {"step5.matches", kCtx,
     QT_TRANSLATE_NOOP("otj::PexipStep",
                       "The integration \"%1\" matches the profile (its password cannot be read back).")},
};
const QString kIntegration = QStringLiteral("step5.integration");
const QString kAgreement = QStringLiteral("step5.agreement");
} // namespace

PexipStep::PexipStep()
    : Step(kReasons)
{
    pexip::PexipPlanner::registerReasons();
    pexip::registerAgreementReasons();
}

PexipStep::~PexipStep() = default;

QList<CheckDeclaration> PexipStep::declareChecks(const ValidationContext&) const
{
    return {{kIntegration, tr("The Pexip One-Touch Join integration matches the profile")},
            {kAgreement, tr("Exchange and Pexip agree (method, account, EWS URL)")}};
}

bool PexipStep::wanted(const ValidationContext& context) const
{
    return context.check(kIntegration) >= 0 || context.check(kAgreement) >= 0 ||
           context.check(QStringLiteral("prereq.p5")) >= 0;
}

void PexipStep::runChecks(ValidationContext& context, Gate gate)
{
    if (gate == Gate::Credentials)
        readPassword(context);
    else if (gate == Gate::Discover)
        readPexip(context);
    else if (gate == Gate::Handshake) {
        judgeIntegration(context);
        judgeAgreement(context);
    }
}

void PexipStep::readPassword(ValidationContext& context)
{
    if (!wanted(context) || !context.credentials() ||
        context.profile().pexip.managementNode.trimmed().isEmpty())
        return;
    context.beginWork();
    context.credentials()->read(context.profile().profileIdString(), CredentialRole::PexipAdmin,
                                context.callbacks(), [&context](const CredentialResult& c) {
                                    if (context.cancelled())
                                        return;
                                    if (c.ok() && !c.secret.isEmpty())
                                        context.pexipPassword = c.secret;
                                    else
                                        context.pexipUnread =
                                            c.message.isEmpty() ? tr("not stored") : c.message;
                                    context.endWork();
                                });
}

void PexipStep::readPexip(ValidationContext& context)
{
    if (!wanted(context))
        return;
    if (context.profile().pexip.managementNode.trimmed().isEmpty()) {
        context.pexipUnread = tr("the profile names no Management Node");
        return;
    }
    if (context.pexipPassword.isEmpty())
        return;
    m_client = std::make_unique<pexip::PexipClient>(
        pexip::PexipClientConfig::fromProfile(context.profile(), context.pexipPassword));
    context.beginWork();
    pexip::PexipInspector::inspect(*m_client, context.profile().pexip.integrationName, context.callbacks(),
                                   [&context](const pexip::PexipInventory& inventory) {
                                       if (context.cancelled())
                                           return;
                                       if (inventory.read)
                                           context.pexipInventory = inventory;
                                       else
                                           context.pexipUnread = inventory.error.summary();
                                       context.endWork();
                                   });
}

std::optional<Verdict> PexipStep::pexipUnavailable(const ValidationContext& context)
{
    if (context.profile().pexip.managementNode.trimmed().isEmpty())
        return Verdict{CheckStatus::Skipped, "step5.no-management-node"};
    if (context.pexipPassword.isEmpty())
        return Verdict{
            CheckStatus::Skipped,
            "step5.no-password",
            {context.pexipUnread, QString::fromLatin1(environmentVariable(CredentialRole::PexipAdmin))}};
    if (!context.pexipInventory)
        return Verdict{CheckStatus::Failed, "step5.unreadable", {context.pexipUnread}};
    return std::nullopt;
}

void PexipStep::judgeIntegration(ValidationContext& context)
{
    const int check = context.check(kIntegration);
    if (check < 0)
        return;
    const SetupProfile& p = context.profile();
    if (const std::optional<Verdict> v = pexipUnavailable(context)) {
        context.finalize(check, *v);
        return;
    }
    // The read-back: plan step 5 against what Pexip holds; nothing to change means it matches.
    plan::PlanOptions options;
    const QString ewsUrl = context.ewsUrl.isValid() ? context.ewsUrl.toString() : p.exchange.ewsUrl;
    const pexip::Step5Input in{p, options, *context.pexipInventory, ewsUrl, {}, {}, false, false, {}, {}};
    const plan::StepPlan plan = pexip::PexipPlanner::plan(in);
    QJsonArray diffs;
    QStringList fields;
    for (const plan::PlannedChange& c : plan.changes) {
        if (c.desired.key != kIntegration)
            continue;
        for (const plan::FieldDiff& d : c.diffs) {
            fields << d.property;
            diffs.append(QJsonObject{{QStringLiteral("field"), d.property},
                                     {QStringLiteral("pexip"), d.before.toJson()},
                                     {QStringLiteral("profile"), d.after.toJson()}});
        }
    }
    QJsonObject ev{{QStringLiteral("integration"), p.pexip.integrationName},
                   {QStringLiteral("diffs"), diffs}};
    QJsonArray notes;
    std::optional<Verdict> worst;
    for (const plan::PlanNote& n : plan.notes) {
        if (n.verdict.status != CheckStatus::Failed && n.verdict.status != CheckStatus::Warning)
            continue;
        notes.append(QJsonObject{{QStringLiteral("check"), n.checkId},
                                 {QStringLiteral("cause"), reasons::cause(n.verdict.reason, n.verdict.args,
                                                                          reasons::Language::English)}});
        if (!worst || (n.verdict.status == CheckStatus::Failed && worst->status != CheckStatus::Failed))
            worst = n.verdict;
    }
    if (!notes.isEmpty())
        ev.insert(QStringLiteral("notes"), notes);
    if (!context.pexipInventory->deployment)
        context.finalize(check, {CheckStatus::Failed, "step5.missing", {p.pexip.integrationName}}, ev);
    else if (!fields.isEmpty())
        context.finalize(
            check, {CheckStatus::Failed, "step5.differs", {p.pexip.integrationName, fields.join(u", ")}}, ev);
    else if (worst)
        context.finalize(check, *worst, ev);
    else
        context.finalize(check, {CheckStatus::Passed, "step5.matches", {p.pexip.integrationName}}, ev);
}

void PexipStep::judgeAgreement(ValidationContext& context)
{
    const int check = context.check(kAgreement);
    if (check < 0)
        return;
    if (const std::optional<Verdict> v = pexipUnavailable(context)) {
        context.finalize(check, *v);
        return;
    }
    m_agreement = std::make_shared<pexip::AgreementInput>();
    const auto in = m_agreement;
    in->integration = context.pexipInventory->deployment;
    if (context.probe && context.probe->ok())
        in->offeredSchemes = context.probe->value.authSchemes;
    in->discoveredEwsUrl = context.ewsUrl;
    in->discovered = context.profile().exchange.discovery != EwsDiscovery::ExplicitUrl;
    const QUrl pexipUrl(in->integration
                            ? in->integration->value(QLatin1String(pexip::deployment::EwsUrl)).toString()
                            : QString());
    const bool sameUrl = pexipUrl.adjusted(QUrl::StripTrailingSlash).toString().toLower() ==
                         context.ewsUrl.adjusted(QUrl::StripTrailingSlash).toString().toLower();
    if (!in->integration || pexipUrl.isEmpty() || sameUrl) {
        if (sameUrl)
            in->pexipUrlAnswers = context.has(Fact::EwsAnswers);
        decideAgreement(context, false);
        return;
    }
    // Pexip has another EWS URL: does it answer as EWS (an unauthenticated probe, this
    // workstation's view with the profile's Exchange CA)?
    net::ProbeRequest probe;
    probe.url = pexipUrl;
    probe.userAgent = "OTJExchangeSetup/" OTJ_VERSION;
    context.beginWork();
    net::probeHttps(probe, net::tlsConfiguration(context.profile().trust.exchange.caCertificates()),
                    context.callbacks(), [this, &context, in](const net::ProbeOutcome& o) {
                        if (context.cancelled())
                            return;
                        const bool ews = o.failure == net::ProbeOutcome::Failure::None &&
                                         (o.httpStatus == 401 || o.httpStatus == 200 || o.httpStatus == 500);
                        in->pexipUrlAnswers = ews;
                        if (!ews)
                            in->pexipUrlProblem = o.failure != net::ProbeOutcome::Failure::None
                                                      ? o.detail
                                                      : QStringLiteral("HTTP %1").arg(o.httpStatus);
                        decideAgreement(context, false);
                        context.endWork();
                    });
}

void PexipStep::decideAgreement(ValidationContext& context, bool final)
{
    const int check = context.check(kAgreement);
    if (check < 0 || !m_agreement)
        return;
    const pexip::AgreementInput& in = *m_agreement;
    const Verdict v = pexip::agreementVerdict(context.profile(), in);
    // Whether an authentication policy blocks the method is proven by the service account's own
    // sign-in (step3.authentication, SignIn gate): a verdict that depends on it waits for conclude().
    const bool sameMethod =
        in.integration &&
        in.integration->value(QLatin1String(pexip::deployment::AuthenticationMethod)).toString() ==
            context.profile().pexipAuthenticationMethod();
    const bool waitForSignIn = !final && v.status != CheckStatus::Failed &&
                               v.status != CheckStatus::Skipped && sameMethod &&
                               context.check(QStringLiteral("step3.authentication")) >= 0;
    if (waitForSignIn) {
        context.setRunning(check);
        return;
    }
    context.finalize(
        check, v,
        QJsonObject{{QStringLiteral("offeredSchemes"), QJsonArray::fromStringList(in.offeredSchemes)},
                    {QStringLiteral("ewsUrl"), context.ewsUrl.toString(QUrl::RemoveUserInfo)}});
    m_agreement.reset();
}

void PexipStep::conclude(ValidationContext& context)
{
    if (!m_agreement)
        return;
    const int signIn = context.check(QStringLiteral("step3.authentication"));
    if (signIn >= 0) {
        const CheckStatus s = context.results()->node(signIn).status;
        if (s == CheckStatus::Passed)
            m_agreement->profileMethodSignsIn = true;
        else if (s == CheckStatus::Failed)
            m_agreement->profileMethodSignsIn = false;
    }
    decideAgreement(context, true);
}

} // namespace otj
