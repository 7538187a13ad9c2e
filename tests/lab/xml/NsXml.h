// Namespace-aware helpers over pugixml, which has no namespace model of its own: an element is
// identified by (namespace URI, local name), resolved from the xmlns declarations in scope, never
// by its prefix.
#pragma once

#include <QString>

#include <pugixml.hpp>

namespace otjlab::xml {

inline constexpr const char* kSoap = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr const char* kMessages = "http://schemas.microsoft.com/exchange/services/2006/messages";
inline constexpr const char* kTypes = "http://schemas.microsoft.com/exchange/services/2006/types";
inline constexpr const char* kErrors = "http://schemas.microsoft.com/exchange/services/2006/errors";
inline constexpr const char* kAutodiscover = "http://schemas.microsoft.com/exchange/2010/Autodiscover";
inline constexpr const char* kWsa = "http://www.w3.org/2005/08/addressing";
inline constexpr const char* kPoxRequest =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";
inline constexpr const char* kPoxResponse =
    "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
inline constexpr const char* kPoxOutlook =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

const char* localName(const pugi::xml_node& n);
// The namespace URI of an element or of a prefixed attribute name; "" when none is in scope.
QString namespaceUri(const pugi::xml_node& n);
bool is(const pugi::xml_node& n, const char* ns, const char* local);
pugi::xml_node child(const pugi::xml_node& n, const char* ns, const char* local);
// Attribute by local name (unqualified attributes, as EWS uses).
pugi::xml_attribute attr(const pugi::xml_node& n, const char* local);
QString text(const pugi::xml_node& n);
QString attrText(const pugi::xml_node& n, const char* local);

} // namespace otjlab::xml
