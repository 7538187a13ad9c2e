// NTLM (MS-NLMP) server side as IIS does it for Windows authentication: the client's NEGOTIATE
// (type 1) gets a CHALLENGE (type 2) on a 401; the AUTHENTICATE (type 3) on the same connection is
// verified with NTLMv2 (NTOWFv2 = HMAC-MD5(MD4(UTF-16LE password), UTF-16LE(UPPER(user) + domain))).
// NTLMv1 responses (24 bytes) are refused, as with LmCompatibilityLevel 5.
#pragma once

#include <QByteArray>
#include <QString>

namespace otjlab::ntlm {

// 0 when the data is not an NTLMSSP message, else its MessageType (1, 2, 3).
int messageType(const QByteArray& msg);

struct ChallengeInfo
{
    QString netbiosDomain;   // CONTOSO
    QString netbiosComputer; // MBX01
    QString dnsDomain;       // contoso.lab
    QString dnsComputer;     // mbx01.contoso.lab
};

// A CHALLENGE message with the given 8-byte server challenge and target info (AV pairs).
QByteArray makeChallenge(const QByteArray& serverChallenge, const ChallengeInfo& info, quint64 fileTime);

struct Authenticate
{
    bool valid = false;
    QString user;
    QString domain;
    QString workstation;
    QByteArray lmResponse;
    QByteArray ntResponse;
    quint32 flags = 0;
};

Authenticate parseAuthenticate(const QByteArray& msg);

QByteArray ntowfV2(const QString& password, const QString& user, const QString& domain);
// NTProofStr = HMAC-MD5(NTOWFv2, serverChallenge + blob).
QByteArray ntProof(const QByteArray& ntowf, const QByteArray& serverChallenge, const QByteArray& blob);
// True when msg's NTLMv2 response was computed from password for this challenge.
bool verifyV2(const Authenticate& msg, const QString& password, const QByteArray& serverChallenge);

// Client side, for tests: NEGOTIATE and AUTHENTICATE messages.
QByteArray makeNegotiate();
QByteArray makeAuthenticate(const QByteArray& challengeMsg, const QString& user, const QString& domain,
                            const QString& password);

} // namespace otjlab::ntlm
