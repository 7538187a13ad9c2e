// The token-protected /lab/ routes of LabServer (README.md, "/lab/ routes").
#include "server/LabServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace otjlab {

namespace {
LabHttpResponse json(int status, const QJsonObject& o)
{
    return LabHttpResponse::json(status, o);
}
LabHttpResponse error(int status, const QString& message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

// Calendar-processing settings on top of base; keys as in the org file, matched case-insensitively
// ("DeleteComments" or "deleteComments"). Unknown keys are an error (a typo must not pass silently).
bool mergeCalendarProcessing(const CalendarProcessing& base, const QJsonObject& changes,
                             CalendarProcessing* out, QString* error)
{
    QJsonObject merged = base.toJson();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        QString canonical;
        for (const QString& k : merged.keys())
            if (k.compare(it.key(), Qt::CaseInsensitive) == 0)
                canonical = k;
        if (canonical.isEmpty() || canonical == QLatin1String("lastChanged")) {
            *error = QStringLiteral("unknown calendar-processing setting '%1'").arg(it.key());
            return false;
        }
        if (merged.value(canonical).type() != it.value().type()) {
            *error = QStringLiteral("calendar-processing setting '%1' has the wrong JSON type").arg(it.key());
            return false;
        }
        merged.insert(canonical, it.value());
    }
    *out = CalendarProcessing::fromJson(merged);
    return true;
}
} // namespace

