// Namespace-aware helpers over pugixml (which compares raw QNames only) and the EWS request
// builders. Every element is matched by (namespace URI, local name); prefixes are resolved by
// the xmlns / xmlns:p declarations in scope (see XmlTree).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <pugixml.hpp>

namespace otj::ews {

namespace ns {
inline constexpr const char* Soap = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr const char* Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";
inline constexpr const char* Types = "http://schemas.microsoft.com/exchange/services/2006/types";
inline constexpr const char* Errors = "http://schemas.microsoft.com/exchange/services/2006/errors";
inline constexpr const char* Autodiscover = "http://schemas.microsoft.com/exchange/2010/Autodiscover";
inline constexpr const char* Wsa = "http://www.w3.org/2005/08/addressing";
inline constexpr const char* PoxRequest =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";
inline constexpr const char* PoxResponse =
    "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
inline constexpr const char* PoxOutlook =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
inline constexpr const char* Xsi = "http://www.w3.org/2001/XMLSchema-instance";
} // namespace ns

// A parsed document whose element namespaces are resolved once, in one iterative pass over the
// tree: every lookup afterwards is O(1), so navigating an answer costs time linear in its size
// (a per-element walk over the ancestors was quadratic on deep or attribute-heavy answers), and
// no helper recurses, so nesting depth cannot exhaust the stack.
class XmlTree
{
public:
    // Deeper than any EWS or Autodiscover answer (about 15 levels); a hostile answer nested deeper
    // is refused before anything navigates it.
    static constexpr int MaxDepth = 256;

    // Parses `body` (a copy is kept) and resolves namespaces. Fails like pugixml does, or with
    // `tooDeep` set when the elements nest deeper than MaxDepth.
    pugi::xml_parse_result load(const QByteArray& body, bool* tooDeep);
    pugi::xml_node root() const { return m_doc.document_element(); }

    // The namespace URI of an element of this tree (resolving its prefix, or the default
    // namespace), "" if none.
    QString namespaceUri(pugi::xml_node node) const;
    bool isElement(pugi::xml_node node, const char* nsUri, const char* local) const;
    // First child / first descendant (depth-first, pre-order) element with this expanded name.
    pugi::xml_node child(pugi::xml_node node, const char* nsUri, const char* local) const;
    pugi::xml_node descendant(pugi::xml_node node, const char* nsUri, const char* local) const;
    QList<pugi::xml_node> children(pugi::xml_node node, const char* nsUri, const char* local) const;

private:
    bool resolveNamespaces();
    const QByteArray* uriOf(pugi::xml_node node) const;

    pugi::xml_document m_doc;
    QList<QByteArray> m_uris;                              // index 0: no namespace
    QHash<const pugi::xml_node_struct*, qsizetype> m_nsOf; // element -> index into m_uris
};

QString localName(pugi::xml_node node);
// Child element matched by local name only, for unqualified elements (faultcode, detail, ...).
pugi::xml_node unqualifiedChild(pugi::xml_node node, const char* local);
QString text(pugi::xml_node node); // trimmed child text
QString attr(pugi::xml_node node, const char* name);

// ---- requests -------------------------------------------------------------------------------

enum class Access {
    Self,            // as the service account, no impersonation header
    Impersonation,   // ExchangeImpersonation/ConnectingSID/SmtpAddress + X-AnchorMailbox
    ExplicitMailbox, // no impersonation; DistinguishedFolderId/Mailbox (delegate rights)
};

struct RequestTarget
{
    Access access = Access::Self;
    QString mailbox; // primary SMTP address (impersonated or explicit)
};

QString xmlEscape(const QString& s);

QByteArray buildEnvelope(const RequestTarget& target, const QString& bodyXml);
QByteArray buildGetFolderCalendar(const RequestTarget& target);
QByteArray buildFindItemCalendarView(const RequestTarget& target, const QDateTime& startUtc,
                                     const QDateTime& endUtc, int maxEntries);
struct ItemId
{
    QString id;
    QString changeKey;
};
QByteArray buildGetItem(const RequestTarget& target, const QList<ItemId>& ids);
QByteArray buildResolveNames(const QString& entry);

QByteArray buildAutodiscoverSoap(const QString& email, const QString& toUrl);
QByteArray buildAutodiscoverPox(const QString& email);

} // namespace otj::ews
