// "The two sides agree" (issue 13): one check that what Pexip will do matches what Exchange
// offers. Pure: the integration as Pexip holds it, the EWS directory's challenge, the service
// account's own sign-in result and the EWS URLs in; a verdict out. Check id: step5.agreement.
#pragma once

#include "core/profile/SetupProfile.h"
#include "core/steps/Reason.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace otj::pexip {

struct AgreementInput
{
    std::optional<QJsonObject> integration; // mjx_exchange_deployment as read; nullopt: none
    QStringList offeredSchemes;             // WWW-Authenticate schemes of the EWS directory (probe)
    // step3.authentication: the service account signed in with the profile's method (true), was
    // refused (false), or was not tried (nullopt).
    std::optional<bool> profileMethodSignsIn;
    QUrl discoveredEwsUrl;   // what Autodiscover gave for the rooms (or the typed URL)
    bool discovered = false; // discoveredEwsUrl came from Autodiscover
    // Pexip's ews_url answered as EWS (true) or not (false, `pexipUrlProblem` says why); nullopt:
    // not probed.
    std::optional<bool> pexipUrlAnswers;
    QString pexipUrlProblem;
};

Verdict agreementVerdict(const SetupProfile& profile, const AgreementInput& in);
// The scheme a method needs in WWW-Authenticate ("BASIC" -> "Basic", "NTLM" -> "NTLM"/"Negotiate").
bool methodOffered(const QString& pexipMethod, const QStringList& offered);
void registerAgreementReasons();

} // namespace otj::pexip
