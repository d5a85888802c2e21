/**
 * The annotations that users put on their event interfaces: {@link dev.streamevent.StreamEvent},
 * {@link dev.streamevent.StreamFamily}, {@link dev.streamevent.StreamValue} and the property annotations. They are read
 * only by the streamevent annotation processor, at compile time.
 */
module dev.streamevent.annotations {
    exports dev.streamevent;
}
