// Fuzz target: reading the Pexip management API's JSON (core/pexip/PexipJson.h) and what step 5
// does with what it read (a CA object's certificate, the integration compared field by field).
// Any bytes must give a page, an object or a reason: no crash, no abort, no hang.
#include "core/pexip/PexipClient.h"
#include "core/pexip/PexipJson.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/profile/SetupProfile.h"
#include "core/steps/pexip/PexipPlanner.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace otj::pexip;
    const QByteArray body = otj::fuzz::bytes(data, size);
    static const otj::SetupProfile profile = otj::SetupProfile::defaults();
    static const otj::plan::PlanOptions options;
    static const PexipInventory none;
    static const QList<otj::plan::DesiredChange> wanted =
        PexipPlanner::desiredChanges(Step5Input{profile,
                                                options,
                                                none,
                                                QStringLiteral("https://mail/EWS/Exchange.asmx"),
                                                {},
                                                {},
                                                false,
                                                false,
                                                {},
                                                {}});

    QString why;
    const std::optional<ListPage> page = parseListPage(body, &why);
    if (!page && why.isEmpty())
        __builtin_trap(); // every refusal says why
    if (page) {
        isFollowableNext(page->next, QStringLiteral("/api/admin/configuration/v1/ca_certificate/"));
        for (const QJsonObject& o : page->objects) {
            CaCertificates::fingerprintOf(o);
            resourceId(o.value(QLatin1String("resource_uri")).toString());
            for (const otj::plan::DesiredChange& d : wanted)
                if (const auto planned = PexipPlanner::compare(d, o); planned && !planned->rest)
                    __builtin_trap(); // a planned REST change always carries its request
        }
    }
    if (const std::optional<QJsonObject> object = parseObject(body))
        for (const otj::plan::DesiredChange& d : wanted)
            PexipPlanner::compare(d, *object);
    const PexipError e = PexipClient::httpError(400, body, QString());
    if (e.kind != PexipErrorKind::Validation && e.kind != PexipErrorKind::BadRequest)
        __builtin_trap();
    if (e.kind == PexipErrorKind::Validation && e.fieldErrors.isEmpty())
        __builtin_trap();
    e.summary();
    resourcePath(QString::fromUtf8(body.left(300)));
    return 0;
}
