// Throughput of the time tagger alone on the seed briefings, line by line as the
// conformance harness feeds them and as one text (MB/s of UTF-8 via SetBytesProcessed),
// plus its start-up (loading the lexicons and building the word table).
// Skips when ../shared is absent.
#include "extract/TimeTagger.h"
#include "lexicon/LexiconSet.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <benchmark/benchmark.h>

namespace {

const QStringList &seedLines() {
    static const QStringList lines = [] {
        QStringList out;
        QDir dir(QStringLiteral(CROSSCHECK_SHARED_DIR "/corpus/seeds"));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                if (!trimmed.isEmpty())
                    out << trimmed;
            }
        }
        return out;
    }();
    return lines;
}

const cc::LexiconSet &lexicons() {
    static const cc::LexiconSet set = cc::LexiconSet::loadDefault();
    return set;
}

int64_t utf8Bytes(const QStringList &lines) {
    int64_t n = 0;
    for (const QString &l : lines)
        n += l.toUtf8().size();
    return n;
}

void BM_TimeTaggerLines(benchmark::State &state) {
    const QStringList &lines = seedLines();
    if (lines.isEmpty())
        return state.SkipWithError("../shared/corpus/seeds is absent");
    const cc::TimeTagger tagger(lexicons());
    const QDate reference(2026, 5, 1);
    for (auto _ : state) {
        for (const QString &line : lines)
            benchmark::DoNotOptimize(tagger.tag(line, reference));
    }
    state.SetBytesProcessed(state.iterations() * utf8Bytes(lines));
}
BENCHMARK(BM_TimeTaggerLines)->Unit(benchmark::kMillisecond);

void BM_TimeTaggerWholeText(benchmark::State &state) {
    const QStringList &lines = seedLines();
    if (lines.isEmpty())
        return state.SkipWithError("../shared/corpus/seeds is absent");
    const QString text = lines.join(QLatin1Char('\n'));
    const cc::TimeTagger tagger(lexicons());
    for (auto _ : state)
        benchmark::DoNotOptimize(tagger.tag(text, QDate(2026, 5, 1)));
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}
BENCHMARK(BM_TimeTaggerWholeText)->Unit(benchmark::kMillisecond);

void BM_TimeTaggerStartup(benchmark::State &state) {
    const cc::LexiconSet &set = lexicons();
    for (auto _ : state)
        benchmark::DoNotOptimize(cc::TimeTagger(set));
}
BENCHMARK(BM_TimeTaggerStartup)->Unit(benchmark::kMillisecond);

} // namespace
