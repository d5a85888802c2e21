package dev.streamevent.example.cli;

import java.util.Base64;

/**
 * An image received as base64. Recordings sometimes cut the base64 short (test fixtures trim large images), so the
 * longest decodable prefix is kept and marked as truncated rather than dropped.
 */
record EncodedImage(byte[] bytes, ImageFormat format, boolean truncated) {

    /**
     * @param base64 the image as standard base64
     * @return the image, or null if the text is not base64 at all
     */
    static EncodedImage decode(String base64) {
        String text = base64.strip();
        int whole = text.endsWith("=") ? text.length() : text.length() - text.length() % 4;
        try {
            byte[] bytes = Base64.getDecoder().decode(text.substring(0, whole));
            return new EncodedImage(bytes, ImageFormat.of(bytes), whole < text.length());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
