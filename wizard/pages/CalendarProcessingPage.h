// Calendar processing: the desired Set-CalendarProcessing values for every OTJ room.
#pragma once

#include "wizard/StepPage.h"

namespace otj::ui {

class CalendarProcessingPage : public StepPage
{
    Q_OBJECT
public:
    CalendarProcessingPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
    QStringList problems() const override;
};

} // namespace otj::ui
