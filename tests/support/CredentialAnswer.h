// Test helper: records the one answer a CredentialStore call delivers.
#pragma once

#include "core/secrets/CredentialStore.h"

namespace otj::test {

struct CredentialAnswer
{
    bool called = false;
    CredentialResult result;
    CredentialCallback callback()
    {
        return [this](const CredentialResult& r) {
            called = true;
            result = r;
        };
    }
};

} // namespace otj::test
