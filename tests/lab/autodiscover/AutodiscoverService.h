// Autodiscover: POX (POST /autodiscover/autodiscover.xml) and SOAP GetUserSettings
// (POST /autodiscover/autodiscover.svc), including redirects (README.md, "Autodiscover").
#pragma once

#include "http/LabHttp.h"
#include "org/LabOrg.h"

namespace otjlab {

class AutodiscoverService
{
public:
    explicit AutodiscoverService(const LabOrg& org);
    void setUrls(const QString& ewsUrl, const QString& autodiscoverBase) // base: https://127.0.0.1:port
    {
        m_ewsUrl = ewsUrl;
        m_base = autodiscoverBase;
    }
    LabHttpResponse handlePox(const LabHttpRequest& req) const;
    LabHttpResponse handleSoap(const LabHttpRequest& req) const;

private:
    const LabOrg& m_org;
    QString m_ewsUrl;
    QString m_base;
};

} // namespace otjlab
