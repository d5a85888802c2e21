package dev.streamevent.example.responses.content;

import dev.streamevent.StreamEvent;
import dev.streamevent.example.responses.Nullable;

/** A web page cited by the text: annotation {@code url_citation}. */
@StreamEvent(type = "url_citation")
public interface UrlCitation extends TextSpan {
    String url();

    @Nullable
    String title();
}
