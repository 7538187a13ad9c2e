#include "core/validation/ValidationRunner.h"

#include "core/ews/Autodiscover.h"
#include "core/ews/ProfileConnection.h"
#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"
#include "core/secrets/CredentialStore.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QSslError>

#include <algorithm>

namespace otj {

using namespace otj::ews;

namespace {

const QString kNeedsPowerShell = QStringLiteral(
    "Needs the Exchange PowerShell checks, which are not available in this version; nothing was checked.");
const QString kServiceAccountOnly =
    QStringLiteral("Skipped in --service-account-only mode: needs the Exchange admin's PowerShell session.");

QJsonArray chainJson(const QList<CertificateInfo>& chain)
{
    QJsonArray a;
    for (const CertificateInfo& c : chain) {
        QJsonObject o{{QStringLiteral("subject"), c.subject},
                      {QStringLiteral("issuer"), c.issuer},
                      {QStringLiteral("sha256"), c.sha256},
                      {QStringLiteral("untrusted"), c.untrusted}};
        if (!c.errors.isEmpty())
            o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(c.errors));
        a.append(o);
    }
    return a;
}

QJsonObject errorJson(const EwsError& e)
{
    QJsonObject o{{QStringLiteral("error"), toString(e.kind)}};
    if (e.httpStatus)
        o.insert(QStringLiteral("httpStatus"), e.httpStatus);
    if (!e.responseCode.isEmpty())
        o.insert(QStringLiteral("responseCode"), e.responseCode);
    if (!e.innerResponseCode.isEmpty())
        o.insert(QStringLiteral("innerResponseCode"), e.innerResponseCode);
    if (e.backOffMs >= 0)
        o.insert(QStringLiteral("backOffMs"), e.backOffMs);
    if (!e.authSchemes.isEmpty())
        o.insert(QStringLiteral("authSchemes"), QJsonArray::fromStringList(e.authSchemes));
    if (!e.chain.isEmpty())
        o.insert(QStringLiteral("chain"), chainJson(e.chain));
    if (!e.message.isEmpty())
        o.insert(QStringLiteral("serverMessage"), Redactor::redact(e.message));
    if (!e.location.isEmpty())
        o.insert(QStringLiteral("location"), e.location.toString(QUrl::RemoveUserInfo));
    return o;
}

QString methodName(EwsAuthentication m)
{
    return m == EwsAuthentication::Basic ? QStringLiteral("Basic") : QStringLiteral("NTLM");
}

struct Verdict
{
    CheckStatus status;
    QString cause;
    QString fix;
};

// Impersonation (GetFolder as the room) failures, per ews.md §3.3.
Verdict impersonationVerdict(const EwsError& e, const QString& room)
{
    switch (e.category()) {
    case CodeCategory::ImpersonationNotAllowedForTarget:
        return {
            CheckStatus::Failed,
            QStringLiteral("The service account may not impersonate %1: the room is outside the "
                           "impersonation scope (%2).")
                .arg(room, e.responseCode),
            QStringLiteral("Add %1 to the OTJ rooms distribution group (step 2). Role and group changes can "
                           "take up to an hour to reach EWS.")
                .arg(room)};
    case CodeCategory::ImpersonationNotGranted:
        return {CheckStatus::Failed,
                QStringLiteral("The service account has no ApplicationImpersonation role assignment (%1).")
                    .arg(e.responseCode),
                QStringLiteral("Create the scoped ApplicationImpersonation role assignment (step 2).")};
    case CodeCategory::NonExistentMailbox:
        return {
            CheckStatus::Failed,
            QStringLiteral("%1 is not a mailbox on this Exchange organisation (a typo, not a mailbox, or a "
                           "mailbox in Exchange Online).")
                .arg(room),
            QStringLiteral("Check the room's primary SMTP address in the room selection (step 4).")};
    case CodeCategory::InvalidAddress:
        return {CheckStatus::Failed,
                QStringLiteral("%1 is not a valid address (%2).").arg(room, e.responseCode),
                QStringLiteral("Correct the address in the room selection (step 4).")};
    case CodeCategory::AccessDenied:
        return {CheckStatus::Failed,
                QStringLiteral("Access to %1's calendar is denied (%2).").arg(room, e.responseCode),
                QStringLiteral("Check the ApplicationImpersonation role assignment (step 2).")};
    default:
        break;
    }
    if (e.kind == ErrorKind::Cancelled)
        return {CheckStatus::Cancelled, QStringLiteral("Cancelled."), {}};
    return {
        CheckStatus::Failed, e.summary(),
        QStringLiteral("A server-side or transient problem; see the evidence, then re-run the validation.")};
}

bool isStripped(const CalendarItem& i)
{
    const QString subject = i.subject.trimmed();
    return i.body.trimmed().isEmpty() || subject.isEmpty() ||
           (!i.organizerName.isEmpty() &&
            subject.compare(i.organizerName.trimmed(), Qt::CaseInsensitive) == 0);
}

} // namespace

