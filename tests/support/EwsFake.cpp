#include "tests/support/EwsFake.h"

#include "core/ews/EwsXml.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <pugixml.hpp>

QNetworkAccessManager* FakeNetwork::createManager(QObject* parent)
{
    managersCreated++;
    return new FakeNam(this, parent);
}

QString validateEwsRequests(const QList<QByteArray>& requests, int* validated)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return QStringLiteral("SKIP: xmllint not installed");
    const QDir schema(QStringLiteral(OTJ_EWS_SCHEMA_DIR));
    QTemporaryDir dir;
    QStringList bodies, headers;
    int n = 0;
    for (const QByteArray& req : requests) {
        otj::ews::XmlTree tree;
        bool tooDeep = false;
        if (!tree.load(req, &tooDeep) || tooDeep)
            return QStringLiteral("not XML: ") + QString::fromUtf8(req.left(200));
        pugi::xml_node env = tree.root();
        if (!tree.isElement(env, otj::ews::ns::Soap, "Envelope"))
            return QStringLiteral("not a SOAP envelope");
        pugi::xml_node body = tree.child(env, otj::ews::ns::Soap, "Body");
        pugi::xml_node op = body.first_child();
        if (tree.namespaceUri(op) != QLatin1String(otj::ews::ns::Messages))
            continue; // Autodiscover
        auto extract = [&](pugi::xml_node part, QStringList* files) {
            for (pugi::xml_node c = part.first_child(); c; c = c.next_sibling()) {
                if (c.type() != pugi::node_element)
                    continue;
                pugi::xml_document one;
                pugi::xml_node copy = one.append_copy(c);
                copy.append_attribute("xmlns:m") = otj::ews::ns::Messages;
                copy.append_attribute("xmlns:t") = otj::ews::ns::Types;
                const QString path = dir.filePath(QStringLiteral("r%1.xml").arg(n++));
                one.save_file(path.toUtf8().constData());
                files->append(path);
            }
        };
        extract(tree.child(env, otj::ews::ns::Soap, "Header"), &headers);
        extract(body, &bodies);
    }
    if (validated)
        *validated = int(bodies.size());
    for (const auto& [xsd, files] : {std::pair{QStringLiteral("messages.xsd"), bodies},
                                     std::pair{QStringLiteral("types.xsd"), headers}}) {
        if (files.isEmpty())
            continue;
        QProcess p;
        p.start(xmllint, QStringList{QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                     QStringLiteral("--schema"), schema.filePath(xsd)} +
                             files);
        if (!p.waitForFinished(300000))
            return QStringLiteral("xmllint timed out");
        if (p.exitCode() != 0)
            return QString::fromUtf8(p.readAllStandardError().left(4000));
    }
    return {};
}
