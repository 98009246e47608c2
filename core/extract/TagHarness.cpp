#include "extract/TagHarness.h"

#include "extract/QuantityTagger.h"
#include "extract/TimeTagger.h"
#include "lexicon/LexiconSet.h"

#include "model/CodePointIndex.h"

#include <QThread>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <istream>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

namespace cc {

namespace {

// The harness answers one request per line at tens of MB/s, so it neither
// builds QJsonDocuments nor allocates per field: requests are flat JSON objects
// whose string fields are read with a small scanner, answers are written directly.

// Reads a JSON string starting at s[i] == '"'; returns the index after the closing quote.
qsizetype readJsonString(const QByteArray &s, qsizetype i, QByteArray *out) {
    ++i;
    while (i < s.size()) {
        // Copy the run up to the next quote or escape in one append.
        qsizetype run = i;
        while (run < s.size() && s[run] != '"' && s[run] != '\\')
            ++run;
        if (run > i) {
            out->append(s.constData() + i, run - i);
            i = run;
            continue;
        }
        if (s[i] == '"')
            return i + 1;
        if (i + 1 >= s.size())
            break;
        const char e = s[i + 1];
        i += 2;
        switch (e) {
        case 'n':
            out->append('\n');
            break;
        case 't':
            out->append('\t');
            break;
        case 'r':
            out->append('\r');
            break;
        case 'b':
            out->append('\b');
            break;
        case 'f':
            out->append('\f');
            break;
        case 'u': {
            if (i + 4 > s.size())
                return s.size();
            bool ok = false;
            uint code = s.mid(i, 4).toUInt(&ok, 16);
            i += 4;
            // A surrogate pair arrives as two escapes.
            if (ok && code >= 0xD800 && code <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' &&
                s[i + 1] == 'u') {
                bool ok2 = false;
                const uint low = s.mid(i + 2, 4).toUInt(&ok2, 16);
                if (ok2 && low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (ok) {
                const char32_t ch = code;
                out->append(QString::fromUcs4(&ch, 1).toUtf8());
            }
            break;
        }
        default:
            out->append(e);
            break; // \" \\ \/
        }
    }
    return s.size();
}

// Skips any JSON value (for fields the harness does not use).
qsizetype skipJsonValue(const QByteArray &s, qsizetype i) {
    int depth = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '"') {
            QByteArray ignored;
            i = readJsonString(s, i, &ignored);
            if (depth == 0)
                return i;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            if (--depth == 0)
                return i + 1;
        } else if (depth == 0 && c == ',')
            return i;
        ++i;
    }
    return i;
}

struct Request {
    QByteArray input;
    QByteArray reference;
    QByteArray idJson; // the id value as written, echoed back verbatim
    bool valid = false;
};

Request parseRequest(const QByteArray &s) {
    Request r;
    qsizetype i = s.indexOf('{');
    if (i < 0)
        return r;
    ++i;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == ',' || s[i] == '\r'))
            ++i;
        if (i >= s.size() || s[i] == '}')
            break;
        if (s[i] != '"')
            return r;
        QByteArray key;
        i = readJsonString(s, i, &key);
        while (i < s.size() && (s[i] == ' ' || s[i] == ':'))
            ++i;
        if (i >= s.size())
            return r;
        if (s[i] == '"' && (key == "input" || key == "reference")) {
            i = readJsonString(s, i, key == "input" ? &r.input : &r.reference);
        } else {
            const qsizetype begin = i;
            i = skipJsonValue(s, i);
            if (key == "id")
                r.idJson = s.mid(begin, i - begin).trimmed();
        }
    }
    r.valid = true;
    return r;
}

void appendJsonString(std::string &out, const QByteArray &utf8) {
    out.push_back('"');
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    // Copy runs that need no escaping in one append.
    while (p < end) {
        const char *run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        if (p > run)
            out.append(run, p - run);
        if (p == end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
        }
    }
    out.push_back('"');
}

void appendJsonString(std::string &out, QStringView text) {
    appendJsonString(out, text.toUtf8());
}

void appendDate(std::string &out, const QDate &d) {
    if (!d.isValid()) {
        out.append("null");
        return;
    }
    const int y = d.year();
    if (y < 0 || y > 9999) {
        out += '"' + d.toString(Qt::ISODate).toStdString() + '"';
        return;
    }
    const char buf[12] = {'"',
                          char('0' + y / 1000),
                          char('0' + y / 100 % 10),
                          char('0' + y / 10 % 10),
                          char('0' + y % 10),
                          '-',
                          char('0' + d.month() / 10),
                          char('0' + d.month() % 10),
                          '-',
                          char('0' + d.day() / 10),
                          char('0' + d.day() % 10),
                          '"'};
    out.append(buf, sizeof buf);
}

void appendInteger(std::string &out, long long v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

void appendNumber(std::string &out, const std::optional<double> &v) {
    if (!v || !std::isfinite(*v)) {
        out.append("null");
        return;
    }
    if (std::floor(*v) == *v && std::fabs(*v) < 1e15) {
        appendInteger(out, static_cast<long long>(*v));
        return;
    }
    // The shortest text that reads back as the same double ("0.28", not 0.28000000000000003).
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, *v);
    out.append(buf, r.ptr - buf);
}

