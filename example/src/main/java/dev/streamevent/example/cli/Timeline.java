package dev.streamevent.example.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

import dev.streamevent.example.responses.actions.FindInPageBase;
import dev.streamevent.example.responses.actions.OpenPageAction;
import dev.streamevent.example.responses.actions.SearchAction;
import dev.streamevent.example.responses.actions.WebSearchAction;
import dev.streamevent.example.responses.events.ErrorEvent;
import dev.streamevent.example.responses.events.FunctionCallArgumentsDone;
import dev.streamevent.example.responses.events.ImageGenerationCallPartialImage;
import dev.streamevent.example.responses.events.InvalidResponseStreamEvent;
import dev.streamevent.example.responses.events.OutputItemDone;
import dev.streamevent.example.responses.events.OutputTextDelta;
import dev.streamevent.example.responses.events.OutputTextDone;
import dev.streamevent.example.responses.events.ReasoningSummaryTextDelta;
import dev.streamevent.example.responses.events.ReasoningSummaryTextDone;
import dev.streamevent.example.responses.events.ReasoningTextDelta;
import dev.streamevent.example.responses.events.RefusalDelta;
import dev.streamevent.example.responses.events.ResponseCompleted;
import dev.streamevent.example.responses.events.ResponseCreated;
import dev.streamevent.example.responses.events.ResponseFailed;
import dev.streamevent.example.responses.events.ResponseIncomplete;
import dev.streamevent.example.responses.events.ResponseStreamEvent;
import dev.streamevent.example.responses.events.UnknownResponseStreamEvent;
import dev.streamevent.example.responses.items.FunctionCallItem;
import dev.streamevent.example.responses.items.ImageGenerationCallItem;
import dev.streamevent.example.responses.items.OutputItem;
import dev.streamevent.example.responses.items.ReasoningItem;
import dev.streamevent.example.responses.items.WebSearchCallItem;
import dev.streamevent.example.responses.model.Response;
import dev.streamevent.example.responses.model.ResponseError;
import dev.streamevent.example.responses.model.Usage;

/**
 * Renders a Responses stream as a person reads it: text and reasoning assembled as they stream, then tool calls,
 * searches, images and errors as they complete. Deltas are printed as they arrive, so a live stream reads live.
 */
final class Timeline {

    private final PrintWriter out;
    private final Style style;
    /** The block whose deltas are being printed (such as "text item_1 0"), or null between blocks. */
    private String openBlock;
    /** Every block that streamed deltas: its done event then adds nothing, while a block without deltas shows there. */
    private final Set<String> streamedBlocks = new HashSet<>();

