#include "xml/XmlOut.h"

namespace otjlab::xml {

QByteArray XmlOut::escape(const QString& t, bool attribute)
{
    QByteArray out;
    const QByteArray u = t.toUtf8();
    out.reserve(u.size());
    for (char c : u) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += attribute ? "&quot;" : "\"";
            break;
        case '\n':
            out += attribute ? "&#10;" : "\n";
            break;
        case '\r':
            out += "&#13;";
            break;
        default:
            if (uchar(c) < 0x20 && c != '\t')
                break; // not allowed in XML 1.0
            out += c;
        }
    }
    return out;
}

void XmlOut::closeStartTag()
{
    if (m_open) {
        m_out += '>';
        m_open = false;
    }
}

XmlOut& XmlOut::start(const QByteArray& qname, const QList<QPair<QByteArray, QString>>& attrs)
{
    closeStartTag();
    m_out += '<';
    m_out += qname;
    m_open = true;
    m_stack.append(qname);
    for (const auto& a : attrs)
        attr(a.first, a.second);
    m_hasContent = false;
    return *this;
}

XmlOut& XmlOut::attr(const QByteArray& name, const QString& value)
{
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    m_out += escape(value, true);
    m_out += '"';
    return *this;
}

XmlOut& XmlOut::text(const QString& t)
{
    closeStartTag();
    m_out += escape(t, false);
    m_hasContent = true;
    return *this;
}

XmlOut& XmlOut::end()
{
    const QByteArray q = m_stack.takeLast();
    if (m_open) {
        m_out += "/>";
        m_open = false;
    } else {
        m_out += "</";
        m_out += q;
        m_out += '>';
    }
    return *this;
}

XmlOut& XmlOut::element(const QByteArray& qname, const QString& t,
                        const QList<QPair<QByteArray, QString>>& attrs)
{
    start(qname, attrs);
    if (!t.isEmpty())
        text(t);
    return end();
}

QByteArray XmlOut::finish()
{
    while (!m_stack.isEmpty())
        end();
    return m_out;
}

} // namespace otjlab::xml
