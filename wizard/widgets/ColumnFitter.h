// Gives a tree's leading columns a comfortable width in characters, but never more than a share
// of the viewport, so the last column (stretched: usually the value that matters) stays in view
// on a narrow window. Once the admin drags one of those columns, the widths are theirs.
#pragma once

#include <QList>
#include <QObject>

class QTreeView;

namespace otj::ui {

class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    struct Column
    {
        int chars;      // the comfortable width, in average characters of the view's font
        int maxPercent; // of the viewport's width, at most
    };
    // Fits columns 0..n-1 of `view` (a child of it: it lives as long as the view).
    ColumnFitter(QTreeView* view, QList<Column> columns);

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeView* m_view;
    QList<Column> m_columns;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace otj::ui
