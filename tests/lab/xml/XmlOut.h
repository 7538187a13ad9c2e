// A tiny XML writer with explicit control over prefixes and namespace declarations, so the lab
// can answer with deliberately varied prefixes and default-namespace forms (a client that matches
// on prefixes must fail against it, as it would against Exchange).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace otjlab::xml {

class XmlOut
{
public:
    XmlOut()
    {
        m_out.reserve(4096);
        m_out += "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    }

    // qname as written ("s:Envelope", "Items"); attrs are written as given (namespace
    // declarations included).
    XmlOut& start(const QByteArray& qname, const QList<QPair<QByteArray, QString>>& attrs = {});
    XmlOut& attr(const QByteArray& name, const QString& value);
    XmlOut& text(const QString& t);
    XmlOut& end();
    XmlOut& element(const QByteArray& qname, const QString& t,
                    const QList<QPair<QByteArray, QString>>& attrs = {});
    QByteArray finish();

    static QByteArray escape(const QString& t, bool attribute);

private:
    void closeStartTag();
    QByteArray m_out;
    QList<QByteArray> m_stack;
    bool m_open = false;
    bool m_hasContent = false;
};

} // namespace otjlab::xml
