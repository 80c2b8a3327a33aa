package io.newswire.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.tagger.places.PlaceTagger;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Measures the places stage alone on one thread: {@link PlaceTagger#tag} over the pre-tokenized texts of
 * {@code bench/news-long.jsonl.gz} (no names, no dates), after warm-up passes, in words (whitespace-separated) per
 * second of wall time and of the thread's CPU time (the latter stays meaningful on a shared, busy machine). Also reports the gazetteer's load time (wall and CPU) and the heap in use after loading.
 *
 * <p>Usage: {@code PlaceTaggerSpeed [data dir] [seconds]}, defaults {@code ../shared/data} and 10.
 */
public final class PlaceTaggerSpeed {

    private PlaceTaggerSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long loadStart = System.nanoTime();
        long loadCpuStart = threads.getCurrentThreadCpuTime();
        PlaceTagger tagger = PlaceTagger.load();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        double loadCpuMs = (threads.getCurrentThreadCpuTime() - loadCpuStart) / 1e6;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        System.out.printf("load: %.0f ms (%.0f ms CPU of the loading thread), heap after load and GC: %d MB%n",
                loadMs, loadCpuMs, heapMb);

        List<Tokens> documents = new ArrayList<>();
        long words = 0;
        Tokenizer tokenizer = new Tokenizer();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(data.resolve("bench/news-long.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String text = json.readTree(line).get("text").asText();
                documents.add(tokenizer.tokenize(text));
                words += text.isBlank() ? 0 : text.trim().split("\\s+").length;
            }
        }
        long sink = 0;
        for (int pass = 0; pass < 20; pass++) {
            sink += run(tagger, documents);
        }
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int passes = 0;
        while ((System.nanoTime() - start) / 1e9 < seconds) {
            sink += run(tagger, documents);
            passes++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("places stage: %d documents, %d words, %d passes in %.1f s: %.0f words/s wall, %.0f words/s"
                + " of thread CPU time (%d places)%n", documents.size(), words, passes, elapsed,
                words * passes / elapsed, words * passes / cpu, sink);
    }

    private static long run(PlaceTagger tagger, List<Tokens> documents) {
        long places = 0;
        for (Tokens tokens : documents) {
            places += tagger.tag(tokens, List.of(), List.of()).size();
        }
        return places;
    }
}
