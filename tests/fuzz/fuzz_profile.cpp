// The profile loader: parse (upgrade + validation) of arbitrary JSON text.
#include "FuzzInput.h"

#include "core/profile/ProfileStore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const otj::ProfileLoadResult result = otj::ProfileStore::parse(otj::fuzz::bytes(data, size));
    if (result.ok())
        (void)otj::ProfileStore::validate(result.profile);
    return 0;
}
