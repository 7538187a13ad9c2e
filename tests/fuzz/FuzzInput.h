// Shared by the fuzz targets (each includes it once): the input as a QByteArray without a copy,
// and quiet logging, since the parsers log on ordinary inputs (e.g. "profile upgraded") and that
// output would dominate the run. qFatal still aborts, which libFuzzer reports as a crash.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace otj::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace otj::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    return 0;
}
