// The shared, observable profile that the wizard's pages (and later an edit/validate window)
// get injected. Pages read profile() and write through update(); everyone is told by changed().
#pragma once

#include "core/profile/ProfileIssue.h"
#include "core/profile/SetupProfile.h"

#include <QObject>
#include <QString>

#include <functional>

namespace otj {

class ProfileModel : public QObject
{
    Q_OBJECT
public:
    explicit ProfileModel(QObject* parent = nullptr);

    const SetupProfile& profile() const { return m_profile; }
    void setProfile(const SetupProfile& profile, const QString& filePath = {});
    // Apply an edit; emits changed() and marks the model modified if anything differs.
    void update(const std::function<void(SetupProfile&)>& edit);

    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    ProfileIssues issues() const; // ProfileStore::validate(profile())

    // Save to filePath() (or `path`); atomic. On success the model is no longer modified.
    bool save(const QString& path = {}, QString* error = nullptr);
    // "Save as": a new profileId (stored credentials stay with the old id; the caller says so).
    bool saveAs(const QString& path, QString* error = nullptr);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void setModified(bool modified);
    SetupProfile m_profile;
    QString m_filePath;
    bool m_modified = false;
};

} // namespace otj
