package io.newswire.tagger.names;

/**
 * The tag of one token in the BIO scheme: outside any name, or the beginning or inside of a name of one
 * {@link NameType}. Label ids are {@code 0} for outside and {@code 1 + 2 * type + (inside ? 1 : 0)}.
 */
public final class NameLabel {

    public static final int OUTSIDE = 0;
    public static final int COUNT = 1 + 2 * NameType.values().length;

    private NameLabel() {
    }

    public static int begin(NameType type) {
        return 1 + 2 * type.ordinal();
    }

    public static int inside(NameType type) {
        return begin(type) + 1;
    }

    public static boolean isBegin(int label) {
        return label != OUTSIDE && (label - 1) % 2 == 0;
    }

    public static boolean isInside(int label) {
        return label != OUTSIDE && (label - 1) % 2 == 1;
    }

    public static NameType type(int label) {
        return NameType.values()[(label - 1) / 2];
    }

    /** Whether {@code label} may follow {@code previous}: an inside tag continues a name of its own type. */
    public static boolean mayFollow(int previous, int label) {
        return !isInside(label) || previous == label || previous == label - 1;
    }
}
