#pragma once

#include <QByteArray>
#include <QDate>
#include <iosfwd>
#include <memory>
#include <string>

namespace cc {

class LexiconSet;
class TimeTagger;
class QuantityTagger;

// The taggers' conformance harness (shared/conformance/README.md, "The harness
// contract"): one request per input line, a JSON object or plain text; one JSON
// answer per line with every date and quantity mention, offsets in code points.
class TagHarness {
public:
    TagHarness(const LexiconSet &lexicons, QDate defaultReference);
    ~TagHarness();
    // Returns the number of requests answered.
    int run(std::istream &in, std::ostream &out) const;
    // One answer line (without newline) for one request line.
    QByteArray answer(const QByteArray &requestLine) const;

private:
    // answer() into a buffer the caller reuses, so a batch allocates once per line slot.
    void answerInto(const QByteArray &requestLine, std::string &out) const;

    std::unique_ptr<TimeTagger> m_time;
    std::unique_ptr<QuantityTagger> m_quantity;
    QDate m_defaultReference;
};

} // namespace cc
