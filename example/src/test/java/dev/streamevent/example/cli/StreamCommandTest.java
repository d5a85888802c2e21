package dev.streamevent.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import dev.streamevent.runtime.JsonValue;
import dev.streamevent.runtime.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code stream} against a real HTTP server on 127.0.0.1 that replays a recorded stream in small chunks. */
@Timeout(30)
class StreamCommandTest {

    private ReplayServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url() {
        return server.uri().toString();
    }

    @Test
    void rendersARealStreamLiveAndPostsAStreamingRequest() throws IOException {
        server.serve(200, Files.readAllBytes(SharedData.require("data/transcripts")
                .resolve("pydantic_pydantic-ai__openai-web-search-annotations-stream.sse")), 7);
        CliRun run = CliRun.of("stream", "--url", url(), "--model", "gpt-5", "What's new today?");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("web search search"), run::toString);
        assertTrue(run.out().contains("text: "), run::toString);
        assertTrue(run.out().contains("response completed"), run::toString);
        assertEquals(1, server.requests());
        JsonValue.ObjectValue request = (JsonValue.ObjectValue) JsonValue.parse(server.lastRequest());
        assertEquals(new JsonValue.StringValue("gpt-5"), request.get("model"));
        assertEquals(new JsonValue.StringValue("What's new today?"), request.get("input"));
        assertEquals(JsonValue.BooleanValue.TRUE, request.get("stream"));
    }

    @Test
    void anErrorStatusIsOneLineWithTheStatusAndExitCodeTwo() {
        server.serve(401, "{\"error\":{\"message\":\"No auth credentials found\",\"code\":401}}"
                .getBytes(StandardCharsets.UTF_8), 7);
        CliRun run = CliRun.of("stream", "--url", url(), "--model", "m", "hi");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.err().strip().lines().count(), run::toString);
        assertTrue(run.err().contains("401") && run.err().contains("No auth credentials found"), run::toString);
    }

    @Test
    void aMalformedEventInTheMiddleDoesNotEndTheStream() {
        server.serve(200, ("data: {\"type\":\"response.output_text.delta\",\"item_id\":\"m\",\"output_index\":0,"
                + "\"content_index\":0,\"delta\":\"Hello\"}\n\n"
                + "data: {\"type\":\"response.output_text.delta\",\"item_id\":\n\n"
                + "data: {\"type\":\"response.output_text.delta\",\"item_id\":\"m\",\"output_index\":0,"
                + "\"content_index\":0,\"delta\":\" world\"}\n\n"
                + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8), 7);
        CliRun run = CliRun.of("stream", "--url", url(), "--model", "m", "hi");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("text: Hello"), run::toString);
        assertTrue(run.out().contains("invalid event 'response.output_text.delta'"), run::toString);
        assertTrue(run.out().contains("text:  world"), run::toString);
    }
}
