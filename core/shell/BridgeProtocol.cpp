#include "core/shell/BridgeProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace otj::shell::protocol {
namespace {

QByteArray line(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QJsonValue optionalString(const std::optional<QString>& s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

// Parsing helpers: each returns false (with `problem` set) on a shape mismatch.
struct Reader
{
    QString problem;

    bool fail(const QString& why)
    {
        if (problem.isEmpty())
            problem = why;
        return false;
    }

    bool string(const QJsonObject& o, const QString& key, QString& out, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isString()) {
            out = v.toString();
            return true;
        }
        if (!required && (v.isUndefined() || v.isNull()))
            return true;
        return fail(QStringLiteral("'%1' is not a string").arg(key));
    }

    bool integer(const QJsonValue& v, qint64& out, const QString& what)
    {
        if (!v.isDouble())
            return fail(QStringLiteral("'%1' is not a number").arg(what));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
            return fail(QStringLiteral("'%1' is not an integer").arg(what));
        out = static_cast<qint64>(d);
        return true;
    }

    bool error(const QJsonValue& v, ShellError& e)
    {
        if (!v.isObject())
            return fail(QStringLiteral("an error is not an object"));
        const QJsonObject o = v.toObject();
        const QJsonValue target = o.value(QStringLiteral("targetObject"));
        if (!target.isString() && !target.isNull() && !target.isUndefined())
            return fail(QStringLiteral("'targetObject' is not a string"));
        e.targetObject = target.toString();
        return string(o, QStringLiteral("message"), e.message) &&
               string(o, QStringLiteral("fullyQualifiedErrorId"), e.fullyQualifiedErrorId) &&
               string(o, QStringLiteral("category"), e.category, false) &&
               string(o, QStringLiteral("exceptionType"), e.exceptionType, false);
    }

    bool errors(const QJsonObject& o, QList<ShellError>& out)
    {
        const QJsonValue v = o.value(QStringLiteral("errors"));
        if (!v.isArray())
            return fail(QStringLiteral("'errors' is not an array"));
        for (const QJsonValue& item : v.toArray()) {
            ShellError e;
            if (!error(item, e))
                return false;
            out.append(e);
        }
        return true;
    }

    bool objects(const QJsonObject& o, QList<QJsonObject>& out)
    {
        const QJsonValue v = o.value(QStringLiteral("objects"));
        if (!v.isArray())
            return fail(QStringLiteral("'objects' is not an array"));
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isObject())
                return fail(QStringLiteral("an output object is not a JSON object"));
            out.append(item.toObject());
        }
        return true;
    }

    bool strings(const QJsonObject& o, const QString& key, QStringList& out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            return fail(QStringLiteral("'%1' is not an array").arg(key));
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return fail(QStringLiteral("'%1' holds a non-string").arg(key));
            out.append(item.toString());
        }
        return true;
    }

    bool result(const QJsonValue& v, CommandResult& r)
    {
        if (!v.isObject())
            return fail(QStringLiteral("a result is not an object"));
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("ok")).isBool())
            return fail(QStringLiteral("'ok' is not a boolean"));
        r.ok = o.value(QStringLiteral("ok")).toBool();
        r.skipped = o.value(QStringLiteral("skipped")).toBool(false);
        const QJsonValue elapsed = o.value(QStringLiteral("elapsedMs"));
        if (!elapsed.isUndefined() && !integer(elapsed, r.elapsedMs, QStringLiteral("elapsedMs")))
            return false;
        return string(o, QStringLiteral("name"), r.name) && objects(o, r.objects) &&
               strings(o, QStringLiteral("warnings"), r.warnings) && errors(o, r.errors);
    }
};

ResponseLine invalid(const QString& why)
{
    ResponseLine r;
    r.kind = ResponseLine::Kind::Invalid;
    r.problem = why;
    return r;
}

