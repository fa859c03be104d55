package dev.judge.problems.validator;

import java.nio.charset.StandardCharsets;

/**
 * Reads a token as a floating-point number in the decimal forms of IEEE 754 ({@code 12}, {@code -0.5},
 * {@code .5}, {@code 3.14e-2}); anything else, infinities and NaN included, is not a number.
 */
final class Numbers {

    /** Tokens longer than this are not parsed as numbers: no reasonable answer has one. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private Numbers() {
    }

    /** The token's value, or NaN when it is not a finite decimal number. */
    static double parse(byte[] data, int start, int end) {
        if (end - start > MAX_NUMBER_LENGTH || !decimal(data, start, end)) {
            return Double.NaN;
        }
        double value = Double.parseDouble(new String(data, start, end - start, StandardCharsets.US_ASCII));
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    private static boolean decimal(byte[] data, int start, int end) {
        int i = start;
        if (i < end && (data[i] == '+' || data[i] == '-')) {
            i++;
        }
        int digits = 0;
        while (i < end && isDigit(data[i])) {
            i++;
            digits++;
        }
        if (i < end && data[i] == '.') {
            i++;
            while (i < end && isDigit(data[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (data[i] == 'e' || data[i] == 'E')) {
            i++;
            if (i < end && (data[i] == '+' || data[i] == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < end && isDigit(data[i])) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == end;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
