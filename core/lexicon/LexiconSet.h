#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace cc {

// One entry of a lexicon file, remembering where it came from so that
// validation errors can name the file and line.
struct LexiconEntry {
    QJsonObject object;
    QString file;
    int line = 0;

    QString where() const { return file + QLatin1Char(':') + QString::number(line); }
    QString string(const char *key) const { return object.value(QLatin1String(key)).toString(); }
    QStringList strings(const char *key) const;
};

struct Lexicon {
    QString name;
    std::vector<LexiconEntry> entries;
};

// Every lexicon the engine reads, layered: the built-in ones shipped in
// resources/lexicons (compiled in as Qt resources), then the analyst's per-user
// folder, then the project's folder; a later layer's entry with the same "key"
// replaces the earlier one, other entries are added.
//
// File format (schema "crosscheck.lexicon/1"):
//   {"schema": "crosscheck.lexicon/1", "name": "units", "description": "...",
//    "entries": [ {"key": "...", ...}, ... ]}
// Entry fields are each consumer's business; see docs/lexicons.md.
class LexiconSet {
public:
    // Built-in lexicons plus the per-user folder and, when given, the project's folder.
    static LexiconSet loadDefault(const QString &projectLexiconDir = QString());
    // Folders where the analyst's additions live.
    static QString userLexiconDir();

    // Loads every *.json in `dir` as one layer. Returns false and appends to errors() on failure;
    // a file with errors is skipped as a whole.
    bool addLayer(const QString &dir);
    // Loads one file as a layer (tests, fuzzing).
    bool addFile(const QString &path);
    bool addData(const QByteArray &json, const QString &fileName);

    const Lexicon *find(const QString &name) const;
    // Entries of a lexicon, empty when absent.
    const std::vector<LexiconEntry> &entries(const QString &name) const;
    QStringList names() const;

    // Hash over every loaded file's bytes: a change re-reads the documents.
    QByteArray hash() const;
    QStringList errors() const { return m_errors; }
    void addError(const QString &error) { m_errors << error; }

private:
    std::map<QString, Lexicon> m_lexicons;
    QStringList m_errors;
    QByteArray m_hashInput;
};

} // namespace cc
