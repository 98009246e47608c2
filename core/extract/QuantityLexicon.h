#pragma once

#include "extract/QuantityPhraseTable.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace cc {

class LexiconSet;

// The vocabulary of the quantity tagger, compiled from the lexicons
// "number_words", "magnitudes", "currencies", "units" and
// "quantity_modifiers" (docs/lexicons-quantity.md) into phrase tables.
// Entries that fail validation are skipped and reported as "file:line: ...".
class QuantityLexicon {
public:
    enum class WordClass : std::uint8_t {
        Digit,
        Teen,
        Tens,
        Hundred,
        Dozen,
        Ordinal,
        Fraction,
        Vulgar,
        Multiplier,
        Article,
        Conjunction,
        DecimalPoint,
        Negative,
        Ratio,
        Of,
        RangeBetween,
        RangeFrom,
        RangeTo,
        Rate,
        OrdinalSuffix
    };
    struct NumberWord {
        WordClass cls = WordClass::Digit;
        double value = 0;
        bool plural = false;
        bool denominator = false;
        bool ordered = false;
        std::vector<std::uint64_t> notAfter; // fold hashes of single words
    };
    struct Magnitude {
        QString key;
        double factor = 1;
    };
    struct Currency {
        QString key;
        QString code;
        double factor = 1;
        double minor = 0; // value of the minor unit, 0 when unknown
        bool subunit = false;
    };
    enum class UnitKind : std::uint8_t { Dimension, Count, Percent, Ratio, Duration };
    struct Unit {
        QString key;
        QString base;
        QString dimension;
        QString perName;
        double factor = 1;
        UnitKind kind = UnitKind::Dimension;
        std::vector<int> compound; // indices of units that may follow and add up
    };
    enum class Effect : std::uint8_t { Approximate, LowerBound, UpperBound };
    struct Modifier {
        Effect effect = Effect::Approximate;
        bool ambiguous = false;
        bool symbolic = false; // only punctuation: part of the mention's span
    };
    // Payload roles in the currency table.
    enum CurrencyRole : int { CurrencyName = 0, CurrencySymbol = 1, CurrencyCode = 2 };
    // Payload roles in the unit table.
    enum UnitRole : int { UnitName = 0, UnitSymbol = 1, UnitGlued = 2, UnitCompoundName = 3 };
    // Payload roles in the magnitude table.
    enum MagnitudeRole : int { MagnitudeWord = 0, MagnitudeSymbol = 1, MagnitudeMoney = 2 };

    static std::shared_ptr<const QuantityLexicon> compile(const LexiconSet &lexicons,
                                                          QStringList *errors);

    std::vector<NumberWord> words;
    std::vector<Magnitude> magnitudes;
    std::vector<Currency> currencies;
    std::vector<Unit> units;
    std::vector<Modifier> modifiers;

    QuantityPhraseTable wordTable;             // payload: index into words
    QuantityPhraseTable magnitudeTable;        // payload: index * 4 + MagnitudeRole
    QuantityPhraseTable currencyTable;         // payload: index * 4 + CurrencyRole
    QuantityPhraseTable unitTable;             // payload: index * 4 + UnitRole
    QuantityPhraseTable modifiersBefore{true}; // backward; payload: index into modifiers
    QuantityPhraseTable modifiersAfter;        // payload: index into modifiers
    // Spellings that are a mention on their own, without an amount ("the
    // dollar", "a percentage"); payload: index * 2 + (0 currency, 1 unit).
    QuantityPhraseTable bareTable;
    // Scale letters written before a currency code ("MUSD"): letter -> magnitude.
    std::vector<std::pair<char16_t, int>> codePrefixes;

    // Whether an amount may start at this word or sign: a number word, a
    // currency symbol or code, a percent word ("percent of 10"). The scanner
    // tries no other word, which keeps it fast on ordinary text.
    bool mayStart(const QuantityToken &t) const {
        for (std::size_t s = (t.fold ^ (t.fold >> 29)) & m_starterMask;;
             s = (s + 1) & m_starterMask) {
            if (m_starters[s] == t.fold)
                return true;
            if (m_starters[s] == 0)
                return false;
        }
    }
    void addStarter(QStringView phrase);
    void finishStarters();

private:
    std::vector<std::uint64_t> m_starterList;
    std::vector<std::uint64_t> m_starters{0};
    std::size_t m_starterMask = 0;
};

} // namespace cc
