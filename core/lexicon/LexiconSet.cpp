#include "lexicon/LexiconSet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

static void initLexiconResources() {
    Q_INIT_RESOURCE(lexicons);
}

namespace cc {

namespace {

int lineAt(const QByteArray &data, qsizetype offset) {
    return 1 + static_cast<int>(data.left(offset).count('\n'));
}

// Line numbers of the objects inside the top-level "entries" array, in order.
// QJsonDocument keeps no positions, so a small scan over the raw bytes finds them.
std::vector<int> entryLines(const QByteArray &data) {
    std::vector<int> lines;
    const qsizetype key = data.indexOf("\"entries\"");
    if (key < 0)
        return lines;
    qsizetype i = data.indexOf('[', key);
    if (i < 0)
        return lines;
    int depth = 0;
    bool inString = false;
    int line = lineAt(data, i);
    for (; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 1 && c == '{')
                lines.push_back(line);
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                break;
        }
    }
    return lines;
}

const std::vector<LexiconEntry> kNoEntries;

} // namespace

QStringList LexiconEntry::strings(const char *key) const {
    const QJsonValue v = object.value(QLatin1String(key));
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

QString LexiconSet::userLexiconDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/crosscheck/lexicons");
}

LexiconSet LexiconSet::loadDefault(const QString &projectLexiconDir) {
    initLexiconResources();
    LexiconSet set;
    set.addLayer(QStringLiteral(":/lexicons"));
    set.addLayer(userLexiconDir());
    if (!projectLexiconDir.isEmpty())
        set.addLayer(projectLexiconDir);
    return set;
}

bool LexiconSet::addLayer(const QString &dir) {
    QDir d(dir);
    if (!d.exists())
        return true;
    bool ok = true;
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        ok = addFile(d.filePath(f)) && ok;
    return ok;
}

bool LexiconSet::addFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors << path + QStringLiteral(": cannot read lexicon: ") + file.errorString();
        return false;
    }
    return addData(file.readAll(), path);
}

bool LexiconSet::addData(const QByteArray &data, const QString &fileName) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        m_errors << QStringLiteral("%1:%2: invalid JSON: %3")
                        .arg(fileName)
                        .arg(lineAt(data, err.offset))
                        .arg(err.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() ||
        root.value(QLatin1String("schema")).toString() != QLatin1String("crosscheck.lexicon/1")) {
        m_errors << fileName +
                        QStringLiteral(
                            ":1: not a lexicon (expected \"schema\": \"crosscheck.lexicon/1\")");
        return false;
    }
    const QString name = root.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        m_errors << fileName + QStringLiteral(":1: lexicon has no \"name\"");
        return false;
    }
    const QJsonValue entriesValue = root.value(QLatin1String("entries"));
    if (!entriesValue.isArray()) {
        m_errors << fileName + QStringLiteral(":1: lexicon has no \"entries\" array");
        return false;
    }
    const QJsonArray entries = entriesValue.toArray();
    const std::vector<int> lines = entryLines(data);
    std::vector<LexiconEntry> parsed;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int line = i < static_cast<qsizetype>(lines.size()) ? lines[i] : 1;
        if (!entries[i].isObject()) {
            m_errors << QStringLiteral("%1:%2: entry %3 is not an object")
                            .arg(fileName)
                            .arg(line)
                            .arg(i + 1);
            return false;
        }
        parsed.push_back({entries[i].toObject(), fileName, line});
    }

    Lexicon &lex = m_lexicons[name];
    lex.name = name;
    // Index of each keyed entry, so a later layer's entry replaces it in O(1).
    QHash<QString, size_t> byKey;
    for (size_t i = 0; i < lex.entries.size(); ++i) {
        const QString key = lex.entries[i].string("key");
        if (!key.isEmpty())
            byKey.insert(key, i);
    }
    for (LexiconEntry &e : parsed) {
        const QString key = e.string("key");
        const auto same = key.isEmpty() ? byKey.constEnd() : byKey.constFind(key);
        if (same != byKey.constEnd()) {
            lex.entries[*same] = std::move(e);
        } else {
            if (!key.isEmpty())
                byKey.insert(key, lex.entries.size());
            lex.entries.push_back(std::move(e));
        }
    }
    m_hashInput += fileName.section(QLatin1Char('/'), -1).toUtf8() + '\0' + data + '\0';
    return true;
}

const Lexicon *LexiconSet::find(const QString &name) const {
    const auto it = m_lexicons.find(name);
    return it == m_lexicons.end() ? nullptr : &it->second;
}

const std::vector<LexiconEntry> &LexiconSet::entries(const QString &name) const {
    const Lexicon *lex = find(name);
    return lex ? lex->entries : kNoEntries;
}

QStringList LexiconSet::names() const {
    QStringList out;
    for (const auto &[name, lex] : m_lexicons)
        out << name;
    return out;
}

QByteArray LexiconSet::hash() const {
    return QCryptographicHash::hash(m_hashInput, QCryptographicHash::Sha256).toHex();
}

} // namespace cc
