#include "wizard/steps/PowerShellView.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace otj::ui {

PowerShellView::PowerShellView(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("PowerShe&ll that apply sends (the password is never shown):")))
    , m_text(new QPlainTextEdit)
    , m_copy(new QPushButton(tr("Cop&y PowerShell")))
    , m_export(new QPushButton(tr("Expor&t script…")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setBuddy(m_text);
    layout->addWidget(m_label);
    m_text->setObjectName(QStringLiteral("powerShellText"));
    m_text->setAccessibleName(tr("PowerShell commands"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap); // a command is one line, as it is pasted
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout;
    m_copy->setObjectName(QStringLiteral("copyPowerShellButton"));
    m_export->setObjectName(QStringLiteral("exportScriptButton"));
    m_export->setToolTip(
        tr("Save a PowerShell script that checks each setting and changes only what differs"));
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(m_export, &QPushButton::clicked, this, &PowerShellView::exportRequested);
    setLines({});
}

void PowerShellView::setLines(const QStringList& lines)
{
    m_text->setPlainText(lines.isEmpty() ? tr("# Nothing to change.") : lines.join(QLatin1Char('\n')));
    m_copy->setEnabled(!lines.isEmpty());
}

QString PowerShellView::text() const
{
    return m_text->toPlainText();
}

void PowerShellView::setExportAvailable(bool available, const QString& whyNot)
{
    m_export->setEnabled(available);
    m_export->setToolTip(available ? tr("Save a PowerShell script that checks each setting and changes only "
                                        "what differs")
                                   : whyNot);
}

void PowerShellView::showRestRequests()
{
    m_label->setText(
        tr("&Requests that apply sends to the Pexip management API (the password is never shown):"));
    m_text->setAccessibleName(tr("Pexip management API requests"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth); // a request body is long JSON
    m_copy->setText(tr("Cop&y requests"));
    m_export->hide();
}

} // namespace otj::ui
