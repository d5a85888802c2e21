package dev.streamevent.example.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.streamevent.example.responses.events.ImageGenerationCallPartialImage;
import dev.streamevent.example.responses.events.OutputItemDone;
import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.items.ImageGenerationCallItem;

/**
 * Writes every generated image of a stream to a folder: each partial frame as {@code <item>-partial-<n>.<ext>} and
 * the final image, which arrives in the done item's {@code result}, as {@code <item>.<ext>}; the extension matches the
 * image's bytes. An image whose base64 was cut short in the recording is written as far as it goes.
 */
final class ImageSaver {

    private final Path directory;
    private int saved;

    ImageSaver(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /**
     * @return the file written for this event, or null if it carries no image
     */
    Path accept(ResponseStreamEvent event) throws IOException {
        if (event instanceof ImageGenerationCallPartialImage partial) {
            return write(partial.itemId() + "-partial-" + partial.partialImageIndex(), partial.partialImageB64());
        }
        if (event instanceof OutputItemDone done && done.item() instanceof ImageGenerationCallItem image
                && image.result() != null) {
            return write(image.id(), image.result());
        }
        return null;
    }

    int saved() {
        return saved;
    }

    private Path write(String name, String base64) throws IOException {
        EncodedImage image = EncodedImage.decode(base64);
        if (image == null) {
            throw new IOException("image " + name + " is not base64");
        }
        Path file = directory.resolve(safeFileName(name) + "." + image.format().extension());
        Files.write(file, image.bytes());
        saved++;
        return file;
    }

    /** Item ids come from the server: keep them from naming a path outside the folder. */
    private static String safeFileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
