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
        if (kind == QLatin1String("non_entity")) {
            m_nonEntity.insert(key);
            m_nonEntityFolded.insert(key.toLower());
        } else if (kind == QLatin1String("title")) {
            m_title.insert(key);
            m_nonEntityFolded.insert(key.toLower());
        } else if (kind == QLatin1String("variant"))
            m_variant.insert(key);
        else if (kind == QLatin1String("corporate_suffix")) {
            m_suffix.insert(key);
            m_suffixFolded.insert(key.toCaseFolded());
        } else if (kind == QLatin1String("place"))
            m_place.insert(key);
        else if (kind == QLatin1String("anaphor"))
            m_anaphors.push_back({key.toLower(), e.string("refers") == QLatin1String("actor")});
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
    // One pass: lower case, hyphens and runs of spaces made one space, "'s" dropped.
    QString out(name.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype len = 0;
    qsizetype end = name.size();
    if (end >= 2 && (name[end - 2] == QLatin1Char('\'') || name[end - 2].unicode() == 0x2019) &&
        (name[end - 1] == QLatin1Char('s') || name[end - 1] == QLatin1Char('S')))
        end -= 2;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = name[i];
        if (c.isSpace() || c == QLatin1Char('-') || c.unicode() == 0x2010 ||
            c.unicode() == 0x2011) {
            pendingSpace = len > 0;
            continue;
        }
        if (pendingSpace) {
            dst[len++] = QLatin1Char(' ');
            pendingSpace = false;
        }
        dst[len++] = c.toCaseFolded();
    }
    out.truncate(len);
    // A trailing corporate suffix goes ("acme inc" -> "acme"), more than one word remaining.
    while (true) {
        const qsizetype sp = out.lastIndexOf(QLatin1Char(' '));
        if (sp <= 0)
            break;
        QString last = name.isEmpty() ? QString() : out.mid(sp + 1);
        if (last.endsWith(QLatin1Char('.')))
            last.chop(1);
        if (!words.isCorporateSuffixFolded(last))
            break;
        out.truncate(sp);
    }
    return out;
}

} // namespace cc
