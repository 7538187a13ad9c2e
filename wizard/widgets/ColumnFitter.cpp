#include "wizard/widgets/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace otj::ui {

ColumnFitter::ColumnFitter(QTreeView* view, QList<Column> columns)
    : QObject(view)
    , m_view(view)
    , m_columns(std::move(columns))
{
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        // The last column stretches by itself; only a drag of a fitted column makes widths the admin's.
        if (!m_fitting && column < m_columns.size())
            m_userSized = true;
    });
    view->viewport()->installEventFilter(this);
    fit();
}

void ColumnFitter::fit()
{
    if (m_userSized)
        return;
    const int ch = m_view->fontMetrics().averageCharWidth();
    const int width = m_view->viewport()->width();
    m_fitting = true;
    for (int i = 0; i < m_columns.size(); ++i)
        m_view->header()->resizeSection(
            i, std::min(ch * m_columns[i].chars, width * m_columns[i].maxPercent / 100));
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace otj::ui