ResponseLine parse(QByteArrayView bytes)
{
    if (bytes.size() > MaxLineBytes)
        return invalid(QStringLiteral("line longer than %1 bytes").arg(MaxLineBytes));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    Reader rd;
    ResponseLine r;
    qint64 version = 0;
    if (!rd.integer(o.value(QStringLiteral("v")), version, QStringLiteral("v")) || version != Version)
        return invalid(QStringLiteral("not protocol version %1").arg(Version));
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isNull()) {
        qint64 n = 0;
        if (!rd.integer(id, n, QStringLiteral("id")))
            return invalid(rd.problem);
        r.id = n;
    }

    if (o.contains(QStringLiteral("results"))) {
        const QJsonValue results = o.value(QStringLiteral("results"));
        if (!results.isArray() || !r.id)
            return invalid(QStringLiteral("'results' is not an array, or the id is missing"));
        for (const QJsonValue& item : results.toArray()) {
            CommandResult cr;
            if (!rd.result(item, cr))
                return invalid(rd.problem);
            r.results.append(cr);
        }
        r.kind = ResponseLine::Kind::Final;
        return r;
    }
    if (o.value(QStringLiteral("more")).toBool(false)) {
        qint64 index = -1;
        if (!r.id || !rd.integer(o.value(QStringLiteral("index")), index, QStringLiteral("index")) ||
            index < 0 || index > 100000 || !rd.objects(o, r.objects))
            return invalid(rd.problem.isEmpty() ? QStringLiteral("bad partial line") : rd.problem);
        r.index = static_cast<int>(index);
        r.kind = ResponseLine::Kind::Partial;
        return r;
    }
    if (o.contains(QStringLiteral("fatal"))) {
        if (!o.value(QStringLiteral("fatal")).isBool() || !rd.errors(o, r.errors))
            return invalid(rd.problem.isEmpty() ? QStringLiteral("'fatal' is not a boolean") : rd.problem);
        r.fatal = o.value(QStringLiteral("fatal")).toBool();
        r.kind = ResponseLine::Kind::RequestError;
        return r;
    }
    const QJsonValue ok = o.value(QStringLiteral("ok"));
    if (ok.isBool() && r.id) {
        if (!ok.toBool()) {
            if (!rd.errors(o, r.errors))
                return invalid(rd.problem);
            r.kind = ResponseLine::Kind::HelloFailed;
            return r;
        }
        const QJsonValue session = o.value(QStringLiteral("session"));
        if (!session.isObject())
            return invalid(QStringLiteral("'session' is not an object"));
        const QJsonObject s = session.toObject();
        if (!rd.string(s, QStringLiteral("mode"), r.session.mode) ||
            !rd.string(s, QStringLiteral("psVersion"), r.session.psVersion, false) ||
            !rd.string(s, QStringLiteral("psEdition"), r.session.psEdition, false) ||
            !rd.strings(s, QStringLiteral("commands"), r.session.commands))
            return invalid(rd.problem);
        r.kind = ResponseLine::Kind::HelloOk;
        return r;
    }
    return invalid(QStringLiteral("not a response line"));
}

} // namespace

QByteArray encodeHello(qint64 id, const Hello& hello)
{
    return line(QJsonObject{{QStringLiteral("v"), Version},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("op"), QStringLiteral("hello")},
                            {QStringLiteral("connectionUri"), hello.connectionUri},
                            {QStringLiteral("authentication"), hello.authentication},
                            {QStringLiteral("username"), optionalString(hello.username)},
                            {QStringLiteral("password"), optionalString(hello.password)}});
}

QByteArray encodeInvoke(qint64 id, const QList<ShellCommand>& commands, qint64 timeoutMs, bool stopOnError)
{
    QJsonArray list;
    for (const ShellCommand& c : commands) {
        QJsonObject parameters;
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it)
            parameters.insert(it.key(), it.value().toJson());
        QJsonObject command{{QStringLiteral("name"), c.name}, {QStringLiteral("parameters"), parameters}};
        if (!c.select.isEmpty())
            command.insert(QStringLiteral("select"), QJsonArray::fromStringList(c.select));
        list.append(command);
    }
    return line(QJsonObject{{QStringLiteral("v"), Version},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("op"), QStringLiteral("invoke")},
                            {QStringLiteral("timeoutMs"), timeoutMs},
                            {QStringLiteral("stopOnError"), stopOnError},
                            {QStringLiteral("commands"), list}});
}

QByteArray encodeExit(qint64 id)
{
    return line(QJsonObject{{QStringLiteral("v"), Version},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("op"), QStringLiteral("exit")}});
}

ResponseLine parseResponseLine(QByteArrayView bytes) noexcept
{
    try {
        return parse(bytes);
    } catch (...) { // std::bad_alloc on absurd input: still a verdict, never an abort
        return invalid(QStringLiteral("unreadable line"));
    }
}

} // namespace otj::shell::protocol
