#include "auth/Ntlm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

namespace otjlab::ntlm {
namespace {

const QByteArray kSignature("NTLMSSP\0", 8);

constexpr quint32 kUnicode = 0x00000001;
constexpr quint32 kRequestTarget = 0x00000004;
constexpr quint32 kNtlm = 0x00000200;
constexpr quint32 kAlwaysSign = 0x00008000;
constexpr quint32 kTargetTypeDomain = 0x00010000;
constexpr quint32 kExtendedSessionSecurity = 0x00080000;
constexpr quint32 kTargetInfo = 0x00800000;
constexpr quint32 k128 = 0x20000000;
constexpr quint32 k56 = 0x80000000;

QByteArray utf16le(const QString& s)
{
    QByteArray out;
    out.reserve(s.size() * 2);
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QString fromUtf16le(const QByteArray& b)
{
    QString s;
    for (int i = 0; i + 1 < b.size(); i += 2)
        s.append(QChar(ushort(uchar(b[i]) | (uchar(b[i + 1]) << 8))));
    return s;
}

// Byte-wise little-endian access (no pointer arithmetic on possibly shared empty arrays).
void put16(QByteArray& b, int at, quint16 v)
{
    b[at] = char(v & 0xff);
    b[at + 1] = char(v >> 8);
}
void put32(QByteArray& b, int at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}
quint16 get16(const QByteArray& b, int at)
{
    return quint16(uchar(b.at(at)) | (uchar(b.at(at + 1)) << 8));
}
quint32 get32(const QByteArray& b, int at)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= quint32(uchar(b.at(at + i))) << (8 * i);
    return v;
}
quint64 toLe64Bytes(QByteArray& b, int at, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
    return v;
}

// Reads a security buffer (len, maxlen, offset) at 'at'; empty when out of range.
QByteArray secBuf(const QByteArray& msg, int at, bool* ok)
{
    if (at + 8 > msg.size()) {
        *ok = false;
        return {};
    }
    const quint16 len = get16(msg, at);
    const quint32 off = get32(msg, at + 4);
    if (len == 0)
        return {};
    if (off > quint32(msg.size()) || off + len > quint32(msg.size())) {
        *ok = false;
        return {};
    }
    return msg.mid(int(off), len);
}

void avPair(QByteArray& out, quint16 id, const QByteArray& value)
{
    QByteArray h(4, '\0');
    put16(h, 0, id);
    put16(h, 2, quint16(value.size()));
    out += h + value;
}

QByteArray hmacMd5(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Md5);
}

} // namespace

int messageType(const QByteArray& msg)
{
    if (msg.size() < 12 || !msg.startsWith(kSignature))
        return 0;
    return int(get32(msg, 8));
}

QByteArray makeChallenge(const QByteArray& serverChallenge, const ChallengeInfo& info, quint64 fileTime)
{
    QByteArray ts(8, '\0');
    toLe64Bytes(ts, 0, fileTime);
    QByteArray targetInfo;
    avPair(targetInfo, 2, utf16le(info.netbiosDomain));
    avPair(targetInfo, 1, utf16le(info.netbiosComputer));
    avPair(targetInfo, 4, utf16le(info.dnsDomain));
    avPair(targetInfo, 3, utf16le(info.dnsComputer));
    avPair(targetInfo, 5, utf16le(info.dnsDomain));
    avPair(targetInfo, 7, ts);
    avPair(targetInfo, 0, {});
    const QByteArray targetName = utf16le(info.netbiosDomain);

    QByteArray msg(48, '\0');
    msg.replace(0, 8, kSignature);
    put32(msg, 8, 2);
    const int targetNameOff = 48;
    const int targetInfoOff = targetNameOff + int(targetName.size());
    put16(msg, 12, quint16(targetName.size()));
    put16(msg, 14, quint16(targetName.size()));
    put32(msg, 16, quint32(targetNameOff));
    put32(msg, 20,
          kUnicode | kRequestTarget | kNtlm | kAlwaysSign | kTargetTypeDomain | kExtendedSessionSecurity |
              kTargetInfo | k128 | k56);
    msg.replace(24, 8, serverChallenge.left(8));
    put16(msg, 40, quint16(targetInfo.size()));
    put16(msg, 42, quint16(targetInfo.size()));
    put32(msg, 44, quint32(targetInfoOff));
    return msg + targetName + targetInfo;
}

