#include "wizard/pages/CalendarProcessingPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace otj::ui {

namespace {
const QStringList AutomateValues = {QStringLiteral("AutoAccept"), QStringLiteral("AutoUpdate"),
                                    QStringLiteral("None")};
}

CalendarProcessingPage::CalendarProcessingPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : StepPage(StepId::CalendarProcessing, model, store, parent)
{
    setObjectName(QStringLiteral("calendarProcessingPage"));
    setShortTitle(tr("Calendar processing"));
    setTitle(tr("Calendar processing"));
    setSubTitle(tr("The Set-CalendarProcessing values every OTJ room should have. Only rooms that differ are "
                   "changed."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* automate = new QComboBox;
    automate->setObjectName(QStringLiteral("automateProcessing"));
    automate->addItem(tr("AutoAccept: accept or decline automatically (recommended)"));
    automate->addItem(tr("AutoUpdate: tentative only, a delegate decides"));
    automate->addItem(tr("None: no processing"));
    addRow(form, tr("&AutomateProcessing:"), automate);
    bindComboIndex(
        automate,
        [](const SetupProfile& p) {
            return qMax(0, static_cast<int>(AutomateValues.indexOf(p.calendarPolicy.automateProcessing)));
        },
        [](SetupProfile& p, int i) { p.calendarPolicy.automateProcessing = AutomateValues.value(i); });
    layout->addLayout(form);

    auto addBox = [&](const QString& name, const QString& text, bool CalendarPolicy::*member) {
        auto* box = new QCheckBox(text);
        box->setObjectName(name);
        layout->addWidget(box);
        bindCheck(
            box, [member](const SetupProfile& p) { return p.calendarPolicy.*member; },
            [member](SetupProfile& p, bool on) { p.calendarPolicy.*member = on; });
    };
    addBox(QStringLiteral("deleteComments"),
           tr("DeleteComm&ents: remove the meeting body (must be off, or the join link is lost)"),
           &CalendarPolicy::deleteComments);
    addBox(QStringLiteral("deleteSubject"), tr("DeleteS&ubject: remove the subject"),
           &CalendarPolicy::deleteSubject);
    addBox(QStringLiteral("addOrganizerToSubject"),
           tr("AddOrgani&zerToSubject: replace the subject with the organizer's name"),
           &CalendarPolicy::addOrganizerToSubject);
    addBox(QStringLiteral("removePrivateProperty"),
           tr("Remove&PrivateProperty: clear the private flag of meetings"),
           &CalendarPolicy::removePrivateProperty);

    auto* externalForm = new QFormLayout;
    externalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* external = new QComboBox;
    external->setObjectName(QStringLiteral("processExternalMeetingMessages"));
    external->addItem(tr("Leave each room's value unchanged"));
    external->addItem(tr("True: accept invitations from outside the organization"));
    external->addItem(tr("False: reject invitations from outside the organization"));
    addRow(externalForm, tr("ProcessE&xternalMeetingMessages:"), external,
           tr("Optional. True lets rooms accept meetings forwarded from outside the organization."));
    bindComboIndex(
        external,
        [](const SetupProfile& p) {
            const auto& v = p.calendarPolicy.processExternalMeetingMessages;
            return !v.has_value() ? 0 : (*v ? 1 : 2);
        },
        [](SetupProfile& p, int i) {
            if (i == 0)
                p.calendarPolicy.processExternalMeetingMessages.reset();
            else
                p.calendarPolicy.processExternalMeetingMessages = (i == 1);
        });
    layout->addLayout(externalForm);

    // Not a profile setting: the admin decides per run whether to change what stops auto-accept.
    auto* blockers = new QCheckBox(tr("Also change the settings that st&op auto-accept or bookings "
                                      "(shown as warnings otherwise)"));
    blockers->setObjectName(QStringLiteral("fixBookingBlockers"));
    layout->addWidget(blockers);
    actions()->setPlanOptions([blockers] {
        plan::PlanOptions o;
        o.fixBookingBlockers = blockers->isChecked();
        return o;
    });
    connect(blockers, &QCheckBox::toggled, this, [this] {
        if (actions()->state() != StepActionPanel::State::NoSession)
            actions()->inspect();
    });
    actions()->setApplyText([](const plan::StepPlan& plan) {
        return tr("Apply no&w: set calendar processing on %n room(s)", nullptr, int(plan.changes.size()));
    });

    addActions(layout,
               tr("Reading and setting calendar processing on the rooms needs the Exchange PowerShell "
                  "connection, not available in this build. The values are kept in the profile."));
}

QStringList CalendarProcessingPage::problems() const
{
    QStringList out = WizardPage::problems();
    const CalendarPolicy& c = model()->profile().calendarPolicy;
    if (c.automateProcessing != QLatin1String("AutoAccept"))
        out << tr("AutomateProcessing is not AutoAccept: rooms will not accept meetings by themselves.");
    if (c.deleteComments)
        out << tr("DeleteComments is on: the join link in the meeting body is removed.");
    return out;
}

} // namespace otj::ui