void appendValue(std::string &out, const Mention &m) {
    const ClaimValue &v = m.value;
    if (v.type == ClaimValue::Type::Date) {
        out.append("{\"begin\":");
        appendDate(out, v.date.begin);
        out.append(",\"end\":");
        appendDate(out, v.date.end);
        out.append(",\"precision\":\"");
        out += toString(v.date.precision).toStdString();
        out.append("\"}");
    } else if (v.type == ClaimValue::Type::Quantity) {
        out.append("{\"low\":");
        appendNumber(out, v.quantity.low);
        out.append(",\"high\":");
        appendNumber(out, v.quantity.high);
        out.append(",\"unit\":");
        appendJsonString(out, v.quantity.unit);
        out.append(",\"dimension\":");
        appendJsonString(out, v.quantity.dimension);
        out.push_back('}');
    } else {
        out.append("null");
    }
}

} // namespace

TagHarness::TagHarness(const LexiconSet &lexicons, QDate defaultReference)
    : m_time(std::make_unique<TimeTagger>(lexicons)),
      m_quantity(std::make_unique<QuantityTagger>(lexicons)), m_defaultReference(defaultReference) {
}

TagHarness::~TagHarness() = default;

QByteArray TagHarness::answer(const QByteArray &requestLine) const {
    std::string out;
    answerInto(requestLine, out);
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

void TagHarness::answerInto(const QByteArray &requestLine, std::string &out) const {
    QString input;
    QDate reference = m_defaultReference;
    QByteArray idJson;
    const QByteArray trimmed = requestLine.trimmed();
    if (trimmed.startsWith('{')) {
        const Request request = parseRequest(trimmed);
        input = QString::fromUtf8(request.input);
        idJson = request.idJson;
        if (!request.reference.isEmpty()) {
            const QDate parsed =
                QDate::fromString(QString::fromLatin1(request.reference.left(10)), Qt::ISODate);
            if (parsed.isValid())
                reference = parsed;
        }
    } else {
        input = QString::fromUtf8(requestLine);
        if (input.endsWith(QLatin1Char('\r')))
            input.chop(1);
    }

    std::vector<Mention> mentions = m_time->tag(input, reference);
    const std::vector<Mention> quantities = m_quantity->tag(input);
    mentions.insert(mentions.end(), quantities.begin(), quantities.end());
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention &a, const Mention &b) { return a.start < b.start; });

    const CodePointIndex cp(input);
    out.clear();
    out.reserve(static_cast<size_t>(requestLine.size()) * 2 + 64 + mentions.size() * 160);
    out.append("{\"input\":");
    appendJsonString(out, input);
    out.append(",\"mentions\":[");
    bool first = true;
    for (const Mention &m : mentions) {
        const qsizetype s = std::clamp<qsizetype>(m.start, 0, input.size());
        const qsizetype e = std::clamp<qsizetype>(m.end, s, input.size());
        if (!first)
            out.push_back(',');
        first = false;
        out.append("{\"kind\":\"");
        out += toString(m.kind).toStdString();
        out.append("\",\"text\":");
        appendJsonString(out, QStringView(input).mid(s, e - s));
        out.append(",\"start\":");
        appendInteger(out, cp.toCodePoint(s));
        out.append(",\"end\":");
        appendInteger(out, cp.toCodePoint(e));
        out.append(",\"value\":");
        appendValue(out, m);
        out.push_back('}');
    }
    out.push_back(']');
    if (!idJson.isEmpty() && idJson != "null") {
        out.append(",\"id\":");
        out.append(idJson.constData(), idJson.size());
    }
    out.push_back('}');
}

int TagHarness::run(std::istream &in, std::ostream &out) const {
    // Requests are independent and the taggers keep their scratch space per thread, so
    // a batch of lines is answered on every core; answers are written in request order.
    // A batch ends where the input has nothing more buffered, so someone typing one
    // request at a time gets each answer at once.
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    constexpr size_t kMaxBatch = 4096;
    std::vector<QByteArray> requests;
    std::vector<std::string> answers;
    int count = 0;
    std::string line;
    while (std::getline(in, line)) {
        requests.clear();
        requests.push_back(QByteArray::fromStdString(line));
        while (requests.size() < kMaxBatch && in.rdbuf()->in_avail() > 0 && std::getline(in, line))
            requests.push_back(QByteArray::fromStdString(line));
        answers.resize(requests.size());
        const size_t n = requests.size();
        const size_t workers = std::min<size_t>(static_cast<size_t>(threads), (n + 63) / 64);
        auto answerSlice = [&](size_t w) {
            for (size_t i = w * n / workers; i < (w + 1) * n / workers; ++i)
                answerInto(requests[i], answers[i]);
        };
        std::vector<std::thread> pool;
        for (size_t w = 1; w < workers; ++w)
            pool.emplace_back(answerSlice, w);
        answerSlice(0);
        for (std::thread &t : pool)
            t.join();
        for (const std::string &a : answers) {
            out.write(a.data(), static_cast<std::streamsize>(a.size()));
            out.put('\n');
        }
        out.flush();
        count += static_cast<int>(n);
    }
    return count;
}

} // namespace cc
