#include "core/steps/prerequisites/SafeLinks.h"

#include <QRegularExpression>
#include <QUrl>

namespace otj {

QString linkRewriter(const QUrl& url)
{
    const QString host = url.host().toLower();
    auto under = [&host](QLatin1String domain) {
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    };
    if (under(QLatin1String("safelinks.protection.outlook.com")))
        return QStringLiteral("Microsoft Defender Safe Links");
    if (under(QLatin1String("urldefense.com")) || under(QLatin1String("urldefense.proofpoint.com")))
        return QStringLiteral("Proofpoint URL Defense");
    static const QRegularExpression mimecast(QStringLiteral("^protect[a-z0-9-]*\\.mimecast\\.com$"));
    if (mimecast.match(host).hasMatch())
        return QStringLiteral("Mimecast URL Protect");
    if (under(QLatin1String("linkprotect.cudasvc.com")))
        return QStringLiteral("Barracuda Link Protection");
    if (host == QLatin1String("secure-web.cisco.com"))
        return QStringLiteral("Cisco Secure Email URL rewriting");
    if (under(QLatin1String("clicktime.symantec.com")))
        return QStringLiteral("Symantec Click-time URL Protection");
    if (under(QLatin1String("url.emailprotection.link")))
        return QStringLiteral("Trend Micro Email Security URL rewriting");
    return {};
}

SafeLinksFinding findRewrittenLinks(const QHash<QString, QList<ews::CalendarItem>>& meetings,
                                    const QSet<QString>& internalDomains)
{
    static const QRegularExpression link(QStringLiteral("https?://[^\\s<>\"']+"),
                                         QRegularExpression::CaseInsensitiveOption);
    SafeLinksFinding f;
    for (auto room = meetings.cbegin(); room != meetings.cend(); ++room) {
        for (const ews::CalendarItem& item : room.value()) {
            ++f.meetingsRead;
            const QString domain = item.organizerEmail.section(QLatin1Char('@'), 1).toLower();
            if (domain.isEmpty() || internalDomains.contains(domain))
                continue;
            bool hasLink = false;
            for (auto it = link.globalMatch(item.body); it.hasNext();) {
                hasLink = true;
                const QString rewriter = linkRewriter(QUrl(it.next().captured()));
                if (!rewriter.isEmpty() && !f.rooms[rewriter].contains(room.key()))
                    f.rooms[rewriter] << room.key();
            }
            f.externalWithLinks += hasLink;
        }
    }
    for (QStringList& rooms : f.rooms)
        rooms.sort();
    return f;
}

Verdict safeLinksVerdict(const SafeLinksFinding& f)
{
    if (!f.rooms.isEmpty()) {
        QStringList rewriters, rooms;
        for (auto it = f.rooms.cbegin(); it != f.rooms.cend(); ++it) {
            rewriters << it.key();
            for (const QString& r : it.value())
                if (!rooms.contains(r))
                    rooms << r;
        }
        return {CheckStatus::Failed,
                "prereq.p3-rewritten",
                {rewriters.join(QStringLiteral(", ")), rooms.join(QStringLiteral(", "))}};
    }
    if (f.externalWithLinks > 0)
        return {CheckStatus::Passed, "prereq.p3-none-rewritten", {QString::number(f.externalWithLinks)}};
    return {CheckStatus::Skipped, "prereq.p3-nothing-to-judge", {QString::number(f.meetingsRead)}};
}

} // namespace otj
