// Checks for what admins type: each returns an empty string when the value is fine, otherwise
// one plain, translated sentence saying why (shown beside the field and in profile checks).
#pragma once

#include <QString>

namespace otj::input {

QString checkHostName(const QString& host);       // DNS name or IPv4/IPv6 literal
QString checkSmtpAddress(const QString& address); // local@domain.tld, no display name
QString checkUpn(const QString& upn);             // user@domain (suffix need not be routable)
QString checkAccountName(const QString& account); // UPN or DOMAIN\user
QString checkHttpsUrl(const QString& url);        // absolute https:// URL with a host
QString checkHttpOrHttpsUrl(const QString& url);  // remote PowerShell may be http:// (Kerberos)

} // namespace otj::input
