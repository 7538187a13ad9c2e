#include "core/profile/ProfileModel.h"

#include "core/profile/ProfileStore.h"

namespace otj {

ProfileModel::ProfileModel(QObject* parent)
    : QObject(parent)
    , m_profile(SetupProfile::defaults())
{}

void ProfileModel::setProfile(const SetupProfile& profile, const QString& filePath)
{
    m_profile = profile;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    setModified(false);
    Q_EMIT changed();
}

void ProfileModel::update(const std::function<void(SetupProfile&)>& edit)
{
    SetupProfile next = m_profile;
    edit(next);
    if (next == m_profile)
        return;
    m_profile = std::move(next);
    setModified(true);
    Q_EMIT changed();
}

ProfileIssues ProfileModel::issues() const
{
    return ProfileStore::validate(m_profile);
}

bool ProfileModel::save(const QString& path, QString* error)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty()) {
        if (error)
            *error = tr("Choose where to save the profile.");
        return false;
    }
    if (!ProfileStore::save(m_profile, target, error))
        return false;
    if (m_filePath != target) {
        m_filePath = target;
        Q_EMIT filePathChanged(m_filePath);
    }
    setModified(false);
    return true;
}

bool ProfileModel::saveAs(const QString& path, QString* error)
{
    SetupProfile copy = m_profile;
    copy.profileId = QUuid::createUuid();
    if (!ProfileStore::save(copy, path, error))
        return false;
    m_profile = copy;
    m_filePath = path;
    Q_EMIT filePathChanged(m_filePath);
    setModified(false);
    Q_EMIT changed();
    return true;
}

void ProfileModel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace otj
