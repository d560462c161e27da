package io.wardwatt.reporting.render;

/** A label in Chinese and English, Chinese first as the energy office reads it. */
record Bilingual(String zh, String en) {

    /** {@code 数值 Value}: one line, for headers and single cells. */
    String both() {
        return zh + " " + en;
    }
}
