#include "xml/NsXml.h"

#include <cstring>

namespace otjlab::xml {

const char* localName(const pugi::xml_node& n)
{
    const char* name = n.name();
    const char* colon = std::strchr(name, ':');
    return colon ? colon + 1 : name;
}

QString namespaceUri(const pugi::xml_node& n)
{
    const char* name = n.name();
    const char* colon = std::strchr(name, ':');
    const std::string attrName =
        colon ? std::string("xmlns:") + std::string(name, size_t(colon - name)) : std::string("xmlns");
    for (pugi::xml_node p = n; p && p.type() == pugi::node_element; p = p.parent()) {
        const pugi::xml_attribute a = p.attribute(attrName.c_str());
        if (a)
            return QString::fromUtf8(a.value());
    }
    return {};
}

bool is(const pugi::xml_node& n, const char* ns, const char* local)
{
    return n.type() == pugi::node_element && std::strcmp(localName(n), local) == 0 &&
           namespaceUri(n) == QLatin1String(ns);
}

pugi::xml_node child(const pugi::xml_node& n, const char* ns, const char* local)
{
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (is(c, ns, local))
            return c;
    return {};
}

pugi::xml_attribute attr(const pugi::xml_node& n, const char* local)
{
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        const char* name = a.name();
        if (std::strchr(name, ':'))
            continue;
        if (std::strcmp(name, local) == 0)
            return a;
    }
    return {};
}

QString text(const pugi::xml_node& n)
{
    return QString::fromUtf8(n.text().get()).trimmed();
}

QString attrText(const pugi::xml_node& n, const char* local)
{
    return QString::fromUtf8(attr(n, local).value());
}

} // namespace otjlab::xml
