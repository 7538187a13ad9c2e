// P3, Safe Links by its effect. Safe Links lives in Microsoft Defender for Office 365 and its
// cmdlets never exist on-prem, so the check looks at what arrived: among the room meetings the
// content check already read through EWS (nothing is read twice), those organised from outside
// the organisation passed the mail gateway; a link wrapped by a rewriter there (Safe Links,
// Proofpoint URL Defense, Mimecast URL Protect and similar) means OTJ gets the wrapper, not the
// join link.
#pragma once

#include "core/ews/EwsResponse.h"
#include "core/steps/Reason.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace otj {

// The rewriter a link belongs to ("Microsoft Defender Safe Links", ...); empty: not a known wrapper.
QString linkRewriter(const QUrl& url);

struct SafeLinksFinding
{
    int meetingsRead = 0;             // every meeting the content check read
    int externalWithLinks = 0;        // from outside the organisation, with at least one link
    QMap<QString, QStringList> rooms; // rewriter -> rooms where it wrapped links (sorted)
};

// `meetings`: room -> the meetings read with their bodies. `internalDomains` (lower case): the
// organisation's domains; an organizer in any other domain is external.
SafeLinksFinding findRewrittenLinks(const QHash<QString, QList<ews::CalendarItem>>& meetings,
                                    const QSet<QString>& internalDomains);
// Failed naming rewriters and rooms / Passed "N external meetings with links, none rewritten" /
// Skipped with a short checklist.
Verdict safeLinksVerdict(const SafeLinksFinding& finding);

} // namespace otj
