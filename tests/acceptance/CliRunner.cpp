#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace cc::test {

CliResult runProgram(const QString &program, const QStringList &args, const QByteArray &input) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliResult r;
    if (!p.waitForStarted(30000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Generous: the sanitizer build is several times slower than a release build.
    r.finished = p.waitForFinished(600000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliResult runCrosscheck(const QStringList &args, const QByteArray &input) {
    return runProgram(QStringLiteral(CROSSCHECK_EXECUTABLE), args, input);
}

QJsonDocument parseJson(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes); }

} // namespace cc::test
