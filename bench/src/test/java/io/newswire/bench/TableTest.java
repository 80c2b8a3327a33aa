package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private final Table table = new Table("Title", List.of("name", "value"),
            List.of(List.of("a", "1"), List.of("longer", "1,000")));

    @Test
    void textAlignsColumnsAndRightAlignsNumbers() {
        assertThat(table.text()).isEqualTo("""
                Title
                  name    value
                  -------------
                  a           1
                  longer  1,000
                """);
    }

    @Test
    void markdownHasAHeaderRowAndEscapesPipes() {
        Table piped = new Table("T", List.of("a", "b"), List.of(List.of("x|y", "2")));

        assertThat(piped.markdown()).isEqualTo("""
                ### T

                | a | b |
                |---|---|
                | x\\|y | 2 |
                """);
    }

    @Test
    void aKeyValueListHasNoHeaderRowAndIsLeftAligned() {
        Table list = Table.keyValues("Run", List.of(List.of("articles", "20,000"), List.of("connections", "32")));

        assertThat(list.text()).isEqualTo("""
                Run
                  articles     20,000
                  connections  32
                """);
    }
}
