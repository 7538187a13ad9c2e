#include "wizard/validation/ValidationPanel.h"

#include "core/steps/StepId.h"

#include "core/profile/ProfileModel.h"
#include "core/secrets/CredentialStore.h"
#include "core/validation/ValidationResults.h"
#include "wizard/validation/ValidationTreeModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace otj::ui {

ValidationPanel::ValidationPanel(ProfileModel* profile, CredentialStore* credentials, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_credentials(credentials)
{
    m_results = new ValidationResults(this);
    m_model = new ValidationTreeModel(m_results, this);
    m_filter = new ProblemsFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_status = new QLabel(tr("Not run yet."), this);
    m_status->setObjectName(QStringLiteral("validationStatus"));
    m_status->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setAccessibleName(tr("Validation progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Not run yet"));

    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelValidation"));
    m_rerun = new QPushButton(tr("R&un checks"), this); // "Re-r&un" once something ran
    m_rerun->setObjectName(QStringLiteral("rerunValidation"));
    m_problemsOnly = new QCheckBox(tr("Show &problems only"), this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("validationTree"));
    m_view->setAccessibleName(tr("Validation results"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true); // 1000s of rooms
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ValidationTreeModel::CheckColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(ValidationTreeModel::CheckColumn, fontMetrics().averageCharWidth() * 40);
    // Wide enough for the longest status word in the UI language ("Fehlgeschlagen").
    int statusWidth = 0;
    for (CheckStatus st :
         {CheckStatus::Passed, CheckStatus::Warning, CheckStatus::Failed, CheckStatus::Skipped,
          CheckStatus::Cancelled, CheckStatus::Pending, CheckStatus::Running})
        statusWidth = std::max(statusWidth, fontMetrics().horizontalAdvance(statusTitle(st)));
    m_view->setColumnWidth(ValidationTreeModel::StatusColumn,
                           statusWidth + style()->pixelMetric(QStyle::PM_SmallIconSize) +
                               fontMetrics().averageCharWidth() * 4);
    auto* resultsLabel = new QLabel(tr("&Results:"), this);
    resultsLabel->setBuddy(m_view);

    m_fix = new QTextBrowser(this);
    m_fix->setObjectName(QStringLiteral("fixText"));
    m_fix->setAccessibleName(tr("Cause and fix of the selected check"));
    m_fix->setOpenLinks(false);
    m_fix->setPlaceholderText(tr("Select a check to see its cause and how to fix it."));
    auto* fixLabel = new QLabel(tr("&Fix for the selected check:"), this);
    fixLabel->setBuddy(m_fix);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problemsOnly);
    buttons->addStretch();
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_cancel);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(resultsLabel);
    topLayout->addWidget(m_view);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(fixLabel);
    bottomLayout->addWidget(m_fix);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ValidationPanel::cancel);
    connect(m_rerun, &QPushButton::clicked, this, &ValidationPanel::start);
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setProblemsOnly(on);
        if (on)
            m_view->expandAll();
    });
    connect(m_fix, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != QLatin1String("otj-step"))
            return;
        if (const std::optional<StepId> step = Steps::fromKey(url.path()))
            Q_EMIT goToStep(*step);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ValidationPanel::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& tl) {
        if (m_filter->mapToSource(m_view->currentIndex()).internalId() == tl.internalId())
            showSelected();
    });
    updateButtons();
}

ValidationPanel::~ValidationPanel()
{
    if (m_runner)
        m_runner->cancel();
}

bool ValidationPanel::isRunning() const
{
    return m_readingExchange || (m_runner && m_runner->isRunning());
}

StepState ValidationPanel::resultState(int* count) const
{
    *count = 0;
    if (m_readingExchange || !m_runner || m_runner->isRunning() || m_runner->couldNotRun())
        return StepState::NeedsAttention;
    const ValidationResults::Counts c = m_results->counts();
    if (c.failed + c.warning + c.pending > 0) {
        *count = c.failed + c.warning + c.pending;
        return StepState::NeedsAttention;
    }
    if (c.skipped + c.cancelled + c.notRun > 0) {
        *count = c.skipped + c.cancelled + c.notRun;
        return StepState::NotChecked;
    }
    return StepState::Done;
}

void ValidationPanel::start()
{
    if (isRunning() || !m_profile)
        return;
    m_fix->clear();
    if (!m_session || !m_session->unavailableReason().isEmpty() || m_options.serviceAccountOnly) {
        runValidation(nullptr);
        Q_EMIT started();
        return;
    }
    m_readingExchange = true;
    m_status->setText(tr("Reading Exchange through PowerShell…"));
    m_progress->setRange(0, 0); // busy: the checks are counted once the reads are in
    updateButtons();
    Q_EMIT started();
    const int generation = ++m_readGeneration;
    m_session->readForValidation(m_profile->profile(), this,
                                 [this, generation](std::shared_ptr<const plan::Inspection> inspection) {
                                     if (generation != m_readGeneration)
                                         return; // cancelled: cancel() already finished the run
                                     m_readingExchange = false;
                                     runValidation(std::move(inspection));
                                 });
}

