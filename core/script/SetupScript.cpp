#include "core/script/SetupScript.h"

#include "core/script/PowerShellLiteral.h"
#include "core/shell/CommandRegistry.h"
#include "core/steps/StepId.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>

namespace otj::script {
namespace {

// The scripts' comment lines in the user's language (the PowerShell code and its messages stay English).
class ScriptText
{
    Q_DECLARE_TR_FUNCTIONS(otj::script::ScriptText)
};

// Text inside a # comment: a line break (or anything PowerShell or an editor might take as one)
// would end the comment and let the rest run as code.
QString commentText(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        const auto category = c.category();
        const bool breaks = category == QChar::Other_Control || category == QChar::Separator_Line ||
                            category == QChar::Separator_Paragraph || c.unicode() == 0x85;
        out += breaks ? QLatin1Char(' ') : c;
    }
    return out;
}

QString matchName(plan::Match match)
{
    switch (match) {
    case plan::Match::Equal:
        return QStringLiteral("Equal");
    case plan::Match::EqualIgnoringCase:
        return QStringLiteral("EqualIgnoringCase");
    case plan::Match::SameSet:
        return QStringLiteral("SameSet");
    case plan::Match::OpathEqual:
        return QStringLiteral("OpathEqual");
    }
    return QStringLiteral("Equal");
}

bool takesDomainController(const QString& cmdlet)
{
    const shell::CommandSpec* spec = shell::CommandRegistry::find(cmdlet);
    // Unknown to the registry: not sent with -DomainController (the registry knows every cmdlet the
    // planners use; a test holds the scripts to it).
    return spec && spec->takesDomainController;
}

// Common tail of every cmdlet call in the scripts.
QString callTail(const QString& cmdlet)
{
    return (takesDomainController(cmdlet) ? QStringLiteral(" @otjDc") : QString()) +
           QStringLiteral(" -ErrorAction SilentlyContinue -ErrorVariable otjError");
}

class ScriptWriter
{
public:
    explicit ScriptWriter(const ScriptOptions& options)
        : m_options(options)
    {}

    void line(const QString& text = {})
    {
        if (!text.isEmpty())
            m_text += QString(m_indent * 4, QLatin1Char(' ')) + text;
        m_text += QLatin1Char('\n');
    }
    void open(const QString& text)
    {
        line(text);
        ++m_indent;
    }
    void close(const QString& text = QStringLiteral("}"))
    {
        --m_indent;
        line(text);
    }
    void comment(const QString& text) { line(QStringLiteral("# ") + commentText(text)); }

    void change(const plan::DesiredChange& c);
    QString text() const { return m_text; }

private:
    bool backOut() const { return m_options.kind == ScriptOptions::Kind::BackOut; }
    // The PowerShell expression of an expectation's wanted value (a derived one: its variable).
    QString wanted(const plan::Expectation& e) const
    {
        const auto it = m_derivedVariables.constFind(e.parameterName());
        return it != m_derivedVariables.cend() ? *it : literal(e.value);
    }
    QString testMatch(const plan::Expectation& e, const QString& wantedExpression) const
    {
        return QStringLiteral("(Test-OtjMatch '%1' %2 (Get-OtjValue $otjObjects %3))")
            .arg(matchName(e.match), wantedExpression, singleQuoted(e.property));
    }
    void resolveDerived(const plan::DesiredChange& c);
    // The write with its literal parameters; `omit` are left to a splatted @otjSet.
    QString writeCall(const plan::DesiredChange& c, const QStringList& omit, bool splat) const;
    void writeAndCheck(const plan::DesiredChange& c, const QStringList& omit, bool splat,
                       const QString& doneExpression);
    void setupCreate(const plan::DesiredChange& c);
    void setupUpdate(const plan::DesiredChange& c);
    void backOutUpdate(const plan::DesiredChange& c);
    void backOutRemove(const plan::DesiredChange& c);

