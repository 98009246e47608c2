#include "extract/DateMath.h"

#include <algorithm>
#include <cstdlib>

namespace cc::DateMath {

namespace {
DateInterval span(QDate b, QDate e, DatePrecision p) {
    return {b, e, p, false};
}
} // namespace

DateInterval month(int y, int m) {
    return DateInterval::month(y, m);
}

DateInterval year(int y) {
    return DateInterval::year(y);
}

DateInterval quarter(int y, int q) {
    const QDate b(y, (q - 1) * 3 + 1, 1);
    return span(b, b.addMonths(3).addDays(-1), DatePrecision::Quarter);
}

DateInterval half(int y, int h) {
    const QDate b(y, h == 1 ? 1 : 7, 1);
    return span(b, b.addMonths(6).addDays(-1), DatePrecision::Half);
}

DateInterval season(int y, int first, int last) {
    const QDate b(y, first, 1);
    const int endYear = last < first ? y + 1 : y;
    const QDate e = QDate(endYear, last, 1).addMonths(1).addDays(-1);
    return span(b, e, DatePrecision::Season);
}

DateInterval decade(int first) {
    return span(QDate(first, 1, 1), QDate(first + 9, 12, 31), DatePrecision::Decade);
}

DateInterval century(int n) {
    const int first = (n - 1) * 100;
    return span(QDate(first, 1, 1), QDate(first + 99, 12, 31), DatePrecision::Decade);
}

DateInterval weekOf(QDate d) {
    const QDate b = d.addDays(1 - d.dayOfWeek());
    return span(b, b.addDays(6), DatePrecision::Week);
}

DateInterval isoWeek(int y, int w) {
    // The week holding January 4th is week 1.
    const QDate w1 = weekOf(QDate(y, 1, 4)).begin;
    const QDate b = w1.addDays(7 * (w - 1));
    return span(b, b.addDays(6), DatePrecision::Week);
}

DateInterval weekOfMonth(int y, int m, int nth) {
    if (nth > 0) {
        QDate thursday(y, m, 1);
        while (thursday.dayOfWeek() != 4)
            thursday = thursday.addDays(1);
        return weekOf(thursday.addDays(7 * (nth - 1)));
    }
    QDate thursday = QDate(y, m, 1).addMonths(1).addDays(-1);
    while (thursday.dayOfWeek() != 4)
        thursday = thursday.addDays(-1);
    return weekOf(thursday.addDays(7 * (nth + 1)));
}

DateInterval part(const DateInterval &whole, TimePart p) {
    if (p == TimePart::None || !whole.begin.isValid() || !whole.end.isValid())
        return whole;
    DateInterval out = whole;
    const QDate b = whole.begin;
    const QDate e = whole.end;
    const bool oneMonth = b.day() == 1 && e == b.addMonths(1).addDays(-1);
    const bool oneYear = b.month() == 1 && b.day() == 1 && e == QDate(b.year(), 12, 31);
    const bool oneDecade = b.month() == 1 && b.day() == 1 && e == QDate(b.year() + 9, 12, 31);
    if (oneMonth) {
        out.begin = p == TimePart::Start ? b : p == TimePart::Mid ? b.addDays(10) : b.addDays(20);
        out.end = p == TimePart::Start ? b.addDays(9) : p == TimePart::Mid ? b.addDays(19) : e;
    } else if (oneYear) {
        out.begin = p == TimePart::Start ? b : p == TimePart::Mid ? b.addMonths(4) : b.addMonths(8);
        out.end = p == TimePart::Start ? b.addMonths(4).addDays(-1)
                  : p == TimePart::Mid ? b.addMonths(8).addDays(-1)
                                       : e;
    } else if (oneDecade) {
        out.begin = p == TimePart::Start ? b : p == TimePart::Mid ? b.addYears(4) : b.addYears(7);
        out.end = p == TimePart::Start ? b.addYears(4).addDays(-1)
                  : p == TimePart::Mid ? b.addYears(7).addDays(-1)
                                       : e;
    } else {
        const qint64 days = b.daysTo(e) + 1;
        const qint64 third = std::max<qint64>(1, days / 3);
        if (p == TimePart::Start) {
            out.end = b.addDays(third - 1);
        } else if (p == TimePart::Mid) {
            out.begin = b.addDays(third);
            out.end = e.addDays(-third);
        } else {
            out.begin = e.addDays(-(third - 1));
        }
    }
    return out;
}

QDate addUnits(QDate d, TimeUnit unit, int n) {
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Night:
        return d.addDays(n);
    case TimeUnit::BusinessDay: {
        QDate x = d;
        const int step = n < 0 ? -1 : 1;
        for (int left = std::abs(n); left > 0;) {
            x = x.addDays(step);
            if (x.dayOfWeek() <= 5)
                --left;
        }
        return x;
    }
    case TimeUnit::Week:
    case TimeUnit::Weekend:
        return d.addDays(7 * n);
    case TimeUnit::Fortnight:
        return d.addDays(14 * n);
    case TimeUnit::Month:
        return d.addMonths(n);
    case TimeUnit::Quarter:
        return d.addMonths(3 * n);
    case TimeUnit::Half:
        return d.addMonths(6 * n);
    case TimeUnit::Year:
    case TimeUnit::FiscalYear:
        return d.addYears(n);
    case TimeUnit::Decade:
        return d.addYears(10 * n);
    case TimeUnit::Century:
        return d.addYears(100 * n);
    default:
        return d; // hours, minutes, seconds stay on the day
    }
}

