#include "wizard/pages/ImpersonationPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace otj::ui {

ImpersonationPage::ImpersonationPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : StepPage(StepId::Impersonation, model, store, parent)
{
    setObjectName(QStringLiteral("impersonationPage"));
    setShortTitle(tr("Impersonation"));
    setTitle(tr("Impersonation"));
    setSubTitle(tr("The service account gets ApplicationImpersonation, limited by a management scope to a "
                   "distribution group that holds the OTJ rooms."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* group = new QLineEdit;
    group->setObjectName(QStringLiteral("distributionGroup"));
    addRow(form, tr("&Distribution group:"), group,
           tr("Holds the selected rooms; created if it does not exist."));
    bindText(
        group, [](const SetupProfile& p) { return p.rooms.distributionGroup; },
        [](SetupProfile& p, const QString& v) { p.rooms.distributionGroup = v; });
    addValidation(group, tr("Distribution group"), {}, true);

    auto* scope = new QLineEdit;
    scope->setObjectName(QStringLiteral("scopeName"));
    addRow(form, tr("Management sc&ope:"), scope);
    bindText(
        scope, [](const SetupProfile& p) { return p.impersonation.scopeName; },
        [](SetupProfile& p, const QString& v) { p.impersonation.scopeName = v; });
    addValidation(scope, tr("Management scope"), {}, true);

    auto* assignment = new QLineEdit;
    assignment->setObjectName(QStringLiteral("roleAssignmentName"));
    addRow(form, tr("&Role assignment:"), assignment);
    bindText(
        assignment, [](const SetupProfile& p) { return p.impersonation.roleAssignmentName; },
        [](SetupProfile& p, const QString& v) { p.impersonation.roleAssignmentName = v; });
    addValidation(assignment, tr("Role assignment"), {}, true);
    layout->addLayout(form);

    addActions(
        layout,
        tr("Reading and creating the distribution group, the scope and the role assignment needs the "
           "Exchange "
           "PowerShell connection, not available in this build. Your choices are kept in the profile."));
    actions()->setApplyText([](const plan::StepPlan& plan) {
        return tr("Apply no&w: set up impersonation scoped to the rooms (%n change(s))", nullptr,
                  int(plan.changes.size()));
    });
}

} // namespace otj::ui
