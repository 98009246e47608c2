#include "CommandLine.h"

#include "extract/TagHarness.h"
#include "lexicon/LexiconSet.h"
#include "pipeline/ScanPipeline.h"
#include "report/PdfReportWriter.h"
#include "report/ReportWriter.h"
#include "store/ProjectRecovery.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <limits>
#include <optional>

namespace cc {

namespace {

QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

// Parsed arguments of one subcommand.
struct Options {
    QString command;
    QString folder;
    QString project;
    QString format = QStringLiteral("json");
    QString output;
    QString reference;
    bool rebuild = false;
    bool formatGiven = false;
    qint64 maxFileSize = ScanPipeline::Options().maxFileSize;
};

// "--max-file-size" takes bytes, or a number with K, M or G (powers of 1024).
std::optional<qint64> parseSize(const QString &text) {
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (!digits.isEmpty()) {
        switch (digits.back().toUpper().toLatin1()) {
        case 'K':
            unit = 1024;
            break;
        case 'M':
            unit = 1024ll * 1024;
            break;
        case 'G':
            unit = 1024ll * 1024 * 1024;
            break;
        default:
            break;
        }
        if (unit != 1)
            digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<qint64>::max() / unit)
        return std::nullopt;
    return value * unit;
}

const QStringList kCommands = {QStringLiteral("scan"), QStringLiteral("conflicts"),
                               QStringLiteral("claims"), QStringLiteral("tag")};

std::optional<Options> parse(const QStringList &args, QString *problem) {
    Options o;
    o.command = args.value(0);
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto value = [&](QString *target) {
            if (i + 1 >= args.size()) {
                *problem = a + QStringLiteral(" needs a value");
                return false;
            }
            *target = args[++i];
            return true;
        };
        if (a == QLatin1String("--project")) {
            if (!value(&o.project))
                return std::nullopt;
        } else if (a == QLatin1String("--format")) {
            if (!value(&o.format))
                return std::nullopt;
            o.formatGiven = true;
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&o.output))
                return std::nullopt;
        } else if (a == QLatin1String("--reference")) {
            if (!value(&o.reference))
                return std::nullopt;
        } else if (a == QLatin1String("--max-file-size")) {
            QString text;
            if (!value(&text))
                return std::nullopt;
            const std::optional<qint64> size = parseSize(text);
            if (!size) {
                *problem = QStringLiteral("--max-file-size takes a number of bytes greater than "
                                          "zero (K, M or G may follow), not ") +
                           text;
                return std::nullopt;
            }
            o.maxFileSize = *size;
        } else if (a == QLatin1String("--rebuild")) {
            o.rebuild = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            *problem = QStringLiteral("unknown option ") + a;
            return std::nullopt;
        } else if (o.folder.isEmpty()) {
            o.folder = a;
        } else {
            *problem = QStringLiteral("unexpected argument ") + a;
            return std::nullopt;
        }
    }
    return o;
}

int usageError(const QString &problem) {
    err() << "crosscheck: " << problem << "\n"
          << "Try 'crosscheck --help'.\n";
    err().flush();
    return CommandLine::kUsage;
}

int failure(const QString &message) {
    err() << "crosscheck: " << message << "\n";
    err().flush();
    return CommandLine::kFailure;
}

bool writeOutput(const QString &path, const QByteArray &bytes, QString *error) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    // QSaveFile: the report appears whole or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString projectLexiconDir(const QString &projectPath) {
    return QFileInfo(projectPath).absolutePath() + QStringLiteral("/.crosscheck-lexicons");
}

LexiconSet loadLexicons(const QString &projectPath, bool *ok) {
    LexiconSet lexicons = LexiconSet::loadDefault(projectLexiconDir(projectPath));
    *ok = true;
    for (const QString &e : lexicons.errors()) {
        err() << "crosscheck: lexicon error: " << e << "\n";
        *ok = false;
    }
    err().flush();
    return lexicons;
}

void printSummary(const ScanSummary &summary, const ProjectStore &store) {
    QTextStream &o = out();
    const std::vector<Document> docs = store.documents();
    o << "Documents: " << docs.size() << " (" << summary.documentsRead << " read, "
      << summary.documentsUnchanged << " unchanged, " << summary.documentsRemoved << " removed)\n";
    for (const Document &d : docs) {
        o << "  " << d.path << "  [" << d.format << "]  published: "
          << (d.published ? d.published->toIso() + QStringLiteral(" (") +
                                toString(d.published->precision) + QLatin1Char(')')
                          : QStringLiteral("none stated"));
        if (!d.outlet.isEmpty())
            o << "  outlet: " << d.outlet;
        o << "\n";
        if (!d.title.isEmpty())
            o << "      title: " << d.title << "\n";
        for (const QString &w : d.warnings)
            o << "      warning: " << w << "\n";
    }
    if (!summary.skipped.empty()) {
        o << "Skipped: " << summary.skipped.size() << "\n";
        for (const SkippedFile &s : summary.skipped)
            o << "  " << s.path << ": " << s.reason << "\n";
    }
    o << "Sentences read: " << summary.sentences << "\n";
    o << "Claims: " << summary.claims << "\n";
    o << "Conflicts: " << summary.conflicts << "\n";
    if (summary.cancelled)
        o << "Scan cancelled: the project is unchanged.\n";
    o.flush();
}

