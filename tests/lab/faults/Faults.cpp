#include "faults/Faults.h"

#include <QRegularExpression>
#include <QStringList>

namespace otjlab {

bool FaultConfig::apply(const QString& specIn, QString* error)
{
    const QString spec = specIn.trimmed();
    if (spec.isEmpty())
        return true;
    FaultConfig next = *this;
    auto bad = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    auto pct = [&](const QString& v, int* out) {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 0 || n > 100)
            return false;
        *out = n;
        return true;
    };
    for (const QString& rawItem :
         spec.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        if (item == QLatin1String("none")) {
            next = FaultConfig{};
            continue;
        }
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("latency")) {
            next.latencyMs = value.section(QLatin1Char(':'), 0, 0).toInt(&ok);
            if (ok && value.contains(QLatin1Char(':')))
                next.jitterMs = value.section(QLatin1Char(':'), 1).toInt(&ok);
            ok = ok && next.latencyMs >= 0 && next.jitterMs >= 0;
        } else if (key == QLatin1String("500")) {
            ok = pct(value, &next.status500Percent);
        } else if (key == QLatin1String("503")) {
            ok = pct(value, &next.status503Percent);
        } else if (key == QLatin1String("401storm")) {
            next.authStorm = value.toInt(&ok);
            ok = ok && next.authStorm >= 0;
        } else if (key == QLatin1String("drop")) {
            ok = pct(value, &next.dropPercent);
        } else if (key == QLatin1String("slow")) {
            next.slowBytesPerSecond = value.toInt(&ok);
            ok = ok && next.slowBytesPerSecond >= 0;
        } else if (key == QLatin1String("cert")) {
            const QString name = value.section(QLatin1Char(':'), 0, 0);
            ok = name == QLatin1String("good") || name == QLatin1String("wrong-name") ||
                 name == QLatin1String("other-ca");
            next.certificate = name;
            next.certificateConnections = 0;
            if (ok && value.contains(QLatin1Char(':'))) {
                next.certificateConnections = value.section(QLatin1Char(':'), 1).toInt(&ok);
                ok = ok && next.certificateConnections > 0;
            }
        } else if (key == QLatin1String("throttle")) {
            const int n = value.toInt(&ok);
            ok = ok && n > 0;
            next.maxConcurrency = n;
        } else if (key == QLatin1String("throttle-mode")) {
            ok = QStringList{QStringLiteral("exceeded"), QStringLiteral("busy"), QStringLiteral("busy0"),
                             QStringLiteral("connections"), QStringLiteral("503")}
                     .contains(value);
            next.throttleMode = value;
        } else if (key == QLatin1String("pexip429")) {
            next.pexipTooManyRequests = value.toInt(&ok);
            ok = ok && next.pexipTooManyRequests >= 0;
        } else if (key == QLatin1String("pexip-lost")) {
            next.pexipLostAnswers = value.toInt(&ok);
            ok = ok && next.pexipLostAnswers >= 0;
        } else {
            return bad(QStringLiteral("unknown fault '%1'").arg(key));
        }
        if (!ok)
            return bad(QStringLiteral("bad value in '%1'").arg(item));
    }
    *this = next;
    return true;
}

QJsonObject FaultConfig::toJson() const
{
    QJsonObject o{
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("jitterMs"), jitterMs},
        {QStringLiteral("status500Percent"), status500Percent},
        {QStringLiteral("status503Percent"), status503Percent},
        {QStringLiteral("authStorm"), authStorm},
        {QStringLiteral("dropPercent"), dropPercent},
        {QStringLiteral("slowBytesPerSecond"), slowBytesPerSecond},
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("certificateConnections"), certificateConnections},
        {QStringLiteral("throttleMode"), throttleMode},
        {QStringLiteral("pexipTooManyRequests"), pexipTooManyRequests},
        {QStringLiteral("pexipLostAnswers"), pexipLostAnswers},
    };
    if (maxConcurrency)
        o.insert(QStringLiteral("maxConcurrency"), *maxConcurrency);
    return o;
}

} // namespace otjlab
