#include "core/steps/prerequisites/PrerequisitesStep.h"

#include "core/net/Certificates.h"
#include "core/pexip/PublicRoots.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/shell/CommandRegistry.h"
#include "core/shell/ShellRemedy.h"
#include "core/steps/Evidence.h"
#include "core/steps/calendarprocessing/CalendarProcessingStep.h"
#include "core/steps/prerequisites/RoomsPlanner.h"
#include "core/steps/prerequisites/SafeLinks.h"
#include "core/util/BlockingWork.h"
#include "core/validation/ValidationContext.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace otj {

namespace {
const char* const kCtx = "otj::PrerequisitesStep";
const ReasonText kReasons[] = {
    // prereq.p3: Safe Links by its effect (SafeLinks.h).
    {"prereq.p3-rewritten", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Links in invitations from outside the organisation were rewritten by %1 in: %2. "
                       "One-Touch Join then sees the wrapper, not the join link."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Exclude these rooms from URL rewriting (Safe Links policy in Microsoft Defender, or "
                       "the gateway's rewriting rules), then ask organizers to re-send.")},
    {"prereq.p3-none-rewritten", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "%1 external meetings with links, none rewritten.")},
    {"prereq.p3-nothing-to-judge", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Nothing to judge: none of the %1 meetings read came from outside the organisation "
                       "with a link."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Check by hand: Safe Links (Microsoft Defender for Office 365) if mail passes through "
                       "Exchange Online Protection; URL rewriting at a third-party gateway (Proofpoint, "
                       "Mimecast…). Or send the room a test invitation from outside and validate again.")},
    // prereq.p5: what Pexip will trust (the public-root bundle + the CAs uploaded to Pexip), not
    // what this workstation trusts (that is connection.tls).
    {"prereq.p5-public", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "The chain ends at %1, a public root (Mozilla bundle %2): Pexip trusts it.")},
    {"prereq.p5-uploaded", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "The chain ends at %1, which is uploaded to Pexip.")},
    {"prereq.p5-not-trusted", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Pexip will not trust the EWS certificate: its chain ends at %1, which is neither a "
                       "public root (Mozilla bundle %2) nor uploaded to Pexip."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Upload the CA to Pexip (step 5 does it: otjctl apply), or give Exchange a publicly "
                       "trusted certificate.")},
    {"prereq.p5-pexip-unread", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "The chain ends at %1, not a public root; whether it is uploaded to Pexip is not "
                       "known: %2"),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Give the Pexip admin password (keychain or OTJ_PEXIP_PASSWORD) and the Management "
                       "Node, then validate again.")},
    {"prereq.p5-expiring", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Pexip trusts the chain, but %1 expires on %2."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Renew it before then (and upload the new CA to Pexip if it is private).")},
    {"prereq.p5-no-chain", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Not checked: the EWS certificate chain was not read (see connection.tls).")},
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
const QString kP3 = QStringLiteral("prereq.p3");
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
            {kP3, tr("Safe Links does not rewrite join links")},
            {kP4, tr("Exchange Management PowerShell is reachable")},
            {kP5, tr("Pexip will trust the EWS certificate")},
        };
    const Verdict needsPowerShell{CheckStatus::Skipped, context.options().serviceAccountOnly
                                                            ? "common.service-account-only"
                                                            : "common.needs-powershell"};
    return {
        {QStringLiteral("prereq.p1"), tr("Every OTJ room has a room resource mailbox"), false,
         needsPowerShell},
        {QStringLiteral("prereq.p2"), tr("Automatic calendar processing is on for every room"), false,
         CalendarProcessingStep::automaticProcessingVerdict(context.options().serviceAccountOnly)},
        {kP3, tr("Safe Links does not rewrite join links")},
        {QStringLiteral("prereq.p4"), tr("Exchange Management PowerShell is reachable"), false,
         needsPowerShell},
        {kP5, tr("Pexip will trust the EWS certificate")},
    };
}

