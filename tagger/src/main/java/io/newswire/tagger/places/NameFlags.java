package io.newswire.tagger.places;

/** Bit flags of a gazetteer name, stored with it in the gazetteer file. */
public final class NameFlags {

    /** An abbreviation of capitals ("US", "U.S.", "NSW"): counts only written in capitals. */
    public static final int ABBREVIATION = 1;
    /** A state or province abbreviation with a period ("Ky.", "Calif."): counts only after "Place," and with its period. */
    public static final int DOTTED_STATE = 1 << 1;
    /** A postal state code ("TX", "ON"): counts only after "Place,". */
    public static final int STATE_CODE = 1 << 2;
    /** An adjective of a place ("Syrian", "Turkish"): a hint for resolution, never a mention itself. */
    public static final int DEMONYM = 1 << 3;

    private NameFlags() {
    }

    public static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }
}