    const ScriptOptions& m_options;
    QString m_text;
    int m_indent = 0;
    QMap<QString, QString> m_derivedVariables; // write parameter -> $variable (this change)
};

void ScriptWriter::resolveDerived(const plan::DesiredChange& c)
{
    m_derivedVariables.clear();
    int n = 0;
    for (const plan::Expectation& e : c.expectations) {
        if (!e.derived)
            continue;
        const plan::DerivedValue& d = *e.derived;
        const QString variable = QStringLiteral("$otjDerived%1").arg(++n);
        comment(ScriptText::tr("%1 comes from %2 of the object %3 returns.")
                    .arg(e.parameterName(), d.property, d.read.name));
        line(QStringLiteral("$otjFound = @(%1%2%3)")
                 .arg(d.read.name, parameterLine(d.read), callTail(d.read.name)));
        line(QStringLiteral("$null = Assert-OtjRead $otjKey %1 $otjError").arg(singleQuoted(d.read.name)));
        open(QStringLiteral("if ($otjFound.Count -ne 1) {"));
        line(QStringLiteral(
                 "throw (\"${otjKey}: \" + %1 + \" found $($otjFound.Count) objects, not one. Nothing "
                 "after this point was run.\")")
                 .arg(singleQuoted(d.read.display())));
        close();
        const QString value =
            QStringLiteral("([string](Get-OtjValue $otjFound %1))").arg(singleQuoted(d.property));
        if (d.opathTemplate.isEmpty()) {
            line(QStringLiteral("%1 = %2").arg(variable, value));
        } else {
            // The OPATH layer at run time: the value's ' doubled inside the template's quotes.
            line(variable + QStringLiteral(" = ") + singleQuoted(d.opathTemplate) +
                 QStringLiteral(".Replace('%1', ") + value + QStringLiteral(".Replace(\"'\", \"''\"))"));
        }
        m_derivedVariables.insert(e.parameterName(), variable);
    }
}

QString ScriptWriter::writeCall(const plan::DesiredChange& c, const QStringList& omit, bool splat) const
{
    const QString secret = QStringLiteral("(Get-OtjSecret $otjKey)");
    QStringList skip = omit;
    QString derived;
    for (auto it = m_derivedVariables.cbegin(); it != m_derivedVariables.cend(); ++it) {
        skip << it.key();
        if (!omit.contains(it.key(), Qt::CaseInsensitive) && c.write.parameters.contains(it.key()))
            derived += QStringLiteral(" -%1 %2").arg(it.key(), it.value());
    }
    QString identity;
    if (!c.forEachIdentityProperty.isEmpty()) {
        skip << QStringLiteral("Identity");
        identity = QStringLiteral(" -Identity $otjTarget");
    }
    QString secretParameter;
    if (!c.secretParameter.isEmpty()) {
        // Whatever value the change carries for it, the script asks (never in the file).
        skip << c.secretParameter;
        secretParameter = QStringLiteral(" -%1 %2").arg(c.secretParameter, secret);
    }
    return c.write.name + identity + parameterLine(c.write, skip, secret) + derived + secretParameter +
           (splat ? QStringLiteral(" @otjSet") : QString()) + callTail(c.write.name);
}

void ScriptWriter::writeAndCheck(const plan::DesiredChange& c, const QStringList& omit, bool splat,
                                 const QString& doneExpression)
{
    // The output (the new object) is not wanted; `$null =` keeps $? as the cmdlet left it.
    line(QStringLiteral("$null = ") + writeCall(c, omit, splat));
    line(QStringLiteral("Assert-OtjWrite $otjItemKey %1 $? $otjError").arg(singleQuoted(c.write.name)));
    line(QStringLiteral("Write-OtjChanged $otjItemKey %1").arg(doneExpression));
}

void ScriptWriter::setupCreate(const plan::DesiredChange& c)
{
    open(QStringLiteral("if ($otjObjects.Count -eq 0) {"));
    writeAndCheck(c, {}, false, singleQuoted(QStringLiteral("created")));
    close(QStringLiteral("} else {"));
    ++m_indent;
    // It exists: a New-* cannot correct it; say what differs.
    line(QStringLiteral("$otjDiffers = @()"));
    for (const plan::Expectation& e : c.expectations)
        line(QStringLiteral("if (-not %1) { $otjDiffers += %2 }")
                 .arg(testMatch(e, wanted(e)), singleQuoted(e.property)));
    open(QStringLiteral("if ($otjDiffers.Count -gt 0) {"));
    line(QStringLiteral(
        "Write-Warning (\"${otjItemKey}: exists and differs in \" + ($otjDiffers -join ', ') + "
        "\"; this script does not change an existing object here.\")"));
    close();
    line(QStringLiteral("Write-OtjUnchanged $otjItemKey 'exists'"));
    close();
}

void ScriptWriter::setupUpdate(const plan::DesiredChange& c)
{
    // The object is not there (the read said "not found", not just "no objects", which an empty
    // member list is): nothing to update; said, and the script goes on (an offline script cannot know
    // beforehand, e.g. a selected room that lives in Exchange Online).
    open(QStringLiteral("if ($otjMissing -and $otjObjects.Count -eq 0) {"));
    line(QStringLiteral(
             "Write-OtjSkipped $otjItemKey ('no such object (' + %1 + ' found none): nothing changed')")
             .arg(singleQuoted(c.read.name)));
    close(QStringLiteral("} else {"));
    ++m_indent;
    line(QStringLiteral("$otjSet = @{}"));
    QStringList wantedParameters;
    for (const plan::Expectation& e : c.expectations) {
        wantedParameters << e.parameterName();
        line(QStringLiteral("if (-not %1) { $otjSet[%2] = %3 }")
                 .arg(testMatch(e, wanted(e)), singleQuoted(e.parameterName()), wanted(e)));
    }
    // Everything the write carries besides the compared parameters is sent every time.
    QStringList omit;
    for (const QString& p : wantedParameters)
        if (!c.fixedParameters.contains(p, Qt::CaseInsensitive))
            omit << p;
    open(QStringLiteral("if ($otjSet.Count -gt 0) {"));
    writeAndCheck(c, omit, true, QStringLiteral("('set ' + (($otjSet.Keys | Sort-Object) -join ', '))"));
    close(QStringLiteral("} else {"));
    ++m_indent;
    line(QStringLiteral("Write-OtjUnchanged $otjItemKey 'as wanted'"));
    close();
    close();
}

void ScriptWriter::backOutUpdate(const plan::DesiredChange& c)
{
    open(QStringLiteral("if ($otjObjects.Count -eq 0) {"));
    line(QStringLiteral("Write-OtjConflict $otjItemKey 'the object no longer exists; nothing to restore'"));
    close(QStringLiteral("} else {"));
    ++m_indent;
    line(QStringLiteral("$otjSet = @{}"));
    line(QStringLiteral("$otjConflicts = @()"));
    QStringList omit;
    for (const plan::Expectation& e : c.expectations) {
        const QString parameter = e.parameterName();
        omit << parameter;
        const shell::ShellValue before = c.write.parameters.value(parameter);
        plan::Expectation previous = e;
        previous.value = before;
        // Still what the tool set: restore. Already the previous value: nothing to do. Else: someone
        // changed it since; keep their value and say so.
        open(QStringLiteral("if (%1) {").arg(testMatch(e, literal(e.value))));
        line(QStringLiteral("$otjSet[%1] = %2").arg(singleQuoted(parameter), literal(before)));
        close(QStringLiteral("} elseif (-not %1) {").arg(testMatch(previous, literal(before))));
        ++m_indent;
        line(QStringLiteral("$otjConflicts += %1").arg(singleQuoted(e.property)));
        close();
    }
    open(QStringLiteral("if ($otjConflicts.Count -gt 0) {"));
    line(QStringLiteral("Write-OtjConflict $otjItemKey ('changed by someone else since the tool set it, left "
                        "as it is: ' + ($otjConflicts -join ', '))"));
    close();
    open(QStringLiteral("if ($otjSet.Count -gt 0) {"));
    writeAndCheck(c, omit, true, QStringLiteral("('restored ' + (($otjSet.Keys | Sort-Object) -join ', '))"));
    close(QStringLiteral("} elseif ($otjConflicts.Count -eq 0) {"));
    ++m_indent;
    line(QStringLiteral("Write-OtjUnchanged $otjItemKey 'already as before'"));
    close();
    close();
}

void ScriptWriter::backOutRemove(const plan::DesiredChange& c)
{
    open(QStringLiteral("if ($otjObjects.Count -eq 0) {"));
    line(QStringLiteral("Write-OtjUnchanged $otjItemKey 'already removed'"));
    close(QStringLiteral("} else {"));
    ++m_indent;
    line(QStringLiteral("$otjConflicts = @()"));
    for (const plan::Expectation& e : c.expectations)
        line(QStringLiteral("if (-not %1) { $otjConflicts += %2 }")
                 .arg(testMatch(e, literal(e.value)), singleQuoted(e.property)));
    open(QStringLiteral("if ($otjConflicts.Count -gt 0) {"));
    line(QStringLiteral(
        "Write-OtjConflict $otjItemKey ('changed by someone else since the tool created it, not "
        "removed: ' + ($otjConflicts -join ', '))"));
    close(QStringLiteral("} else {"));
    ++m_indent;
    writeAndCheck(c, {}, false, singleQuoted(QStringLiteral("removed")));
    close();
    close();
}

void ScriptWriter::change(const plan::DesiredChange& c)
{
    line();
    comment(QStringLiteral("---- %1 ").arg(c.key).leftJustified(100, QLatin1Char('-')));
    if (!c.summary.isEmpty())
        comment(c.summary);
    if (!c.target.isEmpty())
        comment(ScriptText::tr("Target: %1").arg(c.target));
    line(QStringLiteral("$otjKey = %1").arg(singleQuoted(c.key)));
    resolveDerived(c);
    line(QStringLiteral("$otjRead = @(%1%2%3)")
             .arg(c.read.name, parameterLine(c.read), callTail(c.read.name)));
    line(QStringLiteral("$otjMissing = Assert-OtjRead $otjKey %1 $otjError").arg(singleQuoted(c.read.name)));
    const bool each = !c.forEachIdentityProperty.isEmpty();
    if (each) {
        if (backOut() || c.operation != plan::Operation::Update)
            line(QStringLiteral(
                "if ($otjRead.Count -eq 0) { Write-OtjUnchanged $otjKey 'no object to change' }"));
        open(QStringLiteral("foreach ($otjObject in $otjRead) {"));
        line(QStringLiteral("$otjObjects = @($otjObject)"));
        line(QStringLiteral("$otjTarget = [string](Get-OtjValue $otjObjects %1)")
                 .arg(singleQuoted(c.forEachIdentityProperty)));
        line(QStringLiteral("$otjItemKey = $otjKey + '/' + $otjTarget"));
    } else {
        line(QStringLiteral("$otjObjects = $otjRead"));
        line(QStringLiteral("$otjItemKey = $otjKey"));
    }
    if (c.operation == plan::Operation::Remove)
        backOutRemove(c);
    else if (backOut())
        backOutUpdate(c);
    else if (c.operation == plan::Operation::Create)
        setupCreate(c);
    else
        setupUpdate(c);
    if (each)
        close();
}

// Every cmdlet a script calls, with the RBAC role that provides it: checked before the first change.
QString requiredCommands(const QList<plan::DesiredChange>& changes, bool viewEntireForest)
{
    QMap<QString, QString> roles;
    const auto add = [&roles](const QString& cmdlet) {
        const shell::CommandSpec* spec = shell::CommandRegistry::find(cmdlet);
        roles.insert(cmdlet, spec ? spec->rbacRole : QString());
    };
    for (const plan::DesiredChange& c : changes) {
        add(c.read.name);
        add(c.write.name);
        for (const plan::Expectation& e : c.expectations)
            if (e.derived)
                add(e.derived->read.name);
    }
    if (viewEntireForest)
        add(QStringLiteral("Set-ADServerSettings"));
    QStringList entries;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        entries << QStringLiteral("    %1 = %2").arg(singleQuoted(it.key()), singleQuoted(it.value()));
    return QStringLiteral("Assert-OtjCommands @{\n") + entries.join(QLatin1Char('\n')) +
           QStringLiteral("\n}");
}

} // namespace

