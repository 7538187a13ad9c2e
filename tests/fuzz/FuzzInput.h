// Shared by the fuzz targets: the input as a QByteArray without a copy.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace otj::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace otj::fuzz
