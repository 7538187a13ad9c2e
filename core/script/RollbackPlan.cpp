#include "core/script/RollbackPlan.h"

#include "core/shell/CommandRegistry.h"
#include "core/steps/StepId.h"

#include <QJsonArray>
#include <QSet>

namespace otj::script {
namespace {

const QString kIdentity = QStringLiteral("Identity");

// A journaled value (the bridge's wire JSON) as a typed value. A secret never comes back: the
// journal holds a placeholder for it, and nothing here may send it.
shell::ShellValue fromWire(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return shell::ShellValue(v.toBool());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        return n != std::numeric_limits<qint64>::min() && double(n) == d ? shell::ShellValue(n)
                                                                         : shell::ShellValue(d);
    }
    case QJsonValue::String:
        return shell::ShellValue(v.toString());
    case QJsonValue::Array: {
        QList<shell::ShellValue> items;
        for (const QJsonValue& item : v.toArray())
            items << fromWire(item);
        return shell::ShellValue::list(items);
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("$type")))
            return {};
        QMap<QString, shell::ShellValue> entries;
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.insert(it.key(), fromWire(it.value()));
        return shell::ShellValue::table(entries);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isSecretPlaceholder(const QJsonValue& v)
{
    return (v.isString() && v.toString() == QStringLiteral("«secret»")) ||
           (v.isObject() && v.toObject().contains(QStringLiteral("$type")));
}

// The journal does not keep the compare rule; the value's kind gives it: filters compare as OPATH,
// lists as sets, text (identities, enum names) ignoring case, booleans and numbers exactly.
plan::Match matchFor(const QString& property, const QJsonValue& value)
{
    if (property.endsWith(QLatin1String("Filter"), Qt::CaseInsensitive))
        return plan::Match::OpathEqual;
    if (value.isArray())
        return plan::Match::SameSet;
    if (value.isString())
        return plan::Match::EqualIgnoringCase;
    return plan::Match::Equal;
}

QString noun(const QString& cmdlet)
{
    return cmdlet.mid(cmdlet.indexOf(QLatin1Char('-')) + 1);
}

// Objects removed with a created one: the group's members and settings go with the group, the
// account's user settings with its mailbox.
QString family(const QString& cmdletNoun)
{
    QString n = cmdletNoun;
    if (n.endsWith(QLatin1String("Member")))
        n.chop(6);
    if (n == QLatin1String("User") || n == QLatin1String("CASMailbox"))
        n = QStringLiteral("Mailbox");
    return n.toLower();
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// The name a created object is found by.
QString createdIdentity(const journal::JournalChange& c)
{
    for (const char* key : {"UserPrincipalName", "Name", "PrimarySmtpAddress", "Alias"})
        if (!text(c.parameters, key).isEmpty())
            return text(c.parameters, key);
    return c.target;
}

// Every name of a created object that a later change may use as its Identity.
QStringList createdNames(const journal::JournalChange& c)
{
    QStringList names{c.target.toLower()};
    for (const char* key : {"UserPrincipalName", "Name", "PrimarySmtpAddress", "Alias", "DisplayName"})
        if (!text(c.parameters, key).isEmpty())
            names << text(c.parameters, key).toLower();
    return names;
}

struct Touched
{
    QString key;
    journal::JournalChange first; // first applied attempt
    journal::JournalChange last;  // last applied attempt
    std::optional<journal::JournalChange> create;
    QJsonObject before; // per property: the value before the tool's first change
    QJsonObject after;  // per property: the value the tool set last
};

QList<Touched> appliedByKey(const QList<journal::JournalChange>& changes, const QSet<QString>& rollbackRuns)
{
    QList<Touched> touched;
    QHash<QString, qsizetype> index;
    for (const journal::JournalChange& c : changes) {
        if (!c.applied() || c.key.isEmpty() || rollbackRuns.contains(c.run) ||
            c.operation == QLatin1String("remove"))
            continue;
        auto it = index.constFind(c.key);
        if (it == index.cend()) {
            it = index.insert(c.key, touched.size());
            touched.append(Touched{c.key, c, c, std::nullopt, {}, {}});
        }
        Touched& t = touched[*it];
        t.last = c;
        if (c.operation == QLatin1String("create") && !c.objectExisted && !t.create)
            t.create = c;
        for (auto b = c.before.begin(); b != c.before.end(); ++b)
            if (!t.before.contains(b.key()))
                t.before.insert(b.key(), b.value());
        for (auto a = c.after.begin(); a != c.after.end(); ++a)
            t.after.insert(a.key(), a.value());
    }
    return touched;
}

QList<plan::Expectation> guards(const QJsonObject& after)
{
    QList<plan::Expectation> expectations;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (isSecretPlaceholder(it.value()))
            continue;
        plan::Expectation e;
        e.property = it.key();
        e.value = fromWire(it.value());
        e.match = matchFor(it.key(), it.value());
        expectations << e;
    }
    return expectations;
}

void carrySwitches(const journal::JournalChange& c, const shell::CommandSpec& spec,
                   plan::DesiredChange* change)
{
    for (auto it = c.parameters.begin(); it != c.parameters.end(); ++it) {
        const auto type = spec.parameterType(it.key());
        if (type == shell::ParameterType::Switch && it.value().isBool()) {
            change->write.set(it.key(), it.value().toBool());
            change->fixedParameters << it.key();
        }
    }
}

} // namespace

