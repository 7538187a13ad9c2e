#include "core/steps/prerequisites/PrerequisitesStep.h"

#include "core/shell/CommandRegistry.h"
#include "core/shell/ShellRemedy.h"
#include "core/steps/Evidence.h"
#include "core/steps/calendarprocessing/CalendarProcessingStep.h"
#include "core/steps/prerequisites/RoomsPlanner.h"
#include "core/validation/ValidationContext.h"

#include <QJsonArray>
#include <QRegularExpression>

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
    {"prereq.p4-unreachable", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "This machine's PowerShell could not open Exchange Management PowerShell: %1"),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "%2 Or export the setup script (otjctl script --profile FILE) and run it on a machine "
                       "where Exchange Management PowerShell works.")},
    {"prereq.p4-missing", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "The admin's Exchange session lacks cmdlets the steps need: %1."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Ask an Exchange administrator to assign these management roles (Organization "
                       "Management has them all), or sign in with an account that has them.")},
    {"prereq.p4-ok", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Exchange Management PowerShell answered; the session has every cmdlet the steps "
                       "used (%1 in the session).")},
};

const QString kP1 = QStringLiteral("prereq.p1");
const QString kP2 = QStringLiteral("prereq.p2");
const QString kP4 = QStringLiteral("prereq.p4");
const QString kP5 = QStringLiteral("prereq.p5");

// The cmdlet a CommandNotFoundException names ("The term 'X' is not recognized ...").
QString missingCommand(const shell::ShellError& e)
{
    if (!e.fullyQualifiedErrorId.startsWith(QLatin1String("CommandNotFoundException")))
        return {};
    if (shell::CommandRegistry::isPlainCommandName(e.targetObject))
        return e.targetObject;
    static const QRegularExpression term(QStringLiteral("'([A-Za-z]+-[A-Za-z]+)'"));
    return term.match(e.message).captured(1);
}
} // namespace

PrerequisitesStep::PrerequisitesStep()
    : Step(kReasons)
{
    reasons::add(rooms::roomReasons());
}

QList<CheckDeclaration> PrerequisitesStep::declareChecks(const ValidationContext& context) const
{
    if (context.options().inspection && !context.options().serviceAccountOnly)
        return {
            {kP1, tr("Every OTJ room has a room resource mailbox"), true},
            {kP2, tr("Automatic calendar processing is on for every room"), true},
            {QStringLiteral("prereq.p3"), tr("Safe Links does not rewrite join links"), false,
             Verdict{CheckStatus::Skipped, "prereq.safe-links-not-checkable"}},
            {kP4, tr("Exchange Management PowerShell is reachable")},
            {kP5, tr("The EWS certificate is trusted")},
        };
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

Verdict PrerequisitesStep::powerShellVerdict(const plan::Inspection& inspection, QJsonObject* evidence)
{
    const plan::ExchangeState& state = inspection.state;
    const QString sessionKey = QString::fromLatin1(plan::SessionStateKey);
    if (const auto failed = state.errors.constFind(sessionKey); failed != state.errors.cend()) {
        if (evidence)
            *evidence = QJsonObject{{QStringLiteral("error"), failed->toJson()}};
        const QString remedy =
            failed->remedy.isEmpty() ? shell::ShellRemedy::forError(*failed) : failed->remedy;
        return {CheckStatus::Failed, "prereq.p4-unreachable", {failed->message, remedy}};
    }
    QStringList session;
    for (const QJsonObject& o : state.objects.value(sessionKey))
        for (const QJsonValue& c : o.value(QLatin1String("commands")).toArray())
            session << c.toString();
    // What the steps used: every read (a missing cmdlet failed it) and every planned write.
    QStringList missing;
    for (const shell::ShellError& e : state.errors)
        if (const QString name = missingCommand(e); !name.isEmpty())
            missing << name;
    if (!session.isEmpty())
        for (const plan::StepPlan& step : inspection.plan.steps)
            for (const plan::PlannedChange& change : step.changes)
                if (!session.contains(change.command.name, Qt::CaseInsensitive))
                    missing << change.command.name;
    missing.removeDuplicates();
    missing.sort();
    QStringList named;
    for (const QString& name : missing) {
        const shell::CommandSpec* spec = shell::CommandRegistry::find(name);
        named << (spec ? QStringLiteral("%1 (%2)").arg(name, spec->rbacRole) : name);
    }
    if (evidence)
        *evidence = QJsonObject{{QStringLiteral("sessionCommands"), int(session.size())},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}};
    if (!named.isEmpty())
        return {CheckStatus::Failed, "prereq.p4-missing", {named.join(QStringLiteral(", "))}};
    return {CheckStatus::Passed, "prereq.p4-ok", {QString::number(session.size())}};
}

void PrerequisitesStep::judgeInspection(ValidationContext& context)
{
    const plan::Inspection& inspection = *context.options().inspection;
    plan::ExchangeState state = inspection.state; // implicitly shared: no copy of the objects
    const plan::PlanOptions options;
    const plan::PlanContext planContext{context.profile(), options, state};
    const QList<rooms::RoomEntry> entries = rooms::selected(planContext);
    const QStringList& chosen = context.profile().rooms.selected;
    QHash<QString, rooms::RoomEntry> byAddress;
    for (qsizetype i = 0; i < entries.size() && i < chosen.size(); ++i)
        byAddress.insert(chosen[i].trimmed().toLower(), entries[i]);
    const auto& p1 = context.roomChecks(kP1);
    const auto& p2 = context.roomChecks(kP2);
    for (const QString& room : context.rooms()) {
        const rooms::RoomEntry entry = byAddress.value(room.trimmed().toLower());
        const Verdict v = rooms::roomVerdict(state, entry, room);
        QJsonObject evidence{{QStringLiteral("recipientTypeDetails"), entry.recipientTypeDetails},
                             {QStringLiteral("primarySmtpAddress"), entry.address}};
        for (const auto& [key, value] :
             {std::pair{"office", &entry.office}, {"city", &entry.city}, {"domain", &entry.domain}})
            if (!value->isEmpty())
                evidence.insert(QLatin1String(key), *value);
        if (!entry.roomLists.isEmpty())
            evidence.insert(QStringLiteral("roomLists"), QJsonArray::fromStringList(entry.roomLists));
        context.finalize(p1.value(room, -1), v, evidence);
        context.finalize(p2.value(room, -1),
                         entry.kind == rooms::RoomKind::OnPremRoom && v.status == CheckStatus::Passed
                             ? rooms::autoAcceptVerdict(state, entry.address)
                             : Verdict{CheckStatus::Skipped, "prereq.p2-not-a-room", {room}});
    }
    QJsonObject evidence;
    const Verdict p4 = powerShellVerdict(inspection, &evidence);
    context.finalize(context.check(kP4), p4, evidence);
}

void PrerequisitesStep::runChecks(ValidationContext& context, Gate gate)
{
    if (gate == Gate::Credentials && context.options().inspection && !context.options().serviceAccountOnly)
        judgeInspection(context);
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