DatePrecision precisionOf(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Week:
    case TimeUnit::Weekend:
    case TimeUnit::Fortnight:
        return DatePrecision::Week;
    case TimeUnit::Month:
        return DatePrecision::Month;
    case TimeUnit::Quarter:
        return DatePrecision::Quarter;
    case TimeUnit::Half:
        return DatePrecision::Half;
    case TimeUnit::Year:
    case TimeUnit::FiscalYear:
        return DatePrecision::Year;
    case TimeUnit::Decade:
    case TimeUnit::Century:
        return DatePrecision::Decade;
    default:
        return DatePrecision::Day;
    }
}

DateInterval unitAround(QDate ref, TimeUnit unit, int offset) {
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Night:
        return DateInterval::day(ref.addDays(offset));
    case TimeUnit::Week:
        return weekOf(ref.addDays(7 * offset));
    case TimeUnit::Weekend: {
        const DateInterval w = weekOf(ref.addDays(7 * offset));
        return span(w.begin.addDays(5), w.end, DatePrecision::Week);
    }
    case TimeUnit::Fortnight: {
        const DateInterval w = weekOf(ref.addDays(14 * offset));
        return span(w.begin, w.begin.addDays(13), DatePrecision::Week);
    }
    case TimeUnit::Month: {
        const QDate m = ref.addMonths(offset);
        return month(m.year(), m.month());
    }
    case TimeUnit::Quarter: {
        const QDate q = ref.addMonths(3 * offset);
        return quarter(q.year(), (q.month() - 1) / 3 + 1);
    }
    case TimeUnit::Half: {
        const QDate h = ref.addMonths(6 * offset);
        return half(h.year(), h.month() <= 6 ? 1 : 2);
    }
    case TimeUnit::Year:
        return year(ref.year() + offset);
    case TimeUnit::Decade:
        return decade((ref.year() / 10 + offset) * 10);
    case TimeUnit::Century:
        return century(ref.year() / 100 + 1 + offset);
    default:
        return DateInterval::day(ref);
    }
}

int nearestYear(int m, int d, QDate ref) {
    int best = ref.year();
    qint64 bestDistance = -1;
    for (int y = ref.year() - 1; y <= ref.year() + 1; ++y) {
        qint64 distance = 0;
        if (d > 0) {
            const QDate date(y, m, d);
            if (!date.isValid())
                continue;
            distance = std::abs(ref.daysTo(date));
        } else {
            const DateInterval whole = month(y, m);
            if (ref < whole.begin)
                distance = ref.daysTo(whole.begin);
            else if (ref > whole.end)
                distance = whole.end.daysTo(ref);
        }
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            best = y;
        }
    }
    return best;
}

QDate nearestWeekday(int weekday, QDate ref) {
    int delta = weekday - ref.dayOfWeek();
    if (delta > 3)
        delta -= 7;
    if (delta < -3)
        delta += 7;
    return ref.addDays(delta);
}

QDate weekdayInWeek(QDate d, int weekday) {
    return d.addDays(weekday - d.dayOfWeek());
}

QDate easter(int y) {
    // Anonymous Gregorian algorithm.
    const int a = y % 19;
    const int b = y / 100;
    const int c = y % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(y, month, day);
}

QDate holiday(const TimeHoliday &h, int y) {
    if (h.easter)
        return easter(y).addDays(h.offset);
    if (h.nth != 0) {
        QDate d;
        if (h.nth > 0) {
            d = QDate(y, h.month, 1);
            while (d.dayOfWeek() != h.weekday)
                d = d.addDays(1);
            d = d.addDays(7 * (h.nth - 1));
        } else {
            d = QDate(y, h.month, 1).addMonths(1).addDays(-1);
            while (d.dayOfWeek() != h.weekday)
                d = d.addDays(-1);
        }
        return d.addDays(h.offset);
    }
    return QDate(y, h.month, h.day);
}

int expandYear(int yy, QDate ref) {
    const int century = ref.year() / 100 * 100;
    int y = century + yy;
    if (y > ref.year() + 10)
        y -= 100;
    return y;
}

} // namespace cc::DateMath
