#include "model/DateInterval.h"

#include <QLocale>
#include <array>

namespace cc {

namespace {
constexpr std::array<const char *, 8> kPrecisionNames = {"day",    "week",    "month", "season",
                                                         "quarter", "half", "year",  "decade"};
}

QString toString(DatePrecision precision) {
    return QString::fromLatin1(kPrecisionNames[static_cast<size_t>(precision)]);
}

DatePrecision datePrecisionFromString(const QString &text, bool *ok) {
    for (size_t i = 0; i < kPrecisionNames.size(); ++i) {
        if (text == QLatin1String(kPrecisionNames[i])) {
            if (ok)
                *ok = true;
            return static_cast<DatePrecision>(i);
        }
    }
    if (ok)
        *ok = false;
    return DatePrecision::Day;
}

bool DateInterval::disjointFrom(const DateInterval &other) const {
    // this entirely before other, or other entirely before this; open bounds never end.
    const bool thisBefore = end.isValid() && other.begin.isValid() && end < other.begin;
    const bool otherBefore = other.end.isValid() && begin.isValid() && other.end < begin;
    return thisBefore || otherBefore;
}

bool DateInterval::contains(const DateInterval &other) const {
    const bool beginOk = !begin.isValid() || (other.begin.isValid() && begin <= other.begin);
    const bool endOk = !end.isValid() || (other.end.isValid() && other.end <= end);
    return beginOk && endOk;
}

DateInterval DateInterval::day(QDate d) { return {d, d, DatePrecision::Day, false}; }

DateInterval DateInterval::month(int year, int month) {
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1), DatePrecision::Month, false};
}

DateInterval DateInterval::year(int year) {
    return {QDate(year, 1, 1), QDate(year, 12, 31), DatePrecision::Year, false};
}

QString DateInterval::toIso() const {
    if (begin.isValid() && end.isValid()) {
        if (begin == end)
            return begin.toString(Qt::ISODate);
        const bool wholeMonth = begin.day() == 1 && end == begin.addMonths(1).addDays(-1);
        if (wholeMonth)
            return begin.toString(QStringLiteral("yyyy-MM"));
        const bool wholeYear =
            begin.month() == 1 && begin.day() == 1 && end == QDate(begin.year(), 12, 31);
        if (wholeYear)
            return QString::number(begin.year());
        const bool wholeQuarter = begin.day() == 1 && (begin.month() - 1) % 3 == 0 &&
                                  end == begin.addMonths(3).addDays(-1);
        if (wholeQuarter && precision == DatePrecision::Quarter)
            return QStringLiteral("%1-Q%2").arg(begin.year()).arg((begin.month() - 1) / 3 + 1);
    }
    const QString b = begin.isValid() ? begin.toString(Qt::ISODate) : QString();
    const QString e = end.isValid() ? end.toString(Qt::ISODate) : QString();
    return b + QStringLiteral("..") + e;
}

QString DateInterval::toLabel() const {
    const QLocale c = QLocale::c();
    auto dayLabel = [&](QDate d) { return c.toString(d, QStringLiteral("MMMM d, yyyy")); };
    if (begin.isValid() && end.isValid()) {
        if (begin == end)
            return dayLabel(begin);
        switch (precision) {
        case DatePrecision::Month:
            if (begin.day() == 1 && end == begin.addMonths(1).addDays(-1))
                return c.toString(begin, QStringLiteral("MMMM yyyy"));
            break;
        case DatePrecision::Quarter:
            return QStringLiteral("Q%1 %2").arg((begin.month() - 1) / 3 + 1).arg(begin.year());
        case DatePrecision::Half:
            return QStringLiteral("H%1 %2").arg(begin.month() <= 6 ? 1 : 2).arg(begin.year());
        case DatePrecision::Year:
            if (begin.month() == 1 && begin.day() == 1 && end == QDate(begin.year(), 12, 31))
                return QString::number(begin.year());
            break;
        default:
            break;
        }
        return dayLabel(begin) + QStringLiteral(" – ") + dayLabel(end);
    }
    if (end.isValid())
        return QStringLiteral("by ") + dayLabel(end);
    if (begin.isValid())
        return QStringLiteral("since ") + dayLabel(begin);
    return QStringLiteral("unknown date");
}

} // namespace cc
