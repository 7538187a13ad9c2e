#include "core/logging/Redactor.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace otj {
namespace {

// The registered secrets and, precomputed at registration, one expression matching every
// encoding of each that this code can produce (so redacting a line is a single pass).
struct SecretTable
{
    QMutex mutex;
    QStringList secrets;
    QRegularExpression anyForm; // invalid (matches nothing) while no secret is registered
};

SecretTable& secretTable()
{
    // Never destroyed: log lines written during static teardown still find it (see RunLog).
    static SecretTable* table = new SecretTable;
    return *table;
}

QString debugQuoted(const auto& value)
{
    QString quoted;
    QDebug(&quoted).nospace() << value;
    return quoted.mid(1, quoted.size() - 2); // without the surrounding quotes
}

QString xmlEscaped(const QString& s, bool attribute)
{
    QString out = s;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    if (attribute)
        out.replace(QLatin1Char('"'), QLatin1String("&quot;"))
            .replace(QLatin1Char('\''), QLatin1String("&apos;"));
    return out;
}

// Every form in which `secret` can appear in a line we write: verbatim; as QDebug quotes a
// QString or a QByteArray; XML-escaped (text, attribute, toHtmlEscaped); JSON-escaped;
// percent-encoded (QUrl, QUrlQuery); and base64 at each of the three alignments it can have
// inside "user:password" (the part after the first full group depends on the password only).
QStringList encodedForms(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QStringList forms = {secret,
                         debugQuoted(secret),
                         debugQuoted(utf8),
                         xmlEscaped(secret, false),
                         xmlEscaped(secret, true),
                         secret.toHtmlEscaped()};
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    forms << QString::fromUtf8(json.mid(2, json.size() - 4));
    forms << QString::fromLatin1(QUrl::toPercentEncoding(secret));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("p"), secret);
    forms << query.toString(QUrl::FullyEncoded).mid(2);
    for (int skip = 0; skip < 3 && skip < utf8.size(); ++skip)
        forms << QString::fromLatin1(utf8.mid(skip).toBase64());
    forms.removeDuplicates();
    forms.removeAll(QString());
    return forms;
}

QRegularExpression anyFormOf(const QStringList& secrets)
{
    QStringList forms;
    for (const QString& s : secrets)
        forms << encodedForms(s);
    forms.removeDuplicates();
    // Longest first, so a form containing another is masked whole.
    std::sort(forms.begin(), forms.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString& f : forms)
        escaped << QRegularExpression::escape(f);
    QRegularExpression re(escaped.join(QLatin1Char('|')));
    re.optimize();
    return re;
}

// Shapes that carry secrets even when the secret itself was never registered.
const QList<QRegularExpression>& patterns()
{
    // Never destroyed, like the secret table: used by the log handler during static teardown.
    static const auto* p = new QList<QRegularExpression>{
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
    return *p;
}

} // namespace

void Redactor::addSecret(const QString& secret)
{
    if (secret.isEmpty())
        return;
    SecretTable& t = secretTable();
    QMutexLocker lock(&t.mutex);
    if (!t.secrets.contains(secret)) {
        t.secrets.append(secret);
        t.anyForm = anyFormOf(t.secrets);
    }
}

void Redactor::clearSecrets()
{
    SecretTable& t = secretTable();
    QMutexLocker lock(&t.mutex);
    t.secrets.clear();
    t.anyForm = QRegularExpression();
}

QString Redactor::redact(const QString& text)
{
    QString out = text;
    QRegularExpression anyForm;
    {
        SecretTable& t = secretTable();
        QMutexLocker lock(&t.mutex);
        anyForm = t.anyForm;
    }
    if (!anyForm.pattern().isEmpty())
        out.replace(anyForm, Mask.toString());
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
