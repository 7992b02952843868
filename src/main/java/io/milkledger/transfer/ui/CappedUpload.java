package io.milkledger.transfer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes an upload into memory, but never more than a limit and one byte: a bigger file stops being read there and
 * reaches the receiver cut off, for it to refuse. Reports progress and hands the bytes over in the UI's lock.
 */
class CappedUpload implements UploadHandler {

    private static final int CHUNK = 64 * 1024;

    private final int maxBytes;
    private final SerializableBiConsumer<Long, Long> progress;
    private final SerializableBiConsumer<String, byte[]> receiver;

    CappedUpload(int maxBytes, SerializableBiConsumer<Long, Long> progress,
                 SerializableBiConsumer<String, byte[]> receiver) {
        this.maxBytes = maxBytes;
        this.progress = progress;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        long total = event.getFileSize();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = event.getInputStream()) {
            byte[] chunk = new byte[CHUNK];
            int read;
            while (bytes.size() <= maxBytes && (read = in.read(chunk, 0, Math.min(CHUNK, maxBytes + 1 - bytes.size())))
                    > 0) {
                bytes.write(chunk, 0, read);
                long sofar = bytes.size();
                ui.access(() -> progress.accept(sofar, total));
            }
        }
        byte[] content = bytes.toByteArray();
        ui.access(() -> receiver.accept(event.getFileName(), content));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
