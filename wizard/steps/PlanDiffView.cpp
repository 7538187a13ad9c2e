#include "wizard/steps/PlanDiffView.h"

#include "wizard/Icons.h"
#include "wizard/widgets/ColumnFitter.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace otj::ui {

namespace {
// Trees with more targets than this open collapsed (a calendar plan over thousands of rooms).
constexpr int ExpandAllUpTo = 200;

QList<QStandardItem*> row(const QString& a, const QString& b = {}, const QString& c = {})
{
    QList<QStandardItem*> items{new QStandardItem(a), new QStandardItem(b), new QStandardItem(c)};
    for (QStandardItem* i : items) {
        i->setEditable(false);
        i->setToolTip(i->text());
    }
    return items;
}
} // namespace

PlanDiffView::PlanDiffView(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model->setHorizontalHeaderLabels({tr("Change"), tr("Now"), tr("After")});
    m_view->setObjectName(QStringLiteral("planDiff"));
    m_view->setAccessibleName(tr("Planned changes"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    new ColumnFitter(m_view, {{48, 38}, {34, 28}}); // Change, Now; After takes the rest
    layout->addWidget(m_view);
}

QString PlanDiffView::valueText(const shell::ShellValue& value)
{
    return value.isNull() ? tr("(none)") : value.display();
}

QString PlanDiffView::restValueText(const shell::ShellValue& value)
{
    if (value.isNull())
        return tr("(none)");
    const QJsonValue json = value.toJson();
    if (json.isString() && json.toString().startsWith(QChar(0x00AB))) // «password from the keychain»
        return json.toString();
    if (json.isString() && json.toString().startsWith(QLatin1String("-----BEGIN "))) // a PEM: its kind
        return QLatin1Char('"') + json.toString().section(QLatin1Char('\n'), 0, 0) + QChar(0x2026) +
               QLatin1Char('"');
    // As the request body has it (JSON), one line: a PEM is cut after its start.
    const QByteArray array = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(array.mid(1, array.size() - 2));
    constexpr int Longest = 80;
    return text.size() > Longest ? text.left(Longest - 1) + QChar(0x2026) : text;
}

void PlanDiffView::setPlan(const plan::StepPlan& plan)
{
    m_model->removeRows(0, m_model->rowCount());
    QHash<QString, QStandardItem*> targets;
    for (const plan::PlannedChange& c : plan.changes) {
        const bool create = c.desired.operation == plan::Operation::Create;
        QList<QStandardItem*> top =
            row(c.desired.target, create ? tr("missing") : tr("exists"),
                create ? tr("created: %1").arg(c.desired.summary) : c.desired.summary);
        QFont bold = top.first()->font();
        bold.setBold(true);
        top.first()->setFont(bold);
        const auto text = c.rest ? &PlanDiffView::restValueText : &PlanDiffView::valueText;
        for (const plan::FieldDiff& d : c.diffs)
            top.first()->appendRow(row(d.property, text(d.before), text(d.after)));
        m_model->appendRow(top);
        if (c.deferred) {
            // A sentence, not a property: across the table like the notes, never cut off in the
            // first column.
            top.first()->appendRow(row(tr("(a value is known only once an earlier change is made)")));
            m_view->setFirstColumnSpanned(top.first()->rowCount() - 1, top.first()->index(), true);
        }
        targets.insert(c.desired.target, top.first());
    }
    for (const plan::PlanNote& note : plan.notes) {
        const QString cause = reasons::cause(note.verdict.reason, note.verdict.args);
        const QString fix = reasons::fix(note.verdict.reason, note.verdict.args);
        // One line across the table: the status in words (never colour alone) and the reason.
        QString text = tr("%1: %2").arg(statusTitle(note.verdict.status), cause);
        if (!fix.isEmpty())
            text += QLatin1Char(' ') + fix;
        QList<QStandardItem*> r = row(text);
        r.first()->setIcon(svgIcon(statusIconName(note.verdict.status)));
        r.first()->setData(note.checkId, Qt::UserRole);
        QStandardItem* parent = targets.value(note.target);
        if (!parent) {
            QList<QStandardItem*> top = row(note.target.isEmpty() ? tr("The step as a whole") : note.target);
            m_model->appendRow(top);
            parent = top.first();
            targets.insert(note.target, parent);
        }
        parent->appendRow(r);
        m_view->setFirstColumnSpanned(parent->rowCount() - 1, parent->index(), true);
    }
    if (m_model->rowCount() <= ExpandAllUpTo)
        m_view->expandAll();
}

} // namespace otj::ui
