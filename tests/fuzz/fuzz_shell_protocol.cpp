// Fuzz target: the host's reader of bridge protocol lines (core/shell/BridgeProtocol.h). Any bytes
// must give a verdict (a response or Invalid with a reason): no crash, no abort, no hang.
#include "core/shell/BridgeProtocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char*>(data), qsizetype(size));
    const otj::shell::protocol::ResponseLine parsed = otj::shell::protocol::parseResponseLine(line);
    if (parsed.kind == otj::shell::protocol::ResponseLine::Kind::Invalid && parsed.problem.isEmpty())
        __builtin_trap(); // every refusal says why
    if (parsed.kind == otj::shell::protocol::ResponseLine::Kind::Partial && parsed.index < 0)
        __builtin_trap();
    return 0;
}
