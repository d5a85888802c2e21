package dev.streamevent.example.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.ResponseStreamEventCodec;
import dev.streamevent.runtime.JsonWriter;
import dev.streamevent.runtime.http.SseHttpClient;
import dev.streamevent.runtime.sse.EventStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stream --url URL --model M PROMPT}: posts a streaming request to an OpenAI-compatible {@code /responses}
 * endpoint and renders the events live.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Posts a streaming request to an OpenAI-compatible /responses endpoint and renders the events "
                + "as they arrive.", "The API key comes from OPENROUTER_API_KEY or, failing that, OPENAI_API_KEY."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the stream ended", "2:bad usage, an HTTP error status, or a failed connection"})
final class StreamCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The endpoint, for example https://host/api/v1/responses.")
    private URI url;

    @Option(names = "--model", required = true, paramLabel = "M", description = "The model to ask.")
    private String model;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up when no byte arrives for this long (default: ${DEFAULT-VALUE}).")
    private long idleTimeoutSeconds;

    @Parameters(index = "0", paramLabel = "PROMPT", description = "What to ask.")
    private String prompt;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        HttpRequest.Builder request = SseHttpClient.jsonPost(url, requestBody());
        String key = apiKey();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        SseHttpClient client = SseHttpClient.builder().idleTimeout(Duration.ofSeconds(idleTimeoutSeconds)).build();
        Timeline timeline = new Timeline(out, Style.forTerminal());
        try (EventStream<ResponseStreamEvent> events =
                     client.send(request.build(), ResponseStreamEventCodec.INSTANCE::decodeLenient)) {
            events.forEachRemaining(timeline::accept);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            timeline.finish();
        }
        return 0;
    }

    private byte[] requestBody() {
        JsonWriter json = JsonWriter.create();
        json.beginObject();
        json.name("model");
        json.value(model);
        json.name("input");
        json.value(prompt);
        json.name("stream");
        json.value(true);
        json.endObject();
        return json.toByteArray();
    }

    private static String apiKey() {
        String openRouter = System.getenv("OPENROUTER_API_KEY");
        return openRouter != null && !openRouter.isBlank() ? openRouter : System.getenv("OPENAI_API_KEY");
    }
}
