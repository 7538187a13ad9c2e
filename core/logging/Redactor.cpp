#include "core/logging/Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace otj {
namespace {

QMutex& secretsMutex()
{
    static QMutex m;
    return m;
}

QStringList& secrets()
{
    static QStringList s;
    return s;
}

// Shapes that carry secrets even when the secret itself was never registered.
const QList<QRegularExpression>& patterns()
{
    static const QList<QRegularExpression> p = {
        // HTTP Authorization / Proxy-Authorization values (Basic, NTLM, Negotiate, Bearer tokens)
        QRegularExpression(
            QStringLiteral(
                R"(((?:proxy-)?authorization\s*[:=]\s*(?:(?:basic|ntlm|negotiate|bearer|digest)\s+)?)(\S+))"),
            QRegularExpression::CaseInsensitiveOption),
        // "password": "…", 'secret': '…' (JSON, Python-ish reprs)
        QRegularExpression(
            QStringLiteral(
                R"((["'][\w-]*(?:password|passwd|secret|token)[\w-]*["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2)"),
            QRegularExpression::CaseInsensitiveOption),
        // password=… in query strings, command lines and key=value logs
        QRegularExpression(
            QStringLiteral(R"(((?:^|[\s?&;,-])[\w-]*(?:password|passwd|secret|token)[\w-]*=)([^\s&;,]+))"),
            QRegularExpression::CaseInsensitiveOption),
        // <…Password>…</…Password> in XML
        QRegularExpression(QStringLiteral(R"((<([\w:]*Password)[^>]*>)[^<]*(</\2>))"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    return p;
}

} // namespace

void Redactor::addSecret(const QString& secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(secret)) {
        secrets().append(secret);
        // Longest first, so a secret containing another is masked whole.
        std::sort(secrets().begin(), secrets().end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }
}

void Redactor::clearSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

QString Redactor::redact(const QString& text)
{
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString& s : secrets())
            out.replace(s, Mask.toString());
    }
    const QString mask = Mask.toString();
    const auto& p = patterns();
    // Authorization: keep the scheme name, mask the credentials.
    out.replace(p.at(0), QStringLiteral("\\1") + mask);
    out.replace(p.at(1), QStringLiteral("\\1\"") + mask + QStringLiteral("\""));
    out.replace(p.at(2), QStringLiteral("\\1") + mask);
    out.replace(p.at(3), QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    return out;
}

QByteArray Redactor::redact(const QByteArray& text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

} // namespace otj
