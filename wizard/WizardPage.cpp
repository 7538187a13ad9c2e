#include "wizard/WizardPage.h"

#include "wizard/ExchangeSession.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace otj::ui {

QString stepStateText(StepState state, int count)
{
    switch (state) {
    case StepState::NotStarted:
        return WizardPage::tr("Not started");
    case StepState::NeedsAttention:
        return count > 0 ? WizardPage::tr("Needs attention (%1)").arg(count)
                         : WizardPage::tr("Needs attention");
    case StepState::NotChecked:
        return count > 0 ? WizardPage::tr("Not checked (%1)").arg(count) : WizardPage::tr("Not checked");
    case StepState::Done:
        return WizardPage::tr("Done");
    }
    return {};
}

QString stepStateIconName(StepState state)
{
    switch (state) {
    case StepState::NotStarted:
        return QStringLiteral("status-not-started");
    case StepState::NeedsAttention:
        return QStringLiteral("status-warning");
    case StepState::NotChecked:
        return QStringLiteral("status-skipped");
    case StepState::Done:
        return QStringLiteral("status-passed");
    }
    return {};
}

WizardPage::WizardPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
{
    Q_ASSERT(model);
    connect(m_model, &ProfileModel::changed, this, [this] {
        if (!m_writing)
            refreshFromProfile();
        Q_EMIT stepStateChanged();
    });
    connect(this, &QWizardPage::completeChanged, this, &WizardPage::stepStateChanged);
}

void WizardPage::setCredentialStore(CredentialStore* store)
{
    m_store = store; // also when unchanged: a layered store may have swapped its backend
    credentialStoreChanged();
}

ExchangeSession* WizardPage::exchangeSession() const
{
    return m_session;
}

void WizardPage::setExchangeSession(ExchangeSession* session)
{
    m_session = session;
    exchangeSessionChanged();
}

SetupWizard* WizardPage::setupWizard() const
{
    return qobject_cast<SetupWizard*>(wizard());
}

StepState WizardPage::stepState() const
{
    if (!m_visited)
        return StepState::NotStarted;
    const bool inputsFine = isComplete() && problems().isEmpty();
    if (!m_actionAvailable)
        return inputsFine ? StepState::NotStarted : StepState::NeedsAttention;
    return inputsFine ? StepState::Done : StepState::NeedsAttention;
}

QStringList WizardPage::problems() const
{
    QStringList out;
    for (const Validation& v : m_validations) {
        const QString reason = reasonFor(v);
        if (!reason.isEmpty())
            out << tr("%1: %2").arg(v.fieldName, reason);
    }
    return out;
}

void WizardPage::initializePage()
{
    m_visited = true;
    refreshFromProfile();
    Q_EMIT stepStateChanged();
}

bool WizardPage::isComplete() const
{
    for (const Validation& v : m_validations) {
        if (!reasonFor(v).isEmpty())
            return false;
    }
    return true;
}

void WizardPage::refreshFromProfile()
{
    m_refreshing = true;
    for (const Binding& b : std::as_const(m_bindings)) {
        if (b.widget)
            b.refresh();
    }
    m_refreshing = false;
    profileRefreshed();
    revalidate();
}

void WizardPage::write(const std::function<void(SetupProfile&)>& edit)
{
    if (m_refreshing)
        return;
    m_writing = true;
    m_model->update(edit);
    m_writing = false;
}

void WizardPage::bindText(QLineEdit* edit, TextGetter get, TextSetter set)
{
    m_bindings.append({edit, [this, edit, get] {
                           const QString value = get(m_model->profile());
                           if (edit->text() != value) {
                               QSignalBlocker block(edit);
                               edit->setText(value);
                           }
                       }});
    connect(edit, &QLineEdit::textChanged, this,
            [this, set](const QString& text) { write([&](SetupProfile& p) { set(p, text.trimmed()); }); });
}

void WizardPage::bindCheck(QCheckBox* box, std::function<bool(const SetupProfile&)> get,
                           std::function<void(SetupProfile&, bool)> set)
{
    m_bindings.append({box, [this, box, get] {
                           QSignalBlocker block(box);
                           box->setChecked(get(m_model->profile()));
                       }});
    connect(box, &QCheckBox::toggled, this,
            [this, set](bool on) { write([&](SetupProfile& p) { set(p, on); }); });
}

void WizardPage::bindComboIndex(QComboBox* combo, std::function<int(const SetupProfile&)> get,
                                std::function<void(SetupProfile&, int)> set)
{
    m_bindings.append({combo, [this, combo, get] {
                           QSignalBlocker block(combo);
                           combo->setCurrentIndex(get(m_model->profile()));
                       }});
    connect(combo, &QComboBox::currentIndexChanged, this, [this, set](int index) {
        if (index >= 0)
            write([&](SetupProfile& p) { set(p, index); });
    });
}

void WizardPage::bindSpin(QSpinBox* spin, std::function<int(const SetupProfile&)> get,
                          std::function<void(SetupProfile&, int)> set)
{
    m_bindings.append({spin, [this, spin, get] {
                           QSignalBlocker block(spin);
                           spin->setValue(get(m_model->profile()));
                       }});
    connect(spin, &QSpinBox::valueChanged, this,
            [this, set](int value) { write([&](SetupProfile& p) { set(p, value); }); });
}

QLabel* WizardPage::addRow(QFormLayout* form, const QString& labelText, QWidget* field, const QString& hint)
{
    auto* label = new QLabel(labelText);
    label->setBuddy(field);
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto* error = new QLabel;
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->setVisible(false);
    v->addWidget(error);
    if (!hint.isEmpty()) {
        auto* hintLabel = new QLabel(hint);
        hintLabel->setObjectName(field->objectName() + QStringLiteral("Hint"));
        hintLabel->setWordWrap(true);
        QFont f = hintLabel->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        hintLabel->setFont(f);
        hintLabel->setForegroundRole(QPalette::PlaceholderText);
        v->addWidget(hintLabel);
    }
    form->addRow(label, box);
    m_errorLabels.insert(field, error);
    return error;
}

void WizardPage::addValidation(QLineEdit* edit, const QString& fieldName, Check check, bool required,
                               std::function<bool()> active)
{
    QLabel* error = m_errorLabels.value(edit);
    Q_ASSERT(error); // addRow() first
    m_validations.append({edit, error, fieldName, std::move(check), required, std::move(active), false});
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        for (Validation& v : m_validations) {
            if (v.edit == edit)
                v.touched = true;
        }
    });
    connect(edit, &QLineEdit::textChanged, this, &WizardPage::revalidate);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        for (Validation& v : m_validations) {
            if (v.edit == edit)
                v.touched = true;
        }
        revalidate();
    });
}

QString WizardPage::reasonFor(const Validation& v) const
{
    if (v.active && !v.active())
        return {};
    const QString text = v.edit->text().trimmed();
    if (text.isEmpty())
        return v.required ? tr("Required.") : QString();
    return v.check ? v.check(text) : QString();
}

void WizardPage::revalidate()
{
    for (const Validation& v : std::as_const(m_validations)) {
        const QString reason = reasonFor(v);
        // An empty required field is only flagged once the admin has been there; a wrong value
        // is flagged at once.
        const bool show = !reason.isEmpty() && (v.touched || !v.edit->text().trimmed().isEmpty());
        v.errorLabel->setText(show ? tr("Not valid: %1").arg(reason) : QString());
        v.errorLabel->setVisible(show);
        v.edit->setAccessibleDescription(show ? reason : QString());
    }
    Q_EMIT completeChanged();
}

QLabel* WizardPage::notAvailableLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace otj::ui
