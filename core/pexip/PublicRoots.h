// The public-root bundle shipped in the binary: Mozilla's roots as Debian's ca-certificates package
// has them (core/CMakeLists.txt puts them in at build time). Pexip Infinity trusts public roots of
// this kind plus the CAs uploaded to it, never what a workstation trusts through Group Policy.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace otj::pexip {

const QList<QSslCertificate>& publicRoots(); // parsed once
// The bundle's version, e.g. "20230311+deb12u1" (its date first); "unknown" when not recorded.
QString publicRootsVersion();

} // namespace otj::pexip
