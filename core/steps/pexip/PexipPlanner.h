// Step 5: the One-Touch Join Exchange integration on Pexip Infinity, in the same plan model as
// steps 1-4 (core/plan/README.md, "Step 5: REST changes"). Pure: inspection (PexipInspector) reads
// Pexip through the management API into a PexipInventory; this turns it and the profile into the
// step's desired changes, planned changes and notes. Apply and verify: PexipApplier.
//
// Changes, in Pexip's creation order:
//   step5.ca/<sha256>   POST ca_certificate: the EWS chain's root (and intermediates with
//                       trusted_intermediate) when Pexip would not trust the chain; one per
//                       certificate not already uploaded, compared by the SHA-256 of the DER
//                       (never subject_hash: a renewed CA keeps its name)
//   step5.integration   POST or PATCH mjx_exchange_deployment, found by name: name, description,
//                       service account username (+ password: on create, when the admin asks, or
//                       when this run set the account's password; the API never returns it),
//                       authentication_method, ews_url, find_items_request_quota, disable_proxy
//   step5.autodiscover  POST or PATCH mjx_exchange_autodiscover_url (optional)
// An integration on KERBEROS is never moved to another method unless the admin asks (a Warning).
#pragma once

#include "core/pexip/PexipInventory.h"
#include "core/plan/DesiredChange.h"
#include "core/plan/StepPlanner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSslCertificate>

#include <optional>

namespace otj::pexip {

struct Step5Input
{
    const SetupProfile& profile;
    const plan::PlanOptions& options;
    const PexipInventory& pexip;
    QString ewsUrl;                      // the EWS URL Pexip should use (profile, or Autodiscover's)
    QList<QSslCertificate> ewsChain;     // as the EWS host presented it, leaf first; empty: not probed
    QList<QSslCertificate> publicRoots;  // the shipped public-root bundle (core/pexip/PublicRoots)
    bool passwordChangedThisRun = false; // the journal shows this run set the account's password
    bool replaceKerberos = false;        // the admin asks to move a KERBEROS integration
    // Optional Autodiscover URL for Pexip, and the schemes its directory offered (empty: unknown).
    QString autodiscoverUrl;
    QStringList autodiscoverSchemes;
};

// The EWS chain judged by what Pexip will trust (P5 and the CA upload share it).
struct PexipTrust
{
    QList<QSslCertificate> path;     // leaf first, up to the root when it is known
    bool trusted = false;            // anchored in the public roots or an uploaded CA
    QString anchor;                  // "public" / "uploaded" / "" (not trusted)
    bool rootKnown = false;          // the path ends in a self-signed certificate
    QList<QSslCertificate> toUpload; // CAs of the path not uploaded yet (root last); empty when trusted
};
PexipTrust judgeTrust(const QList<QSslCertificate>& presented, const QList<QSslCertificate>& extraCas,
                      const QList<QSslCertificate>& publicRoots, const QList<QSslCertificate>& uploaded);

class PexipPlanner
{
    Q_DECLARE_TR_FUNCTIONS(otj::PexipPlanner)
public:
    static void registerReasons();
    static QList<plan::DesiredChange> desiredChanges(const Step5Input& input);
    static QList<plan::PlanNote> notes(const Step5Input& input);
    // The step's plan: desired changes compared with what was read.
    static plan::StepPlan plan(const Step5Input& input);
    // One desired change against the object read (nullopt: missing); nullopt result: matches.
    static std::optional<plan::PlannedChange> compare(const plan::DesiredChange& change,
                                                      const std::optional<QJsonObject>& current);
};

} // namespace otj::pexip
