// Every EWS response parser over the same bytes, as a 200 and as a 500 answer.
#include "FuzzInput.h"

#include "core/ews/EwsResponse.h"

using namespace otj::ews;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = otj::fuzz::bytes(data, size);
    for (const int status : {200, 500}) {
        FolderInfo folder;
        ServerVersion version;
        (void)parseGetFolder(body, status, &folder, &version).summary();
        (void)version.toString();
        CalendarView view;
        (void)parseFindItem(body, status, &view).summary();
        GetItemResult items;
        (void)parseGetItem(body, status, &items).summary();
        QList<ResolvedMailbox> names;
        (void)parseResolveNames(body, status, &names).summary();
    }
    return 0;
}
