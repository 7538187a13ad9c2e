// Autodiscover answers (SOAP and POX), and the candidate list for an address taken from the input.
#include "FuzzInput.h"

#include "core/ews/Autodiscover.h"
#include "core/ews/EwsResponse.h"

using namespace otj::ews;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = otj::fuzz::bytes(data, size);
    AutodiscoverAnswer soap, pox;
    (void)parseAutodiscoverSoap(body, 200, &soap).summary();
    (void)parseAutodiscoverPox(body, 200, &pox).summary();
    (void)soap.ewsUrl();
    (void)autodiscoverCandidates(QString::fromUtf8(body.left(300)));
    return 0;
}