RollbackPlan Rollback::plan(const QList<journal::JournalChange>& changes, const QSet<QString>& rollbackRuns)
{
    RollbackPlan result;
    const QList<Touched> touched = appliedByKey(changes, rollbackRuns);
    result.appliedChanges = int(touched.size());

    // Objects the back-out removes: (family, name).
    QSet<QString> removed;
    for (const Touched& t : touched)
        if (t.create)
            for (const QString& name : createdNames(*t.create))
                removed.insert(family(noun(t.create->cmdlet)) + QLatin1Char('|') + name);

    for (auto it = touched.crbegin(); it != touched.crend(); ++it) {
        const Touched& t = *it;
        plan::DesiredChange change;
        change.key = t.key;
        change.step = Steps::ofCheck(t.key).value_or(StepId::ServiceAccount);
        change.target = t.last.target;
        if (change.step == StepId::Pexip) {
            // Step 5 is REST on the Management Node, outside the PowerShell back-out: said, not done.
            result.notes << (t.create
                                 ? tr("%1: %2 was created on the Pexip Management Node (%3); the back-out "
                                      "does not change Pexip: delete it there by hand if it is no "
                                      "longer needed.")
                                 : tr("%1: %2 was changed on the Pexip Management Node (%3); the back-out "
                                      "does not change Pexip: restore it there by hand if needed."))
                                .arg(t.key, t.last.target, t.last.cmdlet);
            continue;
        }
        if (t.create) {
            const journal::JournalChange& created = *t.create;
            const QString objectNoun = noun(created.cmdlet);
            const shell::CommandSpec* remove =
                shell::CommandRegistry::find(QStringLiteral("Remove-") + objectNoun);
            const shell::CommandSpec* get = shell::CommandRegistry::find(QStringLiteral("Get-") + objectNoun);
            if (!created.cmdlet.startsWith(QLatin1String("New-")) || !remove || !get) {
                result.notes
                    << tr("%1: %2 was created by the tool, but the back-out cannot remove it (%3 has no "
                          "Remove- cmdlet it may use); remove it by hand if it is no longer needed.")
                           .arg(t.key, t.last.target, created.cmdlet);
                continue;
            }
            const QString identity = createdIdentity(created);
            change.operation = plan::Operation::Remove;
            change.summary = tr("Remove %1 (created by the tool)").arg(identity);
            change.read = shell::ShellCommand(get->name);
            change.read.set(kIdentity, identity);
            change.write = shell::ShellCommand(remove->name);
            change.write.set(kIdentity, identity);
            change.fixedParameters << kIdentity;
            for (const QString& sw :
                 {QStringLiteral("BypassSecurityGroupManagerCheck"), QStringLiteral("Confirm")})
                if (remove->parameterType(sw) == shell::ParameterType::Switch) {
                    change.write.set(sw, sw == QLatin1String("BypassSecurityGroupManagerCheck"));
                    change.fixedParameters << sw;
                }
            change.expectations = guards(t.after);
            result.changes << change;
            continue;
        }

        if (t.last.operation == QLatin1String("create"))
            continue; // it existed already (adopted): the tool changed nothing there
        const QString identity = text(t.last.parameters, "Identity");
        const QString objectNoun = noun(t.last.cmdlet);
        if (removed.contains(family(objectNoun) + QLatin1Char('|') + identity.toLower()) ||
            removed.contains(family(objectNoun) + QLatin1Char('|') + t.last.target.toLower()))
            continue; // the object goes as a whole
        const shell::CommandSpec* set = shell::CommandRegistry::find(t.last.cmdlet);
        const shell::CommandSpec* get = shell::CommandRegistry::find(QStringLiteral("Get-") + objectNoun);
        if (identity.isEmpty() || !set || !get) {
            result.notes
                << tr("%1: the back-out cannot restore %2 (%3 is not a change it knows how to undo).")
                       .arg(t.key, t.last.target, t.last.cmdlet);
            continue;
        }
        // Property -> write parameter: the same name; otherwise the one remaining value parameter.
        QMap<QString, QString> parameterOf;
        QStringList unmatchedProperties;
        QStringList unmatchedParameters;
        for (auto a = t.after.begin(); a != t.after.end(); ++a) {
            if (set->parameterType(a.key()))
                parameterOf.insert(a.key(), a.key());
            else
                unmatchedProperties << a.key();
        }
        for (auto p = t.last.parameters.begin(); p != t.last.parameters.end(); ++p) {
            const auto type = set->parameterType(p.key());
            if (p.key().compare(kIdentity, Qt::CaseInsensitive) != 0 &&
                type != shell::ParameterType::Switch && !parameterOf.contains(p.key()))
                unmatchedParameters << p.key();
        }
        if (unmatchedProperties.size() == 1 && unmatchedParameters.size() == 1)
            parameterOf.insert(unmatchedProperties.takeFirst(), unmatchedParameters.takeFirst());
        if (!unmatchedProperties.isEmpty())
            result.notes << tr("%1: not restored: %2 (no parameter of %3 sets it).")
                                .arg(t.key, unmatchedProperties.join(QStringLiteral(", ")), t.last.cmdlet);
        if (parameterOf.isEmpty())
            continue;
        change.operation = plan::Operation::Update;
        change.summary = tr("Restore the previous %1 of %2")
                             .arg(QStringList(parameterOf.keys()).join(QStringLiteral(", ")), t.last.target);
        change.read = shell::ShellCommand(get->name);
        change.read.set(kIdentity, identity);
        change.write = shell::ShellCommand(set->name);
        change.write.set(kIdentity, identity);
        change.fixedParameters << kIdentity;
        carrySwitches(t.last, *set, &change);
        for (const plan::Expectation& g : guards(t.after)) {
            if (!parameterOf.contains(g.property))
                continue;
            plan::Expectation e = g;
            e.parameter =
                parameterOf.value(g.property) == g.property ? QString() : parameterOf.value(g.property);
            change.expectations << e;
            change.write.set(e.parameterName(), fromWire(t.before.value(g.property)));
        }
        result.changes << change;
    }
    return result;
}

RollbackPlan Rollback::plan(const journal::RunJournal& journal)
{
    QSet<QString> rollbackRuns;
    for (const journal::JournalEntry& e : journal.entries())
        if (e.type == QLatin1String("run-started") && e.fields.value(QStringLiteral("rollback")).toBool())
            rollbackRuns.insert(e.run);
    return plan(journal.changes(), rollbackRuns);
}

QList<plan::DesiredChange> rollbackChanges(const journal::RunJournal& journal, const SetupProfile& profile)
{
    Q_UNUSED(profile); // the journal is already this profile's (RunJournal reads its profileId only)
    return Rollback::plan(journal).changes;
}

} // namespace otj::script
