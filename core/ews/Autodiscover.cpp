#include "core/ews/Autodiscover.h"

#include "core/logging/Logging.h"

#include <QDnsLookup>

namespace otj::ews {

QString toString(AutodiscoverCandidate::Kind kind)
{
    switch (kind) {
    case AutodiscoverCandidate::Kind::Soap:
        return QStringLiteral("SOAP");
    case AutodiscoverCandidate::Kind::Pox:
        return QStringLiteral("POX");
    case AutodiscoverCandidate::Kind::HttpRedirectProbe:
        return QStringLiteral("HTTP redirect");
    case AutodiscoverCandidate::Kind::DnsSrv:
        return QStringLiteral("DNS SRV");
    }
    return {};
}

namespace {
QString domainOf(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at >= 0 ? email.mid(at + 1).trimmed().toLower() : QString();
}

QUrl withPath(const QUrl& base, const QString& path)
{
    QUrl u = base;
    u.setPath(path);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}
} // namespace

QList<AutodiscoverCandidate> autodiscoverCandidates(const QString& email)
{
    using K = AutodiscoverCandidate::Kind;
    const QString d = domainOf(email);
    if (d.isEmpty())
        return {};
    const QString svc = QStringLiteral("/autodiscover/autodiscover.svc");
    const QString xml = QStringLiteral("/autodiscover/autodiscover.xml");
    const QString root = QStringLiteral("https://") + d;
    const QString sub = QStringLiteral("https://autodiscover.") + d;
    return {
        {K::Soap, QUrl(root + svc)},
        {K::Pox, QUrl(root + xml)},
        {K::Soap, QUrl(sub + svc)},
        {K::Pox, QUrl(sub + xml)},
        {K::HttpRedirectProbe, QUrl(QStringLiteral("http://autodiscover.") + d + xml)},
        {K::DnsSrv, QUrl(QStringLiteral("dns:_autodiscover._tcp.") + d)},
    };
}

QList<AutodiscoverCandidate> autodiscoverCandidatesForUrl(const QUrl& url)
{
    using K = AutodiscoverCandidate::Kind;
    const QString path = url.path().toLower();
    const QUrl svc = path.endsWith(QLatin1String(".svc"))
                         ? url
                         : withPath(url, QStringLiteral("/autodiscover/autodiscover.svc"));
    const QUrl xml = path.endsWith(QLatin1String(".xml"))
                         ? url
                         : withPath(url, QStringLiteral("/autodiscover/autodiscover.xml"));
    if (path.endsWith(QLatin1String(".xml")))
        return {{K::Pox, xml}, {K::Soap, svc}};
    return {{K::Soap, svc}, {K::Pox, xml}};
}

Autodiscover::Autodiscover(EwsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

bool Autodiscover::hostConfirmed(const QString& host) const
{
    return m_confirmed.contains(host.toLower());
}

void Autodiscover::discover(const QString& email, const QUrl& explicitUrl,
                            std::function<void(const AutodiscoverResult&)> cb)
{
    m_cb = std::move(cb);
    m_email = email;
    m_result = {};
    m_firstError = {};
    m_cancelled = false;
    if (explicitUrl.isValid() && !explicitUrl.isEmpty()) {
        m_confirmed.insert(explicitUrl.host().toLower());
        m_candidates = autodiscoverCandidatesForUrl(explicitUrl);
    } else {
        const QString d = domainOf(email);
        m_confirmed.insert(d);
        m_confirmed.insert(QStringLiteral("autodiscover.") + d);
        m_candidates = autodiscoverCandidates(email);
    }
    QMetaObject::invokeMethod(this, &Autodiscover::next, Qt::QueuedConnection);
}

void Autodiscover::cancel()
{
    m_cancelled = true;
}

void Autodiscover::next()
{
    if (m_cancelled) {
        m_result.error.kind = ErrorKind::Cancelled;
        finish();
        return;
    }
    if (m_candidates.isEmpty()) {
        m_result.error = m_firstError;
        if (m_result.error.ok()) {
            m_result.error.kind = ErrorKind::UnexpectedResponse;
            m_result.error.detail = QStringLiteral("no Autodiscover candidate returned an EWS URL");
        }
        finish();
        return;
    }
    tryCandidate(m_candidates.takeFirst());
}

void Autodiscover::finish()
{
    if (auto cb = std::move(m_cb)) {
        m_cb = nullptr;
        cb(m_result);
    }
}

void Autodiscover::redirectTo(const QUrl& url, const QString& why)
{
    m_result.redirects++;
    if (m_result.redirects > MaxRedirects) {
        m_result.error.kind = ErrorKind::TooManyRedirects;
        m_result.error.location = url;
        finish();
        return;
    }
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        m_result.attempts.append(
            {{AutodiscoverCandidate::Kind::Soap, url}, QStringLiteral("not https; ignored")});
        next();
        return;
    }
    if (!hostConfirmed(url.host())) {
        m_result.error.kind = ErrorKind::RedirectNeedsConfirmation;
        m_result.error.location = url;
        m_result.error.detail = why;
        finish();
        return;
    }
    const auto more = autodiscoverCandidatesForUrl(url);
    for (auto it = more.crbegin(); it != more.crend(); ++it)
        m_candidates.prepend(*it);
    next();
}

void Autodiscover::tryCandidate(const AutodiscoverCandidate& c)
{
    using K = AutodiscoverCandidate::Kind;
    auto note = [this, c](const QString& outcome) {
        m_result.attempts.append({c, outcome});
    };
    if (c.kind == K::DnsSrv) {
        auto* dns = new QDnsLookup(QDnsLookup::SRV, c.url.path(), this);
        connect(dns, &QDnsLookup::finished, this, [this, dns, note] {
            dns->deleteLater();
            const auto records = dns->serviceRecords();
            if (dns->error() != QDnsLookup::NoError || records.isEmpty()) {
                note(QStringLiteral("no SRV record"));
                next();
                return;
            }
            QUrl target;
            target.setScheme(QStringLiteral("https"));
            target.setHost(records.first().target());
            if (records.first().port() != 443)
                target.setPort(records.first().port());
            target.setPath(QStringLiteral("/autodiscover/autodiscover.svc"));
            note(QStringLiteral("SRV points at ") + target.host());
            redirectTo(target, QStringLiteral("DNS SRV record"));
        });
        dns->lookup();
        return;
    }
    if ((c.kind == K::Soap || c.kind == K::Pox) && !hostConfirmed(c.url.host())) {
        m_result.error.kind = ErrorKind::RedirectNeedsConfirmation;
        m_result.error.location = c.url;
        finish();
        return;
    }
    RawRequest req;
    req.url = c.url;
    req.ewsSoap = false;
    if (c.kind == K::Soap || c.kind == K::Pox)
        m_client->confirmHost(
            c.url.host()); // the profile's Autodiscover host, or a redirect the admin accepted
    if (c.kind == K::HttpRedirectProbe) {
        req.get = true;
        req.sendCredentials = false;
    } else {
        req.body = c.kind == K::Soap ? buildAutodiscoverSoap(m_email, c.url.toString())
                                     : buildAutodiscoverPox(m_email);
    }
    m_client->send(req, this, [this, c, note](const RawResponse& r) {
        if (m_cancelled) {
            next();
            return;
        }
        if (!r.transportError.ok()) {
            if (r.transportError.kind == ErrorKind::Cancelled) {
                m_cancelled = true;
                next();
                return;
            }
            note(r.transportError.summary());
            if (m_firstError.ok())
                m_firstError = r.transportError;
            next();
            return;
        }
        if (r.httpStatus >= 300 && r.httpStatus < 400 && r.location.isValid()) {
            note(QStringLiteral("HTTP %1 redirect to %2").arg(r.httpStatus).arg(r.location.host()));
            redirectTo(r.location, QStringLiteral("HTTP redirect from ") + c.url.host());
            return;
        }
        if (c.kind == AutodiscoverCandidate::Kind::HttpRedirectProbe) {
            note(QStringLiteral("HTTP %1, no redirect").arg(r.httpStatus));
            next();
            return;
        }
        if (r.httpStatus != 200) {
            // A single 401 is not proof of bad credentials: try the next candidate.
            EwsError e = EwsClient::httpError(r);
            if (e.ok()) {
                e.kind = ErrorKind::HttpError;
                e.httpStatus = r.httpStatus;
            }
            note(e.summary());
            // A 401 is the most telling outcome to report when every candidate fails.
            if (m_firstError.ok() ||
                (e.kind == ErrorKind::Unauthorized && m_firstError.kind != ErrorKind::Unauthorized))
                m_firstError = e;
            next();
            return;
        }
        AutodiscoverAnswer a;
        const EwsError e = c.kind == AutodiscoverCandidate::Kind::Soap
                               ? parseAutodiscoverSoap(r.body, 200, &a)
                               : parseAutodiscoverPox(r.body, 200, &a);
        if (!e.ok()) {
            note(e.summary());
            if (m_firstError.ok())
                m_firstError = e;
            next();
            return;
        }
        switch (a.kind) {
        case AutodiscoverAnswer::Kind::Settings:
            note(QStringLiteral("EWS URL ") + a.ewsUrl());
            m_result.ewsUrl = QUrl(a.ewsUrl());
            m_result.casVersion = a.casVersion;
            finish();
            return;
        case AutodiscoverAnswer::Kind::RedirectUrl:
            note(QStringLiteral("redirectUrl ") + a.redirectTarget);
            redirectTo(QUrl(a.redirectTarget), QStringLiteral("Autodiscover redirectUrl"));
            return;
        case AutodiscoverAnswer::Kind::RedirectAddress: {
            note(QStringLiteral("redirectAddr ") + a.redirectTarget);
            m_result.redirects++;
            if (m_result.redirects > MaxRedirects) {
                m_result.error.kind = ErrorKind::TooManyRedirects;
                finish();
                return;
            }
            m_email = a.redirectTarget;
            // Same endpoint, new address (the new domain's hosts are not confirmed by this).
            m_candidates.prepend(c);
            next();
            return;
        }
        case AutodiscoverAnswer::Kind::Error:
            note(QStringLiteral("error %1 %2").arg(a.errorCode, a.errorMessage));
            if (m_firstError.ok()) {
                m_firstError.kind = ErrorKind::UnexpectedResponse;
                m_firstError.responseCode = a.errorCode;
                m_firstError.detail =
                    QStringLiteral("Autodiscover error %1: %2").arg(a.errorCode, a.errorMessage);
            }
            next();
            return;
        }
    });
}

} // namespace otj::ews