ValidationRunner::ValidationRunner(const SetupProfile& profile, CredentialStore* credentials,
                                   const ValidationOptions& options, ValidationResults* results,
                                   QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_opt(options)
    , m_results(results)
{}

ValidationRunner::~ValidationRunner()
{
    delete m_ctx;
}

ews::EwsStats ValidationRunner::ewsStats() const
{
    return m_client ? m_client->stats() : m_lastStats;
}

bool ValidationRunner::selected(const QString& id) const
{
    if (m_opt.only.isEmpty())
        return true;
    for (const QString& o : m_opt.only) {
        if (id == o || id.startsWith(o + QLatin1Char('.')) || id.startsWith(o + QLatin1Char('/')) ||
            o.startsWith(id + QLatin1Char('/')))
            return true;
    }
    return false;
}

int ValidationRunner::addCheck(int parent, const QString& id, const QString& title, const QString& step)
{
    if (!selected(id))
        return -1;
    return m_results->add(parent, {id, title, step});
}

void ValidationRunner::buildTree()
{
    ValidationResults* r = m_results;
    const QString psReason = m_opt.serviceAccountOnly ? kServiceAccountOnly : kNeedsPowerShell;
    auto skipped = [&](const QString& id, const QString& title, const QString& step, const QString& why) {
        const int i = addCheck(-1, id, title, step);
        if (i >= 0)
            r->setStatus(i, CheckStatus::Skipped, why);
    };
    skipped(QStringLiteral("prereq.p1"), tr("Every OTJ room has a room resource mailbox"),
            QStringLiteral("prereq"), psReason);
    skipped(QStringLiteral("prereq.p2"), tr("Automatic calendar processing is on for every room"),
            QStringLiteral("prereq"), psReason);
    skipped(
        QStringLiteral("prereq.p3"), tr("Safe Links does not rewrite join links"), QStringLiteral("prereq"),
        QStringLiteral("Cannot be checked from Exchange on-premises: if you use Safe Links, exclude the OTJ "
                       "rooms from URL rewriting."));
    skipped(QStringLiteral("prereq.p4"), tr("Exchange Management PowerShell is reachable"),
            QStringLiteral("prereq"), psReason);
    m_p5 = addCheck(-1, QStringLiteral("prereq.p5"), tr("The EWS certificate is trusted"),
                    QStringLiteral("prereq"));
    m_endpoint = addCheck(-1, QStringLiteral("connection.ews-endpoint"),
                          m_profile.exchange.discovery == EwsDiscovery::ExplicitUrl
                              ? tr("The EWS URL answers")
                              : tr("Autodiscover finds the EWS URL"),
                          QStringLiteral("connection"));
    skipped(QStringLiteral("step1.service-account"), tr("The service account exists and is enabled"),
            QStringLiteral("step1"), psReason);
    m_imp = addCheck(-1, QStringLiteral("step2.impersonation"),
                     tr("The service account can impersonate every OTJ room"), QStringLiteral("step2"));
    m_read =
        addCheck(-1, QStringLiteral("step2.calendar-read"),
                 tr("Room calendars are readable for the next %n day(s)", nullptr, m_opt.calendarWindowDays),
                 QStringLiteral("step2"));
    m_scope = addCheck(-1, QStringLiteral("step2.scope"), tr("Impersonation is limited to the OTJ rooms"),
                       QStringLiteral("step2"));
    skipped(QStringLiteral("step2.role-assignment"),
            tr("The ApplicationImpersonation assignment is scoped to the OTJ rooms group"),
            QStringLiteral("step2"), psReason);
    m_auth = addCheck(-1, QStringLiteral("step3.authentication"),
                      tr("The service account signs in to EWS with %1")
                          .arg(methodName(m_profile.exchange.ewsAuthentication)),
                      QStringLiteral("step3"));
    skipped(QStringLiteral("step3.authentication-policy"),
            tr("No authentication policy blocks the service account"), QStringLiteral("step3"), psReason);
    skipped(QStringLiteral("step4.calendar-processing"), tr("Calendar processing keeps meeting details"),
            QStringLiteral("step4"), psReason);
    m_content = addCheck(-1, QStringLiteral("step4.content"), tr("Meetings keep their subject and body"),
                         QStringLiteral("step4"));
    skipped(QStringLiteral("step5.pexip"), tr("The Pexip One-Touch Join integration matches"),
            QStringLiteral("step5"),
            QStringLiteral("The Pexip checks are not available in this version; nothing was checked."));

    auto children = [&](int parent, const QString& prefix, QHash<QString, int>* map) {
        if (parent < 0)
            return;
        QList<CheckDef> defs;
        QStringList rooms;
        for (const QString& room : std::as_const(m_rooms)) {
            const QString id = prefix + QLatin1Char('/') + room;
            if (selected(id)) {
                defs.append({id, room, m_results->node(parent).fixStep});
                rooms << room;
            }
        }
        const int first = m_results->addChecks(parent, defs);
        for (int i = 0; i < rooms.size(); ++i)
            map->insert(rooms[i], first + i);
    };
    children(m_imp, QStringLiteral("step2.impersonation"), &m_impRoom);
    children(m_read, QStringLiteral("step2.calendar-read"), &m_readRoom);
    children(m_content, QStringLiteral("step4.content"), &m_contentRoom);

    m_total = 0;
    m_done = 0;
    for (int i = 0; i < r->count(); ++i) {
        if (r->node(i).children.isEmpty()) {
            ++m_total;
            if (isFinal(r->node(i).status))
                ++m_done;
        }
    }
}

void ValidationRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = m_couldNotRun = false;
    m_scopeDone = m_p5Done = true;
    m_authDone = m_finishPending = false;
    m_outstandingRooms = 0;
    delete m_ctx;
    m_ctx = new QObject(this);
    m_impRoom.clear();
    m_readRoom.clear();
    m_contentRoom.clear();
    m_rooms = m_opt.rooms.isEmpty() ? m_profile.rooms.selected : m_opt.rooms;
    m_rooms.removeDuplicates();
    if (!m_opt.now.isValid())
        m_opt.now = QDateTime::currentDateTimeUtc();

    m_results->clear();
    m_results->startedAt = QDateTime::currentDateTimeUtc();
    m_results->context = QJsonObject{
        {QStringLiteral("tool"), QStringLiteral("OTJ Exchange Setup " OTJ_VERSION)},
        {QStringLiteral("profileId"), m_profile.profileIdString()},
        {QStringLiteral("serviceAccount"), m_profile.serviceAccount.upn},
        {QStringLiteral("authentication"), methodName(m_profile.exchange.ewsAuthentication)},
        {QStringLiteral("rooms"), int(m_rooms.size())},
        {QStringLiteral("serviceAccountOnly"), m_opt.serviceAccountOnly},
        {QStringLiteral("concurrency"), m_opt.concurrency},
    };
    buildTree();
    Q_EMIT progress(m_done, m_total);
    qCInfo(lcValidation) << "validation started:" << m_rooms.size() << "rooms," << m_total << "checks";

    if (!m_credentials) {
        m_couldNotRun = true;
        m_couldNotRunReason = QStringLiteral("No credential store.");
        skipRemaining(m_couldNotRunReason);
        finish();
        return;
    }
    m_credentials->read(
        m_profile.profileIdString(), CredentialRole::ServiceAccount, m_ctx,
        [this](const CredentialResult& c) {
            if (m_cancelled)
                return;
            if (!c.ok() || c.secret.isEmpty()) {
                m_couldNotRun = true;
                m_couldNotRunReason =
                    QStringLiteral("The service account's password is not available (%1).")
                        .arg(c.message.isEmpty() ? QStringLiteral("not stored") : c.message);
                finalize(m_auth, CheckStatus::Failed, m_couldNotRunReason,
                         QStringLiteral("Store the password in the wizard (step 1), or set %1 for "
                                        "unattended runs.")
                             .arg(QString::fromLatin1(environmentVariable(CredentialRole::ServiceAccount))));
                skipRemaining(QStringLiteral("Not checked: the service account's password is not "
                                             "available."));
                finish();
                return;
            }
            startEws(c.secret);
        });
}

