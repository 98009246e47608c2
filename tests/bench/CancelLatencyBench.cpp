// How long a scan takes to stop after Cancel: a full scan of a generated folder runs on
// a worker thread (as in the GUI), the cancel flag is raised after a delay, and the time
// from the flag to ScanPipeline::run() returning is what each iteration reports.
//
//   python3 tests/bench/make_corpus 10000 /tmp/c10k
//   CROSSCHECK_BENCH_FOLDER=/tmp/c10k build/tests/bench/CancelLatencyBench
//
// The delay grows with the iteration (0.5 s, 1 s, 2 s, ...), so cancels land while
// reading early files and deep into the folder. Skips without the folder.
#include "lexicon/LexiconSet.h"
#include "pipeline/ScanPipeline.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace {

void BM_CancelLatency(benchmark::State &state) {
    const QString folder = qEnvironmentVariable("CROSSCHECK_BENCH_FOLDER");
    if (folder.isEmpty())
        return state.SkipWithError("set CROSSCHECK_BENCH_FOLDER to a folder (make_corpus)");
    const cc::LexiconSet lexicons = cc::LexiconSet::loadDefault();
    const auto delay = std::chrono::milliseconds(state.range(0));
    double worst = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        QString error;
        auto store = cc::ProjectStore::open(dir.filePath(QStringLiteral("p.sqlite")), &error);
        if (!store)
            return state.SkipWithError(error.toStdString().c_str());
        std::atomic_bool cancel{false};
        std::atomic<std::chrono::steady_clock::time_point::rep> returned{0};
        cc::ScanSummary summary;
        std::thread worker([&] {
            cc::ScanPipeline pipeline(*store, lexicons);
            cc::ScanPipeline::Options options;
            options.cancel = &cancel;
            pipeline.run(folder, options, &summary, &error);
            returned = std::chrono::steady_clock::now().time_since_epoch().count();
        });
        std::this_thread::sleep_for(delay);
        const auto raised = std::chrono::steady_clock::now();
        cancel = true;
        worker.join();
        const std::chrono::steady_clock::time_point end{
            std::chrono::steady_clock::duration(returned.load())};
        const double seconds = std::chrono::duration<double>(end - raised).count();
        state.SetIterationTime(std::max(seconds, 0.0));
        worst = std::max(worst, seconds);
        if (!summary.cancelled)
            state.counters["finished_before_cancel"] = 1;
    }
    state.counters["worst_ms"] = worst * 1000;
}
BENCHMARK(BM_CancelLatency)
    ->Arg(500)
    ->Arg(2000)
    ->Arg(8000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
