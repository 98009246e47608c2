#include "extract/GluedTableSplitter.h"

namespace cc {

namespace {

bool isAlnum(QChar c) {
    return c.isLetterOrNumber();
}

bool isAmountStart(QChar c) {
    return c == QLatin1Char('~') || c == QLatin1Char('$') || c.unicode() == 0x20ac ||
           c.unicode() == 0x00a3 || c.unicode() == 0x00a5;
}

void addCell(std::vector<TextCell> &out, QStringView row, qsizetype s, qsizetype e) {
    while (s < e && row[s].isSpace())
        ++s;
    while (e > s && row[e - 1].isSpace())
        --e;
    if (e > s)
        out.push_back({s, e, row.mid(s, e - s).toString()});
}

} // namespace

QHash<QString, int> GluedTableSplitter::camelCaseCounts(QStringView text) {
    QHash<QString, int> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAlnum(text[i])) {
            ++i;
            continue;
        }
        const qsizetype s = i;
        bool camel = false;
        while (i < n && isAlnum(text[i])) {
            if (i > s && text[i].isUpper() && text[i - 1].isLower())
                camel = true;
            ++i;
        }
        // Standing alone (the loop guarantees the end) and shaped like a name:
        // "DeepMind", "iPhone", not "ecosystemAPI".
        int lowerPrefix = 0;
        while (s + lowerPrefix < i && text[s + lowerPrefix].isLower())
            ++lowerPrefix;
        if (camel && i - s <= 40 && lowerPrefix <= 2)
            ++out[text.mid(s, i - s).toString()];
    }
    return out;
}

GluedTableSplitter::Mode GluedTableSplitter::modeFor(const std::vector<QStringView> &rows) {
    int tabs = 0, pipes = 0, spaces = 0;
    for (QStringView r : rows) {
        if (r.contains(QLatin1Char('\t')))
            ++tabs;
        if (r.contains(QLatin1Char('|')))
            ++pipes;
        if (r.trimmed().contains(QLatin1String("  ")))
            ++spaces;
    }
    const int n = static_cast<int>(rows.size());
    if (n > 0 && tabs == n)
        return Mode::Tabs;
    if (n > 0 && pipes == n)
        return Mode::Pipes;
    if (n > 0 && spaces * 10 >= n * 8)
        return Mode::Spaces;
    return Mode::Glued;
}

std::vector<TextCell> GluedTableSplitter::cells(QStringView row, Mode mode,
                                                const QSet<QString> &keepWhole) {
    std::vector<TextCell> out;
    const qsizetype n = row.size();
    if (mode == Mode::Tabs || mode == Mode::Pipes) {
        const QChar sep = mode == Mode::Tabs ? QLatin1Char('\t') : QLatin1Char('|');
        qsizetype s = 0;
        for (qsizetype i = 0; i <= n; ++i) {
            if (i == n || row[i] == sep) {
                addCell(out, row, s, i);
                s = i + 1;
            }
        }
        return out;
    }
    if (mode == Mode::Spaces) {
        qsizetype s = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (row[i].isSpace() && i + 1 < n && row[i + 1].isSpace()) {
                addCell(out, row, s, i);
                while (i < n && row[i].isSpace())
                    ++i;
                s = i;
            }
        }
        addCell(out, row, s, n);
        return out;
    }

    // Glued: positions inside a camel-case word used elsewhere must not be cut.
    std::vector<bool> keep(static_cast<size_t>(n) + 1, false);
    if (!keepWhole.isEmpty()) {
        qsizetype i = 0;
        while (i < n) {
            if (!isAlnum(row[i])) {
                ++i;
                continue;
            }
            const qsizetype s = i;
            while (i < n && isAlnum(row[i]))
                ++i;
            const QStringView run = row.mid(s, i - s);
            for (const QString &w : keepWhole) {
                if (w.size() > run.size())
                    continue;
                qsizetype from = 0;
                while (true) {
                    const qsizetype at = run.indexOf(w, from);
                    if (at < 0)
                        break;
                    for (qsizetype k = s + at + 1; k < s + at + w.size(); ++k)
                        keep[static_cast<size_t>(k)] = true;
                    from = at + 1;
                }
            }
        }
    }
    qsizetype s = 0;
    for (qsizetype p = 1; p < n; ++p) {
        const QChar a = row[p - 1];
        const QChar b = row[p];
        const bool nextLower = p + 1 < n && row[p + 1].isLower();
        bool cut = false;
        if (a.isLower() && b.isUpper()) {
            cut = true;
        } else if (a.isUpper() && b.isUpper() && nextLower) {
            // "APIAcme", "900CRatio": a capital after capitals or digits, then a capitalized
            // word.
            cut = p >= 2 && (row[p - 2].isUpper() || row[p - 2].isDigit());
        } else if (a.isDigit() && b.isUpper() && nextLower) {
            cut = true;
        } else if (a.isDigit() && b.isUpper()) {
            // "Z2ACME X800": a run of three or more capitals standing as a word.
            qsizetype k = p;
            while (k < n && row[k].isUpper())
                ++k;
            cut = k - p >= 3 && (k == n || !row[k].isLetterOrNumber());
        } else if ((a == QLatin1Char(')') || a == QLatin1Char(']')) &&
                   (isAlnum(b) || isAmountStart(b))) {
            cut = true;
        } else if (a == QLatin1Char('%') && b.isUpper()) {
            cut = true;
        } else if (isAmountStart(b) && (isAlnum(a) || a == QLatin1Char(')') ||
                                        a == QLatin1Char('%') || a == QLatin1Char('+'))) {
            cut = true;
        }
        if (cut && (a.isLetterOrNumber() && b.isLetterOrNumber()) && keep[static_cast<size_t>(p)])
            cut = false;
        if (cut) {
            addCell(out, row, s, p);
            s = p;
        }
    }
    addCell(out, row, s, n);
    return out;
}

} // namespace cc
