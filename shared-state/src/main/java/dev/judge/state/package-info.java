/**
 * The one typed owner of what the services keep in Redis. {@link dev.judge.state.StateKeys}
 * names every key and channel; each store is a small plain class over one kind of key
 * (a submission's id, its state transitions and views, full outputs, stop marks, artifacts,
 * workers, toolchains, callbacks, Judge0 requests, problems) and speaks in records and enums, never in maps of strings.
 * {@link dev.judge.state.StateConfiguration} is the only Spring class: it opens the connections.
 */
package dev.judge.state;
