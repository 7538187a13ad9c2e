#include "wizard/widgets/EndpointTrustEditor.h"

#include "core/logging/Logging.h"
#include "core/net/Certificates.h"
#include "wizard/Dialogs.h"
#include "wizard/Icons.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace otj::ui {

namespace {
// Object names the tests and the tab order use: Exchange's keep their names from before the
// Management Node had an entry of its own.
struct ObjectNames
{
    const char* editor;
    const char* subjects;
    const char* fingerprints;
    const char* error;
    const char* choose;
    const char* remove;
};

ObjectNames objectNames(TrustEndpoint endpoint)
{
    switch (endpoint) {
    case TrustEndpoint::Exchange:
        return {"exchangeTrust", "caSubject", "caFingerprint", "caError", "chooseCaButton", "removeCaButton"};
    case TrustEndpoint::PexipManagementNode:
        return {"pexipTrust",   "pexipCaSubject",      "pexipCaFingerprint",
                "pexipCaError", "pexipChooseCaButton", "pexipRemoveCaButton"};
    }
    Q_UNREACHABLE();
}

QLabel* selectableLabel(const char* name)
{
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

EndpointTrust& EndpointTrustEditor::trustOf(SetupProfile& profile, TrustEndpoint endpoint)
{
    return endpoint == TrustEndpoint::Exchange ? profile.trust.exchange : profile.trust.pexip;
}

const EndpointTrust& EndpointTrustEditor::trustOf(const SetupProfile& profile, TrustEndpoint endpoint)
{
    return endpoint == TrustEndpoint::Exchange ? profile.trust.exchange : profile.trust.pexip;
}

EndpointTrustEditor::EndpointTrustEditor(ProfileModel* model, TrustEndpoint endpoint, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_endpoint(endpoint)
{
    const ObjectNames names = objectNames(endpoint);
    const bool exchange = endpoint == TrustEndpoint::Exchange;
    setObjectName(QLatin1String(names.editor));
    m_subjects = selectableLabel(names.subjects);
    m_fingerprints = selectableLabel(names.fingerprints);
    m_error = selectableLabel(names.error);
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // What matters for One-Touch Join is what Pexip trusts: Exchange's CA reaches Pexip through the
    // wizard's Pexip step; the Management Node's CA is for this computer's calls to its API only.
    auto* intro = new QLabel(
        exchange ? tr("If Exchange's certificate is not publicly trusted, choose the PEM file of the CA that "
                      "issued it (with any intermediate CAs). This computer then trusts it for Exchange "
                      "only. What One-Touch Join needs is that Pexip trusts it: the wizard's Pexip step "
                      "uploads this CA to the Management Node when Pexip does not trust it yet.")
                 : tr("The certificate of the Management Node's management API, which the wizard uses to "
                      "configure Pexip. It often comes from another CA than Exchange's. If it is not "
                      "publicly trusted, choose the PEM file of the CA that issued it; for a self-signed "
                      "node certificate, choose that certificate. It is trusted for the Management Node "
                      "only, separately from Exchange's CA."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* subjectLabel =
        new QLabel(exchange ? tr("Exchange CA certificates:") : tr("Management Node CA certificates:"));
    subjectLabel->setBuddy(m_subjects);
    form->addRow(subjectLabel, m_subjects);
    auto* fingerprintLabel = new QLabel(tr("SHA-256 fingerprints:"));
    fingerprintLabel->setBuddy(m_fingerprints);
    form->addRow(fingerprintLabel, m_fingerprints);
    layout->addLayout(form);
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    auto* choose =
        new QPushButton(svgIcon(QStringLiteral("certificate")),
                        exchange ? tr("C&hoose CA certificate…") : tr("Pic&k the node's CA certificate…"));
    choose->setObjectName(QLatin1String(names.choose));
    m_remove = new QPushButton(exchange ? tr("C&lear CA") : tr("Clear the node's CA"));
    m_remove->setObjectName(QLatin1String(names.remove));
    buttons->addWidget(choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this, &EndpointTrustEditor::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &EndpointTrustEditor::clear);
    connect(m_model, &ProfileModel::changed, this, &EndpointTrustEditor::updateDisplay);
    updateDisplay();
}

void EndpointTrustEditor::chooseFile()
{
    const QString caption = m_endpoint == TrustEndpoint::Exchange
                                ? tr("Choose the CA certificate")
                                : tr("Choose the Management Node's CA certificate");
    const QString path = dialogs::getOpenFileName(this, caption, QDir::homePath(),
                                                  tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        loadCaFile(path);
}

void EndpointTrustEditor::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool EndpointTrustEditor::loadCaFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Not valid: %1 could not be read (%2).")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // Every certificate is recorded with its fingerprint (a root plus intermediates is normal);
    // only the certificates are kept, re-encoded, never anything else the file may hold.
    QString error;
    const EndpointTrust trust = EndpointTrust::fromPem(QString::fromLatin1(file.read(1024 * 1024)), &error);
    if (!error.isEmpty()) {
        showError(tr("Not valid: %1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_model->update([&](SetupProfile& p) { trustOf(p, m_endpoint) = trust; });
    showError({});
    const char* what =
        m_endpoint == TrustEndpoint::Exchange ? "Exchange CA chosen:" : "Management Node CA chosen:";
    for (const TrustedCertificate& c : trust.certificates)
        qCInfo(lcWizard) << what << c.subject << "SHA-256" << c.sha256;
    return true;
}

void EndpointTrustEditor::clear()
{
    m_model->update([this](SetupProfile& p) { trustOf(p, m_endpoint) = {}; });
    showError({});
}

void EndpointTrustEditor::updateDisplay()
{
    const EndpointTrust& trust = trustOf(m_model->profile(), m_endpoint);
    if (trust.isEmpty()) {
        m_subjects->setText(m_endpoint == TrustEndpoint::Exchange
                                ? tr("None: the Exchange certificate must be publicly trusted.")
                                : tr("None: the Management Node's certificate must be publicly trusted."));
        m_fingerprints->setText(tr("None"));
        m_remove->setEnabled(false);
        return;
    }
    const certs::PemParseResult parsed = certs::parseCaPem(trust.pem);
    QStringList subjects;
    QStringList fingerprints;
    if (parsed.certificates.isEmpty())
        subjects << tr("The stored CA certificate cannot be read: %1").arg(parsed.error);
    // One line per certificate, in the same order in both lists; numbered when there are several.
    const bool numbered = parsed.certificates.size() > 1;
    for (int i = 0; i < parsed.certificates.size(); ++i) {
        const QSslCertificate& c = parsed.certificates.at(i);
        const QString prefix = numbered ? QStringLiteral("%1. ").arg(i + 1) : QString();
        subjects << prefix + tr("%1 (valid until %2)")
                                 .arg(certs::subjectName(c),
                                      QLocale().toString(c.expiryDate().date(), QLocale::ShortFormat));
        fingerprints << prefix + certs::sha256Fingerprint(c);
    }
    m_subjects->setText(subjects.join(QLatin1Char('\n')));
    m_fingerprints->setText(fingerprints.join(QLatin1Char('\n')));
    m_remove->setEnabled(true);
}

} // namespace otj::ui
