// A user's module: one requires line is all it needs, for the annotations, the runtime and the generated code.
module user {
    requires dev.streamevent.runtime;
}
