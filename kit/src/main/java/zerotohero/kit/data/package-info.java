/**
 * Data for the course: datasets fetched and verified by name ({@link zerotohero.kit.data.Datasets}),
 * character vocabularies ({@link zerotohero.kit.data.Vocabulary}), a random generator that reproduces
 * Python's ({@link zerotohero.kit.data.PythonRandom}) so splits match the lectures, train/dev/test splits,
 * context windows and minibatches, and the two-moons toy dataset.
 *
 * <p>Everything here works on plain Java arrays and lists, so it can feed any model.
 */
package zerotohero.kit.data;
