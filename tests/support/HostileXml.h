// Hostile EWS answers, shared by the unit tests, the parser benchmark and the fuzz seed corpus:
// well-formed GetFolder responses whose Folders element holds deep nesting or a very wide element.
// The prefix z is bound to a decoy namespace on the envelope, so z:FolderId never matches.
#pragma once

#include <QByteArray>

namespace otj::test {

inline QByteArray getFolderAnswer(const QByteArray& folders, const QByteArray& foldersAttributes = {})
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
           "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:z=\"urn:decoy\"><s:Body>"
           "<m:GetFolderResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
           " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
           "<m:GetFolderResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
           "<m:Folders" +
           foldersAttributes + ">" + folders +
           "</m:Folders></m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse>"
           "</s:Body></s:Envelope>";
}

inline QByteArray calendarFolder(int i)
{
    return "<t:CalendarFolder><t:FolderId Id=\"AAMk" + QByteArray::number(i) +
           "\" ChangeKey=\"AgAA\"/></t:CalendarFolder>";
}

// `depth` elements named `qname`, each inside the previous; the FolderId (if any) innermost.
inline QByteArray nestedGetFolder(int depth, const QByteArray& qname = "x", bool folderIdInside = false)
{
    const QByteArray close = "</" + qname + ">";
    return getFolderAnswer(QByteArray("<" + qname + ">").repeated(depth) +
                           (folderIdInside ? calendarFolder(0) : QByteArray()) + close.repeated(depth));
}

// A Folders element with `attributes` attributes and `children` empty z:FolderId children (z is a
// decoy namespace declared on the envelope), then the real FolderId.
inline QByteArray wideGetFolder(int attributes, int children)
{
    QByteArray attrs;
    attrs.reserve(attributes * 12);
    for (int i = 0; i < attributes; ++i)
        attrs += " a" + QByteArray::number(i) + "=\"\"";
    return getFolderAnswer(QByteArray("<z:FolderId/>").repeated(children) + calendarFolder(0), attrs);
}

// An ordinary-looking answer of about the same size: `folders` sibling calendar folders.
inline QByteArray flatGetFolder(int folders)
{
    QByteArray body;
    for (int i = 0; i < folders; ++i)
        body += calendarFolder(i);
    return getFolderAnswer(body);
}

} // namespace otj::test
