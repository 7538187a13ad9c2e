// The one place that turns a profile into what the EWS client needs: account, method, the
// Exchange endpoint's trust and the hosts that may receive the password. Callers (the validation
// steps, later the apply/verify steps) add only run options such as concurrency.
#pragma once

#include "core/ews/EwsClient.h"
#include "core/profile/SetupProfile.h"

#include <QSet>

namespace otj::ews {

// `acceptedHosts`: redirect targets the admin accepted for this run (ValidationOptions::confirmedHosts).
EwsClientConfig clientConfigFromProfile(const SetupProfile& profile, const QString& password,
                                        const QSet<QString>& acceptedHosts = {});

} // namespace otj::ews