void ValidationRunner::finalize(int index, CheckStatus s, const QString& cause, const QString& fix,
                                const QJsonObject& evidence, qint64 latency)
{
    if (index < 0)
        return;
    const bool wasFinal = isFinal(m_results->node(index).status);
    m_results->setStatus(index, s, cause, fix, evidence, latency);
    if (!wasFinal && m_results->node(index).children.isEmpty()) {
        ++m_done;
        Q_EMIT progress(m_done, m_total);
    }
}

void ValidationRunner::skipRemaining(const QString& cause)
{
    for (int i = 0; i < m_results->count(); ++i) {
        const CheckNode& n = m_results->node(i);
        if (i == m_p5 && !m_p5Done && !m_cancelled)
            continue; // still being decided in the background
        if (n.children.isEmpty() && !isFinal(n.status))
            finalize(i, m_cancelled ? CheckStatus::Cancelled : CheckStatus::Skipped, cause);
    }
    for (int parent : {m_imp, m_read, m_content}) {
        if (parent >= 0)
            m_results->summarizeFromChildren(parent);
    }
}

void ValidationRunner::startEws(const QString& password)
{
    EwsClientConfig cfg = clientConfigFromProfile(m_profile, password, m_opt.confirmedHosts);
    cfg.concurrency = m_opt.concurrency;
    cfg.transferTimeoutMs = m_opt.transferTimeoutMs;
    cfg.managerFactory = m_opt.managerFactory;
    m_client = new EwsClient(cfg, this);
    connect(m_client, &EwsClient::throttled, this, &ValidationRunner::throttled);
    m_results->context.insert(QStringLiteral("concurrency"), m_client->concurrency());

    if (m_profile.exchange.discovery == EwsDiscovery::ExplicitUrl) {
        m_ewsUrl = QUrl(m_profile.exchange.ewsUrl);
        if (!m_ewsUrl.isValid() || m_ewsUrl.host().isEmpty()) {
            m_couldNotRun = true;
            m_couldNotRunReason = QStringLiteral("The profile has no valid EWS URL.");
            finalize(m_endpoint, CheckStatus::Failed, m_couldNotRunReason,
                     QStringLiteral("Type the EWS URL on the connection page."));
            skipRemaining(QStringLiteral("Not checked: no EWS URL."));
            finish();
            return;
        }
        m_client->setEwsUrl(m_ewsUrl);
        runProbe();
        return;
    }
    auto* ad = new Autodiscover(m_client, m_ctx);
    ad->setConfirmedHosts(m_opt.confirmedHosts);
    const QString email = !m_profile.exchange.autodiscoverEmail.isEmpty()
                              ? m_profile.exchange.autodiscoverEmail
                          : !m_rooms.isEmpty() ? m_rooms.first()
                                               : m_profile.serviceAccount.upn;
    const QUrl explicitUrl = m_profile.exchange.discovery == EwsDiscovery::AutodiscoverUrl
                                 ? QUrl(m_profile.exchange.autodiscoverUrl)
                                 : QUrl();
    if (m_endpoint >= 0)
        m_results->setRunning(m_endpoint);
    ad->discover(email, explicitUrl, [this](const AutodiscoverResult& res) {
        if (m_cancelled)
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
            QString cause =
                QStringLiteral("Autodiscover did not return an EWS URL: %1").arg(res.error.summary());
            QString fix = QStringLiteral("Type the EWS URL on the connection page (always possible), or fix "
                                         "Autodiscover.");
            if (res.error.kind == ErrorKind::RedirectNeedsConfirmation) {
                cause =
                    QStringLiteral("Autodiscover redirects to %1, a host you have not confirmed; credentials "
                                   "were not sent there.")
                        .arg(res.error.location.host());
                fix =
                    QStringLiteral("Confirm %1 on the connection page if you trust it, or type the EWS URL.")
                        .arg(res.error.location.host());
            }
            if (res.error.kind == ErrorKind::Unauthorized) {
                cause = QStringLiteral("Autodiscover rejected the service account's credentials (HTTP 401).");
                fix = QStringLiteral(
                    "See the sign-in check (step 3); or type the EWS URL on the connection page.");
            }
            // The admin can always type the EWS URL: when the profile has one, carry on with it.
            const QUrl typed(m_profile.exchange.ewsUrl);
            if (typed.isValid() && !typed.host().isEmpty() && res.error.kind != ErrorKind::Cancelled) {
                ev.insert(QStringLiteral("fallbackEwsUrl"), typed.toString(QUrl::RemoveUserInfo));
                finalize(m_endpoint, CheckStatus::Warning,
                         cause + QStringLiteral(" Using the typed EWS URL instead."), fix, ev);
                m_ewsUrl = typed;
                m_client->setEwsUrl(m_ewsUrl);
                runProbe();
                return;
            }
            if (res.error.kind == ErrorKind::TlsUntrusted)
                finalize(m_p5, CheckStatus::Failed, res.error.summary(),
                         QStringLiteral("Add the CA that issued the certificate on the Prerequisites page."),
                         QJsonObject{{QStringLiteral("chain"), chainJson(res.error.chain)}});
            finalize(m_endpoint, CheckStatus::Failed, cause, fix, ev);
            m_couldNotRun = true;
            m_couldNotRunReason = cause;
            skipRemaining(QStringLiteral("Not checked: the EWS URL is not known."));
            finish();
            return;
        }
        m_ewsUrl = res.ewsUrl;
        m_client->setEwsUrl(m_ewsUrl);
        ev.insert(QStringLiteral("ewsUrl"), m_ewsUrl.toString(QUrl::RemoveUserInfo));
        if (!res.casVersion.isEmpty())
            ev.insert(QStringLiteral("casVersion"), res.casVersion);
        finalize(m_endpoint, CheckStatus::Passed,
                 QStringLiteral("Autodiscover returned %1.").arg(m_ewsUrl.toString()), {}, ev);
        runProbe();
    });
}

