#include "core/pexip/resources/ExchangeConnectors.h"

namespace otj::pexip {

namespace {
struct Logon
{
    QString user;
    QString domain; // lower case; empty: none given
};

Logon split(const QString& name)
{
    const QString n = name.trimmed().toLower();
    const qsizetype at = n.lastIndexOf(QLatin1Char('@'));
    if (at > 0)
        return {n.left(at), n.mid(at + 1)};
    const qsizetype slash = n.indexOf(QLatin1Char('\\'));
    if (slash > 0)
        return {n.mid(slash + 1), n.left(slash)};
    return {n, {}};
}
} // namespace

bool sameAccount(const QString& a, const QString& b)
{
    const Logon x = split(a);
    const Logon y = split(b);
    if (x.user.isEmpty() || x.user != y.user)
        return false;
    if (x.domain.isEmpty() || y.domain.isEmpty() || x.domain == y.domain)
        return true;
    // NetBIOS name against a DNS domain: the first label is the usual NetBIOS name.
    return x.domain.section(QLatin1Char('.'), 0, 0) == y.domain.section(QLatin1Char('.'), 0, 0);
}

} // namespace otj::pexip
