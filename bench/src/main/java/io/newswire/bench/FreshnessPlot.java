package io.newswire.bench;

import java.util.List;
import java.util.Locale;

/**
 * Freshness over time as an SVG scatter plot: one colour per run, x the seconds since the run began, y the
 * milliseconds from 202 to searchable of each sample, on a linear axis from 0 to the largest sample.
 */
final class FreshnessPlot {

    private static final String[] COLOURS = {"#1f77b4", "#2ca02c", "#ff7f0e", "#d62728", "#9467bd", "#8c564b"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private FreshnessPlot() {
    }

    static String svg(String title, List<FreshnessSeries> series) {
        double maxSeconds = 1;
        long maxMillis = 1000;
        for (FreshnessSeries run : series) {
            for (FreshnessSample sample : run.samples()) {
                maxSeconds = Math.max(maxSeconds, seconds(run, sample));
                maxMillis = Math.max(maxMillis, sample.millis());
            }
        }
        double yTop = niceCeiling(maxMillis);
        double xRight = niceCeiling(maxSeconds);
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
        axes(svg, xRight, yTop);
        for (int i = 0; i < series.size(); i++) {
            FreshnessSeries run = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            for (FreshnessSample sample : run.samples()) {
                svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" fill=\"%s\" fill-opacity=\"0.6\"/>%n",
                        x(seconds(run, sample), xRight), y(sample.millis(), yTop), colour));
            }
            int legendY = TOP + 14 + 16 * i;
            svg.append(format("<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/>%n", WIDTH - RIGHT - 250,
                    legendY - 4, colour));
            svg.append(format("<text x=\"%d\" y=\"%d\">%s (%d samples)</text>%n", WIDTH - RIGHT - 240, legendY,
                    escape(run.label()), run.samples().size()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg, double xRight, double yTop) {
        int plotBottom = HEIGHT - BOTTOM;
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, plotBottom,
                WIDTH - RIGHT, plotBottom));
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP, LEFT,
                plotBottom));
        for (int tick = 0; tick <= 5; tick++) {
            double millis = yTop * tick / 5;
            double y = y(millis, yTop);
            svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y,
                    WIDTH - RIGHT, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n", LEFT - 6, y + 4,
                    millis));
            double seconds = xRight * tick / 5;
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>%n", x(seconds, xRight),
                    plotBottom + 18, seconds));
        }
        svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">seconds since the run began</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 10));
        svg.append(format("<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">"
                + "ms from 202 to searchable</text>%n", (TOP + plotBottom) / 2, (TOP + plotBottom) / 2));
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least the value. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double seconds(FreshnessSeries run, FreshnessSample sample) {
        return (sample.acceptedNanos() - run.startNanos()) / 1e9;
    }

    private static double x(double seconds, double xRight) {
        return LEFT + seconds / xRight * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double millis, double yTop) {
        return HEIGHT - BOTTOM - millis / yTop * (HEIGHT - TOP - BOTTOM);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
