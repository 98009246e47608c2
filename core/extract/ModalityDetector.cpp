#include "extract/ModalityDetector.h"

#include "lexicon/LexiconSet.h"

namespace cc {

namespace {
constexpr int kException = 100;
}

ModalityDetector::ModalityDetector(const LexiconSet &lexicons) {
    for (const LexiconEntry &e : lexicons.entries(QStringLiteral("modality"))) {
        const QString key = e.string("key").trimmed();
        const QString kind = e.string("kind");
        int id = -1;
        if (kind == QLatin1String("hedge"))
            id = static_cast<int>(ModalityCue::Kind::Hedge);
        else if (kind == QLatin1String("unverified"))
            id = static_cast<int>(ModalityCue::Kind::Unverified);
        else if (kind == QLatin1String("negation"))
            id = static_cast<int>(ModalityCue::Kind::Negation);
        else if (kind == QLatin1String("exclusive"))
            id = static_cast<int>(ModalityCue::Kind::Exclusive);
        else if (kind == QLatin1String("date_bound"))
            id = static_cast<int>(ModalityCue::Kind::DateBound);
        else if (kind == QLatin1String("exception"))
            id = kException;
        if (key.isEmpty() || id < 0) {
            m_errors << e.where() +
                            QStringLiteral(": modality: an entry needs a \"key\" and a \"kind\" "
                                           "(hedge, unverified, negation, exclusive, exception, "
                                           "date_bound); got \"%1\"")
                                .arg(kind);
            continue;
        }
        if (id == static_cast<int>(ModalityCue::Kind::DateBound))
            m_dateBounds.add(key, id);
        else
            m_phrases.add(key, id);
    }
}

std::vector<ModalityCue> ModalityDetector::cues(const std::vector<Token> &tokens) const {
    std::vector<ModalityCue> out;
    for (const PhraseMatch &m : m_phrases.findAll(tokens)) {
        if (m.id == kException)
            continue;
        out.push_back({m.begin, m.end, static_cast<ModalityCue::Kind>(m.id)});
    }
    return out;
}

int ModalityDetector::dateBoundAt(const std::vector<Token> &tokens, int at) const {
    const PhraseMatch m = m_dateBounds.longestAt(tokens, at);
    return m.end - m.begin;
}

} // namespace cc
