// Strong passwords for a new service account, from the system's cryptographic random source
// (QRandomGenerator::system()). 24 characters from 66 (about 145 bits): upper case without I and O,
// lower case without l, digits 2-9, and the symbols - _ . : ! # % + = ? @ ; at least one of each
// of the four kinds, so the password passes Active Directory's default complexity rule (three of
// the four kinds, at least 7 characters). The rule also refuses a password holding the account's
// name; a random password almost never does, and New-Mailbox's refusal would be shown if it did.
// No quote, $, `, &, <, >, \ or space: the password survives being pasted by hand into
// PowerShell, XML or a web form.
#pragma once

#include <QString>

namespace otj::secrets {

inline constexpr int GeneratedPasswordLength = 24;
QString passwordAlphabet();
QString generatePassword(int length = GeneratedPasswordLength);
// Upper, lower, digit and symbol each present (the generator's guarantee; tests use it).
bool hasEveryKind(const QString& password);

} // namespace otj::secrets
