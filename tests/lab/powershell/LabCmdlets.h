// The lab's Exchange cmdlets: the one place that holds their semantics (README.md, "The lab's
// Exchange shell"). A command is a cmdlet name + typed JSON parameters (the bridge line protocol's
// types); the answer is objects, warnings and errors shaped as Exchange's remote PowerShell gives them
// through implicit remoting. Parameter names and types come from cmdlets.json (CmdletTable), which
// the PowerShell proxy module OtjLab.psm1 reads too. The route POST /lab/powershell and
// `otj-lab shell` are thin fronts on this class. No HTTP here.
#pragma once

#include "org/LabOrg.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace otjlab {

struct CmdletError
{
    QString message;
    QString category; // ErrorCategory name
    QString fullyQualifiedErrorId;
    QString exceptionType;
    QJsonValue targetObject; // string or null
    QJsonObject toJson() const;
    static CmdletError fromJson(const QJsonObject& o);
};

struct CmdletResult
{
    QJsonArray objects;
    QStringList warnings;
    QList<CmdletError> errors;
    bool orgChanged = false;
    bool ok() const { return errors.isEmpty(); }
    QJsonObject toJson() const; // {"objects", "warnings", "errors"}
};

struct CmdletParameter
{
    QString name;
    QString type; // object | object[] | string | string[] | bool | switch | int | securestring
};

struct CmdletSpec
{
    QString name;
    QString className; // Exchange's task class (FullyQualifiedErrorId suffix of its errors)
    QString position0; // the parameter bound from the first positional argument, or empty
    QStringList roles; // management roles that put it in a session; "*every session*" = all
    QStringList mandatory;
    bool shouldProcess = false; // has -Confirm / -WhatIf
    QList<CmdletParameter> parameters;
    const CmdletParameter* parameter(const QString& name) const;
};

// cmdlets.json, compiled in.
class CmdletTable
{
public:
    static const CmdletTable& instance();
    static QByteArray json();
    const CmdletSpec* find(const QString& name) const;
    QList<CmdletSpec> cmdlets;
    QHash<QString, QStringList> roleGroupRoles; // role group -> roles ("*": all)
    // The cmdlets a session of an account in these role groups contains.
    QStringList commandsFor(const QStringList& roleGroups) const;
};

struct ShellContext
{
    const Recipient* caller = nullptr;
    QDateTime now;
    int rbacDelaySeconds = 0;
    QString ewsUrl;          // the lab's real URLs: what the vdirs' InternalUrl show
    QString autodiscoverUrl; // https://127.0.0.1:PORT/autodiscover/autodiscover.svc
};

class LabCmdlets
{
public:
    explicit LabCmdlets(LabOrg& org);

    // Commands in the caller's session (hello's "commands", Import-PSSession's list).
    QStringList sessionCommands(const Recipient& caller) const;
    CmdletResult invoke(const QString& name, const QJsonObject& parameters, const ShellContext& ctx);

    // Errors of the session rather than of a cmdlet.
    static CmdletError noLanguage(const QString& text = {});
    static CmdletError commandNotFound(const QString& name);
    // WinRM's answer to a wrong password / unknown or disabled account.
    static CmdletError accessDenied(const QString& server);
    // A plain cmdlet name (Verb-Noun); anything else is script text for the NoLanguage runspace.
    static bool isPlainCommandName(const QString& name);
    static bool isPlainParameterName(const QString& name);
    QString domainController() const; // DC01.<domain>

    struct Call; // one invocation (LabCmdlets.cpp)

private:
    LabOrg& m_org;
    QHash<QString, QJsonObject> m_adServerSettings; // per caller (a session's RunspaceServerSettings)
};

} // namespace otjlab
