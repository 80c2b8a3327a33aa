package io.newswire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a run's report under the results folder as {@code <run id>.json}, {@code .md} and {@code -freshness.svg},
 * and copies them to {@code latest.*}: the latest run is always {@code latest.json}.
 */
final class ReportFiles {

    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {
    }

    static void write(BenchReport report, List<FreshnessSeries> series, Path folder) throws IOException {
        Files.createDirectories(folder);
        String id = report.run().id();
        Path plot = folder.resolve(id + "-freshness.svg");
        Files.writeString(plot, FreshnessPlot.svg("Freshness over time, run " + id, series));
        Path json = folder.resolve(id + ".json");
        JSON.writeValue(json.toFile(), report);
        Files.writeString(folder.resolve(id + ".md"), ReportTables.markdown(report, plot.getFileName().toString()));
        Files.copy(json, folder.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(plot, folder.resolve("latest-freshness.svg"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("latest.md"), ReportTables.markdown(report, "latest-freshness.svg"));
    }
}
