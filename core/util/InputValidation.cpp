#include "core/util/InputValidation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace otj::input {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("otj::input", text);
}

// RFC 1123 labels: letters, digits, hyphens; not starting or ending with a hyphen; 1-63 chars.
bool isDnsName(const QString& host)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString& l : labels)
        if (!label.match(l).hasMatch())
            return false;
    return true;
}

QString checkDomain(const QString& domain)
{
    if (domain.isEmpty())
        return tr("The part after @ is missing.");
    if (!domain.contains(QLatin1Char('.')))
        return tr("The domain \"%1\" has no dot; use the full domain, e.g. example.com.").arg(domain);
    if (!isDnsName(domain))
        return tr("\"%1\" is not a valid domain name.").arg(domain);
    return {};
}

QString checkLocalPart(const QString& local)
{
    // Dot-atom as Exchange accepts it for primary SMTP addresses; no quoted local parts.
    static const QRegularExpression atom(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (local.isEmpty())
        return tr("The part before @ is missing.");
    if (local.size() > 64)
        return tr("The part before @ is longer than 64 characters.");
    if (!atom.match(local).hasMatch())
        return tr("\"%1\" contains characters that are not allowed before the @.").arg(local);
    return {};
}

} // namespace

QString checkHostName(const QString& hostIn)
{
    // Longest accepted form: a 253-character DNS name plus ":65535".
    constexpr qsizetype MaxDnsName = 253;
    constexpr qsizetype MaxHostAndPort = MaxDnsName + 6;
    const QString host = hostIn.trimmed();
    if (host.isEmpty())
        return tr("Enter a host name or address.");
    if (host.size() > MaxHostAndPort)
        return tr("A host name is at most 253 characters long.");
    if (host.contains(QLatin1String("://")))
        return tr("Enter only the host name, without http:// or https://.");
    QHostAddress address;
    if (address.setAddress(host))
        return {}; // IPv4 or a bare IPv6 literal, no port

    // Split once into name and an optional port: "[IPv6]", "[IPv6]:port", "name", "name:port".
    QString name = host;
    QString port;
    bool hasPort = false;
    const bool bracketed = host.startsWith(QLatin1Char('['));
    if (bracketed) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0 || !address.setAddress(host.mid(1, close - 1)) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return tr("Only an IPv6 address may be written in brackets, e.g. [2001:db8::1]:443.");
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return tr("Only \":port\" may follow the closing bracket.");
        hasPort = !rest.isEmpty();
        port = rest.mid(1);
    } else if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0) {
        if (host.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return tr("A host name takes at most one \":port\"; write an IPv6 address in brackets, "
                      "e.g. [2001:db8::1]:443.");
        name = host.left(colon);
        port = host.mid(colon + 1);
        hasPort = true;
    }
    if (hasPort) {
        // host:port is accepted (e.g. a lab node on 127.0.0.1:8443).
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        const int number = digits.match(port).hasMatch() ? port.toInt() : 0;
        if (number < 1 || number > 65535)
            return tr("The port after \":\" must be a number from 1 to 65535.");
    }
    if (bracketed || address.setAddress(name))
        return {};
    if (name.isEmpty())
        return tr("Enter a host name or address.");
    if (name.size() > MaxDnsName)
        return tr("A host name is at most 253 characters long.");
    if (name.contains(QLatin1Char(' ')))
        return tr("A host name cannot contain spaces.");
    if (!isDnsName(name))
        return tr("\"%1\" is not a valid host name: use letters, digits, hyphens and dots.").arg(name);
    return {};
}

QString checkSmtpAddress(const QString& addressIn)
{
    const QString address = addressIn.trimmed();
    if (address.isEmpty())
        return tr("Enter an email address.");
    if (address.contains(QLatin1Char('<')) || address.contains(QLatin1Char(' ')))
        return tr("Enter only the address (name@example.com), without a display name or spaces.");
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("An email address needs an @, e.g. room-101@example.com.");
    if (address.count(QLatin1Char('@')) > 1)
        return tr("An email address has exactly one @.");
    if (QString r = checkLocalPart(address.left(at)); !r.isEmpty())
        return r;
    return checkDomain(address.mid(at + 1));
}

QString checkUpn(const QString& upnIn)
{
    const QString upn = upnIn.trimmed();
    if (upn.isEmpty())
        return tr("Enter a user principal name, e.g. svc-otj@example.com.");
    if (upn.contains(QLatin1Char('\\')))
        return tr("Use the user principal name (user@domain), not DOMAIN\\user.");
    const int at = upn.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("A user principal name has the form user@domain.");
    if (QString r = checkLocalPart(upn.left(at)); !r.isEmpty())
        return r;
    // UPN suffixes need not be routable (e.g. contoso.local), but must be a DNS name.
    const QString suffix = upn.mid(at + 1);
    if (suffix.isEmpty() || !isDnsName(suffix))
        return tr("\"%1\" is not a valid UPN suffix.").arg(suffix);
    return {};
}

QString checkAccountName(const QString& accountIn)
{
    const QString account = accountIn.trimmed();
    if (account.isEmpty())
        return tr("Enter an account as user@domain or DOMAIN\\user.");
    const int slash = account.indexOf(QLatin1Char('\\'));
    if (slash < 0)
        return checkUpn(account);
    static const QRegularExpression netbios(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,14}$"));
    static const QRegularExpression sam(QStringLiteral("^[^\"/\\\\\\[\\]:;|=,+*?<>@ ]{1,20}$"));
    const QString domain = account.left(slash);
    const QString user = account.mid(slash + 1);
    if (!netbios.match(domain).hasMatch())
        return tr("\"%1\" is not a valid NetBIOS domain name (up to 15 letters, digits, dots or hyphens).")
            .arg(domain);
    if (!sam.match(user).hasMatch())
        return tr("\"%1\" is not a valid user logon name (up to 20 characters, no spaces or \" / \\ [ ] : ; "
                  "| = , "
                  "+ * ? < > @).")
            .arg(user);
    return {};
}

static QString checkUrl(const QString& urlIn, bool allowHttp)
{
    const QString text = urlIn.trimmed();
    if (text.isEmpty())
        return tr("Enter a URL.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid URL: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() || url.host().isEmpty())
        return allowHttp ? tr("Enter a full URL, e.g. http://mail.example.com/PowerShell/.")
                         : tr("Enter a full URL starting with https://.");
    if (scheme == QLatin1String("http") && !allowHttp)
        return tr("Use https://: credentials are never sent over plain HTTP.");
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The URL must start with https://.");
    if (QString r = checkHostName(url.host()); !r.isEmpty())
        return r;
    return {};
}

QString checkHttpsUrl(const QString& url)
{
    return checkUrl(url, false);
}

QString checkHttpOrHttpsUrl(const QString& url)
{
    return checkUrl(url, true);
}

} // namespace otj::input
