#include "extract/EntityWords.h"

#include "lexicon/LexiconSet.h"

namespace cc {

EntityWords::EntityWords(const LexiconSet &lexicons) {
    for (const LexiconEntry &e : lexicons.entries(QStringLiteral("entities"))) {
        const QString key = e.string("key").trimmed();
        const QString kind = e.string("kind");
        if (key.isEmpty()) {
            m_errors << e.where() + QStringLiteral(": entities: entry without a \"key\"");
            continue;
        }
        if (kind == QLatin1String("non_entity"))
            m_nonEntity.insert(key);
        else if (kind == QLatin1String("title"))
            m_title.insert(key);
        else if (kind == QLatin1String("variant"))
            m_variant.insert(key);
        else if (kind == QLatin1String("corporate_suffix"))
            m_suffix.insert(key);
        else if (kind == QLatin1String("place"))
            m_place.insert(key);
        else if (kind == QLatin1String("anaphor"))
            m_anaphors << key.toLower();
        else if (kind == QLatin1String("quantity_suffix"))
            m_quantitySuffix.insert(key);
        else
            m_errors << e.where() +
                            QStringLiteral(": entities: \"kind\" of %1 is \"%2\"; expected "
                                           "non_entity, title, variant, corporate_suffix, place, "
                                           "anaphor or quantity_suffix")
                                .arg(key, kind);
    }
    // Outlets are sources, never the subject of a claim.
    for (const LexiconEntry &e : lexicons.entries(QStringLiteral("outlets"))) {
        m_outlet.insert(e.string("key").toCaseFolded());
        for (const QString &alias : e.strings("aliases"))
            m_outlet.insert(alias.toCaseFolded());
    }
}

const EntityWords &EntityWords::standard() {
    static const LexiconSet lexicons = LexiconSet::loadDefault();
    static const EntityWords words(lexicons);
    return words;
}

bool EntityWords::isQuantityToken(const QString &token) const {
    qsizetype i = 0;
    const qsizetype n = token.size();
    if (n == 0 || !token[0].isDigit())
        return false;
    while (i < n &&
           (token[i].isDigit() || token[i] == QLatin1Char('.') || token[i] == QLatin1Char(',')))
        ++i;
    if (i == n)
        return true; // a bare number
    return m_quantitySuffix.contains(token.mid(i));
}

QString entityFoldKey(const QString &name, const EntityWords &words) {
    QString s = name;
    s.replace(QChar(0x2019), QLatin1Char('\''));
    if (s.endsWith(QLatin1String("'s")))
        s.chop(2);
    QStringList parts;
    QString current;
    for (QChar c : s) {
        if (c.isSpace() || c == QLatin1Char('-') || c.unicode() == 0x2010 ||
            c.unicode() == 0x2011) {
            if (!current.isEmpty())
                parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        parts << current;
    while (parts.size() > 1) {
        QString last = parts.back();
        if (last.endsWith(QLatin1Char('.')))
            last.chop(1);
        if (!words.isCorporateSuffix(last))
            break;
        parts.removeLast();
    }
    return parts.join(QLatin1Char(' ')).toCaseFolded();
}

} // namespace cc