Authenticate parseAuthenticate(const QByteArray& msg)
{
    Authenticate a;
    if (messageType(msg) != 3 || msg.size() < 64)
        return a;
    bool ok = true;
    a.lmResponse = secBuf(msg, 12, &ok);
    a.ntResponse = secBuf(msg, 20, &ok);
    const QByteArray domain = secBuf(msg, 28, &ok);
    const QByteArray user = secBuf(msg, 36, &ok);
    const QByteArray ws = secBuf(msg, 44, &ok);
    a.flags = get32(msg, 60);
    if (!ok)
        return a;
    const bool unicode = a.flags & kUnicode;
    a.domain = unicode ? fromUtf16le(domain) : QString::fromLatin1(domain);
    a.user = unicode ? fromUtf16le(user) : QString::fromLatin1(user);
    a.workstation = unicode ? fromUtf16le(ws) : QString::fromLatin1(ws);
    a.valid = true;
    return a;
}

QByteArray ntowfV2(const QString& password, const QString& user, const QString& domain)
{
    const QByteArray md4 = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    return hmacMd5(md4, utf16le(user.toUpper() + domain));
}

QByteArray ntProof(const QByteArray& ntowf, const QByteArray& serverChallenge, const QByteArray& blob)
{
    return hmacMd5(ntowf, serverChallenge + blob);
}

bool verifyV2(const Authenticate& msg, const QString& password, const QByteArray& serverChallenge)
{
    // NTLMv2: 16-byte proof + blob (>= 28 bytes, starting 0x01 0x01). 24 bytes = NTLMv1: refused.
    if (!msg.valid || msg.ntResponse.size() < 16 + 28)
        return false;
    const QByteArray proof = msg.ntResponse.left(16);
    const QByteArray blob = msg.ntResponse.mid(16);
    if (blob.at(0) != 1 || blob.at(1) != 1)
        return false;
    const QByteArray key = ntowfV2(password, msg.user, msg.domain);
    const QByteArray expected = ntProof(key, serverChallenge, blob);
    // Constant-time compare.
    quint8 diff = 0;
    for (int i = 0; i < 16; ++i)
        diff |= quint8(proof[i] ^ expected[i]);
    return diff == 0;
}

QByteArray makeNegotiate()
{
    QByteArray msg(32, '\0');
    msg.replace(0, 8, kSignature);
    put32(msg, 8, 1);
    put32(msg, 12, kUnicode | kRequestTarget | kNtlm | kAlwaysSign | kExtendedSessionSecurity | k128 | k56);
    return msg;
}

QByteArray makeAuthenticate(const QByteArray& challengeMsg, const QString& user, const QString& domain,
                            const QString& password)
{
    if (messageType(challengeMsg) != 2 || challengeMsg.size() < 48)
        return {};
    const QByteArray serverChallenge = challengeMsg.mid(24, 8);
    bool ok = true;
    const QByteArray targetInfo = secBuf(challengeMsg, 40, &ok);
    QByteArray blob(28, '\0');
    blob[0] = 1;
    blob[1] = 1;
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch() + 11644473600000LL) * 10000;
    toLe64Bytes(blob, 8, now);
    const quint64 clientChallenge = QRandomGenerator::global()->generate64();
    toLe64Bytes(blob, 16, clientChallenge);
    blob += targetInfo + QByteArray(4, '\0');
    const QByteArray key = ntowfV2(password, user, domain);
    const QByteArray nt = ntProof(key, serverChallenge, blob) + blob;
    const QByteArray lm(24, '\0');
    const QByteArray d = utf16le(domain), u = utf16le(user), w = utf16le(QStringLiteral("LABTEST"));
    QByteArray msg(64, '\0');
    msg.replace(0, 8, kSignature);
    put32(msg, 8, 3);
    int off = 64;
    auto buf = [&](int at, const QByteArray& v) {
        put16(msg, at, quint16(v.size()));
        put16(msg, at + 2, quint16(v.size()));
        put32(msg, at + 4, quint32(off));
        off += int(v.size());
    };
    buf(12, lm);
    buf(20, nt);
    buf(28, d);
    buf(36, u);
    buf(44, w);
    buf(52, {});
    put32(msg, 60, kUnicode | kNtlm | kExtendedSessionSecurity | kTargetInfo | k128 | k56);
    return msg + lm + nt + d + u + w;
}

} // namespace otjlab::ntlm
