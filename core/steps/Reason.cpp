#include "core/steps/Reason.h"

#include <QHash>
#include <QMutex>

namespace otj::reasons {

namespace {
struct Catalogue
{
    QMutex mutex;
    QHash<QByteArray, const ReasonText*> byCode;
};
// Reasons any step may give.
const ReasonText kCommonReasons[] = {
    {"common.needs-powershell", "otj::Reasons",
     QT_TRANSLATE_NOOP("otj::Reasons",
                       "Needs the Exchange PowerShell checks, which are not available in this "
                       "version; nothing was checked.")},
    {"common.service-account-only", "otj::Reasons",
     QT_TRANSLATE_NOOP(
         "otj::Reasons",
         "Skipped in --service-account-only mode: needs the Exchange admin's PowerShell session.")},
    {"common.ews-error", "otj::Reasons", "%1",
     QT_TRANSLATE_NOOP("otj::Reasons", "See the evidence, then re-run the validation.")},
    {"validation.not-checked", "otj::Reasons", QT_TRANSLATE_NOOP("otj::Reasons", "Not checked.")},
    {"common.not-inspected", "otj::Reasons",
     QT_TRANSLATE_NOOP("otj::Reasons", "Exchange could not be inspected for this step; nothing was checked."),
     QT_TRANSLATE_NOOP("otj::Reasons", "See the inspection's errors (otjctl plan), then inspect again.")},
    {"common.changes-pending", "otj::Reasons", QT_TRANSLATE_NOOP("otj::Reasons", "Not set up yet: %1."),
     QT_TRANSLATE_NOOP("otj::Reasons", "Apply the step's changes (otjctl apply, or the wizard's step).")},
};

Catalogue& catalogue()
{
    static Catalogue c;
    static const bool commonAdded = [] {
        for (const ReasonText& r : kCommonReasons)
            c.byCode.insert(QByteArray(r.code), &r);
        return true;
    }();
    Q_UNUSED(commonAdded);
    return c;
}

QString text(const ReasonText& r, const char* source, Language language)
{
    if (!source || !*source)
        return {};
    return language == Language::User ? QCoreApplication::translate(r.context, source)
                                      : QString::fromUtf8(source);
}
} // namespace

void add(std::span<const ReasonText> table)
{
    Catalogue& c = catalogue();
    QMutexLocker lock(&c.mutex);
    for (const ReasonText& r : table)
        c.byCode.insert(QByteArray(r.code), &r);
}

const ReasonText* find(QByteArrayView code)
{
    Catalogue& c = catalogue();
    QMutexLocker lock(&c.mutex);
    return c.byCode.value(QByteArray::fromRawData(code.data(), code.size()), nullptr); // no copy
}

QString fill(QString text, const QStringList& args)
{
    for (qsizetype i = std::min<qsizetype>(args.size(), 9); i >= 1; --i)
        text.replace(QLatin1Char('%') + QString::number(i), args.at(i - 1));
    return text;
}

QString cause(const char* code, const QStringList& args, Language language)
{
    if (!code)
        return {};
    const ReasonText* r = find(code);
    if (!r)
        return QString::fromLatin1(code) +
               (args.isEmpty() ? QString() : QStringLiteral(": ") + args.join(u", "));
    if (r->format)
        return r->format(args, language == Language::User);
    return fill(text(*r, r->cause, language), args);
}

QString fix(const char* code, const QStringList& args, Language language)
{
    const ReasonText* r = code ? find(code) : nullptr;
    return r ? fill(text(*r, r->fix, language), args) : QString();
}

} // namespace otj::reasons
