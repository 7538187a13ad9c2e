// Edits one endpoint's trust entry of the profile (SetupProfile::trust.exchange or .pexip): choose a
// PEM file of CA certificates, see each certificate's subject, expiry and SHA-256, remove it, and an
// inline reason when a file is refused. The same widget serves Exchange and the Pexip Management
// Node, which often has another CA (or a self-signed certificate) than Exchange.
#pragma once

#include "core/profile/ProfileModel.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace otj::ui {

enum class TrustEndpoint {
    Exchange,            // EWS and Autodiscover: trust.exchange
    PexipManagementNode, // the Management Node's management API: trust.pexip
};

class EndpointTrustEditor : public QWidget
{
    Q_OBJECT
public:
    EndpointTrustEditor(ProfileModel* model, TrustEndpoint endpoint, QWidget* parent = nullptr);

    TrustEndpoint endpoint() const { return m_endpoint; }

    // Reads a PEM file and puts its certificates and fingerprints into the profile's entry for this
    // endpoint; the other endpoint's entry is never touched. A file that is not a CA PEM (or holds a
    // private key) is refused with the reason shown inline, and the profile keeps what it had.
    bool loadCaFile(const QString& path);
    // Empties this endpoint's entry.
    void clear();

    // The profile's entry for `endpoint`.
    static EndpointTrust& trustOf(SetupProfile& profile, TrustEndpoint endpoint);
    static const EndpointTrust& trustOf(const SetupProfile& profile, TrustEndpoint endpoint);

private:
    void chooseFile();
    void showError(const QString& text);
    void updateDisplay();

    ProfileModel* m_model;
    TrustEndpoint m_endpoint;
    QLabel* m_subjects;
    QLabel* m_fingerprints;
    QLabel* m_error;
    QPushButton* m_remove;
};

} // namespace otj::ui
