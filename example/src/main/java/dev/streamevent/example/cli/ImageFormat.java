package dev.streamevent.example.cli;

/** Tells an image's format from its first bytes, so that a saved file gets the extension that matches them. */
enum ImageFormat {
    PNG("png", "PNG"),
    JPEG("jpg", "JPEG"),
    GIF("gif", "GIF"),
    WEBP("webp", "WebP"),
    UNKNOWN("bin", "unrecognised format");

    private final String extension;
    private final String description;

    ImageFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    static ImageFormat of(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    String extension() {
        return extension;
    }

    String description() {
        return description;
    }
}
