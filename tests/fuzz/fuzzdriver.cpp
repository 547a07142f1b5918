// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a libFuzzer target without libFuzzer (any compiler): every file of the
// seed corpus, then a bounded number of deterministic mutations of them. This is
// the short fuzz run of the normal test suite; -DSISAMBANG_BUILD_FUZZ=ON with
// clang builds the same targets for real coverage-guided fuzzing.
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void runOne(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           static_cast<size_t>(input.size()));
}

QByteArray mutate(QByteArray input, std::mt19937 &random)
{
    // Bytes that matter to the parsers: quotes, separators, line ends, BOM parts,
    // invalid UTF-8, zip signatures and NULs.
    static const char interesting[] = {'"',  ',',    ';',    '\t',   '\r',   '\n',
                                       '\0', '\xEF', '\xBB', '\xBF', '\xFF', '\xC3',
                                       'P',  'K',    '\x03', '\x04', '<'};
    const int operations = 1 + static_cast<int>(random() % 8);
    for (int i = 0; i < operations; ++i) {
        const auto position = input.isEmpty() ? 0 : static_cast<qsizetype>(random() % input.size());
        switch (random() % 6) {
        case 0: // flip a byte
            if (!input.isEmpty()) {
                input[position] = static_cast<char>(input.at(position) ^ (1 << (random() % 8)));
            }
            break;
        case 1: // insert an interesting byte
            input.insert(position, interesting[random() % sizeof(interesting)]);
            break;
        case 2: // delete a run
            input.remove(position, static_cast<qsizetype>(random() % 16));
            break;
        case 3: // duplicate a run
            input.insert(position, input.mid(position, static_cast<qsizetype>(random() % 64)));
            break;
        case 4: // truncate
            input.truncate(position);
            break;
        default: // overwrite with a random byte
            if (!input.isEmpty()) {
                input[position] = static_cast<char>(random() % 256);
            }
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS]\n", argv[0]);
        return 2;
    }
    const long iterations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 20000;
    QList<QByteArray> corpus;
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            corpus << file.readAll();
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "empty corpus: %s\n", argv[1]);
        return 1;
    }
    for (const QByteArray &seed : corpus) {
        runOne(seed);
    }
    std::mt19937 random(20230220); // fixed: a failure reproduces
    for (long i = 0; i < iterations; ++i) {
        runOne(mutate(corpus.at(static_cast<qsizetype>(random() % corpus.size())), random));
    }
    std::printf("%lld seeds and %ld mutations ran clean\n", static_cast<long long>(corpus.size()),
                iterations);
    return 0;
}
