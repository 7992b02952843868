package io.milkledger.legacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Takes an upload into a temporary file, but never more than a limit: the browser's own check is only a courtesy,
 * and Vaadin applies upload limits to multipart requests only, not to the plain ones its Upload sends. A bigger
 * file stops being written at the limit and is refused; an upload that breaks off leaves no file behind. The
 * receiver gets the file in the UI's lock and owns it from then on.
 */
final class CappedFileUpload implements UploadHandler {

    private static final int CHUNK = 64 * 1024;

    private final long maxBytes;
    private final Path folder;
    private final SerializableBiConsumer<String, File> receiver;
    private final SerializableConsumer<String> refused;

    /**
     * @param folder   where the temporary file is written
     * @param receiver gets the file's name on the uploader's computer and the file
     * @param refused  gets the message for a file over the limit
     */
    CappedFileUpload(long maxBytes, Path folder, SerializableBiConsumer<String, File> receiver,
                     SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.folder = folder;
        this.receiver = receiver;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String tooBig = "The file is larger than " + maxBytes / (1024 * 1024) + " MB.";
        if (event.getFileSize() > maxBytes) {
            // the announced length is already too much: not a byte is stored
            reject(event, ui, tooBig);
            return;
        }
        Path file = Files.createTempFile(folder, "milk-ledger-upload-", ".part");
        boolean handedOver = false;
        try {
            long written;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                written = copyAtMost(in, out, maxBytes + 1);
            }
            if (written > maxBytes) {
                reject(event, ui, tooBig);
                return;
            }
            ui.access(() -> receiver.accept(event.getFileName(), file.toFile()));
            handedOver = true;
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private void reject(UploadEvent event, UI ui, String message) {
        event.reject(message);
        ui.access(() -> refused.accept(message));
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] chunk = new byte[CHUNK];
        long written = 0;
        int read;
        while (written < limit && (read = in.read(chunk, 0, (int) Math.min(CHUNK, limit - written))) > 0) {
            out.write(chunk, 0, read);
            written += read;
        }
        return written;
    }
}
