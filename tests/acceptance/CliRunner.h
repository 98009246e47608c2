#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace cc::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs the built crosscheck executable (or another program) and collects its output.
CliResult runCrosscheck(const QStringList &args, const QByteArray &input = QByteArray());
CliResult runProgram(const QString &program, const QStringList &args,
                     const QByteArray &input = QByteArray());
QJsonDocument parseJson(const QByteArray &bytes);

} // namespace cc::test
