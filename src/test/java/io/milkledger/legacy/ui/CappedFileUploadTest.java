package io.milkledger.legacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The server keeps to the upload limit whatever the browser claims, and leaves no file of a failed upload. */
class CappedFileUploadTest {

    private static final int LIMIT = 1024;

    @TempDir
    Path folder;

    private final List<File> received = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    @Test
    void a_file_within_the_limit_is_handed_over_whole() throws Exception {
        upload(new ByteArrayInputStream(new byte[LIMIT]), LIMIT);

        assertThat(received).singleElement().satisfies(file -> assertThat(file).hasSize(LIMIT));
        assertThat(refused).isEmpty();
    }

    @Test
    void a_larger_body_than_announced_stops_at_the_limit_and_is_refused_without_a_file() throws Exception {
        // a hand-made request can claim any length, or none
        UploadEvent event = upload(endless(), -1);

        verify(event).reject(any(String.class));
        assertThat(received).isEmpty();
        assertThat(refused).singleElement().asString().startsWith("The file is larger than");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void an_announced_length_over_the_limit_is_refused_before_anything_is_written() throws Exception {
        upload(new ByteArrayInputStream(new byte[0]), LIMIT + 1);

        assertThat(refused).hasSize(1);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void an_upload_that_breaks_off_leaves_no_temporary_file() {
        InputStream breaksOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100) {
                    throw new IOException("the connection was closed");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> upload(breaksOff, LIMIT)).isInstanceOf(IOException.class);
        assertThat(received).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void the_limits_apply_to_multipart_requests_too() {
        assertThat(handler(LIMIT).getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler(LIMIT).getFileCountMax()).isEqualTo(1);
    }

    private UploadEvent upload(InputStream body, long announced) throws IOException {
        UI ui = mock(UI.class);
        doAnswer(call -> {
            call.<Command>getArgument(0).execute();
            return null;
        }).when(ui).access(any(Command.class));
        UploadEvent event = mock(UploadEvent.class);
        when(event.getUI()).thenReturn(ui);
        when(event.getInputStream()).thenReturn(body);
        when(event.getFileSize()).thenReturn(announced);
        when(event.getFileName()).thenReturn("milk-calculation.db");
        handler(LIMIT).handleUploadRequest(event);
        return event;
    }

    private CappedFileUpload handler(long limit) {
        return new CappedFileUpload(limit, folder, (name, file) -> received.add(file), refused::add);
    }

    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
    }
}