// Opens the project for a folder (or the given file) and, with a folder, brings it up to date.
std::unique_ptr<ProjectStore> openProject(const Options &o, bool scan, bool quiet, int *code) {
    QString projectPath = o.project;
    if (!o.folder.isEmpty()) {
        QFileInfo info(o.folder);
        if (!info.exists() || !info.isDir()) {
            *code = failure(QStringLiteral("%1 is not a folder").arg(o.folder));
            return nullptr;
        }
        if (projectPath.isEmpty())
            projectPath = ProjectStore::defaultPathFor(o.folder);
    } else if (projectPath.isEmpty()) {
        *code = usageError(QStringLiteral("%1 needs a FOLDER or --project FILE").arg(o.command));
        return nullptr;
    } else if (!QFileInfo::exists(projectPath)) {
        *code = failure(QStringLiteral("no project file at %1").arg(projectPath));
        return nullptr;
    }

    QString error;
    std::unique_ptr<ProjectStore> store;
    if (scan && o.rebuild && !o.folder.isEmpty()) {
        // A rebuild checks the whole file and sets a damaged one aside.
        RecoveryReport recovery;
        store = ProjectRecovery::openForRebuild(projectPath, &error, &recovery);
        if (recovery.setAside) {
            err() << "crosscheck: " << recovery.damage << ".\n"
                  << "crosscheck: moved it aside to "
                  << QDir::toNativeSeparators(recovery.asidePath)
                  << " (kept, never deleted); rebuilding the project from the folder\n";
            err() << "crosscheck: carried over " << recovery.reviews << " review(s), "
                  << recovery.aliases << " entity alias(es) and " << recovery.rejectedClaims
                  << " claim rejection(s)\n";
            for (const QString &p : recovery.problems)
                err() << "crosscheck: could not carry over " << p << "\n";
            err().flush();
        }
    } else {
        store = ProjectStore::open(projectPath, &error);
    }
    if (!store) {
        *code = failure(error);
        return nullptr;
    }
    if (scan && !o.folder.isEmpty()) {
        bool lexOk = false;
        const LexiconSet lexicons = loadLexicons(projectPath, &lexOk);
        if (!lexOk) {
            *code = failure(QStringLiteral("fix the lexicon errors above and scan again"));
            return nullptr;
        }
        ScanPipeline pipeline(*store, lexicons);
        ScanPipeline::Options options;
        options.rebuild = o.rebuild;
        options.maxFileSize = o.maxFileSize;
        ScanSummary summary;
        if (!pipeline.run(QDir(o.folder).absolutePath(), options, &summary, &error)) {
            *code = failure(QStringLiteral("scan failed, the project is unchanged: ") + error);
            return nullptr;
        }
        if (store->isDamaged()) {
            *code = failure(store->damageMessage());
            return nullptr;
        }
        if (!quiet) {
            printSummary(summary, *store);
        } else {
            for (const SkippedFile &s : summary.skipped)
                err() << "crosscheck: skipped " << s.path << ": " << s.reason << "\n";
            err().flush();
        }
    }
    *code = CommandLine::kSuccess;
    return store;
}

ReportInput reportInput(const Options &o, const ProjectStore &store, bool withClaims) {
    ReportInput input;
    input.folder = o.folder.isEmpty() ? store.setting(QStringLiteral("folder")) : o.folder;
    input.documents = store.documents();
    input.conflicts = store.conflicts();
    input.orphanReviews = store.orphanReviews();
    if (withClaims)
        input.claims = store.claims();
    return input;
}

} // namespace

bool CommandLine::isHeadless(const QStringList &args) {
    const QString first = args.value(0);
    if (kCommands.contains(first) || first == QLatin1String("--help") ||
        first == QLatin1String("-h") || first == QLatin1String("--version") ||
        (first.startsWith(QLatin1Char('-')) && first.size() > 1))
        return true;
    // "crosscheck FOLDER" opens the GUI; a word that is neither a command nor
    // a folder is a mistyped command: a usage error, not a window.
    return !first.isEmpty() && !QFileInfo(first).isDir();
}

