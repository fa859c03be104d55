/**
 * Reading a problem package, once, at import.
 *
 * <p>Theory of operation. {@link dev.judge.problems.reader.PackageReader} opens the package as a
 * {@link dev.judge.problems.reader.PackageSource} (a zip through commons-compress, or a directory) and
 * lists its entries without reading them. {@link dev.judge.problems.reader.PackageIndex} checks every
 * name (no absolute paths, no {@code ..}, no duplicates, within the file-count limit), drops the single
 * top folder a zip may have, skips the names the specification says to ignore (a leading dot or dash),
 * and resolves symbolic links, refusing any that leaves the package. Then the parts are read from the
 * index: {@code problem.yaml} ({@link dev.judge.problems.reader.Metadata}), the test data tree
 * ({@link dev.judge.problems.reader.TestData} with {@link dev.judge.problems.reader.GroupConfig}), the
 * output validator and the example submissions. Every file's bytes go once through a
 * {@link dev.judge.problems.reader.Budget}-counted stream into the caller's
 * {@link dev.judge.problems.TestDataSink}; the budget counts bytes actually read, so a zip that lies
 * about its sizes is stopped all the same. Problems are collected in
 * {@link dev.judge.problems.reader.Issues} and reported together; only a broken archive or an exceeded
 * limit stops reading at once.
 */
package dev.judge.problems.reader;
