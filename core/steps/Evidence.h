// Evidence shared by the steps' checks: an EWS error and a certificate chain as JSON (redacted).
#pragma once

#include "core/ews/EwsError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace otj {

QJsonArray chainJson(const QList<ews::CertificateInfo>& chain);
QJsonObject errorJson(const ews::EwsError& e);

} // namespace otj
