// The value types of the Exchange shell: a typed parameter value (never "everything is a string"),
// a command (cmdlet name + named parameters), an error record and a command's result.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace otj::shell {

// A parameter value as PowerShell's binder will receive it: [string], [bool] (also binds a
// [switch]), $null, [int]/[long], [double], an array, a [hashtable], or a [securestring] built
// inside the speaker. Holds its wire form (bridge protocol v1, core/shell/README.md).
class ShellValue
{
public:
    enum class Kind { Null, Bool, Integer, Double, String, List, Table, SecureString };

    ShellValue() = default; // $null
    ShellValue(bool value);
    ShellValue(int value);
    ShellValue(qint64 value);
    ShellValue(double value);
    ShellValue(const QString& value);
    ShellValue(const char*) = delete; // would silently become a bool; say QStringLiteral

    static ShellValue list(const QList<ShellValue>& items);
    static ShellValue strings(const QStringList& items);
    static ShellValue table(const QMap<QString, ShellValue>& entries);
    // Registered with the Redactor: the text never reaches a log.
    static ShellValue secureString(const QString& plainText);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    // The list's items are all strings (a [string[]] parameter).
    bool isStringList() const;
    QJsonValue toJson() const { return m_json; }
    // For previews and logs: a SecureString shows as «redacted», never its text.
    QString display() const;

    bool operator==(const ShellValue& other) const = default;

private:
    Kind m_kind = Kind::Null;
    QJsonValue m_json;
};

struct ShellCommand
{
    QString name;                         // a cmdlet name, e.g. "Set-CalendarProcessing"
    QMap<QString, ShellValue> parameters; // named parameters, e.g. {"DeleteComments": false}
    QStringList select;                   // only these properties of each output object (empty: all)

    ShellCommand() = default;
    explicit ShellCommand(const QString& cmdlet)
        : name(cmdlet)
    {}
    ShellCommand& set(const QString& parameter, const ShellValue& value)
    {
        parameters.insert(parameter, value);
        return *this;
    }
    // "Set-CalendarProcessing -Identity 'room' -DeleteComments:$false" for display (never run).
    QString display() const;
};

// An error record: what PowerShell reported, plus the host's plain remedy when one is known.
struct ShellError
{
    QString message;
    QString category;              // ErrorCategory name, e.g. "ObjectNotFound"
    QString fullyQualifiedErrorId; // e.g. "CommandNotFoundException", "OtjShell.Timeout"
    QString exceptionType;
    QString targetObject; // empty when none
    QString remedy;       // translated, filled by the host (ShellRemedy); may be empty

    QJsonObject toJson() const;
};

struct CommandResult
{
    QString name;
    bool ok = false;
    bool skipped = false; // not run because an earlier command failed (stopOnError)
    QList<QJsonObject> objects;
    QStringList warnings;
    QList<ShellError> errors;
    qint64 elapsedMs = 0;
};

struct SessionInfo
{
    QString mode; // "exchange" or "lab"
    QString psVersion;
    QString psEdition;
    QStringList commands; // the allow-listed commands present in the session
};

} // namespace otj::shell
