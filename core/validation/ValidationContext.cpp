#include "core/validation/ValidationContext.h"

#include "core/secrets/CredentialStore.h"

namespace otj {

Fact requiredFact(Gate gate)
{
    switch (gate) {
    case Gate::Credentials:
        return Fact::None;
    case Gate::Discover:
        return Fact::Password;
    case Gate::Handshake:
        return Fact::HandshakeDone;
    case Gate::SignIn:
        return Fact::EwsAnswers;
    case Gate::Mailboxes:
        return Fact::SignedIn;
    }
    return Fact::None;
}

ValidationContext::ValidationContext(const SetupProfile& profile, const ValidationOptions& options,
                                     ValidationResults* results, CredentialStore* credentials)
    : m_profile(profile)
    , m_options(options)
    , m_results(results)
    , m_credentials(credentials)
    , m_callbacks(new QObject)
{
    m_rooms = m_options.rooms.isEmpty() ? m_profile.rooms.selected : m_options.rooms;
    m_rooms.removeDuplicates();
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
}

ValidationContext::~ValidationContext()
{
    delete m_callbacks;
    delete client;
}

void ValidationContext::setClient(ews::EwsClient* c)
{
    delete client;
    client = c;
    password.clear();
    if (m_clientCreated)
        m_clientCreated(c);
}

const QHash<QString, int>& ValidationContext::roomChecks(const QString& parentId) const
{
    static const QHash<QString, int> none;
    const auto it = m_roomChecks.constFind(parentId);
    return it == m_roomChecks.cend() ? none : *it;
}

void ValidationContext::setRunning(int index)
{
    if (index >= 0)
        m_results->setRunning(index);
}

void ValidationContext::finalize(int index, const Verdict& verdict, const QJsonObject& evidence,
                                 qint64 latencyMs)
{
    if (index < 0)
        return;
    const bool wasFinal = isFinal(m_results->node(index).status);
    m_results->setStatus(index, verdict, evidence, latencyMs);
    if (!wasFinal && m_results->node(index).children.isEmpty()) {
        ++m_done;
        if (m_progressed)
            m_progressed();
    }
}

void ValidationContext::couldNotRun(const QString& reason)
{
    m_couldNotRun = true;
    m_couldNotRunReason = reason;
}

void ValidationContext::endWork()
{
    if (--m_work == 0 && m_idle)
        m_idle();
}

void ValidationContext::endBackgroundWork()
{
    if (--m_backgroundWork == 0 && m_backgroundIdle)
        m_backgroundIdle();
}

} // namespace otj
