// Throughput of the sentence splitter and both taggers on the seed folder
// concatenated (MB/s via SetBytesProcessed). Skips when ../shared is absent.
#include "extract/Extractor.h"
#include "extract/QuantityTagger.h"
#include "extract/SentenceSplitter.h"
#include "extract/TimeTagger.h"
#include "lexicon/LexiconSet.h"

#include <QDir>
#include <QFile>
#include <benchmark/benchmark.h>

namespace {

const QString &seedText() {
    static const QString text = [] {
        QString all;
        QDir dir(QStringLiteral(CROSSCHECK_SHARED_DIR "/corpus/seeds"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
        }
        return all;
    }();
    return text;
}

const cc::LexiconSet &lexicons() {
    static const cc::LexiconSet set = cc::LexiconSet::loadDefault();
    return set;
}

void setBytes(benchmark::State &state, const QString &text) {
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.toUtf8().size());
}

void BM_SentenceSplitter(benchmark::State &state) {
    const QString &text = seedText();
    if (text.isEmpty())
        return state.SkipWithError("../shared/corpus/seeds is absent");
    const cc::SentenceSplitter splitter(lexicons());
    for (auto _ : state)
        benchmark::DoNotOptimize(splitter.split(text));
    setBytes(state, text);
}
BENCHMARK(BM_SentenceSplitter)->Unit(benchmark::kMillisecond);

void BM_TimeTagger(benchmark::State &state) {
    const QString &text = seedText();
    if (text.isEmpty())
        return state.SkipWithError("../shared/corpus/seeds is absent");
    const cc::TimeTagger tagger(lexicons());
    for (auto _ : state)
        benchmark::DoNotOptimize(tagger.tag(text, QDate(2026, 5, 1)));
    setBytes(state, text);
}
BENCHMARK(BM_TimeTagger)->Unit(benchmark::kMillisecond);

void BM_QuantityTagger(benchmark::State &state) {
    const QString &text = seedText();
    if (text.isEmpty())
        return state.SkipWithError("../shared/corpus/seeds is absent");
    const cc::QuantityTagger tagger(lexicons());
    for (auto _ : state)
        benchmark::DoNotOptimize(tagger.tag(text));
    setBytes(state, text);
}
BENCHMARK(BM_QuantityTagger)->Unit(benchmark::kMillisecond);

// The whole extraction of one document (splitter, names, both taggers, frames,
// modality) on the seed folder as one plain-text briefing.
void BM_Extractor(benchmark::State &state) {
    const QString &text = seedText();
    if (text.isEmpty())
        return state.SkipWithError("../shared/corpus/seeds is absent");
    const cc::Extractor extractor(lexicons());
    cc::Document doc;
    doc.path = QStringLiteral("seeds.txt");
    doc.format = QStringLiteral("txt");
    doc.text = text;
    doc.published = cc::DateInterval::day(QDate(2026, 5, 1));
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor.extract(doc));
    setBytes(state, text);
}
BENCHMARK(BM_Extractor)->Unit(benchmark::kMillisecond);

} // namespace
