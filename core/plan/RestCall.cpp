#include "core/plan/DesiredChange.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace otj::plan {

QString RestCall::display() const
{
    QJsonObject shown = body;
    if (!secretField.isEmpty())
        shown.insert(secretField, QCoreApplication::translate("otj::plan", "«password from the keychain»"));
    // A certificate's PEM is long and says nothing to a reader: its first line stands for it.
    const QJsonValue pem = shown.value(QLatin1String("certificate"));
    if (pem.isString() && pem.toString().size() > 80)
        shown.insert(QStringLiteral("certificate"),
                     pem.toString().section(QLatin1Char('\n'), 0, 0) + QStringLiteral("…"));
    return method + QLatin1Char(' ') + path + QLatin1Char(' ') +
           QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
}

} // namespace otj::plan