void ValidationRunner::runProbe()
{
    m_results->context.insert(QStringLiteral("ewsUrl"), m_ewsUrl.toString(QUrl::RemoveUserInfo));
    if (m_ewsUrl.scheme() != QLatin1String("https")) {
        finalize(m_p5, CheckStatus::Failed,
                 QStringLiteral("The EWS URL is plain HTTP: credentials are never sent over it."),
                 QStringLiteral("Use the https:// EWS URL."));
        finalize(m_endpoint, CheckStatus::Failed, QStringLiteral("The EWS URL is not https://."),
                 QStringLiteral("Use the https:// EWS URL."));
        skipRemaining(QStringLiteral("Not checked: EWS is not reachable over HTTPS."));
        finish();
        return;
    }
    if (m_p5 >= 0)
        m_results->setRunning(m_p5);
    m_client->probe(m_ctx, [this](const EwsResult<ProbeInfo>& r) {
        if (m_cancelled)
            return;
        const EwsError& e = r.error;
        const QString host = m_ewsUrl.host();
        if (e.kind == ErrorKind::TlsUntrusted || e.kind == ErrorKind::TlsFailed) {
            QString who;
            for (const CertificateInfo& c : e.chain) {
                if (c.untrusted)
                    who = c.subject + QStringLiteral(" (issuer ") + c.issuer + QLatin1Char(')');
            }
            finalize(
                m_p5, CheckStatus::Failed,
                QStringLiteral("The certificate of %1 is not trusted%2: %3")
                    .arg(host, who.isEmpty() ? QString() : QStringLiteral(", untrusted: ") + who, e.detail),
                QStringLiteral(
                    "Add the issuing CA (PEM) on the Prerequisites page; the same CA must be uploaded "
                    "to Pexip Infinity (step 5). Or give Exchange a publicly trusted certificate."),
                QJsonObject{{QStringLiteral("chain"), chainJson(e.chain)}, {QStringLiteral("host"), host}},
                r.latencyMs);
            finalize(m_endpoint, CheckStatus::Skipped,
                     QStringLiteral("Not checked: the TLS handshake failed."));
            skipRemaining(QStringLiteral("Not checked: the EWS certificate is not trusted (prereq.p5)."));
            finish();
            return;
        }
        if (e.kind == ErrorKind::Cancelled)
            return;
        if (!e.ok() && e.kind != ErrorKind::RedirectToErrorPage) {
            // No HTTP answer at all: unreachable.
            finalize(m_p5, CheckStatus::Skipped, QStringLiteral("Not checked: EWS did not answer."));
            finalize(m_endpoint, CheckStatus::Failed,
                     QStringLiteral("EWS at %1 does not answer: %2").arg(m_ewsUrl.toString(), e.summary()),
                     QStringLiteral("Check the EWS URL, DNS and firewall (connection page)."), errorJson(e),
                     r.latencyMs);
            m_couldNotRun = true;
            m_couldNotRunReason = QStringLiteral("EWS is not reachable: %1").arg(e.summary());
            skipRemaining(QStringLiteral("Not checked: EWS is not reachable."));
            finish();
            return;
        }
        // TLS verified (possibly thanks to the custom CA). Whether the system CAs alone trust it
        // is worked out in the background; the other checks do not wait for it.
        QJsonObject tls{{QStringLiteral("chain"), chainJson(r.value.chain)}, {QStringLiteral("host"), host}};
        if (m_profile.trust.exchange.isEmpty()) {
            tls.insert(QStringLiteral("trustedBy"), QStringLiteral("system"));
            finalize(m_p5, CheckStatus::Passed, QStringLiteral("Publicly trusted certificate."), {}, tls,
                     r.latencyMs);
        } else if (m_p5 >= 0) {
            m_p5Done = false;
            const qint64 latency = r.latencyMs;
            verifyWithSystemCasAsync(
                r.value.certificates, host, m_ctx, [this, tls, latency](bool systemTrusted) {
                    if (m_cancelled || !m_running)
                        return;
                    QJsonObject ev = tls;
                    ev.insert(QStringLiteral("trustedBy"),
                              systemTrusted ? QStringLiteral("system") : QStringLiteral("custom CA"));
                    finalize(
                        m_p5, CheckStatus::Passed,
                        systemTrusted
                            ? QStringLiteral("Publicly trusted certificate.")
                            : QStringLiteral("Trusted through the profile's custom CA only: Pexip Infinity "
                                             "needs the same CA (uploaded in step 5)."),
                        {}, ev, latency);
                    m_p5Done = true;
                    if (m_finishPending)
                        finish();
                    else
                        maybeFinish();
                });
        }

        const int status = r.value.httpStatus;
        QJsonObject ev{{QStringLiteral("httpStatus"), status},
                       {QStringLiteral("authSchemes"), QJsonArray::fromStringList(r.value.authSchemes)},
                       {QStringLiteral("ewsUrl"), m_ewsUrl.toString(QUrl::RemoveUserInfo)}};
        if (e.kind == ErrorKind::RedirectToErrorPage || !(status == 401 || status == 200 || status == 500)) {
            const QString cause =
                e.kind == ErrorKind::RedirectToErrorPage
                    ? QStringLiteral("The EWS URL redirects to %1 (wrong URL or an error page).")
                          .arg(e.location.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                    : QStringLiteral("The EWS URL answers HTTP %1, not EWS.").arg(status);
            finalize(m_endpoint, CheckStatus::Failed, cause,
                     QStringLiteral("Use https://<server>/EWS/Exchange.asmx (connection page)."), ev,
                     r.latencyMs);
            m_couldNotRun = true;
            m_couldNotRunReason = cause;
            skipRemaining(QStringLiteral("Not checked: the EWS URL does not lead to EWS."));
            finish();
            return;
        }
        if (m_profile.exchange.discovery == EwsDiscovery::ExplicitUrl)
            finalize(m_endpoint, CheckStatus::Passed,
                     QStringLiteral("EWS answers (HTTP %1, offers %2).")
                         .arg(status)
                         .arg(r.value.authSchemes.isEmpty() ? QStringLiteral("no authentication")
                                                            : r.value.authSchemes.join(QStringLiteral(", "))),
                     {}, ev, r.latencyMs);
        m_client->setOfferedSchemes(r.value.authSchemes);
        m_probeSchemes = r.value.authSchemes;
        runAuthentication();
    });
}

void ValidationRunner::runAuthentication()
{
    const QString method = methodName(m_profile.exchange.ewsAuthentication);
    const QString notOfferedFix =
        m_profile.exchange.ewsAuthentication == EwsAuthentication::Basic
            ? QStringLiteral(
                  "Enable Basic authentication on the EWS virtual directory "
                  "(Set-WebServicesVirtualDirectory -BasicAuthentication $true), or choose NTLM (step 3).")
            : QStringLiteral(
                  "Enable Windows authentication (NTLM) on the EWS virtual directory, or choose Basic "
                  "(step 3).");
    if (!m_probeSchemes.isEmpty() && !m_probeSchemes.contains(method, Qt::CaseInsensitive)) {
        finalize(m_auth, CheckStatus::Failed,
                 QStringLiteral("EWS does not offer %1 authentication (it offers %2).")
                     .arg(method, m_probeSchemes.join(QStringLiteral(", "))),
                 notOfferedFix,
                 QJsonObject{{QStringLiteral("authSchemes"), QJsonArray::fromStringList(m_probeSchemes)}});
        skipRemaining(QStringLiteral("Not checked: the service account cannot sign in to EWS."));
        finish();
        return;
    }
    if (m_auth >= 0)
        m_results->setRunning(m_auth);
    m_client->resolveNames(
        m_profile.serviceAccount.upn, m_ctx,
        [this, method, notOfferedFix](const EwsResult<QList<ResolvedMailbox>>& r) {
            if (m_cancelled)
                return;
            const EwsError& e = r.error;
            QJsonObject ev = errorJson(e);
            ev.insert(QStringLiteral("method"), method);
            ev.insert(QStringLiteral("authSchemes"), QJsonArray::fromStringList(m_probeSchemes));
            if (e.ok() || e.kind == ErrorKind::ResponseError) {
                // Any EWS answer (even "no match") means IIS accepted the credentials.
                ev.remove(QStringLiteral("error"));
                finalize(m_auth, CheckStatus::Passed, QStringLiteral("Signed in to EWS with %1.").arg(method),
                         {}, ev, r.latencyMs);
                m_authDone = true;
                runRooms();
                runScope();
                maybeFinish();
                return;
            }
            QString cause;
            QString fix;
            switch (e.kind) {
            case ErrorKind::MethodNotOffered:
                cause = QStringLiteral("EWS does not offer %1 authentication (it offers %2).")
                            .arg(method, e.authSchemes.join(QStringLiteral(", ")));
                fix = notOfferedFix;
                break;
            case ErrorKind::Unauthorized:
                cause =
                    QStringLiteral(
                        "EWS rejected the service account's %1 sign-in (HTTP 401). From EWS alone this "
                        "cannot be told apart: a wrong password, a disabled, locked or expired account, or "
                        "an authentication policy blocking legacy authentication all look the same; the "
                        "PowerShell-side checks tell them apart.")
                        .arg(method);
                fix = QStringLiteral(
                    "Check the service account's password (step 1), then run the full validation with "
                    "the Exchange admin's credentials.");
                break;
            case ErrorKind::Forbidden:
                cause = QStringLiteral(
                    "EWS refuses the service account (HTTP 403): EWS is blocked for this user or for "
                    "this application.");
                fix = QStringLiteral(
                    "Allow EWS for the service account (Set-CASMailbox -EwsEnabled $true) and check the "
                    "organisation's EWS application access policy.");
                break;
            case ErrorKind::AccountLocked:
                cause = QStringLiteral("The service account is locked (HTTP 456).");
                fix = QStringLiteral("Unlock the account in Active Directory.");
                break;
            case ErrorKind::InsecureUrl:
                cause = QStringLiteral("Credentials would go over plain HTTP; refused.");
                fix = QStringLiteral("Use the https:// EWS URL.");
                break;
            default:
                cause = e.summary();
                fix = QStringLiteral("See the evidence, then re-run the validation.");
            }
            finalize(m_auth, e.kind == ErrorKind::Cancelled ? CheckStatus::Cancelled : CheckStatus::Failed,
                     cause, fix, ev, r.latencyMs);
            skipRemaining(QStringLiteral("Not checked: the service account cannot sign in to EWS."));
            finish();
        });
}

void ValidationRunner::runRooms()
{
    const bool any = m_imp >= 0 || m_read >= 0 || m_content >= 0;
    if (!any)
        return;
    for (const QString& room : std::as_const(m_rooms)) {
        if (!m_impRoom.contains(room) && !m_readRoom.contains(room) && !m_contentRoom.contains(room))
            continue;
        ++m_outstandingRooms;
        runRoom(room);
    }
}

void ValidationRunner::runRoom(const QString& room)
{
    const RequestTarget target{Access::Impersonation, room};
    const int imp = m_impRoom.value(room, -1);
    const int read = m_readRoom.value(room, -1);
    const int content = m_contentRoom.value(room, -1);
    m_client->getCalendarFolder(target, m_ctx, [=, this](const EwsResult<FolderInfo>& r) {
        if (m_cancelled)
            return;
        if (!r.ok()) {
            const Verdict v = impersonationVerdict(r.error, room);
            finalize(imp, v.status, v.cause, v.fix, errorJson(r.error), r.latencyMs);
            const QString why = QStringLiteral("Not checked: impersonating %1 failed.").arg(room);
            finalize(read, v.status == CheckStatus::Cancelled ? CheckStatus::Cancelled : CheckStatus::Skipped,
                     why);
            finalize(content,
                     v.status == CheckStatus::Cancelled ? CheckStatus::Cancelled : CheckStatus::Skipped, why);
            roomDone();
            return;
        }
        finalize(imp, CheckStatus::Passed, {}, {},
                 QJsonObject{{QStringLiteral("operation"), QStringLiteral("GetFolder calendar")},
                             {QStringLiteral("requestId"), r.requestId}},
                 r.latencyMs);
        if (read < 0 && content < 0) {
            roomDone();
            return;
        }
        const QDateTime start = m_opt.now;
        const QDateTime end = start.addDays(m_opt.calendarWindowDays);
        m_client->findCalendarItems(
            target, start, end, m_opt.maxItemsPerRoom, m_ctx, [=, this](const EwsResult<CalendarView>& f) {
                if (m_cancelled)
                    return;
                if (!f.ok()) {
                    const Verdict v = impersonationVerdict(f.error, room);
                    finalize(read, v.status, v.cause, v.fix, errorJson(f.error), f.latencyMs);
                    finalize(content,
                             v.status == CheckStatus::Cancelled ? CheckStatus::Cancelled
                                                                : CheckStatus::Skipped,
                             QStringLiteral("Not checked: the calendar could not be read."));
                    roomDone();
                    return;
                }
                const CalendarView& view = f.value;
                QJsonObject ev{{QStringLiteral("items"), int(view.items.size())},
                               {QStringLiteral("totalItemsInView"), view.totalItemsInView},
                               {QStringLiteral("windowStart"), start.toString(Qt::ISODate)},
                               {QStringLiteral("windowEnd"), end.toString(Qt::ISODate)}};
                finalize(read, CheckStatus::Passed,
                         view.includesLastItemInRange
                             ? QString()
                             : QStringLiteral("More than %1 items; only the first %1 were inspected.")
                                   .arg(m_opt.maxItemsPerRoom),
                         {}, ev, f.latencyMs);
                if (content < 0) {
                    roomDone();
                    return;
                }
                QList<CalendarItem> meetings;
                for (const CalendarItem& i : view.items) {
                    if (i.organizerEmail.compare(room, Qt::CaseInsensitive) != 0)
                        meetings.append(i);
                }
                if (meetings.isEmpty()) {
                    finalize(
                        content, CheckStatus::Skipped,
                        QStringLiteral(
                            "No meetings in the next %1 days to inspect; book a test meeting with a join "
                            "link and re-run.")
                            .arg(m_opt.calendarWindowDays));
                    roomDone();
                    return;
                }
                std::sort(meetings.begin(), meetings.end(),
                          [](const CalendarItem& a, const CalendarItem& b) { return a.created < b.created; });
                // Oldest and newest: both sides of a calendar-processing change.
                const int max = m_opt.maxBodiesPerRoom;
                if (meetings.size() > max)
                    meetings = meetings.mid(0, max / 2) + meetings.mid(meetings.size() - (max - max / 2));
                QList<ItemId> ids;
                for (const CalendarItem& i : std::as_const(meetings))
                    ids.append(i.itemId);
                m_client->getItems(target, ids, m_ctx, [=, this](const EwsResult<GetItemResult>& g) {
                    if (m_cancelled)
                        return;
                    if (!g.ok()) {
                        const Verdict v = impersonationVerdict(g.error, room);
                        finalize(content, v.status, v.cause, v.fix, errorJson(g.error), g.latencyMs);
                        roomDone();
                        return;
                    }
                    QList<CalendarItem> items = g.value.items;
                    // Organizer/created come from FindItem when GetItem left them out.
                    for (CalendarItem& i : items) {
                        for (const CalendarItem& m : meetings) {
                            if (m.itemId.id == i.itemId.id) {
                                if (!i.created.isValid())
                                    i.created = m.created;
                                if (i.organizerName.isEmpty())
                                    i.organizerName = m.organizerName;
                                if (i.organizerEmail.isEmpty())
                                    i.organizerEmail = m.organizerEmail;
                                if (!i.start.isValid())
                                    i.start = m.start;
                            }
                        }
                    }
                    const QDateTime known = m_opt.calendarProcessingChanged.value(room);
                    QDateTime newestIntact;
                    for (const CalendarItem& i : std::as_const(items)) {
                        if (!isStripped(i) && (!newestIntact.isValid() || i.created > newestIntact))
                            newestIntact = i.created;
                    }
                    QJsonArray strippedNew, strippedOld;
                    for (const CalendarItem& i : std::as_const(items)) {
                        if (!isStripped(i))
                            continue;
                        // Without the change time (PowerShell/journal), an intact meeting marks a time when
                        // the settings kept content: stripped ones created after it prove the room strips
                        // now.
                        const bool isNew = known.isValid()
                                               ? i.created >= known
                                               : (newestIntact.isValid() && i.created > newestIntact);
                        QJsonObject o{{QStringLiteral("start"), i.start.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("created"), i.created.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("organizer"), i.organizerEmail},
                                      {QStringLiteral("bodyLength"), int(i.body.trimmed().size())},
                                      {QStringLiteral("subjectKept"),
                                       !i.subject.trimmed().isEmpty() &&
                                           i.subject.trimmed().compare(i.organizerName.trimmed(),
                                                                       Qt::CaseInsensitive) != 0}};
                        (isNew ? strippedNew : strippedOld).append(o);
                    }
                    QJsonObject ev{{QStringLiteral("inspected"), int(items.size())},
                                   {QStringLiteral("changeTime"), known.isValid()
                                                                      ? known.toUTC().toString(Qt::ISODate)
                                                                      : QStringLiteral("inferred")}};
                    if (!strippedNew.isEmpty()) {
                        ev.insert(QStringLiteral("stripped"), strippedNew);
                        finalize(
                            content, CheckStatus::Failed,
                            QStringLiteral(
                                "%1 of %2 meetings lost their body or subject%3: the room's calendar "
                                "processing still strips them.")
                                .arg(strippedNew.size())
                                .arg(items.size())
                                .arg(known.isValid()
                                         ? QStringLiteral(" after the last calendar-processing change")
                                         : QString()),
                            QStringLiteral(
                                "Set-CalendarProcessing %1 -DeleteComments $false -DeleteSubject $false "
                                "-AddOrganizerToSubject $false (step 4), then ask organizers to re-send.")
                                .arg(room),
                            ev, g.latencyMs);
                    } else if (!strippedOld.isEmpty() && !known.isValid() && !newestIntact.isValid()) {
                        ev.insert(QStringLiteral("stripped"), strippedOld);
                        finalize(
                            content, CheckStatus::Warning,
                            QStringLiteral(
                                "All %1 meetings lost their body or subject. EWS cannot tell whether the "
                                "room still strips them: the time of its last calendar-processing change "
                                "needs the PowerShell checks.")
                                .arg(strippedOld.size()),
                            QStringLiteral(
                                "If calendar processing is not fixed yet, fix it (step 4); then ask the "
                                "organizers to re-send these meetings (Exchange never repairs them)."),
                            ev, g.latencyMs);
                    } else if (!strippedOld.isEmpty()) {
                        ev.insert(QStringLiteral("stripped"), strippedOld);
                        finalize(
                            content, CheckStatus::Warning,
                            QStringLiteral(
                                "Re-send needed: %1 meetings created before the calendar-processing change "
                                "were stripped, and Exchange never repairs them.")
                                .arg(strippedOld.size()),
                            QStringLiteral("Ask the organizers of the listed meetings to re-send them."), ev,
                            g.latencyMs);
                    } else {
                        finalize(content, CheckStatus::Passed,
                                 QStringLiteral("%1 meetings keep their subject and body.").arg(items.size()),
                                 {}, ev, g.latencyMs);
                    }
                    roomDone();
                });
            });
    });
}

void ValidationRunner::runScope()
{
    if (m_scope < 0)
        return;
    QString probe = m_opt.scopeProbeMailbox;
    if (probe.isEmpty() && m_profile.exchange.adminAccount.contains(QLatin1Char('@')))
        probe = m_profile.exchange.adminAccount;
    if (probe.isEmpty() || m_rooms.contains(probe, Qt::CaseInsensitive)) {
        finalize(m_scope, CheckStatus::Skipped,
                 QStringLiteral(
                     "No mailbox that is not an OTJ room is known to test with (give the Exchange admin "
                     "account as user@domain)."));
        return;
    }
    m_scopeDone = false;
    m_results->setRunning(m_scope);
    m_client->getCalendarFolder(
        {Access::Impersonation, probe}, m_ctx, [this, probe](const EwsResult<FolderInfo>& r) {
            if (m_cancelled)
                return;
            m_scopeDone = true;
            QJsonObject ev = errorJson(r.error);
            ev.insert(QStringLiteral("probeMailbox"), probe);
            const CodeCategory cat = r.error.category();
            if (r.ok()) {
                ev.remove(QStringLiteral("error"));
                finalize(m_scope, CheckStatus::Warning,
                         QStringLiteral(
                             "Over-broad permission: the service account can impersonate %1, which is not an "
                             "OTJ room.")
                             .arg(probe),
                         QStringLiteral(
                             "Limit the ApplicationImpersonation assignment with -CustomRecipientWriteScope "
                             "set to the OTJ rooms scope (step 2)."),
                         ev, r.latencyMs);
            } else if (cat == CodeCategory::ImpersonationNotAllowedForTarget ||
                       cat == CodeCategory::ImpersonationNotGranted) {
                finalize(m_scope, CheckStatus::Passed,
                         QStringLiteral("Impersonating %1 (not a room) is denied.").arg(probe), {}, ev,
                         r.latencyMs);
            } else if (r.error.kind == ErrorKind::Cancelled) {
                finalize(m_scope, CheckStatus::Cancelled, QStringLiteral("Cancelled."));
            } else {
                finalize(m_scope, CheckStatus::Skipped,
                         QStringLiteral("Could not test with %1: %2").arg(probe, r.error.summary()), {}, ev,
                         r.latencyMs);
            }
            maybeFinish();
        });
}

void ValidationRunner::roomDone()
{
    --m_outstandingRooms;
    maybeFinish();
}

void ValidationRunner::maybeFinish()
{
    if (!m_running || m_outstandingRooms > 0 || !m_scopeDone || !m_p5Done || !m_authDone)
        return;
    const QString impFix = QStringLiteral("See each room's fix (step 2).");
    m_results->summarizeFromChildren(m_imp, impFix);
    diagnoseImpersonationAsAWhole();
    m_results->summarizeFromChildren(m_read, impFix);
    m_results->summarizeFromChildren(m_content, QStringLiteral("See each room's fix (step 4)."));
    finish();
}

// When not a single room can be impersonated and the refusals are impersonation refusals, the
// cause is the assignment itself, not forty separate rooms: say so once, at the step. (Rooms that
// failed for their own reason, e.g. a mailbox in Exchange Online, keep their own cause.)
void ValidationRunner::diagnoseImpersonationAsAWhole()
{
    if (m_imp < 0)
        return;
    const CheckNode& step = m_results->node(m_imp);
    int denied = 0, other = 0;
    QString code;
    for (int c : step.children) {
        const CheckNode& room = m_results->node(c);
        if (room.status != CheckStatus::Failed)
            return; // at least one room passed (or was not checked): per-room causes say it best
        const QString roomCode = room.evidence.value(QStringLiteral("responseCode")).toString();
        if (roomCode == QLatin1String("ErrorImpersonateUserDenied") ||
            roomCode == QLatin1String("ErrorImpersonationDenied")) {
            ++denied;
            code = roomCode;
        } else {
            ++other;
        }
    }
    if (denied < 2)
        return;
    QJsonObject ev = step.evidence;
    ev.insert(QStringLiteral("responseCode"), code);
    QString cause =
        QStringLiteral("No room can be impersonated (%1 of %2 answered %3): the service account has no "
                       "ApplicationImpersonation assignment, or its scope contains none of the rooms.")
            .arg(denied)
            .arg(step.children.size())
            .arg(code);
    if (other > 0)
        cause += QStringLiteral(" %1 more failed for their own reasons.").arg(other);
    m_results->setStatus(
        m_imp, CheckStatus::Failed, cause,
        QStringLiteral(
            "Assign ApplicationImpersonation to the service account with -CustomRecipientWriteScope set "
            "to a scope over the OTJ rooms distribution group, and make the rooms members of that group "
            "(step 2). New assignments can take up to an hour to reach EWS."),
        ev, step.latencyMs);
    // "A non-room mailbox is denied" proves nothing about the scope when no mailbox is allowed.
    if (m_scope >= 0 && m_results->node(m_scope).status == CheckStatus::Passed)
        m_results->setStatus(
            m_scope, CheckStatus::Skipped,
            QStringLiteral("Not judged: the service account cannot impersonate any room either."), {},
            m_results->node(m_scope).evidence, m_results->node(m_scope).latencyMs);
}

void ValidationRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_ctx) {
        m_ctx->deleteLater();
        m_ctx = nullptr;
    }
    if (m_client)
        m_client->cancelAll();
    skipRemaining(QStringLiteral("Cancelled."));
    finish();
}

void ValidationRunner::finish()
{
    if (!m_running)
        return;
    if (!m_p5Done && !m_cancelled) {
        m_finishPending = true; // the certificate check is still working out its verdict
        return;
    }
    m_running = false;
    m_results->finishedAt = QDateTime::currentDateTimeUtc();
    if (m_client) {
        m_lastStats = m_client->stats();
        m_results->context.insert(
            QStringLiteral("ews"),
            QJsonObject{{QStringLiteral("requests"), double(m_lastStats.requestsSent)},
                        {QStringLiteral("serverBusy"), double(m_lastStats.serverBusy)},
                        {QStringLiteral("retries"), double(m_lastStats.retries)},
                        {QStringLiteral("backoffMs"), double(m_lastStats.totalBackoffMs)},
                        {QStringLiteral("peakInFlight"), m_lastStats.peakInFlight},
                        {QStringLiteral("concurrency"), m_lastStats.concurrency}});
    }
    qCInfo(lcValidation) << "validation finished; failed:" << m_results->anyFailed()
                         << "cancelled:" << m_cancelled;
    // Let callers see the final state after the current callback unwinds.
    QMetaObject::invokeMethod(this, &ValidationRunner::finished, Qt::QueuedConnection);
}

} // namespace otj