bool CommandLine::needsGuiApplication(const QStringList &args) {
    const int i = args.indexOf(QStringLiteral("--format"));
    return args.value(0) == QLatin1String("conflicts") && i >= 0 &&
           args.value(i + 1).toLower() == QLatin1String("pdf");
}

QString CommandLine::usage() {
    return QStringLiteral(
        "Usage:\n"
        "  crosscheck                                 open the GUI (last project or a welcome "
        "screen)\n"
        "  crosscheck FOLDER                          open the GUI on a folder\n"
        "  crosscheck scan FOLDER [--project FILE] [--rebuild] [--max-file-size BYTES]\n"
        "                                             bring the project up to date; print a "
        "summary\n"
        "  crosscheck conflicts FOLDER [--project FILE] [--format json|csv|md|html|pdf] [-o OUT]\n"
        "  crosscheck conflicts --project FILE [--format ...] [-o OUT]\n"
        "                                             report from an existing project, no scan\n"
        "  crosscheck claims FOLDER [--project FILE] [--format json|csv] [-o OUT]\n"
        "  crosscheck tag [--reference YYYY-MM-DD]    taggers' harness: one request per stdin "
        "line\n"
        "  crosscheck --help | --version\n"
        "\n"
        "Without --project the project file is FOLDER/.crosscheck.sqlite (or a per-user\n"
        "location when the folder is read-only). Exit status: 0 success, 1 failure, 2 usage.\n"
        "\n"
        "scan, claims and conflicts with a FOLDER skip files over --max-file-size bytes\n"
        "(K, M or G may follow; default 64M). --rebuild re-reads every file; a damaged\n"
        "project file is moved aside to FILE.damaged-YYYYMMDD-HHMMSS (never deleted) and\n"
        "the reviews that can still be read are carried into the new one.\n");
}

int CommandLine::run(const QStringList &args) {
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << usage();
        out().flush();
        return kSuccess;
    }
    if (first == QLatin1String("--version")) {
        out() << "crosscheck " << CROSSCHECK_VERSION << " (engine " << ScanPipeline::engineVersion()
              << ")\n";
        out().flush();
        return kSuccess;
    }
    if (!kCommands.contains(first))
        return usageError(QStringLiteral("unknown command ") + first);

    QString problem;
    const std::optional<Options> parsed = parse(args, &problem);
    if (!parsed)
        return usageError(problem);
    const Options &o = *parsed;

    if (o.command == QLatin1String("tag")) {
        QDate reference = QDate::currentDate();
        if (!o.reference.isEmpty()) {
            reference = QDate::fromString(o.reference.left(10), Qt::ISODate);
            if (!reference.isValid())
                return usageError(QStringLiteral("--reference takes YYYY-MM-DD"));
        }
        bool lexOk = false;
        const LexiconSet lexicons = loadLexicons(QString(), &lexOk);
        if (!lexOk)
            return failure(QStringLiteral("fix the lexicon errors above"));
        std::ios::sync_with_stdio(false);
        TagHarness(lexicons, reference).run(std::cin, std::cout);
        return kSuccess;
    }

    int code = kSuccess;
    if (o.command == QLatin1String("scan")) {
        if (o.folder.isEmpty())
            return usageError(QStringLiteral("scan needs a FOLDER"));
        openProject(o, true, false, &code);
        return code;
    }

    const bool claims = o.command == QLatin1String("claims");
    const std::optional<ReportFormat> format = ReportWriter::parseFormat(o.format);
    if (!format || (claims && *format != ReportFormat::Json && *format != ReportFormat::Csv))
        return usageError(QStringLiteral("unsupported --format ") + o.format);

    std::unique_ptr<ProjectStore> store = openProject(o, true, true, &code);
    if (!store)
        return code;
    const ReportInput input = reportInput(o, *store, claims);
    // A read that met a damaged page may have left rows out: no report then.
    if (store->isDamaged())
        return failure(store->damageMessage());
    QString error;
    if (*format == ReportFormat::Pdf) {
        if (o.output.isEmpty() || o.output == QLatin1String("-"))
            return usageError(QStringLiteral("--format pdf needs -o FILE"));
        if (!PdfReportWriter::write(input, o.output, &error))
            return failure(error);
        return kSuccess;
    }
    const QByteArray bytes =
        claims ? ReportWriter::claims(*format, input) : ReportWriter::conflicts(*format, input);
    if (!writeOutput(o.output, bytes, &error))
        return failure(error);
    return kSuccess;
}

} // namespace cc
