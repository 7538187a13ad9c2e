// Per-account budget of concurrent EWS requests (EwsMaxConcurrency), with the peak seen per account.
#pragma once

#include <QMap>
#include <QString>

namespace otjlab {

class ConcurrencyBudget
{
public:
    // Takes a slot if the account has fewer than limit requests in flight.
    bool tryAcquire(const QString& account, int limit)
    {
        int& n = m_current[account];
        if (n >= limit)
            return false;
        ++n;
        int& p = m_peak[account];
        p = qMax(p, n);
        return true;
    }
    void release(const QString& account)
    {
        int& n = m_current[account];
        n = qMax(0, n - 1);
    }
    int current(const QString& account) const { return m_current.value(account); }
    int peak(const QString& account) const { return m_peak.value(account); }
    const QMap<QString, int>& currentAll() const { return m_current; }
    const QMap<QString, int>& peakAll() const { return m_peak; }
    void resetPeaks() { m_peak = m_current; }

private:
    QMap<QString, int> m_current;
    QMap<QString, int> m_peak;
};

} // namespace otjlab
