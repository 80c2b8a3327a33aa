package io.newswire.tools.names;

import io.newswire.tagger.names.NameLexicon;
import io.newswire.tagger.names.NameModel;
import io.newswire.tagger.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the shipped name model on the GUM documents whose licence allows it ({@link GumCorpus#TRAINABLE_GENRES})
 * and writes it to the tagger's resources. Deterministic: the same corpus and lexicon give the same bytes.
 * Usage: {@code NameModelTrainer [dataDir] [lexicon.bin.gz] [model.bin.gz]}.
 */
public final class NameModelTrainer {

    /** 2^20 feature buckets: few collisions for the ~0.5M distinct features of the training text. */
    public static final int BITS = 20;
    public static final int EPOCHS = 10;
    public static final long SEED = 20240501L;
    public static final double WORD_DROPOUT = 0.7;
    public static final int ENSEMBLE = 5;

    private NameModelTrainer() {
    }

    /** A model trained on the trainable-genre texts among {@code texts}. */
    public static NameModel train(List<AnnotatedText> texts, NameLexicon lexicon) {
        Tokenizer tokenizer = new Tokenizer();
        List<LabeledText> labeled = new ArrayList<>();
        for (AnnotatedText text : texts) {
            if (GumCorpus.trainable(text)) {
                labeled.add(LabeledText.of(text, tokenizer));
            }
        }
        NameModel sum = NameModel.empty(BITS);
        for (int k = 0; k < ENSEMBLE; k++) {
            NameModel model = new AveragedPerceptron(BITS, EPOCHS, SEED + k, WORD_DROPOUT).train(labeled, lexicon);
            add(model.weights(), sum.weights());
            add(model.transitions(), sum.transitions());
        }
        return sum;
    }

    private static void add(float[] from, float[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] += from[i];
        }
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path resources = Path.of("tagger/src/main/resources/io/newswire/tagger/names");
        Path lexiconFile = Path.of(args.length > 1 ? args[1] : resources.resolve("lexicon.bin.gz").toString());
        Path out = Path.of(args.length > 2 ? args[2] : resources.resolve("name-model.bin.gz").toString());
        NameLexicon lexicon;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(lexiconFile))) {
            lexicon = NameLexicon.read(in);
        }
        NameModel model = train(GumCorpus.read(dataDir), lexicon);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
             GZIPOutputStream gzip = new GZIPOutputStream(file, 1 << 16)) {
            model.write(gzip);
        }
        System.out.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
    }
}