Verdict PrerequisitesStep::pexipTrustVerdict(const pexip::PexipTrust& trust, bool pexipRead,
                                             const QString& unreadWhy, const QDateTime& now)
{
    if (trust.path.isEmpty())
        return {CheckStatus::Skipped, "prereq.p5-no-chain"};
    const QString top = certs::describe(trust.path.last());
    if (!trust.trusted) {
        if (!pexipRead)
            return {CheckStatus::Warning, "prereq.p5-pexip-unread", {top, unreadWhy}, StepId::Pexip};
        return {
            CheckStatus::Failed, "prereq.p5-not-trusted", {top, pexip::publicRootsVersion()}, StepId::Pexip};
    }
    for (const QSslCertificate& c : trust.path) {
        if (c.expiryDate() < now.addDays(30))
            return {CheckStatus::Warning,
                    "prereq.p5-expiring",
                    {certs::subjectName(c), c.expiryDate().toUTC().toString(Qt::ISODate)}};
    }
    if (trust.anchor == QLatin1String("public"))
        return {CheckStatus::Passed, "prereq.p5-public", {top, pexip::publicRootsVersion()}};
    return {CheckStatus::Passed, "prereq.p5-uploaded", {top}};
}

void PrerequisitesStep::conclude(ValidationContext& context)
{
    const int p3 = context.check(kP3);
    if (p3 < 0)
        return;
    QSet<QString> internal;
    const SetupProfile& p = context.profile();
    for (const QString& address : context.rooms() + QStringList{p.serviceAccount.upn, p.exchange.adminAccount,
                                                                p.exchange.autodiscoverEmail}) {
        const QString domain = address.section(QLatin1Char('@'), 1).toLower();
        if (!domain.isEmpty())
            internal.insert(domain);
    }
    const SafeLinksFinding f = findRewrittenLinks(context.inspectedMeetings, internal);
    QJsonObject rewritten;
    for (auto it = f.rooms.cbegin(); it != f.rooms.cend(); ++it)
        rewritten.insert(it.key(), QJsonArray::fromStringList(it.value()));
    context.finalize(p3, safeLinksVerdict(f),
                     QJsonObject{{QStringLiteral("meetingsRead"), f.meetingsRead},
                                 {QStringLiteral("externalWithLinks"), f.externalWithLinks},
                                 {QStringLiteral("rewritten"), rewritten}});
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
    const QList<QSslCertificate> presented =
        context.probe && context.probe->ok() ? context.probe->value.certificates : QList<QSslCertificate>();
    const QList<QJsonObject> uploaded =
        context.pexipInventory ? context.pexipInventory->caCertificates : QList<QJsonObject>();
    const QList<QSslCertificate> exchangeCas = context.profile().trust.exchange.caCertificates();
    const bool pexipRead = context.pexipInventory.has_value();
    const QString unreadWhy = context.pexipUnread;
    const QDateTime now =
        context.options().now.isValid() ? context.options().now : QDateTime::currentDateTimeUtc();
    // Parsing the public-root bundle (~140 certificates) and judging the chain takes 50-150 ms:
    // on a worker thread, like the system-CA check, so the UI never stalls.
    struct Outcome
    {
        Verdict verdict;
        QJsonObject evidence;
    };
    auto outcome = std::make_shared<Outcome>();
    context.beginBackgroundWork();
    auto judge = [=] {
        const pexip::PexipTrust trust = pexip::judgeTrust(presented, exchangeCas, pexip::publicRoots(),
                                                          pexip::CaCertificates::certificatesOf(uploaded));
        outcome->verdict = pexipTrustVerdict(trust, pexipRead, unreadWhy, now);
        if (trust.path.isEmpty())
            return;
        QJsonArray chain;
        for (const QSslCertificate& c : trust.path)
            chain.append(
                QJsonObject{{QStringLiteral("subject"), certs::subjectName(c)},
                            {QStringLiteral("issuer"), c.issuerDisplayName()},
                            {QStringLiteral("expires"), c.expiryDate().toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("sha256"), certs::sha256Fingerprint(c)}});
        QJsonObject ev{{QStringLiteral("chain"), chain},
                       {QStringLiteral("publicRoots"), pexip::publicRootsVersion()},
                       {QStringLiteral("pexipRead"), pexipRead},
                       {QStringLiteral("anchor"), trust.anchor}};
        if (!trust.toUpload.isEmpty()) {
            QJsonArray upload;
            for (const QSslCertificate& c : trust.toUpload)
                upload.append(certs::sha256Fingerprint(c));
            ev.insert(QStringLiteral("toUpload"), upload);
        }
        outcome->evidence = ev;
    };
    startBlockingWork(context.callbacks(), judge, [&context, p5, outcome] {
        if (context.cancelled())
            return;
        context.finalize(p5, outcome->verdict, outcome->evidence);
        context.endBackgroundWork();
    });
}

} // namespace otj
