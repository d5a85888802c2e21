package dev.streamevent.benchmarks.peers.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's families and their members by {@code type}, for the libraries whose polymorphism is registered in code
 * (Gson, Moshi, the hand-written Jackson reader) rather than declared by annotations.
 *
 * @param base the family's base class
 * @param members the member classes by wire {@code type}, in declaration order
 * @param <T> the base type
 */
public record Families<T>(Class<T> base, Map<String, Class<? extends T>> members) {

    /** The stream events. */
    public static final Families<Event> EVENTS = new Families<>(Event.class, members(
            ImageGenerationCallCompleted.TYPE, ImageGenerationCallCompleted.class,
            ResponseCreated.TYPE, ResponseCreated.class,
            ResponseInProgress.TYPE, ResponseInProgress.class,
            ResponseCompleted.TYPE, ResponseCompleted.class,
            OutputItemAdded.TYPE, OutputItemAdded.class,
            OutputItemDone.TYPE, OutputItemDone.class,
            FunctionCallArgumentsDelta.TYPE, FunctionCallArgumentsDelta.class,
            FunctionCallArgumentsDone.TYPE, FunctionCallArgumentsDone.class));

    /** Output items. */
    public static final Families<OutputItem> OUTPUT_ITEMS = new Families<>(OutputItem.class, members(
            FunctionCallItem.TYPE, FunctionCallItem.class,
            ReasoningItem.TYPE, ReasoningItem.class,
            MessageItem.TYPE, MessageItem.class));

    /** Content parts. */
    public static final Families<ContentPart> CONTENT_PARTS = new Families<>(ContentPart.class, members(
            OutputTextPart.TYPE, OutputTextPart.class));

    /** Reasoning summary parts. */
    public static final Families<SummaryPart> SUMMARY_PARTS = new Families<>(SummaryPart.class, members(
            SummaryTextPart.TYPE, SummaryTextPart.class));

    /** Tools. */
    public static final Families<Tool> TOOLS = new Families<>(Tool.class, members(
            FunctionTool.TYPE, FunctionTool.class));

    /** Every family of the model. */
    public static final List<Families<?>> ALL = List.of(EVENTS, OUTPUT_ITEMS, CONTENT_PARTS, SUMMARY_PARTS, TOOLS);

    /**
     * @param type a member's wire {@code type}
     * @return the member's class
     * @throws IllegalArgumentException if the family has no such member
     */
    public Class<? extends T> member(String type) {
        Class<? extends T> member = members.get(type);
        if (member == null) {
            throw new IllegalArgumentException(base.getSimpleName() + " has no member of type " + type);
        }
        return member;
    }

    /**
     * @param member a member's class
     * @return its wire {@code type}
     */
    public String typeOf(Class<?> member) {
        for (Map.Entry<String, Class<? extends T>> entry : members.entrySet()) {
            if (entry.getValue() == member) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException(member + " is no member of " + base.getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, Class<? extends T>> members(Object... typeAndClass) {
        Map<String, Class<? extends T>> members = new LinkedHashMap<>();
        for (int i = 0; i < typeAndClass.length; i += 2) {
            members.put((String) typeAndClass[i], (Class<? extends T>) typeAndClass[i + 1]);
        }
        return members;
    }
}
