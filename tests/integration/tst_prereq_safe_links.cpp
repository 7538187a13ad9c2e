// prereq.p3 (Safe Links by its effect) against the real otj-lab: the Safe Links org file
// (tests/lab/orgs/safelinks-org.json) has a room whose external invitations arrive wrapped by
// Safe Links and one excluded from the policy; the default org has no rewriter.
#include "tests/support/LabProcess.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
QJsonObject findCheck(const QJsonObject& result, const QString& id)
{
    for (const QJsonValue& v : result.value(QLatin1String("checks")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}
} // namespace

class TestPrereqSafeLinks : public QObject
{
    Q_OBJECT

    QJsonObject validate(LabProcess& lab, const QString& profile, const QStringList& extra)
    {
        const CtlResult r = runOtjctl(QStringList{QStringLiteral("validate"), QStringLiteral("--profile"),
                                                  profile, QStringLiteral("--json")} +
                                          extra,
                                      lab.password(QStringLiteral("otj-service")));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        if (o.isEmpty())
            qWarning("%s", r.err.constData());
        return o;
    }

private slots:
    void safeLinksOrgFailsNamingRewriterAndRoom()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("sl.json"));
        LabProcess lab;
        QString error;
        QVERIFY2(lab.start({QStringLiteral("--org"),
                            QStringLiteral(OTJ_SOURCE_DIR "/tests/lab/orgs/safelinks-org.json")},
                           profile, &error),
                 qPrintable(error));
        const QJsonObject all = validate(lab, profile, {});
        const QJsonObject p3 = findCheck(all, QStringLiteral("prereq.p3"));
        QCOMPARE(p3.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        const QString cause = p3.value(QLatin1String("cause")).toString();
        QVERIFY2(cause.contains(QLatin1String("Microsoft Defender Safe Links")), qPrintable(cause));
        QVERIFY2(cause.contains(QLatin1String("room-sl-01@northwind.lab")), qPrintable(cause));
        QVERIFY2(!cause.contains(QLatin1String("room-sl-02")), qPrintable(cause)); // excluded from the policy
        QVERIFY(!p3.value(QLatin1String("fix")).toString().isEmpty());
        const QJsonObject ev = p3.value(QLatin1String("evidence")).toObject();
        QVERIFY(ev.value(QLatin1String("externalWithLinks")).toInt() >= 2);
        // The Prerequisites page runs only prereq.*: P3 still reads the meetings (once).
        const QJsonObject prereqOnly =
            validate(lab, profile, {QStringLiteral("--only"), QStringLiteral("prereq")});
        QCOMPARE(findCheck(prereqOnly, QStringLiteral("prereq.p3")).value(QLatin1String("status")).toString(),
                 QStringLiteral("failed"));
        // The excluded room alone: external meetings with links, none rewritten.
        const QJsonObject excluded =
            validate(lab, profile, {QStringLiteral("--rooms"), QStringLiteral("room-sl-02@northwind.lab")});
        const QJsonObject p3x = findCheck(excluded, QStringLiteral("prereq.p3"));
        QCOMPARE(p3x.value(QLatin1String("status")).toString(), QStringLiteral("passed"));
        QVERIFY(p3x.value(QLatin1String("cause")).toString().contains(QLatin1String("none rewritten")));
        // A room with internal meetings only: nothing to judge, a checklist.
        const QJsonObject internal =
            validate(lab, profile, {QStringLiteral("--rooms"), QStringLiteral("room-sl-03@northwind.lab")});
        const QJsonObject p3i = findCheck(internal, QStringLiteral("prereq.p3"));
        QCOMPARE(p3i.value(QLatin1String("status")).toString(), QStringLiteral("skipped"));
        QVERIFY(
            p3i.value(QLatin1String("fix")).toString().contains(QLatin1String("Exchange Online Protection")));
    }

    void defaultOrgHasNoRewriter()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("lab.json"));
        LabProcess lab;
        QString error;
        QVERIFY2(lab.start({}, profile, &error), qPrintable(error));
        int status = 0;
        lab.admin("POST", QStringLiteral("role-assignments"),
                  {{QStringLiteral("name"), QStringLiteral("OTJ Impersonation")},
                   {QStringLiteral("user"), QStringLiteral("svc-otj@contoso.lab")},
                   {QStringLiteral("effectiveNow"), true}},
                  &status);
        QCOMPARE(status, 201);
        const QJsonObject p3 = findCheck(validate(lab, profile, {}), QStringLiteral("prereq.p3"));
        const QString s = p3.value(QLatin1String("status")).toString();
        QVERIFY2(s == QLatin1String("passed") || s == QLatin1String("skipped"), qPrintable(s));
        QVERIFY(p3.value(QLatin1String("evidence"))
                    .toObject()
                    .value(QLatin1String("rewritten"))
                    .toObject()
                    .isEmpty());
        QVERIFY(p3.value(QLatin1String("evidence")).toObject().value(QLatin1String("meetingsRead")).toInt() >
                0);
    }
};

QTEST_GUILESS_MAIN(TestPrereqSafeLinks)
#include "tst_prereq_safe_links.moc"
