// The steps' verdicts are pure functions: items in, status + reason code + arguments out. These
// tables never look at text, so they hold in every locale; the catalogue test checks that every
// code a verdict gives has its text.
#include "core/pexip/PublicRoots.h"
#include "core/steps/authentication/AuthenticationStep.h"
#include "core/steps/calendarprocessing/ContentVerdict.h"
#include "core/steps/connection/ConnectionStep.h"
#include "core/steps/impersonation/ImpersonationStep.h"
#include "core/steps/pexip/Agreement.h"
#include "core/steps/prerequisites/PrerequisitesStep.h"
#include "core/steps/prerequisites/SafeLinks.h"
#include "core/validation/ValidationRunner.h"

#include <QTest>

using namespace otj;
using namespace otj::ews;

Q_DECLARE_METATYPE(otj::Verdict)
Q_DECLARE_METATYPE(QList<otj::ews::CalendarItem>)

namespace QTest {
template <>
inline char* toString(const otj::Verdict& v)
{
    return qstrdup(qPrintable(
        QStringLiteral("%1 %2 [%3]%4")
            .arg(statusKey(v.status), QString::fromLatin1(v.reason ? v.reason : "-"), v.args.join(u'|'),
                 v.fixStep ? QStringLiteral(" -> ") + Steps::key(*v.fixStep) : QString())));
}
} // namespace QTest

namespace {
const QDateTime kT0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

CalendarItem meeting(int createdDay, bool intact)
{
    CalendarItem i;
    i.itemId.id = QString::number(createdDay);
    i.created = kT0.addDays(createdDay);
    i.organizerName = QStringLiteral("Ola Nordmann");
    i.subject = intact ? QStringLiteral("Budget") : QStringLiteral("Ola Nordmann");
    i.body = intact ? QStringLiteral("Join: https://pexip.example/x") : QString();
    return i;
}

EwsError responseError(const char* code)
{
    EwsError e;
    e.kind = ErrorKind::ResponseError;
    e.responseCode = QString::fromLatin1(code);
    return e;
}

const QString kRoom = QStringLiteral("room1@contoso.test");
} // namespace

class TestStepVerdicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        (void)defaultSteps(); // the steps register their reason texts
    }

    // The rules of the step4.content row in core/validation/README.md.
    void content_data()
    {
        QTest::addColumn<QList<CalendarItem>>("items");
        QTest::addColumn<QDateTime>("known");
        QTest::addColumn<Verdict>("expected");
        QTest::addColumn<QList<int>>("stripped");
        const QDateTime none;
        const QDateTime change = kT0.addDays(5);
        // Without the change time: inferred from the items.
        QTest::newRow("all intact") << QList{meeting(1, true), meeting(2, true)} << none
                                    << Verdict{CheckStatus::Passed,
                                               "step4.content-kept",
                                               {QStringLiteral("2")}}
                                    << QList<int>{};
        QTest::newRow("stripped after an intact one")
            << QList{meeting(1, true), meeting(2, false)} << none
            << Verdict{CheckStatus::Failed,
                       "step4.stripped",
                       {QStringLiteral("1"), QStringLiteral("2"), kRoom}}
            << QList<int>{1};
        QTest::newRow("stripped before an intact one")
            << QList{meeting(1, false), meeting(2, true)} << none
            << Verdict{CheckStatus::Warning, "step4.resend-needed", {QStringLiteral("1")}} << QList<int>{0};
        QTest::newRow("all stripped: EWS cannot tell")
            << QList{meeting(1, false), meeting(2, false)} << none
            << Verdict{CheckStatus::Warning, "step4.all-stripped", {QStringLiteral("2")}} << QList<int>{0, 1};
        // With the known change time.
        QTest::newRow("known: stripped after the change")
            << QList{meeting(1, false), meeting(6, false)} << change
            << Verdict{CheckStatus::Failed,
                       "step4.stripped-after-change",
                       {QStringLiteral("1"), QStringLiteral("2"), kRoom}}
            << QList<int>{1};
        QTest::newRow("known: created exactly at the change counts as after")
            << QList{meeting(5, false)} << change
            << Verdict{CheckStatus::Failed,
                       "step4.stripped-after-change",
                       {QStringLiteral("1"), QStringLiteral("1"), kRoom}}
            << QList<int>{0};
        QTest::newRow("known: only stripped before the change (all stripped)")
            << QList{meeting(1, false), meeting(2, false)} << change
            << Verdict{CheckStatus::Warning, "step4.resend-needed", {QStringLiteral("2")}}
            << QList<int>{0, 1};
        QTest::newRow("known: an intact one after the change, stripped before")
            << QList{meeting(1, false), meeting(7, true)} << change
            << Verdict{CheckStatus::Warning, "step4.resend-needed", {QStringLiteral("1")}} << QList<int>{0};
        QTest::newRow("known: a stripped one newer than an intact one, both before the change")
            << QList{meeting(1, true), meeting(2, false)} << change
            << Verdict{CheckStatus::Warning, "step4.resend-needed", {QStringLiteral("1")}} << QList<int>{1};
        QTest::newRow("known: all intact")
            << QList{meeting(6, true)} << change
            << Verdict{CheckStatus::Passed, "step4.content-kept", {QStringLiteral("1")}} << QList<int>{};
    }
    void content()
    {
        QFETCH(QList<CalendarItem>, items);
        QFETCH(QDateTime, known);
        QFETCH(Verdict, expected);
        QFETCH(QList<int>, stripped);
        const ContentVerdict v = contentVerdict(items, known, kRoom);
        QCOMPARE(v.verdict, expected);
        QCOMPARE(v.stripped, stripped);
        QVERIFY(reasons::find(v.verdict.reason));
    }

    void strippedMeans()
    {
        CalendarItem i = meeting(1, true);
        QVERIFY(!isStripped(i));
        i.subject = QStringLiteral("  ola nordmann ");
        QVERIFY(isStripped(i)); // the organizer's name replaced the subject
        i = meeting(1, true);
        i.body = QStringLiteral("   ");
        QVERIFY(isStripped(i));
        i = meeting(1, true);
        i.subject.clear();
        QVERIFY(isStripped(i));
    }

    void impersonation_data()
    {
        QTest::addColumn<EwsError>("error");
        QTest::addColumn<Verdict>("expected");
        const QString denied = QStringLiteral("ErrorImpersonateUserDenied");
        QTest::newRow("outside scope")
            << responseError("ErrorImpersonateUserDenied")
            << Verdict{CheckStatus::Failed, "step2.outside-scope", {kRoom, denied}};
        QTest::newRow("no mailbox") << responseError("ErrorNonExistentMailbox")
                                    << Verdict{CheckStatus::Failed, "step2.no-mailbox", {kRoom}};
        QTest::newRow("invalid address") << responseError("ErrorInvalidSmtpAddress")
                                         << Verdict{CheckStatus::Failed,
                                                    "step2.invalid-address",
                                                    {kRoom, QStringLiteral("ErrorInvalidSmtpAddress")}};
        EwsError cancelled;
        cancelled.kind = ErrorKind::Cancelled;
        QTest::newRow("cancelled") << cancelled << Verdict{CheckStatus::Cancelled, "validation.cancelled"};
    }
    void impersonation()
    {
        QFETCH(EwsError, error);
        QFETCH(Verdict, expected);
        QCOMPARE(ImpersonationStep::impersonationVerdict(error, kRoom), expected);
        QVERIFY(reasons::find(expected.reason));
    }

    void scopeAndWholeStep()
    {
        const QString probe = QStringLiteral("admin@contoso.test");
        QCOMPARE(ImpersonationStep::scopeVerdict(EwsError{}, probe),
                 (Verdict{CheckStatus::Warning, "step2.over-broad", {probe}}));
        QCOMPARE(ImpersonationStep::scopeVerdict(responseError("ErrorImpersonateUserDenied"), probe),
                 (Verdict{CheckStatus::Passed, "step2.scope-denied", {probe}}));
        QString code;
        const QString d = QStringLiteral("ErrorImpersonateUserDenied");
        QVERIFY(!ImpersonationStep::wholeStepVerdict({d, QString()}, &code)); // one room passed
        QVERIFY(!ImpersonationStep::wholeStepVerdict({d}, &code));            // one room is not "all"
        QCOMPARE(
            *ImpersonationStep::wholeStepVerdict({d, d, QStringLiteral("ErrorNonExistentMailbox")}, &code),
            (Verdict{CheckStatus::Failed,
                     "step2.no-room-impersonable-others",
                     {QStringLiteral("2"), QStringLiteral("3"), d, QStringLiteral("1")}}));
    }

    void signIn()
    {
        EwsError e;
        QCOMPARE(AuthenticationStep::signInVerdict(EwsAuthentication::Basic, e),
                 (Verdict{CheckStatus::Passed, "step3.signed-in", {QStringLiteral("Basic")}}));
        e.kind = ErrorKind::Unauthorized;
        QCOMPARE(AuthenticationStep::signInVerdict(EwsAuthentication::Ntlm, e),
                 (Verdict{CheckStatus::Failed, "step3.unauthorized", {QStringLiteral("NTLM")}}));
        e.kind = ErrorKind::InsecureUrl;
        QCOMPARE(AuthenticationStep::signInVerdict(EwsAuthentication::Ntlm, e).fixStep,
                 std::optional(StepId::Connection));
        QCOMPARE(
            AuthenticationStep::methodNotOfferedVerdict(EwsAuthentication::Ntlm, {QStringLiteral("Basic")}),
            (Verdict{CheckStatus::Failed,
                     "step3.method-not-offered-ntlm",
                     {QStringLiteral("NTLM"), QStringLiteral("Basic")}}));
    }

    void certificate()
    {
        const QUrl url(QStringLiteral("https://mail.contoso.test/EWS/Exchange.asmx"));
        EwsResult<ProbeInfo> ok;
        QCOMPARE(*ConnectionStep::certificateVerdict(url, ok, std::nullopt, false),
                 (Verdict{CheckStatus::Passed, "connection.tls-system"}));
        QVERIFY(
            !ConnectionStep::certificateVerdict(url, ok, std::nullopt, true)); // decided in the background
        QCOMPARE(ConnectionStep::certificateVerdict(QUrl(QStringLiteral("http://mail/EWS")), std::nullopt,
                                                    std::nullopt, false)
                     ->reason,
                 "connection.tls-plain-http");
        EwsResult<ProbeInfo> untrusted;
        untrusted.error.kind = ErrorKind::TlsUntrusted;
        untrusted.error.detail = QStringLiteral("self-signed");
        QCOMPARE(*ConnectionStep::certificateVerdict(url, untrusted, std::nullopt, false),
                 (Verdict{CheckStatus::Failed,
                          "connection.tls-untrusted",
                          {QStringLiteral("mail.contoso.test"), QStringLiteral("self-signed")}}));
        QCOMPARE(ConnectionStep::trustedVerdict(false).reason, "connection.tls-profile-ca");
    }

    // prereq.p5 judges what Pexip will trust: the shipped public roots plus what is uploaded.
    void pexipTrust()
    {
        const QList<QSslCertificate>& roots = pexip::publicRoots();
        QVERIFY2(roots.size() > 100, "the Mozilla bundle is compiled in");
        QVERIFY(!pexip::publicRootsVersion().isEmpty());
        const QSslCertificate root = roots.first();
        const QDateTime early = root.effectiveDate().addDays(1);
        QCOMPARE(PrerequisitesStep::pexipTrustVerdict({}, true, {}, early).status, CheckStatus::Skipped);
        // A publicly anchored chain (the root itself, self-signed).
        const pexip::PexipTrust publicTrust = pexip::judgeTrust({root}, {}, roots, {});
        QVERIFY(publicTrust.trusted);
        QCOMPARE(publicTrust.anchor, QStringLiteral("public"));
        QCOMPARE(PrerequisitesStep::pexipTrustVerdict(publicTrust, false, {}, early).reason,
                 "prereq.p5-public");
        QCOMPARE(PrerequisitesStep::pexipTrustVerdict(publicTrust, false, {}, root.expiryDate().addDays(-10))
                     .reason,
                 "prereq.p5-expiring");
        // The same certificate when it is not a public root: uploaded, not uploaded, unknown.
        const pexip::PexipTrust uploaded = pexip::judgeTrust({root}, {}, {}, {root});
        QCOMPARE(PrerequisitesStep::pexipTrustVerdict(uploaded, true, {}, early).reason,
                 "prereq.p5-uploaded");
        const pexip::PexipTrust missing = pexip::judgeTrust({root}, {}, {}, {});
        QVERIFY(!missing.trusted);
        QCOMPARE(missing.toUpload.size(), 1);
        const Verdict failed = PrerequisitesStep::pexipTrustVerdict(missing, true, {}, early);
        QCOMPARE(failed.status, CheckStatus::Failed);
        QCOMPARE(failed.reason, "prereq.p5-not-trusted");
        QCOMPARE(failed.fixStep, std::optional(StepId::Pexip));
        QCOMPARE(
            PrerequisitesStep::pexipTrustVerdict(missing, false, QStringLiteral("no password"), early).status,
            CheckStatus::Warning);
    }

    void safeLinksByEffect()
    {
        QCOMPARE(linkRewriter(QUrl(QStringLiteral("https://eur02.safelinks.protection.outlook.com/?url=x"))),
                 QStringLiteral("Microsoft Defender Safe Links"));
        QCOMPARE(linkRewriter(QUrl(QStringLiteral("https://urldefense.com/v3/__https://x__;!!"))),
                 QStringLiteral("Proofpoint URL Defense"));
        QCOMPARE(linkRewriter(QUrl(QStringLiteral("https://urldefense.proofpoint.com/v2/url?u=x"))),
                 QStringLiteral("Proofpoint URL Defense"));
        QCOMPARE(linkRewriter(QUrl(QStringLiteral("https://protect-eu.mimecast.com/s/abc"))),
                 QStringLiteral("Mimecast URL Protect"));
        QCOMPARE(linkRewriter(QUrl(QStringLiteral("https://protect2.mimecast.com/s/abc"))),
                 QStringLiteral("Mimecast URL Protect"));
        QVERIFY(linkRewriter(QUrl(QStringLiteral("https://meet.contoso.com/vmr/1"))).isEmpty());
        QVERIFY(linkRewriter(QUrl(QStringLiteral("https://notsafelinks.protection.outlook.com.evil/")))
                    .isEmpty());

        auto meeting = [](const QString& organizer, const QString& body) {
            ews::CalendarItem i;
            i.organizerEmail = organizer;
            i.body = body;
            return i;
        };
        const QSet<QString> internal{QStringLiteral("contoso.com")};
        QHash<QString, QList<ews::CalendarItem>> m;
        m.insert(QStringLiteral("room-a@contoso.com"),
                 {meeting(QStringLiteral("x@fabrikam.com"),
                          QStringLiteral(
                              "Join https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmeet")),
                  // an internal organizer's wrapped link is not the gateway's doing
                  meeting(QStringLiteral("a@contoso.com"), QStringLiteral("https://urldefense.com/v3/__x"))});
        m.insert(
            QStringLiteral("room-b@contoso.com"),
            {meeting(QStringLiteral("y@fabrikam.com"), QStringLiteral("Join https://meet.fabrikam.com/1"))});
        const SafeLinksFinding f = findRewrittenLinks(m, internal);
        QCOMPARE(f.meetingsRead, 3);
        QCOMPARE(f.externalWithLinks, 2);
        QCOMPARE(f.rooms.keys(), QStringList{QStringLiteral("Microsoft Defender Safe Links")});
        const Verdict v = safeLinksVerdict(f);
        QCOMPARE(v.status, CheckStatus::Failed);
        QCOMPARE(v.args, (QStringList{QStringLiteral("Microsoft Defender Safe Links"),
                                      QStringLiteral("room-a@contoso.com")}));
        m.remove(QStringLiteral("room-a@contoso.com"));
        QCOMPARE(safeLinksVerdict(findRewrittenLinks(m, internal)),
                 (Verdict{CheckStatus::Passed, "prereq.p3-none-rewritten", {QStringLiteral("1")}}));
        QCOMPARE(safeLinksVerdict(findRewrittenLinks({}, internal)).status, CheckStatus::Skipped);
    }

    void bothSidesAgree()
    {
        SetupProfile p = SetupProfile::defaults();
        p.serviceAccount.upn = QStringLiteral("svc-otj@contoso.com");
        pexip::AgreementInput in;
        QCOMPARE(pexip::agreementVerdict(p, in).reason, "step5.agreement-no-integration");
        in.integration = QJsonObject{
            {QStringLiteral("authentication_method"), QStringLiteral("BASIC")},
            {QStringLiteral("service_account_username"), QStringLiteral("svc-otj@contoso.com")},
            {QStringLiteral("ews_url"), QStringLiteral("https://mail.contoso.com/EWS/Exchange.asmx")}};
        in.offeredSchemes = {QStringLiteral("Negotiate"), QStringLiteral("NTLM"), QStringLiteral("Basic")};
        in.discoveredEwsUrl = QUrl(QStringLiteral("https://MAIL.contoso.com/EWS/Exchange.asmx"));
        in.discovered = true;
        in.pexipUrlAnswers = true;
        in.profileMethodSignsIn = true;
        QCOMPARE(pexip::agreementVerdict(p, in).status, CheckStatus::Passed);
        in.discoveredEwsUrl = QUrl(QStringLiteral("https://mbx01.contoso.com/EWS/Exchange.asmx"));
        QCOMPARE(pexip::agreementVerdict(p, in).reason, "step5.agreement-url-differs"); // a Warning
        in.profileMethodSignsIn = false;
        QCOMPARE(pexip::agreementVerdict(p, in).reason, "step5.agreement-blocked");
        in.profileMethodSignsIn = true;
        in.integration->insert(QStringLiteral("service_account_username"), QStringLiteral("svc-otj"));
        QCOMPARE(pexip::agreementVerdict(p, in).reason, "step5.agreement-username-format");
        in.offeredSchemes = {QStringLiteral("Negotiate"), QStringLiteral("NTLM")};
        const Verdict refused = pexip::agreementVerdict(p, in);
        QCOMPARE(refused.status, CheckStatus::Failed);
        QCOMPARE(refused.reason, "step5.agreement-method");
        QCOMPARE(refused.fixStep, std::optional(StepId::Authentication));
        in.integration->insert(QStringLiteral("authentication_method"), QStringLiteral("KERBEROS"));
        QCOMPARE(pexip::agreementVerdict(p, in).status, CheckStatus::Skipped);
        QVERIFY(pexip::methodOffered(QStringLiteral("NTLM"), {QStringLiteral("Negotiate")}));
        QVERIFY(!pexip::methodOffered(QStringLiteral("BASIC"), {QStringLiteral("NTLM")}));
    }

    void stepIds()
    {
        for (StepId s : AllSteps) {
            QCOMPARE(Steps::fromKey(Steps::key(s)), std::optional(s));
            QVERIFY(!Steps::title(s).isEmpty());
        }
        QCOMPARE(Steps::ofCheck(u"step2.impersonation/room@x"), std::optional(StepId::Impersonation));
        QCOMPARE(Steps::ofCheck(u"prereq.p5"), std::optional(StepId::Prerequisites));
        QCOMPARE(Steps::ofCheck(u"nothing"), std::nullopt);
    }

    void catalogueFillsArguments()
    {
        QCOMPARE(reasons::fill(QStringLiteral("%2 and %1, %1"), {QStringLiteral("a"), QStringLiteral("b")}),
                 QStringLiteral("b and a, a"));
        QCOMPARE(reasons::cause("step2.no-mailbox", {kRoom}, reasons::Language::English),
                 kRoom +
                     QStringLiteral(" is not a mailbox on this Exchange organisation (a typo, not a mailbox, "
                                    "or a mailbox in Exchange Online)."));
        // An unknown code still says something.
        QCOMPARE(reasons::cause("no.such-code", {QStringLiteral("x")}), QStringLiteral("no.such-code: x"));
    }
};

QTEST_GUILESS_MAIN(TestStepVerdicts)
#include "tst_step_verdicts.moc"