    Timeline(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    void accept(ResponseStreamEvent event) {
        if (event instanceof OutputTextDelta delta) {
            stream("text " + delta.itemId() + " " + delta.contentIndex(), style.bold("text"), delta.delta());
        } else if (event instanceof ReasoningSummaryTextDelta delta) {
            stream("summary " + delta.itemId() + " " + delta.summaryIndex(), style.cyan("reasoning summary"),
                    delta.delta());
        } else if (event instanceof ReasoningTextDelta delta) {
            stream("reasoning " + delta.itemId() + " " + delta.contentIndex(), style.cyan("reasoning"), delta.delta());
        } else if (event instanceof RefusalDelta delta) {
            stream("refusal " + delta.itemId() + " " + delta.contentIndex(), style.yellow("refusal"), delta.delta());
        } else if (event instanceof OutputTextDone done) {
            showUnlessStreamed("text " + done.itemId() + " " + done.contentIndex(), style.bold("text"), done.text());
        } else if (event instanceof ReasoningSummaryTextDone done) {
            showUnlessStreamed("summary " + done.itemId() + " " + done.summaryIndex(), style.cyan("reasoning summary"),
                    done.text());
        } else if (event instanceof FunctionCallArgumentsDone) {
            // The arguments are shown once, with the call's name, when its item is done.
            return;
        } else if (event instanceof OutputItemDone done) {
            itemDone(done.item());
        } else if (event instanceof ImageGenerationCallPartialImage partial) {
            line(style.green("image") + " partial frame " + partial.partialImageIndex() + " of " + partial.itemId()
                    + ": " + describeImage(partial.partialImageB64()));
        } else if (event instanceof ResponseCreated created) {
            Response response = created.response();
            line(style.dim("response " + response.id() + " created, model " + response.model()));
        } else if (event instanceof ResponseCompleted completed) {
            line(style.dim("response completed" + usage(completed.response().usage())));
        } else if (event instanceof ResponseIncomplete incomplete) {
            line(style.yellow("response incomplete") + reason(incomplete.response()));
        } else if (event instanceof ResponseFailed failed) {
            line(style.red("response failed") + reason(failed.response()));
        } else if (event instanceof ErrorEvent error) {
            line(style.red("error") + " " + nullToDash(error.effectiveCode()) + ": " + nullToDash(error.effectiveMessage()));
        } else if (event instanceof UnknownResponseStreamEvent unknown) {
            line(style.yellow("unknown event") + " '" + unknown.type() + "' kept as " + unknown.rawJson().length
                    + " bytes of JSON");
        } else if (event instanceof InvalidResponseStreamEvent invalid) {
            line(style.red("invalid event") + " '" + nullToDash(invalid.type()) + "': " + invalid.error().getMessage());
        }
    }

    /** Ends the current block, if any, so that what follows starts on a line of its own. */
    void finish() {
        closeBlock();
        out.flush();
    }

    private void itemDone(OutputItem item) {
        if (item instanceof ReasoningItem reasoning) {
            line(style.cyan("reasoning") + " " + reasoning.id() + " done: " + describeReasoning(reasoning));
        } else if (item instanceof FunctionCallItem call) {
            line(style.green("tool call") + " " + call.name() + "(" + call.arguments() + ")");
        } else if (item instanceof WebSearchCallItem search) {
            line(style.green("web search") + " " + describeAction(search.action()));
        } else if (item instanceof ImageGenerationCallItem image) {
            String result = image.result();
            line(style.green("image") + " " + image.id() + " done: "
                    + (result == null ? "no image in the item" : describeImage(result)));
        }
    }

    private static String describeAction(WebSearchAction action) {
        if (action instanceof SearchAction search) {
            return "search " + (search.query() != null ? "'" + search.query() + "'"
                    : search.queries() != null ? search.queries().toString() : "(no query)");
        }
        if (action instanceof OpenPageAction open) {
            return "open page " + nullToDash(open.url());
        }
        if (action instanceof FindInPageBase find) {
            return "find '" + nullToDash(find.pattern()) + "' in " + nullToDash(find.url());
        }
        return action == null ? "(no action reported)" : "action '" + action.type() + "'";
    }

    private static String describeReasoning(ReasoningItem reasoning) {
        int summaries = reasoning.summary() == null ? 0 : reasoning.summary().size();
        String encrypted = reasoning.encryptedContent() == null ? ""
                : ", " + reasoning.encryptedContent().length() + " characters of encrypted content";
        return summaries + (summaries == 1 ? " summary part" : " summary parts") + encrypted;
    }

    private static String describeImage(String base64) {
        EncodedImage image = EncodedImage.decode(base64);
        if (image == null) {
            return "not base64 (" + base64.length() + " characters)";
        }
        return image.bytes().length + " bytes, " + image.format().description()
                + (image.truncated() ? " (its base64 is cut short in the recording)" : "");
    }

    private static String usage(Usage usage) {
        return usage == null ? "" : ", " + usage.inputTokens() + " input and " + usage.outputTokens() + " output tokens";
    }

    private static String reason(Response response) {
        ResponseError error = response.error();
        if (error != null) {
            return ": " + nullToDash(error.code()) + ": " + error.message();
        }
        return response.incompleteDetails() != null ? ": " + response.incompleteDetails() : "";
    }

    private void stream(String block, String label, String delta) {
        if (!block.equals(openBlock)) {
            closeBlock();
            out.print(label + ": ");
            openBlock = block;
            streamedBlocks.add(block);
        }
        out.print(delta);
        out.flush();
    }

    private void showUnlessStreamed(String block, String label, String text) {
        if (!streamedBlocks.contains(block) && !text.isEmpty()) {
            line(label + ": " + text);
        } else if (block.equals(openBlock)) {
            closeBlock();
        }
    }

    private void line(String text) {
        closeBlock();
        out.println(text);
        out.flush();
    }

    private void closeBlock() {
        if (openBlock != null) {
            out.println();
            openBlock = null;
        }
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }
}