LabHttpResponse LabServer::handleAdmin(const LabHttpRequest& req)
{
    if (req.header("Authorization") != "Bearer " + m_adminToken.toLatin1())
        return error(401,
                     QStringLiteral("missing or wrong admin token (Authorization: Bearer <admin_token>)"));
    const QString path = QString::fromUtf8(req.path).mid(5); // after "/lab/"
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray m = req.method;
    QJsonParseError perr{};
    const QJsonObject body =
        req.body.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(req.body, &perr).object();
    if (!req.body.isEmpty() && perr.error != QJsonParseError::NoError &&
        !(parts.value(0) == QLatin1String("faults")))
        return error(400, QStringLiteral("body is not JSON: ") + perr.errorString());
    const QDateTime now = clock();
    auto changed = [&](const QJsonObject& o = {{QStringLiteral("ok"), true}}) {
        scheduleSave();
        return json(200, o);
    };
    const QString p0 = parts.value(0);

    if (p0 == QLatin1String("powershell") && parts.value(1) == QLatin1String("stats")) {
        if (parts.value(2) == QLatin1String("reset") && m == "POST") {
            m_shellStats = ShellStats{};
            return json(200, {{QStringLiteral("ok"), true}});
        }
        return json(200, m_shellStats.toJson());
    }
    if (p0 == QLatin1String("powershell") && parts.value(1) == QLatin1String("latency") && m == "POST") {
        const int rtt = body.value(QStringLiteral("rttMs")).toInt(-1);
        const int cmdlet = body.value(QStringLiteral("cmdletMs")).toInt(0);
        if (rtt < 0 || rtt > 60000 || cmdlet < 0 || cmdlet > 60000)
            return error(400, QStringLiteral("expected {\"rttMs\": 0-60000, \"cmdletMs\": 0-60000}"));
        setShellLatency(rtt, cmdlet);
        return json(200, {{QStringLiteral("ok"), true}});
    }
    if (p0 == QLatin1String("powershell") && parts.value(1) == QLatin1String("fail") && m == "POST") {
        m_shellFault.cmdlet = body.value(QStringLiteral("cmdlet")).toString();
        m_shellFault.skip = body.value(QStringLiteral("skip")).toInt();
        return json(200, {{QStringLiteral("ok"), true}});
    }
    if (p0 == QLatin1String("metrics")) {
        if (parts.value(1) == QLatin1String("reset") && m == "POST") {
            // Requests in flight stay counted; peaks restart from them.
            ConcurrencyBudget budget = m_metrics.concurrency;
            budget.resetPeaks();
            m_metrics = LabMetrics{};
            m_metrics.concurrency = budget;
            return json(200, {{QStringLiteral("ok"), true}});
        }
        return json(200, m_metrics.toJson());
    }
    if (p0 == QLatin1String("requests")) {
        if (m == "DELETE") {
            m_captured.clear();
            m_capturedDropped = 0;
            return json(200, {{QStringLiteral("ok"), true}});
        }
        QJsonArray list;
        for (const auto& c : std::as_const(m_captured))
            list.append(QJsonObject{{QStringLiteral("operation"), c.first},
                                    {QStringLiteral("body"), QString::fromUtf8(c.second)}});
        return json(200,
                    {{QStringLiteral("requests"), list}, {QStringLiteral("dropped"), m_capturedDropped}});
    }
    if (p0 == QLatin1String("org") && m == "GET")
        return json(200, m_org.toJson());
    if (p0 == QLatin1String("ca") && m == "GET") {
        LabHttpResponse r;
        r.body = m_pki.caCertPem;
        r.setHeader("Content-Type", "application/x-pem-file");
        return r;
    }
    if (p0 == QLatin1String("pki") && m == "GET")
        return json(200,
                    {{QStringLiteral("caCert"), QString::fromLatin1(m_pki.caCertPem)},
                     {QStringLiteral("otherCaCert"), QString::fromLatin1(m_pki.otherCaCertPem)},
                     {QStringLiteral("otherCaServerCert"), QString::fromLatin1(m_pki.otherCaServerCertPem)},
                     {QStringLiteral("wrongNameCert"), QString::fromLatin1(m_pki.wrongNameCertPem)}});
    if (p0 == QLatin1String("faults")) {
        if (m == "GET")
            return json(200, m_faults.toJson());
        if (m == "DELETE") {
            applyFaults(FaultConfig{});
            return json(200, m_faults.toJson());
        }
        QString spec = body.value(QLatin1String("spec")).toString();
        if (spec.isEmpty() && perr.error != QJsonParseError::NoError)
            spec = QString::fromUtf8(req.body);
        FaultConfig f = m_faults;
        QString err;
        if (!f.apply(spec, &err))
            return error(400, err);
        applyFaults(f);
        return json(200, m_faults.toJson());
    }
    if (p0 == QLatin1String("rbac-delay") && m == "POST") {
        m_ews.setRbacDelaySeconds(body.value(QLatin1String("seconds")).toInt());
        return json(200, {{QStringLiteral("seconds"), m_ews.rbacDelaySeconds()}});
    }
    if (p0 == QLatin1String("management-scopes") && m == "POST") {
        const QString name = body.value(QLatin1String("name")).toString();
        const QString filter = body.value(QLatin1String("recipientRestrictionFilter")).toString();
        if (name.isEmpty() || filter.isEmpty())
            return error(400, QStringLiteral("name and recipientRestrictionFilter are required"));
        m_org.scopes.removeIf(
            [&](const ManagementScope& s) { return s.name.compare(name, Qt::CaseInsensitive) == 0; });
        m_org.scopes.append({name, filter});
        return changed();
    }
    if (p0 == QLatin1String("role-assignments")) {
        if (m == "POST") {
            RoleAssignment a;
            a.name = body.value(QLatin1String("name")).toString();
            a.user = body.value(QLatin1String("user")).toString().toLower();
            a.role = body.value(QLatin1String("role")).toString(a.role);
            a.customRecipientWriteScope = body.value(QLatin1String("customRecipientWriteScope")).toString();
            const QString filter = body.value(QLatin1String("recipientRestrictionFilter")).toString();
            if (a.name.isEmpty() || !m_org.findLogon(a.user))
                return error(400, QStringLiteral("name and an existing user are required"));
            if (!filter.isEmpty()) {
                if (a.customRecipientWriteScope.isEmpty())
                    a.customRecipientWriteScope = a.name + QStringLiteral(" Scope");
                m_org.scopes.removeIf([&](const ManagementScope& s) {
                    return s.name.compare(a.customRecipientWriteScope, Qt::CaseInsensitive) == 0;
                });
                m_org.scopes.append({a.customRecipientWriteScope, filter});
            } else if (!a.customRecipientWriteScope.isEmpty() &&
                       !m_org.findScope(a.customRecipientWriteScope)) {
                return error(400, QStringLiteral("unknown management scope"));
            }
            a.user = m_org.findLogon(a.user)->smtp;
            // effectiveNow: pretend AD replication already happened.
            a.created = body.value(QLatin1String("effectiveNow")).toBool()
                            ? now.addSecs(-qint64(m_ews.rbacDelaySeconds()) - 1)
                            : now;
            m_org.assignments.removeIf(
                [&](const RoleAssignment& x) { return x.name.compare(a.name, Qt::CaseInsensitive) == 0; });
            m_org.assignments.append(a);
            scheduleSave();
            return json(201, {{QStringLiteral("name"), a.name},
                              {QStringLiteral("customRecipientWriteScope"), a.customRecipientWriteScope},
                              {QStringLiteral("effectiveAt"),
                               a.created.addSecs(m_ews.rbacDelaySeconds()).toString(Qt::ISODate)}});
        }
        if (m == "DELETE" && parts.size() == 2) {
            const auto n = m_org.assignments.removeIf(
                [&](const RoleAssignment& x) { return x.name.compare(parts[1], Qt::CaseInsensitive) == 0; });
            return n ? changed() : error(404, QStringLiteral("no such role assignment"));
        }
        if (m == "GET") {
            QJsonArray a = m_org.toJson().value(QLatin1String("roleAssignments")).toArray();
            return json(200, {{QStringLiteral("roleAssignments"), a}});
        }
    }
    if (p0 == QLatin1String("rooms")) {
        if (m == "POST" && parts.size() == 1) {
            QString smtp = body.value(QLatin1String("smtp")).toString().toLower();
            if (!smtp.contains(QLatin1Char('@')) || m_org.find(smtp))
                return error(400, QStringLiteral("smtp missing, invalid or taken"));
            Recipient& r =
                m_org.addRoom(smtp, body.value(QLatin1String("name")).toString(),
                              body.value(QLatin1String("site")).toString(QStringLiteral("HQ")), now);
            if (body.contains(QLatin1String("calendarProcessing"))) {
                CalendarProcessing cp;
                QString err;
                if (!mergeCalendarProcessing(r.calendarProcessing,
                                             body.value(QLatin1String("calendarProcessing")).toObject(), &cp,
                                             &err)) {
                    m_org.recipients.removeLast();
                    return error(400, err);
                }
                r.calendarProcessing = cp;
            }
            r.calendarProcessing.lastChanged = now;
            scheduleSave();
            return json(201, r.toJson());
        }
        Recipient* r = m_org.find(parts.value(1));
        if (!r || !r->isResource())
            return error(404, QStringLiteral("no such resource mailbox"));
        if (parts.value(2) == QLatin1String("calendar-processing")) {
            if (m == "GET")
                return json(200, r->calendarProcessing.toJson());
            if (m == "PATCH" || m == "POST") {
                CalendarProcessing cp;
                QString err;
                if (!mergeCalendarProcessing(r->calendarProcessing, body, &cp, &err))
                    return error(400, err);
                m_org.setCalendarProcessing(*r, cp, now);
                scheduleSave();
                return json(200, r->calendarProcessing.toJson());
            }
        }
        if (m == "GET" && parts.size() == 2)
            return json(200, r->toJson());
    }
    if (p0 == QLatin1String("groups")) {
        if (m == "POST" && parts.size() == 1) {
            const QString name = body.value(QLatin1String("name")).toString();
            if (name.isEmpty() || m_org.findGroup(name))
                return error(400, QStringLiteral("name missing or taken"));
            m_org.groups.append({name, body.value(QLatin1String("smtp")).toString(), {}, {}});
            scheduleSave();
            return json(201, {{QStringLiteral("distinguishedName"),
                               m_org.groups.last().distinguishedName(m_org.domain)}});
        }
        DistributionGroup* g = m_org.findGroup(parts.value(1));
        if (!g)
            return error(404, QStringLiteral("no such group"));
        if (parts.value(2) == QLatin1String("members")) {
            if (m == "POST") {
                const QString member = body.value(QLatin1String("member")).toString().toLower();
                if (!m_org.find(member))
                    return error(400, QStringLiteral("no such recipient"));
                // effectiveNow: pretend AD replication already happened.
                m_org.addGroupMember(*g, member,
                                     body.value(QLatin1String("effectiveNow")).toBool()
                                         ? now.addSecs(-qint64(m_ews.rbacDelaySeconds()) - 1)
                                         : now);
                return changed();
            }
            if (m == "DELETE" && parts.size() == 4) {
                g->members.removeIf(
                    [&](const QString& x) { return x.compare(parts[3], Qt::CaseInsensitive) == 0; });
                return changed();
            }
        }
        if (m == "GET")
            return json(200, {{QStringLiteral("name"), g->name},
                              {QStringLiteral("distinguishedName"), g->distinguishedName(m_org.domain)},
                              {QStringLiteral("members"), QJsonArray::fromStringList(g->members)}});
    }
    if (p0 == QLatin1String("accounts") && parts.size() == 3 && m == "POST") {
        Recipient* r = m_org.find(parts[1]);
        if (!r)
            return error(404, QStringLiteral("no such account"));
        const QString action = parts[2];
        if (action == QLatin1String("disable"))
            r->enabled = false;
        else if (action == QLatin1String("enable"))
            r->enabled = true;
        else if (action == QLatin1String("expire-password"))
            r->passwordExpired = true;
        else if (action == QLatin1String("reset-password")) {
            r->password = body.value(QLatin1String("password")).toString(r->password);
            r->passwordExpired = false;
        } else if (action == QLatin1String("authentication-policy")) {
            const QString policy = body.value(QLatin1String("policy")).toString();
            bool known = policy.isEmpty();
            for (const auto& p : m_org.authenticationPolicies)
                known = known || p.name.compare(policy, Qt::CaseInsensitive) == 0;
            if (!known)
                return error(400, QStringLiteral("no such authentication policy"));
            r->authenticationPolicy = policy;
        } else
            return error(404, QStringLiteral("unknown account action"));
        return changed(r->toJson());
    }
    if (p0 == QLatin1String("virtual-directories") && m == "POST") {
        for (auto& s : m_org.servers) {
            s.ewsBasicAuthentication =
                body.value(QLatin1String("ewsBasicAuthentication")).toBool(s.ewsBasicAuthentication);
            s.ewsWindowsAuthentication =
                body.value(QLatin1String("ewsWindowsAuthentication")).toBool(s.ewsWindowsAuthentication);
            s.autodiscoverBasicAuthentication = body.value(QLatin1String("autodiscoverBasicAuthentication"))
                                                    .toBool(s.autodiscoverBasicAuthentication);
        }
        return changed();
    }
    if (p0 == QLatin1String("throttling") && m == "POST") {
        const int n = body.value(QLatin1String("EwsMaxConcurrency")).toInt(0);
        if (n <= 0)
            return error(400, QStringLiteral("EwsMaxConcurrency must be > 0"));
        m_org.throttling.ewsMaxConcurrency = n;
        return changed();
    }
    return error(404, QStringLiteral("no such /lab/ route: %1 %2").arg(QString::fromLatin1(m), path));
}

} // namespace otjlab
