package io.newswire.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of text cells, rendered aligned for a terminal or as Markdown. A table without headers is a list
 * of names and values; in a table with headers, cells that start with a digit are right-aligned.
 */
record Table(String title, List<String> headers, List<List<String>> rows) {

    /** A list of names and values: two columns, no header row. */
    static Table keyValues(String title, List<List<String>> rows) {
        return new Table(title, List.of(), rows);
    }

    String text() {
        List<List<String>> lines = new ArrayList<>();
        if (!headers.isEmpty()) {
            lines.add(headers);
        }
        lines.addAll(rows);
        int columns = lines.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        for (int r = 0; r < lines.size(); r++) {
            StringBuilder line = new StringBuilder("  ");
            boolean header = !headers.isEmpty() && r == 0;
            for (int i = 0; i < lines.get(r).size(); i++) {
                String cell = lines.get(r).get(i);
                boolean right = !headers.isEmpty() && !header && i > 0 && !cell.isEmpty()
                        && Character.isDigit(cell.charAt(0));
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(right ? padding + cell : cell + padding).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (header) {
                out.append("  ").append("-".repeat(sum(widths) + 2 * (columns - 1))).append('\n');
            }
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        List<String> header = headers.isEmpty() ? List.of("", "") : headers;
        out.append(markdownRow(header));
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append(markdownRow(row));
        }
        return out.toString();
    }

    private static String markdownRow(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        return row.append('\n').toString();
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