QString scriptFunctions()
{
    QFile file(QStringLiteral(":/powershell/otj-script-functions.ps1"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString scriptText(const QList<plan::DesiredChange>& changes, const ScriptOptions& options)
{
    ScriptWriter w(options);
    const bool backOut = options.kind == ScriptOptions::Kind::BackOut;
    w.comment(backOut
                  ? ScriptText::tr("OTJ Exchange Setup: back-out script for the Exchange Management Shell")
                  : ScriptText::tr(
                        "OTJ Exchange Setup: setup script for the Exchange Management Shell (steps 1-4)"));
    w.comment(ScriptText::tr("Profile: %1 (%2)").arg(options.profileId, options.profileFile));
    w.comment(ScriptText::tr("Generated by OTJ Exchange Setup %1 on %2")
                  .arg(options.toolVersion, options.generatedAt.toUTC().toString(Qt::ISODate)));
    w.comment(ScriptText::tr(
        "Windows PowerShell 5.1. Run it in the Exchange Management Shell (or a session with the "
        "Exchange cmdlets imported)."));
    if (backOut) {
        w.comment(ScriptText::tr(
            "Built from the run journal: it restores the values the tool changed and removes the "
            "objects the tool created."));
        w.comment(ScriptText::tr(
            "A value is restored only while it still equals what the tool set; otherwise it is "
            "reported as a conflict and left alone."));
    } else {
        w.comment(ScriptText::tr(
            "Each change reads the object, compares it as the tool's inspection does and writes only "
            "what differs: a second run changes nothing."));
        w.comment(ScriptText::tr(
            "No password is stored in this file: it is asked for (Read-Host -AsSecureString) when an "
            "account is created, or passed as -ServiceAccountPassword."));
    }
    w.comment(ScriptText::tr(
        "The script stops at the first error and names the change (-ErrorVariable and $? are checked "
        "after every cmdlet)."));
    for (const QString& note : options.notes)
        w.comment(note);
    w.line(QStringLiteral("[CmdletBinding()]"));
    w.line(QStringLiteral("param("));
    w.line(QStringLiteral("    # ") +
           commentText(ScriptText::tr(
               "One domain controller for every read and write (recommended); empty: Exchange chooses.")));
    w.line(QStringLiteral("    [string]$DomainController = %1%2")
               .arg(singleQuoted(options.domainController), backOut ? QString() : QStringLiteral(",")));
    if (!backOut) {
        w.line(QStringLiteral("    # ") +
               commentText(ScriptText::tr(
                   "The password of an account the script creates; asked for when needed and not given.")));
        w.line(QStringLiteral("    [System.Security.SecureString]$ServiceAccountPassword"));
    }
    w.line(QStringLiteral(")"));
    w.line(QStringLiteral("Set-StrictMode -Version 2.0"));
    w.line(QStringLiteral("$ErrorActionPreference = 'Stop'"));
    w.line();
    w.line(scriptFunctions().trimmed());
    w.line();
    w.line(QStringLiteral("$otjDc = @{}"));
    w.line(QStringLiteral("if ($DomainController) { $otjDc['DomainController'] = $DomainController }"));
    w.line(QStringLiteral("$otjError = $null"));
    w.line(requiredCommands(changes, options.viewEntireForest));
    if (options.viewEntireForest) {
        w.comment(
            ScriptText::tr("The selected rooms live in more than one AD domain: read the whole forest."));
        w.line(QStringLiteral("$otjItemKey = 'forest'"));
        w.line(QStringLiteral(
            "$null = Set-ADServerSettings -ViewEntireForest $true -ErrorAction SilentlyContinue "
            "-ErrorVariable otjError"));
        w.line(QStringLiteral("Assert-OtjWrite $otjItemKey 'Set-ADServerSettings' $? $otjError"));
    }
    std::optional<StepId> step;
    for (const plan::DesiredChange& c : changes) {
        if (step != c.step) {
            step = c.step;
            w.line();
            w.comment(QString(100, QLatin1Char('=')));
            w.comment(ScriptText::tr("%1: %2").arg(Steps::key(c.step), Steps::title(c.step)));
            w.comment(QString(100, QLatin1Char('=')));
        }
        w.change(c);
    }
    if (changes.isEmpty())
        w.comment(backOut
                      ? ScriptText::tr("Nothing to back out: the journal records no change the tool applied.")
                      : ScriptText::tr("No changes."));
    w.line();
    w.line(QStringLiteral("Write-OtjSummary %1")
               .arg(singleQuoted(backOut ? QStringLiteral("OTJ back-out") : QStringLiteral("OTJ setup"))));
    return w.text();
}

QByteArray scriptFileBytes(const QString& text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace otj::script