void ValidationPanel::runValidation(std::shared_ptr<const plan::Inspection> inspection)
{
    if (m_runner)
        m_runner->deleteLater();
    ValidationOptions options = m_options;
    options.inspection = std::move(inspection);
    m_runner = new ValidationRunner(m_profile->profile(), m_credentials, options, m_results, this);
    connect(m_runner, &ValidationRunner::progress, this, &ValidationPanel::onProgress);
    connect(m_runner, &ValidationRunner::finished, this, &ValidationPanel::onFinished);
    connect(m_runner, &ValidationRunner::throttled, this,
            [this](int waitMs, const QString& reason, qint64 total) {
                m_status->setText(
                    tr("Exchange is throttling the service account (%1): waiting %2 s (%3 s so far).")
                        .arg(reason)
                        .arg(waitMs / 1000.0, 0, 'f', 1)
                        .arg(total / 1000.0, 0, 'f', 1));
            });
    m_status->setText(tr("Validating…"));
    m_progress->setFormat(tr("%v of %m checks"));
    m_rerun->setText(tr("Re-r&un"));
    m_runner->start();
    updateButtons();
}

void ValidationPanel::cancel()
{
    if (m_readingExchange) {
        // Stop the PowerShell reads; the run still finishes, every check Cancelled.
        ++m_readGeneration;
        m_readingExchange = false;
        if (m_session)
            m_session->cancel();
        runValidation(nullptr);
    }
    if (isRunning())
        m_runner->cancel();
}

void ValidationPanel::onProgress(int done, int total)
{
    if (m_progress->maximum() != total)
        m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void ValidationPanel::onFinished()
{
    const auto c = m_results->counts();
    QString text;
    if (m_runner && m_runner->wasCancelled())
        text = tr("Cancelled. ");
    else if (m_runner && m_runner->couldNotRun())
        text = tr("Could not run: %1 ").arg(m_runner->couldNotRunReason());
    text += tr("%1 passed, %2 warnings, %3 failed, %4 skipped.")
                .arg(c.passed)
                .arg(c.warning)
                .arg(c.failed)
                .arg(c.skipped);
    m_status->setText(text);
    // Open the steps that have problems.
    for (int i = 0; i < m_filter->rowCount(); ++i) {
        const QModelIndex idx = m_filter->index(i, 0);
        const auto s = CheckStatus(idx.data(ValidationTreeModel::StatusRole).toInt());
        if ((s == CheckStatus::Failed || s == CheckStatus::Warning) && m_filter->rowCount(idx) <= 200)
            m_view->expand(idx);
    }
    updateButtons();
    Q_EMIT finished(m_results->anyFailed());
}

void ValidationPanel::showSelected()
{
    const QModelIndex idx = m_view->currentIndex().siblingAtColumn(0);
    if (!idx.isValid()) {
        m_fix->clear();
        return;
    }
    const auto s = CheckStatus(idx.data(ValidationTreeModel::StatusRole).toInt());
    const QString cause = idx.siblingAtColumn(ValidationTreeModel::CauseColumn).data().toString();
    const QString fix = idx.data(ValidationTreeModel::FixRole).toString();
    const auto step = StepId(idx.data(ValidationTreeModel::FixStepRole).toInt());
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(statusTitle(s).toHtmlEscaped(), idx.data().toString().toHtmlEscaped());
    if (!cause.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Cause:").toHtmlEscaped(), cause.toHtmlEscaped());
    if (!fix.isEmpty())
        html += QStringLiteral("<p>%1 %2</p><p><a href=\"otj-step:%3\">%4</a></p>")
                    .arg(tr("Fix (%1):").arg(Steps::title(step)).toHtmlEscaped(), fix.toHtmlEscaped(),
                         Steps::key(step), tr("Go to %1").arg(Steps::title(step)).toHtmlEscaped());
    const QString evidence = idx.data(ValidationTreeModel::EvidenceRole).toString();
    if (!evidence.isEmpty())
        html += QStringLiteral("<p>%1</p><pre>%2</pre>")
                    .arg(tr("Evidence:").toHtmlEscaped(), evidence.toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(idx.data(ValidationTreeModel::CheckIdRole).toString().toHtmlEscaped());
    m_fix->setHtml(html);
}

void ValidationPanel::updateButtons()
{
    const bool running = isRunning();
    m_cancel->setEnabled(running);
    m_rerun->setEnabled(!running);
}

} // namespace otj::ui
