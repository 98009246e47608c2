#pragma once

#include "extract/TimeLexicon.h"
#include "model/DateInterval.h"

#include <QDate>

namespace cc {

// Calendar arithmetic for the time tagger: calendar units as day intervals,
// early/mid/late parts, the year a bare "March 3" means, holidays.
namespace DateMath {

DateInterval month(int year, int month);
DateInterval year(int year);
DateInterval quarter(int year, int quarter);
DateInterval half(int year, int half);
// A season from its first to its last month; a season crossing New Year (Dec-Feb)
// starts in `year` and ends in the next.
DateInterval season(int year, int firstMonth, int lastMonth);
DateInterval decade(int firstYear);
// The 21st century as people mean it: 2000..2099.
DateInterval century(int number);
// Monday to Sunday around d.
DateInterval weekOf(QDate d);
// ISO 8601 week `week` of `year` (week 1 holds the year's first Thursday).
DateInterval isoWeek(int year, int week);
// The nth (1-based; -1 the last) Monday-to-Sunday week of a month, weeks counted
// by their Thursday as ISO weeks are.
DateInterval weekOfMonth(int year, int month, int nth);

// The first, middle or last third of an interval: days 1-10/11-20/21-end of a
// month, Jan-Apr/May-Aug/Sep-Dec of a year, otherwise thirds of its days.
DateInterval part(const DateInterval &whole, TimePart part);

// The calendar unit `offset` units from the one holding ref (0: the current one).
DateInterval unitAround(QDate ref, TimeUnit unit, int offset);
QDate addUnits(QDate d, TimeUnit unit, int n);
DatePrecision precisionOf(TimeUnit unit);

// The year that puts month/day (or the whole month, day 0) nearest to ref.
int nearestYear(int month, int day, QDate ref);
// The weekday (1 Monday .. 7 Sunday) nearest ref, from three days back to three ahead.
QDate nearestWeekday(int weekday, QDate ref);
// The date of a given weekday in the Monday-to-Sunday week holding d.
QDate weekdayInWeek(QDate d, int weekday);

QDate easter(int year);
QDate holiday(const TimeHoliday &h, int year);
// Two-digit years: within ten years ahead of the reference, else the century before.
int expandYear(int twoDigits, QDate ref);

} // namespace DateMath

} // namespace cc
