#include "core/secrets/PasswordGenerator.h"

#include <QRandomGenerator>

namespace otj::secrets {

namespace {
const QString Upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
const QString Lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
const QString Digits = QStringLiteral("23456789");
const QString Symbols = QStringLiteral("-_.:!#%+=?@");

bool containsAny(const QString& text, const QString& set)
{
    for (const QChar c : text) {
        if (set.contains(c))
            return true;
    }
    return false;
}
} // namespace

QString passwordAlphabet()
{
    return Upper + Lower + Digits + Symbols;
}

bool hasEveryKind(const QString& password)
{
    return containsAny(password, Upper) && containsAny(password, Lower) && containsAny(password, Digits) &&
           containsAny(password, Symbols);
}

QString generatePassword(int length)
{
    const QString alphabet = passwordAlphabet();
    QRandomGenerator* random = QRandomGenerator::system();
    length = qMax(length, 8);
    // Draw uniformly until every kind is there (rejection keeps the distribution uniform over the
    // passwords that qualify; at 24 characters almost every draw does).
    for (;;) {
        QString password;
        password.reserve(length);
        for (int i = 0; i < length; ++i)
            password += alphabet.at(int(random->bounded(quint32(alphabet.size()))));
        if (hasEveryKind(password))
            return password;
    }
}

} // namespace otj::secrets
