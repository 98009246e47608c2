#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace cc {

// A cell of a table row read back from plain text: its text and where it stands.
struct TextCell {
    qsizetype start = 0; // offsets into the row text
    qsizetype end = 0;
    QString text;
};

// Reads cells back from table rows that reached plain text, either with
// separators left (tabs, pipes, runs of spaces) or with the separators lost
// when a table was pasted as text ("ModelTraining HardwareParameters"): then
// cells are cut where a lower-case letter meets an upper-case one, a capital
// run meets a capitalized word, a digit meets a capitalized word, a closing
// bracket meets the next cell, or a "~"/"$" starts an amount. Names written in
// camel case elsewhere in the document ("DeepMind") are never cut.
class GluedTableSplitter {
public:
    enum class Mode { Tabs, Pipes, Spaces, Glued };

    // How often each camel-case word stands alone in `text`. Words standing alone
    // outside the table itself are kept whole in glued rows.
    static QHash<QString, int> camelCaseCounts(QStringView text);
    // The separator style shared by all rows, Glued when none.
    static Mode modeFor(const std::vector<QStringView> &rows);
    static std::vector<TextCell> cells(QStringView row, Mode mode, const QSet<QString> &keepWhole);
};

} // namespace cc
