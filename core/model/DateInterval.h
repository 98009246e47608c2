#pragma once

#include <QDate>
#include <QString>

namespace cc {

// How finely a date was stated. Ordered from finest to coarsest so that
// "the coarser precision of two" is std::max.
enum class DatePrecision { Day, Week, Month, Season, Quarter, Half, Year, Decade };

QString toString(DatePrecision precision);
DatePrecision datePrecisionFromString(const QString &text, bool *ok = nullptr);

// A claimed date is an interval of days, both ends inclusive. An invalid
// QDate on either side means the bound is open ("by June": begin open,
// "since April 2025": end open).
struct DateInterval {
    QDate begin;
    QDate end;
    DatePrecision precision = DatePrecision::Day;
    // Numeric dates such as 4/5/2026 whose day and month could be swapped:
    // the interval holds one reading, but detection must not trust it.
    bool ambiguous = false;

    bool isValid() const { return begin.isValid() || end.isValid(); }
    bool isOpenBegin() const { return !begin.isValid(); }
    bool isOpenEnd() const { return !end.isValid(); }
    bool isPoint() const { return begin.isValid() && begin == end; }
    // True when no day can lie in both intervals.
    bool disjointFrom(const DateInterval &other) const;
    bool contains(const DateInterval &other) const;

    // ISO form used in reports: "2026-03-03", "2026-04", "2026", "2026-Q2",
    // or "2026-04-01..2026-06-30" for other intervals, ".." marking open ends.
    QString toIso() const;
    // Short human label: "March 3, 2026", "May 2026", "Q2 2026", "by June 2026".
    QString toLabel() const;

    static DateInterval day(QDate d);
    static DateInterval month(int year, int month);
    static DateInterval year(int year);

    friend bool operator==(const DateInterval &, const DateInterval &) = default;
};

} // namespace cc
