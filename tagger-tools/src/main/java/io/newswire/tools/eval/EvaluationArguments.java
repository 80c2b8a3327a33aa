package io.newswire.tools.eval;

import java.nio.file.Path;

/**
 * The command line the evaluations share: {@code [dataDir] [--errors file]}; the data directory defaults to
 * {@code ../shared/data} (from the repository root), and {@code errors} is null when no listing is asked for.
 */
record EvaluationArguments(Path data, Path errors) {

    static EvaluationArguments parse(String[] args) {
        Path data = Path.of("../shared/data");
        Path errors = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--errors") && i + 1 < args.length) {
                errors = Path.of(args[++i]);
            } else {
                data = Path.of(args[i]);
            }
        }
        return new EvaluationArguments(data, errors);
    }
}
